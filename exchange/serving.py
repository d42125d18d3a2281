"""``exchange serve --workers N``: the same application under gunicorn with N worker processes.

Each gunicorn worker builds its own application (and so its own connection pool) after the fork.
"""
from __future__ import annotations

from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication

from exchange.app import create_app


class GunicornServer(BaseApplication):  # type: ignore[misc]  # gunicorn ships no type hints
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Flask:
        return create_app()


def gunicorn_options(host: str, port: int, workers: int, timeout: int = 60) -> dict[str, Any]:
    # worker_tmp_dir holds only gunicorn's worker heartbeat files: /dev/shm is gunicorn's own advice
    # (a disk-backed /tmp can stall heartbeats); no data of ours is written there.
    return {"bind": f"{host}:{port}", "workers": workers, "timeout": timeout, "accesslog": "-",
            "errorlog": "-", "forwarded_allow_ips": "127.0.0.1", "worker_tmp_dir": "/dev/shm"}  # nosec B108


def serve_with_gunicorn(host: str, port: int, workers: int) -> None:
    GunicornServer(gunicorn_options(host, port, workers)).run()
