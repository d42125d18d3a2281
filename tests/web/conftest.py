from tests.exchange.conftest import World, world  # noqa: F401  (the same world for web tests)
