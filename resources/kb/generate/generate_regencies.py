#!/usr/bin/env python3
"""Generate regencies-id.json (Indonesia's kabupaten and kota) from the npm package idn-area-data.

Building never runs this; the output is committed. Fetch the package once, outside the
repository, then run from the project root:
    cd /tmp && npm pack idn-area-data && tar xzf idn-area-data-*.tgz   # unpacks to ./package
    python3 resources/kb/generate/generate_regencies.py /tmp/package

Inputs: the package's data/regencies.csv (code, province code, name in capitals) and
data/provinces.csv, plus two hand-written tables beside this script:
  regency_extras.tsv     ids kept from earlier hand-written entries, extra aliases, spellings
  regency_ambiguous.tsv  bare names that are ordinary words or given names: not indexed alone
and the other knowledge-base files, so that a bare name another file already claims (a
province, a country, ...) is not indexed here too. Output is sorted: reruns are byte-identical.
"""
import csv
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
OUT_NAME = "regencies-id.json"

# English for a trailing compass word: "Aceh Selatan" is "South Aceh Regency" in English news.
COMPASS = {
    "Barat Daya": "Southwest", "Barat Laut": "Northwest", "Tenggara": "Southeast", "Timur Laut": "Northeast",
    "Utara": "North", "Selatan": "South", "Barat": "West", "Timur": "East", "Tengah": "Central",
    "Pusat": "Central",
}
LOWER_WORDS = {"dan"}


def read_tsv(name):
    rows = {}
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            rows[cells[0]] = cells[1:]
    return rows


def title(words):
    return " ".join(w.lower() if w.lower() in LOWER_WORDS else w.capitalize() for w in words.split())


def english(bare):
    for local, eng in COMPASS.items():
        if bare.endswith(" " + local):
            return f"{eng} {bare[: -len(local) - 1]}"
    return None


def claimed_names(owned_ids):
    """Every lookup key the other knowledge-base files claim (same folding as KnowledgeBase::key)."""
    names = {}
    for path in sorted(glob.glob(os.path.join(OUT, "*.json"))):
        if os.path.basename(path) == OUT_NAME:
            continue
        with open(path, encoding="utf-8") as f:
            for e in json.load(f)["entries"]:
                if e["id"] in owned_ids:
                    continue
                for n in [e.get("name", ""), e.get("name_id", "")] + e.get("aliases", []):
                    if n:
                        names.setdefault(key(n), f'{os.path.basename(path)} {e["id"]}')
    return names


def key(name):
    return " ".join(name.replace("-", " ").split()).casefold()


def main(package):
    data = os.path.join(package, "data")
    with open(os.path.join(package, "package.json"), encoding="utf-8") as f:
        meta = json.load(f)
    with open(os.path.join(data, "provinces.csv"), encoding="utf-8") as f:
        province_names = {r["code"]: r["name"] for r in csv.DictReader(f)}
    with open(os.path.join(data, "regencies.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    extras = read_tsv("regency_extras.tsv")
    ambiguous = {key(n) for n in read_tsv("regency_ambiguous.tsv")}
    owned = {cells[0] for cells in extras.values() if cells and cells[0]}
    claimed = claimed_names(owned)

    # Province of each regency as the id of its provinces-id.json entry (informative field).
    with open(os.path.join(OUT, "provinces-id.json"), encoding="utf-8") as f:
        provinces = json.load(f)["entries"]
    province_ids = {}
    for code, name in province_names.items():
        for p in provinces:
            if p["kind"] == "province" and key(name) in {key(n) for n in [p["name_id"]] + p["aliases"]}:
                province_ids[code] = p["id"]
        if code not in province_ids:
            sys.exit(f"generate_regencies: no provinces-id.json entry for province {code} {name}")

    parsed = []
    for r in rows:
        words = r["name"].split()
        kind = {"KABUPATEN": "regency", "KOTA": "city"}[words[0]]
        admin = len(words) > 2 and words[1] == "ADMINISTRASI"  # Jakarta's cities and Kepulauan Seribu
        bare = title(" ".join(words[2 if admin else 1:]))
        id_cell, alias_cell, spelling = (extras.get(r["code"], []) + ["", "", ""])[:3]
        bare = spelling or bare
        parsed.append((r, kind, admin, bare, id_cell, alias_cell))

    # A bare name shared by a regency and a city ("Bogor") goes to the city: that is what it
    # means in the news; the regency keeps "Kabupaten Bogor" and "Kab. Bogor".
    cities = {key(p[3]) for p in parsed if p[1] == "city"}
    entries, dropped, regencies, kotas = [], [], 0, 0
    for r, kind, admin, bare, id_cell, alias_cell in parsed:
        prefix = "Kabupaten" if kind == "regency" else "Kota"
        name_id = f"{prefix} {bare}"
        aliases = [f"{prefix} Administrasi {bare}"] if admin else []
        if kind == "regency":
            aliases.append(f"Kab. {bare}")
        bare_ok = True
        if key(bare) in ambiguous:
            bare_ok = False
        elif kind == "regency" and key(bare) in cities:
            bare_ok = False
        elif key(bare) in claimed:
            bare_ok = False
            dropped.append(f"{bare} ({kind} {r['code']}): already {claimed[key(bare)]}")
        if bare_ok:
            aliases.append(bare)
        eng = english(bare)
        if kind == "regency":
            name = f"{eng or bare} Regency"
        else:
            name = eng or (bare if bare_ok else f"{bare} City")
        aliases += [a for a in alias_cell.split("|") if a]
        regencies += kind == "regency"
        kotas += kind == "city"
        seen = {key(name), key(name_id)}
        unique = []
        for a in aliases:
            if key(a) not in seen:
                seen.add(key(a))
                unique.append(a)
        entries.append({
            "id": id_cell or "idn:" + r["code"].replace(".", ""),
            "type": "LOC",
            "kind": kind,
            "code": r["code"],
            "province": province_ids[r["province_code"]],
            "name": name,
            "name_id": name_id,
            "aliases": sorted(unique, key=str.casefold),
        })
    entries.sort(key=lambda e: e["code"])
    doc = {"source": f"npm {meta['name']} {meta['version']} data/regencies.csv (data under the Open Database"
                     " License 1.0; this extract too, see PROVENANCE.md) + generate/regency_extras.tsv,"
                     " generate/regency_ambiguous.tsv",
           "entries": entries}
    with open(os.path.join(OUT, OUT_NAME), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{OUT_NAME}: {len(entries)} entries ({regencies} regencies, {kotas} cities) "
          f"from {meta['name']} {meta['version']}")
    for d in dropped:
        print(f"  bare name not indexed, {d}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate_regencies.py PATH-TO-UNPACKED-idn-area-data")
    main(sys.argv[1])
