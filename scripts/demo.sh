#!/usr/bin/env bash
# Set up (first time) and build the demo corpus into output/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/zhkg build corpus/demo -o output "$@"
