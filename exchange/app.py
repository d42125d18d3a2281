"""The application factory: defaults, environment, test mapping, then extensions and blueprints."""
from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask

from exchange.config import default_instance_path, load_config

REPO_ROOT = Path(__file__).resolve().parent.parent


def create_app(config: Mapping[str, Any] | None = None, *, instance_path: Path | None = None) -> Flask:
    instance = Path(instance_path or default_instance_path())
    app = Flask(
        "exchange",
        instance_path=str(instance.resolve()),
        template_folder=str(REPO_ROOT / "templates"),
        static_folder=str(Path(__file__).parent / "static"),
    )
    app.config.update(load_config(Path(app.instance_path), config))
    _configure_logging(app)
    from exchange import api
    from exchange.web import extensions, errors, security

    extensions.init_app(app)
    security.init_app(app)
    errors.init_app(app)
    _register_blueprints(app)
    from exchange.web.rendering import markdown

    app.add_template_filter(markdown, "markdown")
    api.init_app(app)
    return app


def _register_blueprints(app: Flask) -> None:
    from exchange.benchmarks import web as benchmarks
    from exchange.datasets import web as datasets
    from exchange.maturity import web as maturity
    from exchange.web import (admin, auth, contributions, curation, library, main, password_reset, review,
                              saved_searches, tokens)

    for module in (main, auth, password_reset, admin, contributions, review, curation, library, benchmarks, maturity,
                   tokens, datasets, saved_searches):
        app.register_blueprint(module.bp)


def _configure_logging(app: Flask) -> None:
    if not app.config["TESTING"]:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
