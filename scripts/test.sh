#!/usr/bin/env bash
# Set up (first time: Debian's chromium for the browser tests, the venv) and run the test suite with pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "note: chromium not found and cannot be installed here; browser tests will be skipped" >&2
  fi
fi
bash scripts/setup.sh test
.venv/bin/python -m pytest -q "$@"
