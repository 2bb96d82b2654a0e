#!/usr/bin/env bash
# The whole test suite on a fresh machine: what the tests need from the system, a clean install
# from the lockfile, then every test. On Debian (as root) it installs the system packages itself:
#   chromium                 the browser test of the taskpane
#   libreoffice-calc-nogui   renders scored workbooks (soffice --headless) and re-saves them;
#                            makes the producer corpus's LibreOffice file and opens scored ones
#   fonts-liberation2        with the Calibri-sized fonts it lays them out with
#   poppler-utils            pdftotext / pdftoppm for the rendered pages
#   gnumeric                 ssconvert: the producer corpus's Gnumeric file, and opens scored ones
#   python3-openpyxl         openpyxl for /usr/bin/python3 (not a pyenv python3 on PATH): fills in
#                            the corpus's openpyxl file and opens scored ones
#   libxml2-utils            xmllint: checks manifest.xml and every stamped production manifest
#                            against Microsoft's XSDs (test/fixtures/manifest-schemas)
# Elsewhere install them first (Windows/Mac: LibreOffice with soffice on PATH, poppler from
# Homebrew or Chocolatey, Gnumeric's ssconvert on PATH, a Python with openpyxl named by
# SVMI_PYTHON, xmllint on PATH: macOS has it, Windows gets it with MSYS2's libxml2 or WSL's
# libxml2-utils) and point CHROMIUM_PATH at a Chrome, Chromium or Edge binary.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui fonts-liberation2)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v ssconvert >/dev/null 2>&1 || missing+=(gnumeric)
"${SVMI_PYTHON:-/usr/bin/python3}" -c 'import openpyxl' 2>/dev/null || missing+=(python3-openpyxl)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "The tests need: ${missing[*]} (Debian/Ubuntu: apt-get install ${missing[*]})." >&2
    echo "Or set CHROMIUM_PATH to a Chrome/Chromium/Edge executable for the browser test." >&2
    exit 1
  fi
fi

npm ci
npm test
