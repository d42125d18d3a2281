"""Loading the seed library (``seed_cases/``) through the real pipeline."""
from exchange.seeding.loader import SeedReport, load_seed

__all__ = ["SeedReport", "load_seed"]
