# The two commands of the README: `make serve` and `make test` (both create .venv themselves),
# and `make serve-prod` for the scale-out set.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: serve serve-prod test install clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

serve: $(STAMP)
	$(BIN)/exchange db upgrade
	$(BIN)/exchange seed --demo
	$(BIN)/exchange serve --host 127.0.0.1 --port 5000

# The scale-out set on this machine: PostgreSQL, Redis, one RQ worker, gunicorn (see deploy/).
PROD_DATABASE_URL ?= postgresql://postgres@127.0.0.1/exchange_prod
PROD_REDIS_URL ?= redis://127.0.0.1:6379/0
WORKERS ?= 4
THREADS ?= 1

serve-prod: $(STAMP)
	EXCHANGE_DATABASE_URL=$(PROD_DATABASE_URL) EXCHANGE_QUEUE_URL=$(PROD_REDIS_URL) \
	EXCHANGE_RATELIMIT_STORAGE_URI=$(PROD_REDIS_URL) EXCHANGE_DATA_DIR=instance/prod \
	BIN=$(BIN) WORKERS=$(WORKERS) THREADS=$(THREADS) ./deploy/serve-prod.sh

node_modules/.installed: package.json package-lock.json
	if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent && touch $@; fi

test: $(STAMP) node_modules/.installed
	$(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) instance .pytest_cache
