#!/usr/bin/env bash
# Set up (first time: Debian's chromium and CJK fonts for the browser and PDF tests, the venv) and run the test suite with pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
# chromium for the browser tests; CJK fonts for them and for the generated PDFs of the format tests
missing=""
command -v chromium >/dev/null 2>&1 || missing="chromium"
for pkg in fonts-noto-cjk fonts-wqy-zenhei; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "note: cannot install$missing here; browser tests will be skipped, PDF tests use a built-in CID font" >&2
  fi
fi
bash scripts/setup.sh test
.venv/bin/python -m pytest -q "$@"
