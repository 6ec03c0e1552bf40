#!/usr/bin/env python3
"""Looks for superlinear time by repeating each of many short pieces of text that rules react
to (titles, cue and head words, connectors, quotes, brackets, numbers, currencies) and timing
the release `gazette` on it at two sizes. The hostile catalogue (hostile.sh) covers the issue's
list; this casts a wider net, one construct at a time.

    Benchmarks/repetitions.py [REPS]     (default 4000: each piece 4000 and 16000 times)

Prints the pieces whose time grows more than 6× for 4× the size (expected: 4×), then all ratios.
"""
import os, subprocess, sys, tempfile, time, resource

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPS = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
PIECES = [
    "M. ", "Mme ", "Dr ", "le président ", "the chief executive ", "a déclaré ", "said ", "selon ",
    "Jean ", "Jean Dupont ", "Kevin Weil, ", "Jean-Pierre ", "von der ", "J. ", "N'", "Le Bras ",
    "de ", "de la ", "d'", "l'", "et ", "and ", "of ", "the ", "The ", "Le ", "La ", "&", "& ",
    "University of ", "Department ", "Department of ", "Agence nationale ", "agence ", "laboratoire national de ",
    "Inc. ", "SAS ", "Capital Partners ", "Systems ", "National ", "Commission ", "la Commission ",
    "the Commission ", "administration ", "Trump administration ", "l'administration Trump ",
    "programme ", "Mission ", "mission Atlas ", "initiative ", "plan ", "plan France 2030 ", "Project ",
    "« ", "» ", "« Mission ", '"', '" ', "“", "(", ")", "( ", "(DOE) ", "DOE ", "DOE (", "(Long Name) ",
    "U.S. ", "U.", "A. ", "Inc.", ". ", ".", ", ", "- ", "-", "– ", "Paris-", "Alpha-",
    "1 ", "1", "1,5 ", "1.5 ", "10 000 ", "1 000,", "1.000,", "2030 ", "milliard ", "milliards d'euros ",
    "million ", "$", "$1 ", "$ ", "US$", "€ ", "10 € ", "10€", "€10 ", "EUR ", "USD 1 ", "dollars ",
    "entre 1 et ", "between $5 million and ", "de 3 à ", "à ", "to ", "plus de ", "about ", "up to ",
    "un ", "deux cent ", "cent ", "mille ", "vingt et un ", "one ", "hundred ", "and a half ", "et demi ",
    "cents ", "50 centimes ", "in 2020 dollars ", "chez ", "of Bernstein ", "'s ", "OpenAI's ",
    "\n", "Jean\n", "Alpha\n", "\n\n", "\t", "\u00a0", "\u202f", "\u2028", "…", "?", "! ",
    "Énergie ", "É", "ÉTATS ", "ALPHA ", "GAMMA BETA ", "iPhone ", "McKinsey ",
]


def cpu_time(path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    code = subprocess.run([BIN, path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, code


subprocess.run(["swift", "build", "-c", "release", "--product", "gazette"], cwd=ROOT, check=True,
               stdout=subprocess.DEVNULL)
BIN = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                     capture_output=True, text=True).stdout.strip() + "/gazette"
with tempfile.TemporaryDirectory() as tmp:
    empty = os.path.join(tmp, "empty")
    open(empty, "w").close()
    startup = min(cpu_time(empty)[0] for _ in range(3))
    rows = []
    for piece in PIECES:
        times = []
        for reps in (REPS, 4 * REPS):
            path = os.path.join(tmp, "doc")
            with open(path, "w") as f:
                f.write(piece * reps)
            t, code = cpu_time(path)
            if code != 0:
                print(f"{piece!r}: exit {code}", file=sys.stderr)
            times.append(max(t - startup, 0.005))
        rows.append((times[1] / times[0], piece, times))
    rows.sort(reverse=True)
    print(f"startup {startup:.2f}s; each piece ×{REPS} and ×{4 * REPS}; CPU seconds after startup")
    for ratio, piece, (a, b) in rows:
        flag = "  <-- superlinear" if ratio > 6 and b > 0.2 else ""
        print(f"{piece!r:32} {a:7.2f} {b:7.2f}  ×{ratio:5.1f}{flag}")
