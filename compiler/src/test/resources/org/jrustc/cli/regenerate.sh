#!/usr/bin/env bash
# Regenerates what rustc prints for files it cannot read, which jrustc must print the same way.
# rustc runs from compiler/ (where the tests run) so that the paths it prints are the tests' paths.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../../../../../.."   # compiler/
out_dir="$(mktemp -d)"
trap 'rm -rf "$out_dir"' EXIT
rustc() { env -u RUST_BACKTRACE rustc --edition 2024 -o "$out_dir/x" "$@"; }
rustc no-such-file.rs 2>"$here/missing-file.stderr"
rustc --error-format=short no-such-file.rs 2>"$here/missing-file.short.stderr"
rustc src/test/resources/org/jrustc/cli/invalid-utf8.rs 2>"$here/invalid-utf8.stderr"
exit 0
