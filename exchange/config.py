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
    "SMTP_HOST",
    "SMTP_PORT",
    "QUEUE_NAME",
    "DB_POOL_SIZE",
    "DB_MAX_OVERFLOW",
    "STUCK_AFTER_MINUTES",
    "SIGNIN_RATE_LIMIT",
    "PASSWORD_RESET_RATE_LIMIT",
    "PASSWORD_RESET_EMAIL_RATE_LIMIT",
    "PASSWORD_RESET_LIFETIME_MINUTES",
    "PASSWORD_RESET_MIN_SECONDS",
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
        "PASSWORD_RESET_RATE_LIMIT": "10 per hour",  # per client address
        "PASSWORD_RESET_EMAIL_RATE_LIMIT": "3 per hour",  # per target e-mail address
        "PASSWORD_RESET_LIFETIME_MINUTES": 60,
        # The reset request answers no sooner than this, so its timing does not tell known
        # addresses from unknown ones.
        "PASSWORD_RESET_MIN_SECONDS": 0.3,
        "MAX_CONTENT_LENGTH": 5 * 1024 * 1024,
        "TESTING": False,
    }
    for key in ENV_KEYS:
        value = os.environ.get(ENV_PREFIX + key)
        if value:
            config[key] = value
    config.update(overrides or {})
    config["DATABASE_URL"] = normalise_database_url(str(config["DATABASE_URL"]))
    config["MIN_GROUP_SIZE"] = _int_at_least("MIN_GROUP_SIZE", config["MIN_GROUP_SIZE"], 1)
    config["QUANTILE_MIN_GROUP_SIZE"] = _int_at_least("QUANTILE_MIN_GROUP_SIZE", config["QUANTILE_MIN_GROUP_SIZE"], 1)
    config["BENCHMARK_MIN_AGE_MONTHS"] = _int_at_least("BENCHMARK_MIN_AGE_MONTHS", config["BENCHMARK_MIN_AGE_MONTHS"], 0)
    config["STUCK_AFTER_MINUTES"] = _int_at_least("STUCK_AFTER_MINUTES", config["STUCK_AFTER_MINUTES"], 1)
    config["PASSWORD_RESET_LIFETIME_MINUTES"] = _int_at_least(
        "PASSWORD_RESET_LIFETIME_MINUTES", config["PASSWORD_RESET_LIFETIME_MINUTES"], 1)
    config["PASSWORD_RESET_MIN_SECONDS"] = _seconds("PASSWORD_RESET_MIN_SECONDS", config["PASSWORD_RESET_MIN_SECONDS"])
    config["DB_POOL_SIZE"] = _int_at_least("DB_POOL_SIZE", config["DB_POOL_SIZE"], 1)
    config["DB_MAX_OVERFLOW"] = _int_at_least("DB_MAX_OVERFLOW", config["DB_MAX_OVERFLOW"], 0)
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
    data = secrets.token_bytes(size)
    write_secret(path, data, exclusive=True)
    return data


def write_secret(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Write key material readable by its owner only (mode 0600 from creation)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    with os.fdopen(os.open(path, flags, 0o600), "wb") as handle:
        handle.write(data)


def _int_at_least(name: str, value: Any, minimum: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"EXCHANGE_{name} must be a whole number") from None
    if number < minimum:
        raise ConfigError(f"EXCHANGE_{name} must be at least {minimum}")
    return number


def _seconds(name: str, value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"EXCHANGE_{name} must be a number of seconds") from None
    if not 0.0 <= number <= 10.0:
        raise ConfigError(f"EXCHANGE_{name} must be between 0 and 10 seconds")
    return number


def _percentage(name: str, value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"EXCHANGE_{name} must be a number") from None
    if not 0.0 <= number < 100.0:
        raise ConfigError(f"EXCHANGE_{name} must be at least 0 and below 100")
    return number
