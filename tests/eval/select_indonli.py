#!/usr/bin/env python3
"""Pick IndoNLI pairs for the measured-claims evaluation (tests/core/tst_claims_public_eval.cpp).

Disagreements: contradiction pairs whose hypothesis gives, for something the premise also
measures, a value the premise does not give: the same unit or counted word after the number
(quantities, percentages, money, ordinals, durations), or a date of the same shape (a year,
a month and year, a full date) next to the same words.
Controls: entailment and neutral pairs whose two sentences carry values of the same kind
under the same rule but agree on them (the hypothesis's value appears in the premise), in the
same number per kind as the disagreements, taken in a fixed order.
Pairs whose hypothesis is a negation ("tidak", "bukan", ...) are left out of both sets: they
contradict by polarity, not by value.

Writes the pair ids, file, line number, label and value kind (never the sentences) to
tests/eval/indonli_pairs.tsv. Run from the project root:
    python3 tests/eval/select_indonli.py ../shared/data/indonli > tests/eval/indonli_pairs.tsv
Source: ir-nlp-csui/indonli @ 7b55d8217cc8, data/indonli/{train,val}.jsonl (CC BY-SA 3.0 and
others, see ../shared/data/README.md); sha256 of each file is printed in the header.
"""
import hashlib
import json
import os
import re
import sys

MONTHS = ("januari februari maret april mei juni juli agustus september oktober november desember "
          "jan feb mar apr jun jul agu agt sep okt nov des").split()
NEGATION = {"tidak", "bukan", "belum", "tak", "tanpa", "never", "not"}
WORDNUM = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
           "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}
SCALE = {"ribu", "juta", "miliar", "triliun", "rb", "jt", "m", "t"}
DURATION = {"tahun", "bulan", "minggu", "pekan", "hari", "jam", "menit", "detik", "abad", "dekade"}
MONEY = {"rp", "rp.", "us$", "$", "usd", "dolar", "rupiah", "euro", "yen", "ringgit"}
PERCENT = {"persen", "%", "persentase"}

TOKEN = re.compile(r"US\$|Rp\.?|\d+(?:[.,]\d+)*|[A-Za-zÀ-ÿ]+(?:-[A-Za-zÀ-ÿ0-9]+)*|%|\S")


def tokens(text):
    return [t for t in TOKEN.findall(text)]


def number(tok):
    if re.fullmatch(r"\d+(?:[.,]\d+)*", tok):
        return tok.replace(".", "").replace(",", ".") if re.search(r"\.\d{3}(?!\d)", tok) else tok.replace(",", ".")
    return None


def values(text):
    """(kind, key, value) for each value expression; key is what identifies the measured thing."""
    toks = tokens(text)
    low = [t.lower() for t in toks]
    out = []
    for i, t in enumerate(low):
        v = number(toks[i])
        if t.startswith("ke-") and (number(t[3:]) or t[3:] in WORDNUM):
            prev = low[i - 1] if i else ""
            out.append(("ordinal", prev, t[3:]))
            continue
        if v is None:
            continue
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        nxt2 = low[i + 2] if i + 2 < len(low) else ""
        if prev in MONEY or nxt in MONEY or (nxt in SCALE and nxt2 in MONEY):
            out.append(("money", "money", v + (" " + nxt if nxt in SCALE else "")))
        elif nxt in PERCENT:
            out.append(("percent", "percent", v))
        elif nxt in MONTHS:
            year = low[i + 2] if i + 2 < len(low) and re.fullmatch(r"1\d{3}|20\d{2}", low[i + 2]) else ""
            out.append(("date", "day-month", v + " " + nxt + " " + year))
        elif prev in MONTHS and re.fullmatch(r"1\d{3}|20\d{2}", t):
            continue  # the year of a month already taken with its day, or "Maret 2017"
        elif re.fullmatch(r"1[5-9]\d{2}|20\d{2}", t) and "." not in toks[i]:
            month = prev if prev in MONTHS else ""
            out.append(("date", "year", (month + " " + t).strip()))
        elif nxt in DURATION:
            out.append(("duration", nxt, v))
        elif nxt in SCALE and nxt2:
            out.append(("quantity", nxt2, v + " " + nxt))
        elif nxt and nxt.isalpha() and len(nxt) > 2:
            out.append(("quantity", nxt, v))
    return out


def content(text):
    return {t for t in (w.lower() for w in tokens(text)) if t.isalpha() and len(t) > 3}


def classify(premise, hypothesis):
    """The kind of value the hypothesis disagrees on (or agrees on), with 'agree'/'differ'."""
    pv, hv = values(premise), values(hypothesis)
    if not pv or not hv:
        return None
    hyp_words = content(hypothesis)
    if hyp_words and len(hyp_words & content(premise)) / len(hyp_words) < 0.4:
        return None  # the hypothesis is about something else
    verdict = None
    for kind, key, value in hv:
        same = [p for p in pv if p[0] == kind and p[1] == key]
        if not same:
            continue
        if any(p[2] == value for p in same):
            verdict = verdict or (kind, "agree")
        else:
            return (kind, "differ")
    return verdict


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/indonli"
    chosen, controls = [], []
    header = []
    for name in ("train.jsonl", "val.jsonl"):
        path = os.path.join(root, name)
        with open(path, "rb") as f:
            header.append("# %s sha256 %s" % (name, hashlib.sha256(f.read()).hexdigest()))
        with open(path, encoding="utf-8") as f:
            for line, raw in enumerate(f, 1):
                d = json.loads(raw)
                hyp = d["hypothesis"]
                if NEGATION & {w.lower() for w in tokens(hyp)}:
                    continue
                c = classify(d["premise"], hyp)
                if not c:
                    continue
                kind, verdict = c
                row = (name, line, d["pair_id"], d["label"], kind)
                if d["label"] == "c" and verdict == "differ":
                    chosen.append(row)
                elif d["label"] in ("e", "n") and verdict == "agree":
                    controls.append(row)
    # As many controls per kind as disagreements, in a fixed order that mixes the files.
    per_kind = {}
    for r in chosen:
        per_kind[r[4]] = per_kind.get(r[4], 0) + 1
    controls.sort(key=lambda r: hashlib.sha256(("%s:%d" % (r[0], r[1])).encode()).hexdigest())
    picked = []
    for r in controls:
        if per_kind.get(r[4], 0) > 0:
            picked.append(r)
            per_kind[r[4]] -= 1
    print("# IndoNLI pairs for tst_claims_public_eval: file, line (1-based), pair_id, label, value kind, role")
    print("# generated by tests/eval/select_indonli.py from ir-nlp-csui/indonli @ 7b55d8217cc8 data/indonli/")
    print("\n".join(header))
    for r in chosen:
        print("%s\t%d\t%s\t%s\t%s\tdisagreement" % r)
    for r in sorted(picked):
        print("%s\t%d\t%s\t%s\t%s\tcontrol" % r)


if __name__ == "__main__":
    main()
