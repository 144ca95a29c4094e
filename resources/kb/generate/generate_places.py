#!/usr/bin/env python3
"""Generate countries.json and provinces-id.json from Debian's iso-codes data.

Run from the project root inside the build environment (which has iso-codes installed):
    packaging/build-env run python3 resources/kb/generate/generate_places.py

Inputs: iso-codes' iso_3166-1.json / iso_3166-2.json and their Indonesian message catalogues
(gettext), plus the tables beside this script: country_wikidata.tsv (Wikidata ids of countries,
each confirmed by two independent sources, see ../PROVENANCE.md) and the hand-written
country_extras.tsv / province_extras.tsv (abbreviations, news names, English names of Indonesian
provinces; a few hand-entered Wikidata ids). Output is sorted, so reruns are byte-identical.
"""
import gettext
import json
import os
import sys

ISO_JSON = os.environ.get("ISO_CODES_JSON", "/usr/share/iso-codes/json")
LOCALE_DIR = os.environ.get("ISO_CODES_LOCALE", "/usr/share/locale")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def catalogue(domain):
    try:
        return gettext.translation(domain, LOCALE_DIR, languages=["id"])
    except OSError as e:
        sys.exit(f"generate_places: no Indonesian catalogue for {domain} in {LOCALE_DIR}: {e}")


def read_tsv(name):
    rows = {}
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            rows.setdefault(cells[0], cells[1:])
    return rows


def unique(names, exclude):
    seen, out = {n.casefold() for n in exclude}, []
    for n in names:
        n = n.strip()
        if n and n.casefold() not in seen:
            seen.add(n.casefold())
            out.append(n)
    return sorted(out, key=str.casefold)


def english_short(name):
    # iso-codes writes inverted names ("Korea, Republic of"); news uses the plain form.
    if ", " in name:
        head, tail = name.split(", ", 1)
        return f"{tail} {head}" if tail.endswith(" of") else None
    return name


def countries():
    with open(os.path.join(ISO_JSON, "iso_3166-1.json"), encoding="utf-8") as f:
        data = json.load(f)["3166-1"]
    t = catalogue("iso_3166-1")
    extras = read_tsv("country_extras.tsv")
    confirmed = {code: cells[0] for code, cells in read_tsv("country_wikidata.tsv").items()}
    known = {c["alpha_2"] for c in data}
    unknown = sorted(set(confirmed) - known)
    if unknown:
        sys.exit(f"generate_places: country_wikidata.tsv has codes iso-codes does not know: {unknown}")
    entries = []
    for c in data:
        code = c["alpha_2"]
        english = c.get("common_name") or c["name"]
        hand_id, alias_cell, english_news, indonesian_news = (extras.get(code, []) + ["", "", "", ""])[:4]
        # A confirmed id wins; a hand-entered one that contradicts it is an error to resolve.
        wikidata = confirmed.get(code) or hand_id
        if hand_id and wikidata != hand_id:
            sys.exit(f"generate_places: {code}: country_extras.tsv says {hand_id}, "
                     f"country_wikidata.tsv says {wikidata}")
        indonesian = t.gettext(c["name"])
        if indonesian == c["name"] and "common_name" in c:
            indonesian = t.gettext(c["common_name"])
        aliases = [c["name"], c.get("official_name", ""), english_short(c["name"]) or "", english, indonesian]
        # The name news uses, when it differs from the ISO short name ("Russia", "Rusia").
        english = english_news or english
        indonesian = indonesian_news or indonesian
        aliases += alias_cell.split("|") if alias_cell else []
        # The Indonesian catalogue also inverts some names ("Iran, Republik Islam").
        if ", " in indonesian:
            aliases.append(indonesian)
            indonesian = indonesian.split(", ")[0]
        entries.append({
            "id": wikidata or f"iso:{code}",
            "type": "LOC",
            "kind": "country",
            "iso": code,
            "name": english,
            "name_id": indonesian,
            "aliases": unique(aliases, [english, indonesian]),
        })
    entries.sort(key=lambda e: e["iso"])
    return entries


def provinces():
    with open(os.path.join(ISO_JSON, "iso_3166-2.json"), encoding="utf-8") as f:
        data = json.load(f)["3166-2"]
    t = catalogue("iso_3166-2")
    extras = read_tsv("province_extras.tsv")
    subdivisions = [s for s in data if s["code"].startswith("ID-")]
    province_names = {s["name"] for s in subdivisions if s["type"] != "Geographical unit"}
    entries = []
    for s in subdivisions:
        code = s["code"]
        english, alias_cell = (extras.get(code) or ["", ""])[:2]
        local = t.gettext(s["name"])
        # "Maluku" and "Papua" are both a province and an island group: the name goes to
        # the province, the island group keeps its English name and explicit aliases only.
        island = s["type"] == "Geographical unit"
        name_id = "" if island and local in province_names else local
        aliases = alias_cell.split("|") if alias_cell else []
        if not island:
            aliases.append(f"Provinsi {local}")
        entries.append({
            "id": f"iso:{code}",
            "type": "LOC",
            "kind": "island" if island else "province",
            "iso": code,
            "name": english or local,
            "name_id": name_id,
            "aliases": unique(aliases, [english or local, name_id]),
        })
    entries.sort(key=lambda e: e["iso"])
    return entries


def write(name, entries, source):
    doc = {"source": source, "entries": entries}
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{name}: {len(entries)} entries")


if __name__ == "__main__":
    write("countries.json", countries(), "iso-codes ISO 3166-1 + generate/country_extras.tsv")
    write("provinces-id.json", provinces(), "iso-codes ISO 3166-2 (ID) + generate/province_extras.tsv")
