#!/usr/bin/env bash
# Regenerate constraints.txt (the tested versions of every dependency) and re-execute the committed notebooks
# with them. Run it to upgrade the dependencies on purpose, then run the tests and commit constraints.txt and
# notebooks/*.ipynb together:
#
#     bash scripts/lock.sh && .venv/bin/python -m pytest
#
# 1. a fresh virtualenv gets the newest versions pyproject.toml allows (`pip install -e '.[test]'`, no constraints);
# 2. its `pip freeze` (without the project itself) becomes constraints.txt;
# 3. .venv is brought to exactly those versions (created if missing);
# 4. the notebooks are re-executed (scripts/refresh_notebooks.py) so nbval compares against outputs of these versions.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"

fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
"$PYTHON" -m venv "$fresh/venv"
"$fresh/venv/bin/pip" install -q --upgrade pip
"$fresh/venv/bin/pip" install -q -e '.[test]'
{
  echo "# The versions the test suite and the committed notebooks were run with (Python $("$fresh/venv/bin/python" -c 'import platform; print(platform.python_version())'))."
  echo "# Install with: pip install -c constraints.txt -e '.[test]'. Regenerate with: bash scripts/lock.sh"
  "$fresh/venv/bin/pip" freeze --exclude-editable | grep -v -i '^wuanalysis\b' | LC_ALL=C sort -f
} > constraints.txt
echo "lock: wrote constraints.txt ($(grep -vc '^#' constraints.txt) packages)"

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/pip install -q -c constraints.txt -e '.[test]'
.venv/bin/python scripts/refresh_notebooks.py
echo "lock: done; now run the tests (.venv/bin/python -m pytest) and commit constraints.txt and notebooks/*.ipynb"
