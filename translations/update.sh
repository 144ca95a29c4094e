#!/usr/bin/env bash
# Refresh translations/*.ts from the sources (lupdate, inside the build environment), then
# list what still needs a translator. Run from anywhere; new strings appear as "unfinished"
# and tst_translations fails until they are translated (Qt Linguist, or edit the XML).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
packaging/build-env run cmake --preset dev >/dev/null
packaging/build-env run cmake --build --preset dev --target update_translations
python3 - translations/*.ts <<'PY'
import sys, xml.etree.ElementTree as ET
todo = 0
for path in sys.argv[1:]:
    for ctx in ET.parse(path).getroot().iter('context'):
        name = ctx.findtext('name')
        for msg in ctx.iter('message'):
            tr = msg.find('translation')
            if tr is not None and tr.get('type') in ('unfinished', 'vanished', 'obsolete'):
                todo += 1
                print(f"{path}: [{name}] {msg.findtext('source')!r} is {tr.get('type')}")
print(f"{todo} message(s) need a translator" if todo else "all messages translated")
PY
