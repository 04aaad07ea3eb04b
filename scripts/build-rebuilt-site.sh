#!/usr/bin/env bash
# The "rebuilt vault" the offline update test serves after the first build: the bundled
# notes plus the notes in tests/fixtures/rebuilt-vault, built into out-rebuilt/.
set -euo pipefail
cd "$(dirname "$0")/.."
vault=.e2e/rebuilt-vault
rm -rf "$vault" && mkdir -p "$vault"
cp -R content/. "$vault"/
cp -R tests/fixtures/rebuilt-vault/. "$vault"/
CONTENT_DIR="$vault" NEXT_DIST_DIR=out-rebuilt npm run --silent build:site
