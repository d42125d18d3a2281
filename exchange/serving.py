"""``exchange serve --workers N [--threads T]``: the same application under gunicorn with N worker
processes, each with T threads (gunicorn's ``gthread`` worker) when T > 1.

Each gunicorn worker builds its own application (and so its own connection pool) after the fork,
then warms its caches (``exchange.warmup``) before it accepts a request. Threads let a worker
serve other requests while one waits on the database; the application is thread-safe (the
embedded server has always been threaded).
"""
from __future__ import annotations

from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication

from exchange.app import create_app
from exchange.warmup import warm_process


class GunicornServer(BaseApplication):  # type: ignore[misc]  # gunicorn ships no type hints
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Flask:
        return create_app()


# gunicorn's default line plus the time the worker spent on the request (%(M)s, milliseconds):
# set against a client's latency, it tells time in the application from time queued before it.
ACCESS_LOG_FORMAT = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms'


def _warm_worker(worker: Any) -> None:
    """gunicorn's ``post_worker_init`` hook: the worker's application is loaded, no request taken yet."""
    warm_process(worker.wsgi)


def gunicorn_options(host: str, port: int, workers: int, threads: int = 1, timeout: int = 60) -> dict[str, Any]:
    # worker_tmp_dir holds only gunicorn's worker heartbeat files: /dev/shm is gunicorn's own advice
    # (a disk-backed /tmp can stall heartbeats); no data of ours is written there.
    options = {"bind": f"{host}:{port}", "workers": workers, "timeout": timeout, "accesslog": "-",
               "errorlog": "-", "forwarded_allow_ips": "127.0.0.1", "worker_tmp_dir": "/dev/shm",  # nosec B108
               "post_worker_init": _warm_worker, "access_log_format": ACCESS_LOG_FORMAT}
    if threads > 1:
        # gthread keeps connections alive; 5 s (the top of gunicorn's advice for direct clients)
        # outlasts a reader's pause between clicks, so a client rarely reuses a socket the server
        # is closing. Behind a proxy, the proxy's own keep-alive applies.
        options |= {"worker_class": "gthread", "threads": threads, "keepalive": 5}
    return options


def serve_with_gunicorn(host: str, port: int, workers: int, threads: int = 1) -> None:
    GunicornServer(gunicorn_options(host, port, workers, threads)).run()
