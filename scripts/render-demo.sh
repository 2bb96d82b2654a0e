#!/usr/bin/env bash
# Renders the demo's scored workbook with LibreOffice into docs/screenshots/ (the README's pictures
# of what `svmi score` writes). Needs soffice and pdftoppm (see scripts/test-all.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
npm run --silent build:cli # so the pictures show the current source
node bin/svmi.js demo --out "$work" >/dev/null
HOME="$work" soffice --headless --norestore --convert-to pdf --outdir "$work" "$work/surrey-example-scored.xlsx" >/dev/null
# Page 3 is the Results sheet, page 4 the Action Plan (the Questionnaire takes pages 1-2).
pdftoppm -png -r 110 -f 3 -l 3 -singlefile "$work/surrey-example-scored.pdf" docs/screenshots/cli-results
pdftoppm -png -r 110 -f 4 -l 4 -singlefile "$work/surrey-example-scored.pdf" docs/screenshots/cli-action-plan
rm -rf "$work"
echo "docs/screenshots/cli-results.png, docs/screenshots/cli-action-plan.png"
