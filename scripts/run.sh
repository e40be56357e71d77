#!/usr/bin/env bash
# Installs what is missing, builds a Release build in build/ and starts ServiceArchive on the
# default archive (archive.sqlite under the application data folder, created on first start).
# Extra arguments go to the application, e.g. scripts/run.sh --lang en.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build
exec build/app/service-archive "$@"
