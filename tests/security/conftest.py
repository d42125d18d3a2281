from tests.exchange.conftest import World, world  # noqa: F401
