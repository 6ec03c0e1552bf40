#!/usr/bin/env bash
# Throughput and peak memory of batch and streaming runs (issue 7).
#
# Generates its inputs under Benchmarks/out/ (ignored by git) from the news texts in
# Fixtures/annotated, builds the release binary, runs each case under /usr/bin/time -v
# with output to /dev/null, and prints MB/s and peak RSS. Sizes can be changed:
#
#   CORPUS_MB=50 STREAM_MB="100 400" BIG_MB=500 LINE_MB=50 Benchmarks/stream-memory.sh
#
# STREAM_MB lists several sizes on purpose: a flat peak RSS across them is what shows
# that the JSONL stream runs in constant memory (try STREAM_MB=2000 for the 2 GB case).
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS_MB=${CORPUS_MB:-50}
STREAM_MB=${STREAM_MB:-"100 400"}
BIG_MB=${BIG_MB:-500}
LINE_MB=${LINE_MB:-50}
OUT=Benchmarks/out
mkdir -p "$OUT"

echo "== building the release binary" >&2
swift build -c release >&2
BIN=$(swift build -c release --show-bin-path)/gazette

echo "== generating inputs in $OUT" >&2
python3 - "$OUT" "$CORPUS_MB" "$BIG_MB" "$LINE_MB" $STREAM_MB <<'PY'
import glob, json, os, sys
out, corpus_mb, big_mb, line_mb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
stream_sizes = [int(s) for s in sys.argv[5:]]
texts = [open(p, encoding="utf-8").read().strip() for p in sorted(glob.glob("Fixtures/annotated/*.txt"))]
assert texts, "no texts in Fixtures/annotated"
MB = 1_000_000

def fill(path, size, piece):
    """Writes pieces until the file holds at least size bytes (skipped if already there)."""
    if os.path.exists(path) and os.path.getsize(path) >= size:
        return
    with open(path + ".part", "w", encoding="utf-8") as f:
        written, i = 0, 0
        while written < size:
            s = piece(i)
            f.write(s)
            written += len(s.encode("utf-8"))
            i += 1
    os.replace(path + ".part", path)

# A tree of files of 20 to 200 KB, texts repeated as paragraphs.
corpus = os.path.join(out, f"corpus-{corpus_mb}")
if not os.path.isdir(corpus):
    os.makedirs(corpus + ".part", exist_ok=True)
    total, n = 0, 0
    while total < corpus_mb * MB:
        size = 20_000 + (n * 7919) % 180_000
        folder = os.path.join(corpus + ".part", f"d{n % 10}")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, f"f{n:05d}.txt")
        fill(path, size, lambda i: texts[(n + i) % len(texts)] + "\n\n")
        total += os.path.getsize(path)
        n += 1
    os.replace(corpus + ".part", corpus)

for mb in stream_sizes:
    fill(os.path.join(out, f"stream-{mb}.jsonl"), mb * MB,
         lambda i: json.dumps({"id": f"d{i}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
fill(os.path.join(out, f"big-{big_mb}.txt"), big_mb * MB, lambda i: texts[i % len(texts)] + "\n\n")
# One line: paragraphs joined by spaces, no line break anywhere.
fill(os.path.join(out, f"line-{line_mb}.txt"), line_mb * MB, lambda i: texts[i % len(texts)].replace("\n", " ") + " ")
line_jsonl = os.path.join(out, f"line-{line_mb}.jsonl")
if not os.path.exists(line_jsonl):
    with open(line_jsonl + ".part", "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "one-line", "text": open(os.path.join(out, f"line-{line_mb}.txt"), encoding="utf-8").read()}, ensure_ascii=False) + "\n")
    os.replace(line_jsonl + ".part", line_jsonl)
PY

# measure LABEL INPUT_BYTES COMMAND... : runs the command under time -v, prints one row.
measure() {
    local label=$1 bytes=$2
    shift 2
    local log
    log=$(mktemp)
    /usr/bin/time -v "$@" > /dev/null 2> "$log" || { echo "failed: $*" >&2; tail -5 "$log" >&2; }
    python3 - "$label" "$bytes" "$log" <<'PY'
import re, sys
label, size, log = sys.argv[1], int(sys.argv[2]), open(sys.argv[3]).read()
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", log).group(1)) / 1024
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", log).group(1)
seconds = 0.0
for part in wall.split(":"):
    seconds = seconds * 60 + float(part)
cpu = float(re.search(r"User time \(seconds\): ([\d.]+)", log).group(1)) + float(re.search(r"System time \(seconds\): ([\d.]+)", log).group(1))
mb = size / 1e6
print(f"| {label:<44} | {mb:8.1f} | {seconds:7.1f} | {mb / max(seconds, 1e-9):6.2f} | {cpu:7.1f} | {mb / max(cpu, 1e-9):10.2f} | {rss:11.0f} |")
PY
    rm -f "$log"
}

size() { du -sb "$1" | cut -f1; }

echo
echo "$(date -u +%Y-%m-%d) · $(nproc) cores · $(free -g | awk '/Mem:/ {print $2}') GiB · $(uname -m)"
echo
echo "Load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg) (wall-clock MB/s is only meaningful on an idle machine; CPU MB/s is steadier)"
echo
echo "| case                                         | input MB | wall s |   MB/s |   CPU s | MB/CPU-s | peak RSS MB |"
echo "|----------------------------------------------|---------:|-------:|-------:|--------:|---------:|------------:|"
corpus="$OUT/corpus-$CORPUS_MB"
files=$(find "$corpus" -name '*.txt' | wc -l)
measure "batch -j 1 ($files files)" "$(size "$corpus")" "$BIN" batch "$corpus" -j 1 --progress never
measure "batch -j 2 ($files files)" "$(size "$corpus")" "$BIN" batch "$corpus" -j 2 --progress never
for mb in $STREAM_MB; do
    f="$OUT/stream-$mb.jsonl"
    measure "extract --input jsonl < stream ($mb MB)" "$(size "$f")" sh -c "'$BIN' --input jsonl < '$f'"
done
f="$OUT/big-$BIG_MB.txt"
measure "extract one document ($BIG_MB MB, paragraphs)" "$(size "$f")" "$BIN" "$f"
f="$OUT/line-$LINE_MB.txt"
measure "extract one document ($LINE_MB MB, a single line)" "$(size "$f")" "$BIN" "$f"
f="$OUT/line-$LINE_MB.jsonl"
measure "extract --input jsonl, one $LINE_MB MB line" "$(size "$f")" "$BIN" --input jsonl "$f"
