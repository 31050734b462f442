#!/usr/bin/env bash
# Install everything the tests need (LanguageTool included) and run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[dev,grammar]'
bash scripts/provision-languagetool >/dev/null
export MTLINT_REQUIRE_LT="${MTLINT_REQUIRE_LT:-1}"
.venv/bin/ruff check mtlint tests scripts bench
.venv/bin/mypy
.venv/bin/python scripts/gen_rule_docs.py --check
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
