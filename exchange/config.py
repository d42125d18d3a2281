"""Configuration: defaults, overlaid by ``EXCHANGE_*`` environment variables, then a test mapping.

Nothing here runs at import time; ``load_config`` is called by the application factory.
"""
from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ENV_PREFIX = "EXCHANGE_"
ENV_KEYS = (
    "DATABASE_URL",
    "DATA_DIR",
    "SECRET_KEY",
    "MASTER_KEY_FILE",
    "SEARCH_BACKEND",
    "QUEUE_URL",
    "MIN_GROUP_SIZE",
    "P_PERCENT",
    "QUANTILE_MIN_GROUP_SIZE",
    "BENCHMARK_MIN_AGE_MONTHS",
    "BENCHMARK_COMPARE_RATE_LIMIT",
    "RATELIMIT_STORAGE_URI",
    "PREFERRED_URL_SCHEME",
    "API_RATE_LIMIT",
    "QUEUE_NAME",
    "DB_POOL_SIZE",
    "DB_MAX_OVERFLOW",
    "STUCK_AFTER_MINUTES",
)


class ConfigError(Exception):
    """The configuration cannot be used (bad value, unreadable key file)."""


def default_instance_path() -> Path:
    return Path.cwd() / "instance"


def load_config(instance_path: Path, overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Defaults, then ``EXCHANGE_*`` from the environment, then ``overrides`` (tests)."""
    data_dir = Path(os.environ.get(ENV_PREFIX + "DATA_DIR", instance_path))
    config: dict[str, Any] = {
        "DATA_DIR": str(data_dir),
        "DATABASE_URL": f"sqlite:///{data_dir / 'exchange.sqlite3'}",
        "SECRET_KEY": None,
        "MASTER_KEY_FILE": str(data_dir / "master.key"),
        "SEARCH_BACKEND": "whoosh",
        "QUEUE_URL": None,
        "QUEUE_NAME": "exchange",
        "STUCK_AFTER_MINUTES": 10,
        "DB_POOL_SIZE": 5,
        "DB_MAX_OVERFLOW": 10,
        "MIN_GROUP_SIZE": 5,
        "P_PERCENT": 15.0,
        "QUANTILE_MIN_GROUP_SIZE": 10,
        "BENCHMARK_MIN_AGE_MONTHS": 3,
        "BENCHMARK_COMPARE_RATE_LIMIT": "30 per hour",
        "RATELIMIT_STORAGE_URI": "memory://",
        "PREFERRED_URL_SCHEME": "http",
        "SIGNIN_RATE_LIMIT": "10 per minute",
        "MAX_CONTENT_LENGTH": 5 * 1024 * 1024,
        "TESTING": False,
    }
    for key in ENV_KEYS:
        value = os.environ.get(ENV_PREFIX + key)
        if value:
            config[key] = value
    config.update(overrides or {})
    config["DATABASE_URL"] = normalise_database_url(str(config["DATABASE_URL"]))
    config["MIN_GROUP_SIZE"] = _positive_int("MIN_GROUP_SIZE", config["MIN_GROUP_SIZE"])
    config["QUANTILE_MIN_GROUP_SIZE"] = _positive_int("QUANTILE_MIN_GROUP_SIZE", config["QUANTILE_MIN_GROUP_SIZE"])
    config["BENCHMARK_MIN_AGE_MONTHS"] = _whole_number("BENCHMARK_MIN_AGE_MONTHS", config["BENCHMARK_MIN_AGE_MONTHS"])
    config["STUCK_AFTER_MINUTES"] = _positive_int("STUCK_AFTER_MINUTES", config["STUCK_AFTER_MINUTES"])
    config["DB_POOL_SIZE"] = _positive_int("DB_POOL_SIZE", config["DB_POOL_SIZE"])
    config["DB_MAX_OVERFLOW"] = _whole_number("DB_MAX_OVERFLOW", config["DB_MAX_OVERFLOW"])
    config["P_PERCENT"] = _percentage("P_PERCENT", config["P_PERCENT"])
    if config["SEARCH_BACKEND"] not in ("whoosh", "postgres"):
        raise ConfigError("EXCHANGE_SEARCH_BACKEND must be 'whoosh' or 'postgres'")
    if not config["SECRET_KEY"]:
        config["SECRET_KEY"] = read_or_create_secret(Path(config["DATA_DIR"]) / "secret.key", 32).hex()
    return config


def normalise_database_url(url: str) -> str:
    """Use the psycopg 3 driver for plain ``postgresql://`` URLs."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def read_or_create_secret(path: Path, size: int) -> bytes:
    """Read a binary secret, or create it with mode 0600 on first run."""
    if path.exists():
        data = path.read_bytes()
        if len(data) != size:
            raise ConfigError(f"{path} does not hold a {size}-byte key")
        return data
    path.parent.mkdir(parents=True, exist_ok=True)
    data = secrets.token_bytes(size)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    return data


def _positive_int(name: str, value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"EXCHANGE_{name} must be a whole number") from None
    if number < 1:
        raise ConfigError(f"EXCHANGE_{name} must be at least 1")
    return number


def _whole_number(name: str, value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"EXCHANGE_{name} must be a whole number") from None
    if number < 0:
        raise ConfigError(f"EXCHANGE_{name} must not be negative")
    return number


def _percentage(name: str, value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"EXCHANGE_{name} must be a number") from None
    if not 0.0 <= number < 100.0:
        raise ConfigError(f"EXCHANGE_{name} must be at least 0 and below 100")
    return number
