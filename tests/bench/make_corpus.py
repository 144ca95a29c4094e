#!/usr/bin/env python3
"""Write a synthetic news corpus of any size for the throughput benchmarks (issue 18).

The text comes from the project's own example stories (resources/examples and the pipeline
test stories in tests/core/data), rewritten with other names, numbers and dates, so every
benchmark runs on the same kind of text at any size. The output depends only on the
arguments: the same seed gives the same bytes.

  make_corpus.py --mb 4 --format jsonl -o corpus.jsonl        # one JSON line per article, for `tag --jsonl`
  make_corpus.py --count 1000 --format files -o dir/          # one .txt per article, for `analyze`
  make_corpus.py --mb 5 --format single -o big.txt            # one long article
  make_corpus.py --mb 4 --lang en --format jsonl -o -         # English only, to standard output
"""

import argparse
import json
import os
import random
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SOURCES = [
    "resources/examples/01-kabar-pagi.txt",
    "resources/examples/02-warta-priangan.txt",
    "resources/examples/03-suara-nusantara.txt",
    "resources/examples/04-java-daily.txt",
    "tests/core/data/court/01-id-vonis.txt",
    "tests/core/data/court/02-en-verdict.txt",
    "tests/core/data/ferry/01-id-kapal.txt",
    "tests/core/data/ferry/02-en-ferry.txt",
    "tests/core/data/quake/01-id-gempa.txt",
    "tests/core/data/quake/02-en-quake.txt",
    "tests/core/data/parliament/01-id-ruu.txt",
    "tests/core/data/parliament/02-en-bill.txt",
]

# The people named in those stories; each copy of a story gives them other names.
PEOPLE = [
    "Andi Sudirman Sulaiman", "Muhammad Arif Anwar", "Dewi Lestari", "Rahmat Hidayat",
    "Rahmat Hidayah", "Andi Prasetyo", "Bambang Sulistyo", "Ratna Dewi", "Dimas Saputra",
    "Andi Mappaseng", "Komang Suartana", "Hendra Wiratama", "Muhammad Yasir", "Siti Rahmawati",
    "Ratih Kartika", "Hendro Wibisono", "Rina Kusumawati",
]
# Later mentions by first name only ("kata Rahmat", "ujar Andi"), or by the middle name.
SHORT = {"Rahmat": "Rahmat Hidayat", "Andi": "Andi Prasetyo", "Bambang": "Bambang Sulistyo",
         "Arif": "Muhammad Arif Anwar", "Hendra": "Hendra Wiratama", "Ratih": "Ratih Kartika",
         "Hendro": "Hendro Wibisono"}

GIVEN = ["Agus", "Budi", "Citra", "Dian", "Eko", "Fajar", "Gilang", "Hadi", "Indah", "Joko",
         "Kurniawan", "Lina", "Made", "Nur", "Oki", "Putri", "Rizki", "Sari", "Teguh", "Umar",
         "Wahyu", "Yudi", "Zainal", "Ayu", "Bayu", "Dodi", "Fitri", "Galih", "Irfan", "Nyoman"]
FAMILY = ["Santoso", "Wijaya", "Saragih", "Nugroho", "Siregar", "Halim", "Purnomo", "Setiawan",
          "Harahap", "Gunawan", "Pratama", "Susanto", "Firmansyah", "Hutapea", "Marpaung",
          "Simanjuntak", "Utomo", "Kusnadi", "Lubis", "Pangaribuan", "Wibowo", "Suryadi"]

NUMBER = re.compile(r"\d+")


def load_stories(lang):
    stories = []
    for rel in SOURCES:
        with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
            text = f.read()
        is_en = "/04-" in rel or "-en-" in rel
        if lang == "both" or (lang == "en") == is_en:
            stories.append(text)
    return stories


def new_name(rng, words):
    parts = [rng.choice(GIVEN)] + [rng.choice(FAMILY) for _ in range(max(1, words - 1))]
    return " ".join(parts)


def vary(story, rng):
    """One copy of a story with other names, figures and dates, consistent inside the copy."""
    renamed = {p: new_name(rng, len(p.split())) for p in PEOPLE}
    # Full names first (longest first, through placeholders so a new name is never renamed).
    marks = {}
    for i, person in enumerate(sorted(PEOPLE, key=len, reverse=True)):
        mark = "\x00%d\x00" % i
        marks[mark] = renamed[person]
        story = story.replace(person, mark)
    for short, person in SHORT.items():
        story = re.sub(r"\b%s\b" % short, renamed[person].split()[0], story)
    for mark, name in marks.items():
        story = story.replace(mark, name)

    year_shift = rng.randint(-8, 1)
    figures = {}

    def figure(match):
        s = match.group(0)
        if s not in figures:
            n = int(s)
            if len(s) == 4 and 1900 <= n <= 2100:
                v = n + year_shift
            elif n <= 12:
                v = rng.randint(1, 12)
            elif n <= 28:
                v = rng.randint(13, 23)
            elif n <= 59:
                v = rng.randint(29, 59)
            else:
                v = rng.randint(10 ** (len(s) - 1), 10 ** len(s) - 1)
            figures[s] = str(v).zfill(len(s)) if s.startswith("0") else str(v)
        return figures[s]

    return NUMBER.sub(figure, story)


def articles(stories, rng):
    while True:
        yield vary(rng.choice(stories), rng)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    size = ap.add_mutually_exclusive_group(required=True)
    size.add_argument("--mb", type=float, help="at least this many megabytes (10^6 bytes of UTF-8 text)")
    size.add_argument("--count", type=int, help="this many articles (jsonl, files)")
    ap.add_argument("--format", choices=["jsonl", "files", "single"], default="jsonl")
    ap.add_argument("--lang", choices=["id", "en", "both"], default="both")
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("-o", "--output", required=True, help="file, '-' (jsonl, single) or a folder (files)")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    source = articles(load_stories(args.lang), rng)
    limit_bytes = int(args.mb * 1e6) if args.mb is not None else None
    if args.format == "single" and limit_bytes is None:
        ap.error("--format single needs --mb")

    def done(n, written):
        return written >= limit_bytes if limit_bytes is not None else n >= args.count

    if args.format == "files":
        os.makedirs(args.output, exist_ok=True)
        n = written = 0
        while not done(n, written):
            text = next(source)
            n += 1
            with open(os.path.join(args.output, "a%06d.txt" % n), "w", encoding="utf-8") as f:
                f.write(text)
            written += len(text.encode("utf-8"))
        return

    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    n = written = 0
    if args.format == "single":
        # One article: the first story whole (title, outlet, date), then the body paragraphs
        # of many copies; their short header lines (title, outlet, byline, date) are left out.
        first = next(source)
        out.write(first.rstrip("\n"))
        written = len(first.encode("utf-8"))
        while written < limit_bytes:
            paragraphs = next(source).split("\n\n")[1:]
            body = "\n\n".join(p.strip("\n") for p in paragraphs if len(p) >= 80)
            chunk = "\n\n" + body
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
        out.write("\n")
    else:
        while not done(n, written):
            n += 1
            line = json.dumps({"id": "a%06d" % n, "text": next(source)}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
