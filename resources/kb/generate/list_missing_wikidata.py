#!/usr/bin/env python3
"""Lists the knowledge-base entries that carry no Wikidata id (a local `fc:`, `iso:` or `idn:`
id instead), file by file, so that a maintainer can look them up.

    python3 resources/kb/generate/list_missing_wikidata.py            # counts and hand-written entries
    python3 resources/kb/generate/list_missing_wikidata.py --all      # every entry, generated ones too
"""
import glob
import json
import os
import sys

GENERATED = {"countries.json", "provinces-id.json", "regencies-id.json"}


def main():
    show_all = "--all" in sys.argv[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    total = missing_total = 0
    for path in sorted(glob.glob(os.path.join(here, "..", "*.json"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            entries = json.load(f)["entries"]
        missing = [e for e in entries if not (e["id"].startswith("Q") and e["id"][1:].isdigit())]
        total += len(entries)
        missing_total += len(missing)
        print(f"{name}: {len(missing)} of {len(entries)} without a Wikidata id")
        if show_all or name not in GENERATED:
            for e in missing:
                print(f"  {e['id']}\t{e['type']}\t{e['name']}")
    print(f"total: {missing_total} of {total} without a Wikidata id")


if __name__ == "__main__":
    main()
