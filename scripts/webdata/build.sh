#!/usr/bin/env bash
# build.sh: regenerates the map files vendored under sitrep-server/src/main/resources/public/vendor/ from the
# pinned npm packages (package.json, package-lock.json): the world-atlas 1:110m country shapes (each country given
# its ISO 3166-1 alpha-2 code, from i18n-iso-countries' code table) and the topojson-client browser build.
# Needs node >= 18 and npm. node_modules/ stays here and is git-ignored. Running it twice gives identical files.
set -euo pipefail
cd "$(dirname "$0")"

# Only data is installed: no install scripts run, and the lock file pins every version and hash.
npm install --ignore-scripts --no-audit --no-fund --loglevel=error
node convert.mjs
