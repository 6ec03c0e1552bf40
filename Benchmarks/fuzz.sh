#!/usr/bin/env bash
# Builds one libFuzzer target of Fuzz/ (with AddressSanitizer) and runs it.
#
#   Benchmarks/fuzz.sh TARGET SECONDS [libFuzzer flags...]
#   TARGET: extract (bytes → decode → pipeline → JSON Lines), gazetteer (TSV parser and trie),
#           gold (gold readers; first byte: 0 JSONL, 1 CoNLL, 2 BRAT, 3 gold+predictions, 4 guessed)
#   Benchmarks/fuzz.sh TARGET repro FILE...   replays crash files (no fuzzing)
#
# Seeds are generated from Fixtures/ and Gazetteers/ into Benchmarks/out/fuzz/TARGET/seeds; the
# growing corpus lives in Benchmarks/out/fuzz/TARGET/corpus and crashes, hangs and slow inputs
# in Benchmarks/out/fuzz/TARGET/artifacts (all ignored by git). A finding goes to
# Tests/GazetteTests/Fixtures/fuzz/ with a regression test.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET="${1:?usage: fuzz.sh extract|gazetteer|gold SECONDS|repro [flags...]}"
SECONDS_TO_RUN="${2:?usage: fuzz.sh TARGET SECONDS}"
shift 2
case "$TARGET" in extract|gazetteer|gold) ;; *) echo "unknown target $TARGET" >&2; exit 64;; esac

OUT="$ROOT/Benchmarks/out/fuzz/$TARGET"
mkdir -p "$OUT/seeds" "$OUT/corpus" "$OUT/artifacts"

# Release: ten times the executions of a debug build, with the same checks (Swift's bounds and
# overflow checks stay on in -O; the library has no assert(); the targets turn the invariant
# check on themselves). -enable-testing for the gazetteer target's @testable import.
# lld: gold crashes on the sanitizer runtime's symbols (internal error in format_file_lineno).
FLAGS=(-c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing
       -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld)
echo "building fuzz-$TARGET (release, -sanitize=fuzzer,address)…" >&2
# The fuzz package reaches Gazette as a path dependency, whose file list SwiftPM keeps in the
# build description: without this, a source file added to the library is not found.
rm -f "$ROOT"/Fuzz/.build/*/release/description.json "$ROOT/Fuzz/.build/release.yaml"
swift build --package-path "$ROOT/Fuzz" "${FLAGS[@]}" --product "fuzz-$TARGET" 2>&1 \
    | grep -v "Cannot export local symbol" >&2
BIN="$(swift build --package-path "$ROOT/Fuzz" "${FLAGS[@]}" --show-bin-path)/fuzz-$TARGET"

python3 - "$ROOT" "$TARGET" "$OUT/seeds" <<'PY'
import json, pathlib, sys
root, target, out = pathlib.Path(sys.argv[1]), sys.argv[2], pathlib.Path(sys.argv[3])
n = 0
def seed(data):
    global n
    if isinstance(data, str): data = data.encode()
    (out / f"seed-{n:04d}").write_bytes(data); n += 1
texts = [p.read_text() for p in sorted((root / "Fixtures/annotated").glob("*.txt"))]
texts += [p.read_text() for p in sorted((root / "Fixtures/samples").glob("*.txt"))]
gold = [json.loads(l) for p in sorted((root / "Fixtures/gold").glob("*.jsonl")) for l in p.read_text().splitlines() if l.strip()]
if target == "extract":
    for t in texts:
        for para in t.split("\n\n"):
            if para.strip(): seed(para)
    for t in texts[::4]: seed(t)
    for s in ["", " ", "\ufeff", "M. Jean Dupont a dit", "1,5 milliard d'euros", "between $5 million and $7 million",
              "Advanced Research Projects Agency (ARPA)", "« Mission Genesis »", "l'administration Trump"]:
        seed(s)
elif target == "gazetteer":
    for p in sorted((root / "Gazetteers").glob("*.tsv")):
        lines = p.read_text().splitlines()
        header, rows = lines[0], [l for l in lines[1:] if l.strip() and not l.startswith("#")]
        for i in range(0, len(rows), 8): seed("\n".join([header] + rows[i:i + 8]) + "\n")
    seed("id\ttype\tname\taliases\tlang\tmatch\nacme\tORG\tAcme Widgets Inc.\tAcme Widgets|Acme\t*\t\n")
    seed("# comment\n\nid\ttype\tname\nx\tPERSON\tJo\n")
else:
    for g in gold:
        line = json.dumps(g, ensure_ascii=False)
        seed(b"\x00" + line.encode())
        text = g["text"]
        seed(b"\x02" + text.encode() + b"\x00" + "".join(
            f"T{i+1}\t{e['type']} {e['start']} {e['end']}\t{text[e['start']:e['end']]}\n" for i, e in enumerate(g["entities"])).encode())
        preds = "".join(json.dumps({"doc": g["id"], "type": e["type"], "start": e["start"], "end": e["end"],
                                    "text": text[e["start"]:e["end"]]}, ensure_ascii=False) + "\n" for e in g["entities"][::2])
        seed(b"\x03" + line.encode() + b"\x00" + preds.encode())
        # CoNLL: whitespace tokens, tags from the spans.
        rows, pos = [], 0
        for sentence in text.split("\n"):
            for tok in sentence.split():
                start = text.index(tok, pos); pos = start + len(tok)
                tag = "O"
                for e in g["entities"]:
                    if e["start"] <= start < e["end"]:
                        tag = ("B-" if start == e["start"] or text[e["start"]:start].strip() == "" else "I-") + e["type"]
                rows.append(f"{tok}\t{tag}")
            rows.append("")
        conll = "-DOCSTART- O\n\n" + "\n".join(rows) + "\n"
        seed(b"\x01" + conll.encode())
        seed(b"\x04" + conll.encode())
    seed(b"\x00" + b'{"text": "OpenAI", "label": [[0, 6, "ORG"]]}\n{"text": "Ada", "spans": [{"start": 0, "end": 3, "label": "PER"}], "answer": "accept"}\n')

# A dictionary: the words the rules react to, so mutations reach them.
words = set()
if target == "extract":
    for p in sorted((root / "Gazetteers/lexicons").glob("*")):
        for line in p.read_text().splitlines():
            line = line.split("\t")[0].strip()
            if line and not line.startswith("#") and len(line) <= 24:
                words.add(line)
    words |= set("( ) « » “ ” \" ' ’ - – . , ; : $ € £ ¥ % & \u00a0 \u202f \n \n\n".split(" "))
elif target == "gazetteer":
    words |= {"id\ttype\tname\taliases\tlang\tmatch\n", "\t", "|", "ORG", "PERSON", "PROGRAM", "MONEY", "exact",
              "folded", "*", "fr", "en", "#", "\r\n", "\ufeff"}
else:
    words |= {'"text"', '"entities"', '"label"', '"spans"', '"start"', '"end"', '"type"', '"id"', '"lang"', '"types"',
              '"meta"', '"answer"', '"reject"', '"start_offset"', '"end_offset"', '"doc"', "-DOCSTART-", "B-ORG", "I-ORG",
              "E-PER", "S-MONEY", "O", "T1\t", "ORG 0 6", ";", "\t", "\x00", "1e300", "-1", "9223372036854775807"}
def quote(w):
    return '"' + "".join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else f"\\x{b:02x}" for b in w.encode()) + '"'
(out.parent / "dict").write_text("".join(quote(w) + "\n" for w in sorted(words)))
PY

export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:handle_abort=1}"
if [ "$SECONDS_TO_RUN" = repro ]; then
    exec "$BIN" -runs=1 "$@"
fi
MAX_LEN=4096; [ "$TARGET" = gold ] && MAX_LEN=16384
echo "fuzzing $TARGET for $SECONDS_TO_RUN s: corpus $OUT/corpus, artifacts $OUT/artifacts" >&2
exec "$BIN" -max_total_time="$SECONDS_TO_RUN" -max_len="$MAX_LEN" -timeout=30 -rss_limit_mb=4096 -dict="$OUT/dict" \
    -report_slow_units=5 -print_final_stats=1 -artifact_prefix="$OUT/artifacts/" "$@" "$OUT/corpus" "$OUT/seeds"
