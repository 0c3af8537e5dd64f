#!/usr/bin/env bash
# Regenerates the expected renderings in this folder with the real rustc:
# for every NAME.rs, NAME.stderr (human format) and NAME.short.stderr (--error-format=short).
# Run it from anywhere; the paths rustc prints are the bare file names, as the tests expect.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
out_dir="$(mktemp -d)"
trap 'rm -rf "$out_dir"' EXIT
for source in *.rs; do
    name="${source%.rs}"
    env -u RUST_BACKTRACE rustc --edition 2024 -o "$out_dir/$name" "$source" 2>"$name.stderr"
    env -u RUST_BACKTRACE rustc --edition 2024 --error-format=short -o "$out_dir/$name" "$source" 2>"$name.short.stderr"
done
exit 0
