import gc

import pytest

from anonymiser.tabular.gc_pause import gc_paused


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_state_is_restored_even_after_an_error(enabled: bool) -> None:
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.raises(ValueError), gc_paused():
            assert not gc.isenabled()
            raise ValueError("boom")
        assert gc.isenabled() is enabled
    finally:
        gc.enable()
