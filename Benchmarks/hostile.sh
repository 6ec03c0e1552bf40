#!/usr/bin/env bash
# Runs the release `gazette` on every input of the hostile catalogue (Benchmarks/hostile.py) at
# two sizes, n and 10n, checks the exit code and that stdout is JSON Lines, and prints the
# time ratio. Time should grow linearly: a ratio well above 10 is a quadratic loop to fix.
# Times are CPU seconds (user + system: steadier than wall time on a shared machine).
# Startup (lists and lexicons) is measured on an empty input and subtracted before dividing.
#
#   Benchmarks/hostile.sh [SCALE] [NAME...]
#   SCALE: the size of the 10n run as a fraction of the issue's sizes (default 1: a 50 MB line,
#          1,000,000 lines, 100,000 repetitions, 200,000 aliases); n is a tenth of it.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCALE="${1:-1}"
shift || true
OUT="$ROOT/Benchmarks/out/hostile"
mkdir -p "$OUT"
cd "$ROOT"
swift build -c release --product gazette 2>&1 | tail -1 >&2
BIN="$(swift build -c release --show-bin-path)/gazette"
NAMES=("$@")
[ ${#NAMES[@]} -eq 0 ] && mapfile -t NAMES < <(python3 Benchmarks/hostile.py --list | cut -d' ' -f1)
TIMEOUT="${HOSTILE_TIMEOUT:-900}"

# run NAME FILE → sets SECS, RSS_MB, CODE, VALID
run() {
    local name="$1" file="$2" args=()
    case "$name" in
        gazetteer) args=(--gazetteer "$file.tsv" "$file") ;;
        gold) args=(eval --gold "$file.jsonl") ;;
        *) args=("$file") ;;
    esac
    set +e
    /usr/bin/time -f "%U %S %M" -o "$OUT/time" timeout "$TIMEOUT" "$BIN" "${args[@]}" > "$OUT/stdout" 2> "$OUT/stderr"
    CODE=$?
    set -e
    read -r USER_S SYS_S RSS_KB < <(tail -1 "$OUT/time")
    SECS=$(python3 -c "print(round($USER_S + $SYS_S, 2))")
    RSS_MB=$((RSS_KB / 1024))
    [ "$CODE" = 124 ] && SECS="TIMEOUT"
    VALID=ok
    if [ "$name" = gold ]; then
        grep -q "$file.jsonl:[0-9]*: ORG span 2-60 is out of bounds" "$OUT/stderr" || VALID="no FILE:LINE message"
    elif ! python3 -c '
import json, sys
for n, line in enumerate(open(sys.argv[1], "rb"), 1):
    if not line.endswith(b"\n") or not isinstance(json.loads(line), dict):
        sys.exit(f"line {n} is not a JSON object")
' "$OUT/stdout"; then
        VALID="invalid JSON Lines"
    fi
}

expected() { [ "$1" = gold ] && echo 65 || echo 0; }

python3 Benchmarks/hostile.py empty 1 "$OUT/empty"
best=""
for _ in 1 2 3; do
    run empty "$OUT/empty"
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $SECS < $best else 1)"; then best=$SECS; fi
done
STARTUP=$best
echo "startup (empty input): ${STARTUP}s; sizes: 10n = $SCALE × the issue's, n = a tenth of it"
printf "%-22s %10s %9s %9s %7s %8s %5s %s\n" input "10n" "t(n) s" "t(10n) s" ratio "RSS MB" exit output
for name in "${NAMES[@]}"; do
    full=$(python3 Benchmarks/hostile.py --list | awk -v n="$name" '$1 == n { print $2 }')
    small_scale=$(python3 -c "print($SCALE / 10)")
    python3 Benchmarks/hostile.py "$name" "$small_scale" "$OUT/$name.n"
    python3 Benchmarks/hostile.py "$name" "$SCALE" "$OUT/$name.10n"
    run "$name" "$OUT/$name.n"; t1=$SECS; c1=$CODE; v1=$VALID
    run "$name" "$OUT/$name.10n"; t10=$SECS; c10=$CODE; v10=$VALID
    want=$(expected "$name")
    status="$c10"
    if [ "$c1" != "$want" ] || [ "$c10" != "$want" ]; then status="$c1/$c10 (want $want)"; fi
    valid="$v10"
    if [ "$v1" != ok ]; then valid="n: $v1"; fi
    # eval stops at the bad span before loading any list: nothing to subtract.
    t0=$STARTUP; [ "$name" = gold ] && t0=0
    ratio=$(python3 -c "
t0, t1, t10 = $t0, '$t1', '$t10'
if 'TIMEOUT' in (t1, t10): print('-')
else:
    a, b = max(float(t1) - t0, 0.01), max(float(t10) - t0, 0.01)
    print('%.1f' % (b / a) if b >= 0.05 else '~')")
    size=$(python3 -c "print(int($full * $SCALE))")
    printf "%-22s %10s %9s %9s %7s %8s %5s %s\n" "$name" "$size" "$t1" "$t10" "$ratio" "$RSS_MB" "$status" "$valid"
done
echo "ratio: (t(10n) − startup) / (t(n) − startup); ~ when t(10n) − startup < 0.05 s (too small to tell)"
