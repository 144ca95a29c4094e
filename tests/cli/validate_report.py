#!/usr/bin/env python3
"""Validates factcheck JSON reports: the JSON Schema, then what a schema cannot say.

    validate_report.py SCHEMA REPORT.json...

Beyond the schema: ids are unique and every reference resolves, and every offset pair is a
slice of documents[].text in Unicode code points (Python indexing) that reads exactly the
text the report says it does. Prints one line per problem; exit status 1 when there is any.
"""
import json
import sys

import jsonschema


def check_semantics(report, problems):
    docs = {d["id"]: d for d in report["documents"]}
    entities = {e["id"] for e in report["entities"]}
    findings = {f["id"] for f in report["findings"]}
    for kind, items in (("documents", report["documents"]), ("entities", report["entities"]),
                        ("findings", report["findings"])):
        ids = [i["id"] for i in items]
        if len(ids) != len(set(ids)):
            problems.append(f"{kind}: duplicate ids")

    def span(where, doc_id, start, end, expected=None):
        doc = docs.get(doc_id)
        if doc is None:
            problems.append(f"{where}: unknown document {doc_id!r}")
            return
        text = doc["text"]
        if not 0 <= start <= end <= len(text):
            problems.append(f"{where}: [{start}, {end}) outside the text ({len(text)} code points)")
        elif expected is not None and text[start:end] != expected:
            problems.append(f"{where}: text[{start}:{end}] is {text[start:end]!r}, the report says {expected!r}")

    for d in report["documents"]:
        previous = None
        for n, m in enumerate(d["mentions"]):
            where = f"documents[{d['id']}].mentions[{n}]"
            span(where, d["id"], m["start"], m["end"], m["text"])
            if m["entity"] is not None and m["entity"] not in entities:
                problems.append(f"{where}: unknown entity {m['entity']!r}")
            # By start, and the longer of two mentions that start together first, so that an
            # enclosing mention precedes what it encloses (as the engine sorts them).
            if previous is not None and (m["start"], -m["end"]) < previous:
                problems.append(f"{where}: mentions not sorted by offset")
            previous = (m["start"], -m["end"])
    for e in report["entities"]:
        for d in e["documents"]:
            if d not in docs:
                problems.append(f"entities[{e['id']}]: unknown document {d!r}")
    for n, t in enumerate(report["timeline"]):
        span(f"timeline[{n}]", t["doc"], t["start"], t["end"])
        for f in t.get("findings", []):
            if f not in findings:
                problems.append(f"timeline[{n}]: unknown finding {f!r}")
    for f in report["findings"]:
        for n, ev in enumerate(f["evidence"]):
            span(f"findings[{f['id']}].evidence[{n}]", ev["doc"], ev["start"], ev["end"], ev["text"])


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft202012Validator(schema)
    failed = False
    for path in argv[2:]:
        problems = []
        try:
            with open(path, encoding="utf-8") as f:
                report = json.load(f)
        except (OSError, ValueError) as e:
            problems.append(f"cannot read: {e}")
            report = None
        if report is not None:
            for error in sorted(validator.iter_errors(report), key=lambda e: list(e.absolute_path)):
                location = "/".join(str(p) for p in error.absolute_path) or "(root)"
                problems.append(f"schema: {location}: {error.message}")
            if not problems:
                check_semantics(report, problems)
        for p in problems:
            print(f"{path}: {p}")
        failed = failed or bool(problems)
    if not failed:
        print(f"{len(argv) - 2} report(s) valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
