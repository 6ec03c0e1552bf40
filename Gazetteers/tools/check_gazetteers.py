#!/usr/bin/env python3
"""Checks the gazetteer TSV files against the format of DESIGN.md §6.

Usage: check_gazetteers.py [--review] [FILE.tsv ...]
       (default: every *.tsv in Gazetteers/)

Errors (exit status 1):
  - header line not exactly `id	type	name	aliases	lang	match`;
  - a data line without exactly 6 tab-separated fields;
  - type not ORG / PERSON / PROGRAM; lang not * / fr / en; match not empty / exact;
  - id not lowercase ASCII kebab-case, or used twice (across all files);
  - empty name, empty alias, name repeated in the aliases, alias repeated in an entry,
    leading or trailing spaces in a field;
  - the same alias (after folding: case, accents, apostrophes, hyphens, spaces) in two
    entries.
--review also prints, for a human to look at, aliases that are country names or
single words that are also ordinary lower-case words in the system word lists.
"""
import glob, json, os, re, sys, unicodedata

TAB = "\t"
HEADER = ["id", "type", "name", "aliases", "lang", "match"]
TYPES = {"ORG", "PERSON", "PROGRAM"}
LANGS = {"*", "fr", "en"}
MATCHES = {"", "exact"}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FOLD_DROP = re.compile(r"[\s'’ʼ‘`´\-‐‑‒–—]+")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return FOLD_DROP.sub("", s.casefold())


def check(paths):
    errors, entries = [], []
    ids = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if not lines or lines[0].split("\t") != HEADER:
            errors.append(f"{path}:1: header must be {TAB.join(HEADER)!r}")
        for n, line in enumerate(lines[1:], start=2):
            where = f"{path}:{n}"
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 6:
                errors.append(f"{where}: {len(fields)} tab-separated fields, expected 6")
                continue
            id_, typ, name, aliases, lang, match = fields
            for fld in fields:
                if fld != fld.strip():
                    errors.append(f"{where}: field with leading/trailing spaces: {fld!r}")
            if not ID_RE.match(id_):
                errors.append(f"{where}: bad id {id_!r}")
            if id_ in ids:
                errors.append(f"{where}: duplicate id {id_!r} (first at {ids[id_]})")
            ids.setdefault(id_, where)
            if typ not in TYPES:
                errors.append(f"{where}: bad type {typ!r}")
            if lang not in LANGS:
                errors.append(f"{where}: bad lang {lang!r}")
            if match not in MATCHES:
                errors.append(f"{where}: bad match {match!r}")
            if not name:
                errors.append(f"{where}: empty name")
            alias_list = aliases.split("|") if aliases else []
            if any(not a.strip() for a in alias_list):
                errors.append(f"{where}: empty alias")
            if name in alias_list:
                errors.append(f"{where}: name repeated in aliases")
            if len(set(alias_list)) != len(alias_list):
                errors.append(f"{where}: alias repeated in the entry")
            entries.append((where, id_, typ, [name] + alias_list))
    owner = {}
    for where, id_, typ, names in entries:
        for a in names:
            k = fold(a)
            if k in owner and owner[k][1] != id_:
                errors.append(f"{where}: alias {a!r} of {id_} collides with {owner[k][2]!r} of "
                              f"{owner[k][1]} ({owner[k][0]})")
            owner.setdefault(k, (where, id_, a))
    return errors, entries


def review(entries):
    countries = set()
    p = "/usr/share/iso-codes/json/iso_3166-1.json"
    if os.path.exists(p):
        for c in json.load(open(p, encoding="utf-8"))["3166-1"]:
            for key in ("name", "common_name", "official_name"):
                if key in c:
                    countries.add(fold(c[key]))
    words = set()
    for p in ("/usr/share/dict/american-english", "/usr/share/dict/french"):
        if os.path.exists(p):
            for w in open(p, encoding="utf-8", errors="replace"):
                w = w.strip()
                if w and w == w.lower():
                    words.add(fold(w))
    for where, id_, typ, names in entries:
        for a in names:
            if fold(a) in countries:
                print(f"review {where}: {id_}: alias {a!r} is a country name")
            elif " " not in a and not a.isupper() and fold(a) in words:
                print(f"review {where}: {id_}: alias {a!r} is also a lower-case word")


def main():
    args = sys.argv[1:]
    want_review = "--review" in args
    paths = [a for a in args if a != "--review"]
    if not paths:
        here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        paths = sorted(glob.glob(os.path.join(here, "*.tsv")))
    errors, entries = check(paths)
    for e in errors:
        print(e)
    counts = {}
    for path in paths:
        counts[os.path.basename(path)] = {}
    for where, id_, typ, names in entries:
        c = counts[os.path.basename(where.rsplit(":", 1)[0])]
        c[typ] = c.get(typ, 0) + 1
    for f, c in counts.items():
        print(f"{f}: {c}, {sum(len(n) for w, i, t, n in entries if os.path.basename(w.rsplit(':', 1)[0]) == f)} names")
    if want_review:
        review(entries)
    print(f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
