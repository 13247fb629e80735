#!/usr/bin/env bash
# Set-up command 2 of 2 (see README): run the whole test suite in .venv/.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x .venv/bin/python ]; then
  echo "test: no .venv/ here; run ./setup.sh first" >&2
  exit 2
fi
exec .venv/bin/python -m pytest -q "$@"
