#!/usr/bin/env bash
# Installs what is missing, builds with AddressSanitizer + UndefinedBehaviorSanitizer in
# build-asan/ and runs the whole test suite through ctest (UI tests offscreen); then builds the CSV
# reader's libFuzzer target with clang in build-fuzz/ and fuzzes it for a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSA_SANITIZE=ON -DSA_BUILD_BENCH=OFF
cmake --build build-asan
(cd build-asan && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 "$@")
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSA_SANITIZE=ON -DSA_FUZZ=ON -DSA_BUILD_BENCH=OFF
cmake --build build-fuzz --target fuzz_csvreader
ctest --test-dir build-fuzz -R fuzz_csvreader --output-on-failure
