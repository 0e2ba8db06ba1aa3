#!/usr/bin/env bash
# build.sh: regenerates the gazetteer TSVs in sitrep-extract/src/main/resources/org/sitrep/extract/gazetteer/
# from the pinned npm data packages (package.json, package-lock.json) and the hand-made files next to this script,
# then sanity-checks them. Needs node >= 18 and npm. node_modules/ stays here and is git-ignored.
# Running it twice gives byte-identical files.
set -euo pipefail
cd "$(dirname "$0")"

# Only data is installed: no install scripts run, and the lock file pins every version and hash.
npm install --ignore-scripts --no-audit --no-fund --loglevel=error
node convert.mjs
node check.mjs
