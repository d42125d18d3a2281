#!/usr/bin/env bash
# `make serve-prod`: the scale-out set on one machine. PostgreSQL and Redis must be running.
# Migrates once, seeds, starts one RQ worker in the background and gunicorn in the foreground;
# the worker is stopped when gunicorn exits (Ctrl-C).
set -euo pipefail
BIN="${BIN:-.venv/bin}"
WORKERS="${WORKERS:-4}"
THREADS="${THREADS:-1}"
PORT="${PORT:-5000}"

"$BIN/exchange" db create
"$BIN/exchange" db upgrade
"$BIN/exchange" seed --demo
"$BIN/exchange" worker &
worker_pid=$!
stop_worker() { kill -TERM "$worker_pid" 2>/dev/null && wait "$worker_pid" 2>/dev/null || true; }
trap stop_worker EXIT
"$BIN/exchange" serve --host 127.0.0.1 --port "$PORT" --workers "$WORKERS" --threads "$THREADS"
