#!/usr/bin/env bash
# Scores the extractor on the dev corpus beside this repository (../shared/corpus/dev) and prints one row for
# all articles, one for the articles rules were written against, and one for the twelve held-out w* articles.
# Usage: scripts/accuracy.sh [SHARED_DIR]   (default: ../shared next to the repository)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
shared="$(readlink -f "${1:-$root/../shared}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/sitrep" extract --format jsonl "$shared/corpus/dev/articles" > "$work/out.jsonl"
mkdir -p "$work/rules" "$work/held-out"
for gold in "$shared"/corpus/dev/gold/*.gold.json; do
  case "$(basename "$gold")" in
    w*) cp "$gold" "$work/held-out/" ;;
    *) cp "$gold" "$work/rules/" ;;
  esac
done

printf '%-24s %9s %6s %6s %7s %7s %9s\n' "articles" "precision" "recall" "F1" "strict" "source" "certainty"
row() {
  python3 "$shared/tools/score.py" --gold "$2" --pred "$work/out.jsonl" --json | python3 -c '
import json, sys
r = json.load(sys.stdin)
print("%-24s %9.3f %6.3f %6.3f %7.3f %7.3f %9.3f" % (sys.argv[1] + " (%d)" % r["articles"], r["precision"], r["recall"],
      r["f1"], r["strict_f1"], r["source"], r["certainty"]))' "$1"
}
row "all dev" "$shared/corpus/dev/gold"
row "rules written on" "$work/rules"
row "held out (w*)" "$work/held-out"
