#!/usr/bin/env python3
"""Check the format of Gazetteers/lexicons/*.txt.

Usage:
    python3 Gazetteers/tools/check_lexicons.py [DIR]

Rules (DESIGN.md §6 and Gazetteers/README.md): UTF-8, one entry a line, `#` comment
lines and blank lines allowed, first line a `#` comment, no tabs, no leading, trailing or
double spaces, no duplicate entry within a file, file ends with a newline.
Prints `FILE:LINE: message` for each problem and the entry count of each file; exits 1
when a problem was found.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def check(path):
    problems, seen, count = [], {}, 0
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"{path}: not UTF-8 ({e})"], 0
    if text.startswith("\ufeff"):
        problems.append(f"{path}:1: byte order mark")
    if not text.endswith("\n"):
        problems.append(f"{path}: no final newline")
    lines = text.split("\n")
    if not lines[0].startswith("#"):
        problems.append(f"{path}:1: first line must be a # comment")
    for n, line in enumerate(lines[:-1] if text.endswith("\n") else lines, 1):
        if not line or line.startswith("#"):
            continue
        if "\t" in line or "\r" in line:
            problems.append(f"{path}:{n}: tab or carriage return")
        if line != line.strip() or "  " in line:
            problems.append(f"{path}:{n}: leading, trailing or double space: {line!r}")
        if line in seen:
            problems.append(f"{path}:{n}: duplicate of line {seen[line]}: {line!r}")
        seen.setdefault(line, n)
        count += 1
    return problems, count


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "lexicons")
    bad = False
    for name in sorted(os.listdir(d)):
        if not name.endswith(".txt"):
            continue
        problems, count = check(os.path.join(d, name))
        for p in problems:
            print(p)
        bad = bad or bool(problems)
        print(f"{count:6d}  {name}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
