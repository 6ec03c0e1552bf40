#!/usr/bin/env python3
"""The hostile-input catalogue of issue 9, generated at any size.

    hostile.py --list                 names, one a line, with the full size
    hostile.py NAME SCALE OUT         writes the input (and, for gazetteer/gold, its companion file)

SCALE is a fraction of the full size the issue names (1 = full: a 50 MB line, 1,000,000 lines,
100,000 repetitions, 200,000 aliases). Tests/GazetteCLITests/HostileInputTests.swift builds the
same inputs at small sizes; keep the two in step.

Every input is a text document for `gazette`, except:
  gazetteer  OUT is the document, OUT.tsv a list with that many aliases (run with --gazetteer)
  gold       OUT.jsonl a gold file whose last document has spans out of bounds (gazette eval: exit 65)
"""
import sys

FULL = {
    "empty": 0,
    "whitespace": 10_000_000,          # bytes
    "long-line": 50_000_000,           # bytes, one line
    "one-word-lines": 1_000_000,       # lines
    "nul-bytes": 1_000_000,            # repetitions
    "bad-utf8": 1_000_000,             # repetitions of overlong and surrogate encodings
    "truncated-eof": 1_000_000,        # bytes before the cut sequence
    "bidi": 100_000,                   # repetitions
    "combining": 100_000,              # marks on one letter (and as many in short stacks)
    "emoji-zwj": 100_000,              # emoji in one ZWJ sequence (and as many in families)
    "nested-guillemets": 100_000,      # depth
    "nested-parentheses": 100_000,     # depth
    "capitalized-run": 100_000,        # words, none of them a cue or head word
    "capitalized-names": 100_000,      # words, with head, designator and cue words among them
    "de-la": 100_000,                  # repetitions
    "dollars": 100_000,                # "$" signs
    "ones": 100_000,                   # "1 " repetitions
    "paren-acronym": 100_000,          # "(" "ACR" pairs
    "acronym-definitions": 100_000,    # "Alpha Beta Corporation (ABC)" in one sentence
    "gazetteer": 200_000,              # aliases
    "gold": 100_000,                   # documents, the last out of bounds
}

# Words that make the rules work: heads, designators, connectors, first names, cue words.
CAPITALIZED = ("Energy Department National Research Laboratory Agency Institute Alpha Beta Jean Marie "
               "Mission Programme Initiative University Inc Group Capital Partners Fund Commission "
               "Los Alamos Quantum Systems Holdings Board Council Trust").split()
GREEK = "Alpha Beta Gamma Delta Epsilon Zeta Theta Kappa Lambda Sigma Omega Tau".split()
PROSE = ("Le DOE a signé avec OpenAI un accord de 1,5 milliard d’euros, a déclaré M. Jean Dupont. "
         "The U.S. Department of Energy (DOE) said Argonne National Laboratory will get $320m. ")


def repeat_to(unit: str, size: int) -> str:
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def generate(name: str, n: int, out: str) -> None:
    data: bytes
    if name == "empty":
        data = b""
    elif name == "whitespace":
        data = repeat_to(" \t\n\r\n\u00a0\u2028  \u202f\n", n).encode()
    elif name == "long-line":
        data = repeat_to(PROSE, n).replace("\n", " ").encode()[:n]
    elif name == "one-word-lines":
        words = ["OpenAI", "Paris", "euros", "1", "DOE", "de", "Mission", "$", "«", "Jean"]
        data = "".join(words[i % len(words)] + "\n" for i in range(n)).encode()
    elif name == "nul-bytes":
        data = b"OpenAI\x00Le DOE\x00\x00\x00 1,5 milliard\x00d'euros \x00" * (n // 10) + b"\x00" * n
    elif name == "bad-utf8":
        bad = [b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf0\x80\x80\xaf", b"\xed\xa0\x80", b"\xed\xbf\xbf",
               b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80", b"\xff", b"\x80"]
        data = b"".join(b"OpenAI " + bad[i % len(bad)] + b" DOE " for i in range(n // 10))
    elif name == "truncated-eof":
        data = repeat_to("Prix : 10 € ", n).encode() + b"\xe2\x82"
    elif name == "bidi":
        unit = ("\u202eOpenAI \u05e9\u05dc\u05d5\u05dd \u2067\u0645\u0631\u062d\u0628\u0627 1,5 milliard d’euros\u2069"
                " \u200f\u202b\u0627\u0644\u0633\u0644\u0627\u0645 DOE\u202c\u200e \u2066$10\u2069. ")
        data = (unit * max(1, n // 10)).encode()
    elif name == "combining":
        data = ("Z" + "\u0301" * n + " " + "e\u0301\u0302\u0303\u0308\u0327 Caf\u0301e\u0301 " * (n // 10)
                + "OpenAI\u0301\u0301 DOE").encode()
    elif name == "emoji-zwj":
        family = "\U0001F469\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466"
        data = ("\u200d".join(["\U0001F468"] * n) + " " + (family + " OpenAI ") * (n // 10)
                + "\U0001F3F3\ufe0f\u200d\U0001F308 10 €").encode()
    elif name == "nested-guillemets":
        data = ("«\u202f" * n + "Mission Genesis" + "\u202f»" * n + " le programme « Cap » ").encode()
    elif name == "nested-parentheses":
        data = ("(" * n + "Advanced Research Projects Agency (ARPA)" + ")" * n).encode()
    elif name == "capitalized-run":
        data = " ".join(GREEK[i % len(GREEK)] for i in range(n)).encode()
    elif name == "capitalized-names":
        data = " ".join(CAPITALIZED[(i * 7 + i // 3) % len(CAPITALIZED)] for i in range(n)).encode()
    elif name == "de-la":
        data = ("Agence nationale " + "de la " * n + "Recherche " + "de la " * n).encode()
    elif name == "dollars":
        data = ("$" * n + " " + "$ " * (n // 10) + "1$" * (n // 10)).encode()
    elif name == "ones":
        data = ("1 " * n + "$ " + "1,1 " * (n // 10) + "milliards d’euros").encode()
    elif name == "paren-acronym":
        data = ("(ACR " * n + "(ACR) " * (n // 2)).encode()
    elif name == "acronym-definitions":
        data = " ".join(f"Alpha Beta Corporation (ABC) and Gamma Delta Institute (GDI)" for _ in range(n // 2)).encode()
    elif name == "gazetteer":
        rows = ["id\ttype\tname\taliases\tlang\tmatch"]
        per = 4
        # Letters for digits: ICU reads "Alias12" as a number, and the capitalization guard wants words.
        spelled = lambda i: "".join(chr(ord(d) + 49) for d in str(i))
        for i in range(max(1, n // per)):
            aliases = "|".join(f"Alias{spelled(i)} Word{spelled(j)}" for j in range(1, per))
            rows.append(f"e{i}\tORG\tEntry Number {i}\t{aliases}\t*\t")
        with open(out + ".tsv", "w") as f:
            f.write("\n".join(rows) + "\n")
        data = " ".join(f"Alias{spelled(i)} Wordb and Entry Number {i}." for i in range(0, max(1, n // 4), 7)).encode()
    elif name == "gold":
        import json
        with open(out + ".jsonl", "w") as f:
            for i in range(max(1, n)):
                f.write(json.dumps({"id": f"d{i}", "lang": "en", "text": "OpenAI hired Jane Smith.",
                                    "entities": [{"start": 0, "end": 6, "type": "ORG"}]}) + "\n")
            f.write(json.dumps({"id": "bad", "lang": "en", "text": "OpenAI",
                                "entities": [{"start": 2, "end": 60, "type": "ORG"}]}) + "\n")
        data = b""
    else:
        sys.exit(f"unknown input {name}")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    if sys.argv[1:] == ["--list"]:
        for name, size in FULL.items():
            print(name, size)
    else:
        name, scale, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
        generate(name, int(FULL[name] * scale), out)
