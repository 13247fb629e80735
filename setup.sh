#!/usr/bin/env bash
# Set-up command 1 of 2 (see README): create .venv/ at the repo root, install wirecoder with
# every dependency pinned by version and hash, then analyse the bundled sample articles.
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $("$PY" --version)" >&2
  "$PY" -m venv .venv
fi
# pip 23 cannot resolve trafilatura's lxml extra reliably; a known pip makes installs repeatable.
.venv/bin/python -m pip install --quiet --disable-pip-version-check "pip==25.3"
echo "setup: installing pinned dependencies (requirements.lock, hash-checked)" >&2
.venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
echo "setup: analysing the bundled sample articles in samples/" >&2
.venv/bin/wirecoder analyze samples/
