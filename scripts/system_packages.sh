#!/usr/bin/env bash
# The programs a few tests and scripts need from the system, installed with apt-get when they are
# missing and this runs as root (as on CI); otherwise it says what is missing and those tests skip.
#   LibreOffice Calc (soffice): renders a scored workbook in one test, as a real spreadsheet
#                               program reading our file;
#   poppler-utils (pdftoppm):   turns that PDF into pictures (scripts/render_workbook.py);
#   fonts-crosextra-carlito:    Carlito, Calibri's metric twin: the workbook's row heights and
#                               column widths are counted in Calibri's widths, and LibreOffice
#                               draws Calibri with Carlito where it has it (else with a wider font,
#                               so that the tests measuring printed lines would see lines that
#                               Excel never draws).
# Called by scripts/test.sh; idempotent: what is there already is not installed again.
set -uo pipefail

packages=()
command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-calc)
command -v pdftoppm >/dev/null 2>&1 || packages+=(poppler-utils)
[ -e "${CARLITO_FILE:-/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf}" ] || packages+=(fonts-crosextra-carlito)
[ ${#packages[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "scripts/system_packages.sh: installing ${packages[*]} (workbook rendering)..." >&2
    if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null); then
        exit 0
    fi
    echo "scripts/system_packages.sh: could not install ${packages[*]}; the tests that need them will skip" >&2
else
    echo "scripts/system_packages.sh: ${packages[*]} not installed (needs apt-get as root); the tests that need them will skip" >&2
fi
exit 0
