#!/usr/bin/env python3
"""Builds Fixtures/gold/NAME.jsonl from the inline-annotated Fixtures/annotated/NAME.txt.

Markup: [[TYPE:surface text]] around each entity, TYPE in ORG, PERSON, MONEY, PROGRAM.
The first line of the annotated file is a header: `# lang=fr` or `# lang=en`.
Offsets are computed here (Unicode scalar offsets, end exclusive), never typed by hand.
Usage: build_gold.py [NAME.txt ...]   (default: every file in Fixtures/annotated/)
"""
import json, os, re, sys

TYPES = {"ORG", "PERSON", "MONEY", "PROGRAM"}
MARK = re.compile(r"\[\[([A-Z]+):(.*?)\]\]", re.S)
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)

def build(path):
    raw = open(path, encoding="utf-8", newline="").read()  # newline="": keep CRLF as written (DESIGN §2)
    header, _, body = raw.partition("\n")
    m = re.match(r"#\s*lang=(fr|en)\s*$", header)
    if not m:
        sys.exit(f"{path}:1: first line must be '# lang=fr' or '# lang=en'")
    lang = m.group(1)
    text, ents, pos = [], [], 0
    out_len = 0
    for mm in MARK.finditer(body):
        chunk = body[pos:mm.start()]
        text.append(chunk); out_len += len(chunk)
        typ, surface = mm.group(1), mm.group(2)
        line = body.count("\n", 0, mm.start()) + 2
        if typ not in TYPES:
            sys.exit(f"{path}:{line}: unknown type {typ}")
        if not surface or surface != surface.strip() or "[[" in surface:
            sys.exit(f"{path}:{line}: bad span {surface!r}")
        ents.append({"start": out_len, "end": out_len + len(surface), "type": typ, "text": surface})
        text.append(surface); out_len += len(surface)
        pos = mm.end()
    text.append(body[pos:])
    full = "".join(text)
    if "[[" in full or "]]" in full:
        line = full.count("\n", 0, full.find("[[" if "[[" in full else "]]")) + 2
        sys.exit(f"{path}:{line}: unbalanced [[ ]] markup")
    for e in ents:
        assert full[e["start"]:e["end"]] == e["text"]
    doc_id = os.path.splitext(os.path.basename(path))[0]
    return {"id": doc_id, "lang": lang, "text": full,
            "types": ["ORG", "PERSON", "MONEY", "PROGRAM"], "entities": ents}

def main():
    paths = sys.argv[1:] or sorted(
        os.path.join(root, "annotated", f) for f in os.listdir(os.path.join(root, "annotated")) if f.endswith(".txt"))
    for p in paths:
        doc = build(p)
        out = os.path.join(root, "gold", doc["id"] + ".jsonl")
        with open(out, "w", encoding="utf-8") as f:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        words = len(doc["text"].split())
        counts = {t: sum(1 for e in doc["entities"] if e["type"] == t) for t in sorted(TYPES)}
        print(f"{doc['id']}: {words} words, {counts}")

if __name__ == "__main__":
    main()
