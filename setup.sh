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
# the browser tests of `wirecoder serve` drive Debian's chromium (never a downloaded browser)
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's chromium for the browser tests (apt-get)" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >&2 \
      || echo "setup: could not install chromium; the browser tests will fail until it is" >&2
  else
    echo "setup: no chromium: the browser tests need it (sudo apt-get install chromium)" >&2
  fi
fi
echo "setup: analysing the bundled sample articles in samples/" >&2
.venv/bin/wirecoder analyze samples/
