#!/usr/bin/env python3
"""Runs the Gazette benchmark; called by Benchmarks/run.sh (see Benchmarks/README.md).

Every figure of a run is measured in that run, so ratios are meaningful on a noisy shared
machine: end-to-end throughput is compared with the ICU floors measured over the same
text, the big gazetteer with the default lists, 1 MB with the large corpus.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "out")
RELEASE = os.path.join(ROOT, ".build", "release")
GAZETTE = os.path.join(RELEASE, "gazette")
BENCH = os.path.join(RELEASE, "GazetteBench")
TIME = "/usr/bin/time"


def log(message):
    print(message, file=sys.stderr, flush=True)


def corpus(size_mb):
    """The corpus directory for a size, generated once (deterministic, so reusable)."""
    name = f"corpus-{size_mb:g}mb"
    path = os.path.join(OUT, name)
    if not os.path.exists(os.path.join(path, "MANIFEST")):
        log(f"generating {name} …")
        shutil.rmtree(path, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(HERE, "make_corpus.py"), str(size_mb), path], check=True)
    manifest = dict(line.strip().split("=", 1) for line in open(os.path.join(path, "MANIFEST")))
    return path, int(manifest["bytes"]), int(manifest["documents"])


def big_gazetteer(aliases):
    path = os.path.join(OUT, f"gazetteer-{aliases // 1000}k.tsv")
    if not os.path.exists(path):
        log(f"generating {os.path.basename(path)} …")
        subprocess.run([sys.executable, os.path.join(HERE, "make_gazetteer.py"), str(aliases), path], check=True)
    return path


LAST_CPU = []


def timed(command, stdin=None):
    """Wall seconds and peak RSS (MB) of one run under /usr/bin/time -v; stdout discarded.
    The run's CPU seconds (user + sys) are appended to LAST_CPU."""
    with open(os.devnull, "wb") as null:
        started = time.perf_counter()
        proc = subprocess.run([TIME, "-v"] + command, stdin=stdin, stdout=null, stderr=subprocess.PIPE)
        wall = time.perf_counter() - started
    err = proc.stderr.decode(errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(command)}\n{err[-2000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1)) / 1024
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", err).group(1))
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", err).group(1))
    LAST_CPU.append(user + system)
    return wall, rss


def median_run(command, passes, stdin_path=None):
    """Median wall seconds, peak RSS and the wall times of `passes` runs; the median CPU
    seconds are left in LAST_CPU[0]."""
    LAST_CPU.clear()
    walls, rsss = [], []
    for _ in range(passes):
        stdin = open(stdin_path, "rb") if stdin_path else None
        try:
            wall, rss = timed(command, stdin)
        finally:
            if stdin:
                stdin.close()
        walls.append(wall)
        rsss.append(rss)
    cpu = statistics.median(LAST_CPU)
    LAST_CPU[:] = [cpu]
    return statistics.median(walls), max(rsss), walls


def files_of(path):
    docs = os.path.join(path, "docs")
    return sorted(os.path.join(root, f) for root, _, names in os.walk(docs) for f in names if f.endswith(".txt"))


def has_batch():
    """Whether `gazette --help` lists a batch subcommand (an unknown name would be read as a FILE)."""
    out = subprocess.run([GAZETTE, "--help"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
    return re.search(r"^\s+batch\b", out, re.M) is not None


def parallel_halves(files, passes):
    """Two `extract` processes over the two halves of the files (when `gazette batch` is missing)."""
    walls, rss = [], 0.0
    half = (len(files) + 1) // 2
    for _ in range(passes):
        started = time.perf_counter()
        procs = [subprocess.Popen([TIME, "-v", GAZETTE, "extract"] + part, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                 for part in (files[:half], files[half:])]
        for p in procs:
            _, err = p.communicate()
            if p.returncode != 0:
                raise SystemExit(f"extract failed: {err.decode()[-2000:]}")
            rss = max(rss, int(re.search(rb"Maximum resident set size \(kbytes\): (\d+)", err).group(1)) / 1024)
        walls.append(time.perf_counter() - started)
    return statistics.median(walls), rss, walls


def startup(extra, repeat):
    walls = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run([GAZETTE] + extra, input=b"\n", stdout=subprocess.DEVNULL, check=True)
        walls.append(time.perf_counter() - started)
    return statistics.median(walls)


def output_digest(command):
    import hashlib
    out = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True).stdout
    return hashlib.sha256(out).hexdigest()


def startup_of(binary, repeat):
    walls = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run([binary], input=b"\n", stdout=subprocess.DEVNULL, check=True)
        walls.append(time.perf_counter() - started)
    return statistics.median(walls)


def bench_json(args):
    out = subprocess.run([BENCH] + args, stdout=subprocess.PIPE, check=True).stdout
    return json.loads(out)


def machine():
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "kernel": platform.release(), "host": platform.node()}


def commit():
    def git(*a):
        return subprocess.run(["git", "-C", ROOT] + list(a), stdout=subprocess.PIPE, text=True).stdout.strip()
    return git("rev-parse", "--short", "HEAD") + ("+dirty" if git("status", "--porcelain", "--untracked-files=no") else "")


def snapshot_binaries():
    """Copies the built binaries and the lists bundle aside, so that a rebuild during a long
    run cannot swap the program under measurement."""
    global GAZETTE, BENCH
    folder = os.path.join(OUT, f"bin-{os.getpid()}")
    os.makedirs(folder, exist_ok=True)
    for name in ("gazette", "GazetteBench"):
        shutil.copy2(os.path.join(RELEASE, name), folder)
    bundle = "Gazette_GazetteerData.resources"
    shutil.copytree(os.path.join(RELEASE, bundle), os.path.join(folder, bundle))
    GAZETTE = os.path.join(folder, "gazette")
    BENCH = os.path.join(folder, "GazetteBench")
    return folder


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--size", type=float, default=10, help="main corpus size in MB (default 10)")
    p.add_argument("--scale-size", type=float, default=100, help="large corpus for the linearity check (default 100)")
    p.add_argument("--passes", type=int, default=3, help="runs per end-to-end figure; the median is kept")
    p.add_argument("--aliases", type=int, default=200_000, help="aliases in the generated gazetteer")
    p.add_argument("--note", default="", help="free text stored with the record")
    p.add_argument("--no-record", action="store_true", help="print the table only")
    p.add_argument("--compare-with", metavar="GAZETTE",
                   help="another gazette binary (e.g. a build of an older commit, its lists bundle beside it) "
                        "to run on the JSONL stream in the same run, for a same-moment speed-up")
    a = p.parse_args()

    os.makedirs(OUT, exist_ok=True)
    binaries = snapshot_binaries()
    try:
        run(a)
    finally:
        shutil.rmtree(binaries, ignore_errors=True)


def run(a):
    path, nbytes, ndocs = corpus(a.size)
    mb = nbytes / 1e6
    jsonl = os.path.join(path, "corpus.jsonl")
    files = files_of(path)
    load_before = os.getloadavg()[0]
    rec = {"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"), "commit": commit(),
           "machine": machine(), "load_avg_1m_start": load_before, "corpus_mb": mb, "documents": ndocs,
           "passes": a.passes, "note": a.note}

    log("end to end: JSONL stream …")
    wall, rss, walls = median_run([GAZETTE, "extract", "--input", "jsonl", jsonl], a.passes)
    rec["e2e_jsonl"] = {"seconds": wall, "mb_per_s": mb / wall, "peak_rss_mb": rss, "runs": walls,
                        "cpu_seconds": LAST_CPU[0], "cpu_mb_per_s": mb / LAST_CPU[0]}

    if a.compare_with:
        log("end to end: JSONL stream with the comparison binary …")
        old = os.path.abspath(a.compare_with)
        owall, orss, owalls = median_run([old, "extract", "--input", "jsonl", jsonl], a.passes)
        ocpu = LAST_CPU[0]
        nwall, _, _ = median_run([GAZETTE, "extract", "--input", "jsonl", jsonl], a.passes)
        ncpu = LAST_CPU[0]
        same = output_digest([old, "extract", "--input", "jsonl", jsonl]) == output_digest([GAZETTE, "extract", "--input", "jsonl", jsonl])
        rec["compare"] = {"binary": old, "old_mb_per_s": mb / owall, "old_cpu_mb_per_s": mb / ocpu, "old_peak_rss_mb": orss,
                          "new_mb_per_s": mb / nwall, "new_cpu_mb_per_s": mb / ncpu,
                          "speedup": owall / nwall, "cpu_speedup": ocpu / ncpu, "same_output": same,
                          "old_startup_s": startup_of(old, 11), "new_startup_s": startup_of(GAZETTE, 11)}

    batch = has_batch()
    rec["batch_command"] = batch
    if batch:
        log("end to end: batch -j 1 / -j 2 …")
        for j in (1, 2):
            wall, rss, walls = median_run([GAZETTE, "batch", os.path.join(path, "docs"), "-j", str(j)], a.passes)
            rec[f"e2e_files_j{j}"] = {"seconds": wall, "mb_per_s": mb / wall, "peak_rss_mb": rss, "runs": walls,
                                      "cpu_seconds": LAST_CPU[0],
                                      "how": f"gazette batch DIR -j {j}"}
    else:
        log("end to end: files as arguments to extract (no `gazette batch` yet) …")
        wall, rss, walls = median_run([GAZETTE, "extract"] + files, a.passes)
        rec["e2e_files_j1"] = {"seconds": wall, "mb_per_s": mb / wall, "peak_rss_mb": rss, "runs": walls,
                               "cpu_seconds": LAST_CPU[0],
                               "how": "gazette extract FILE... (one process)"}
        wall, rss, walls = parallel_halves(files, a.passes)
        rec["e2e_files_j2"] = {"seconds": wall, "mb_per_s": mb / wall, "peak_rss_mb": rss, "runs": walls,
                               "how": "two gazette extract processes, half the files each"}
    rec["j2_speedup"] = rec["e2e_files_j2"]["mb_per_s"] / rec["e2e_files_j1"]["mb_per_s"]

    log("MONEY cost: with and without it …")
    rec["money_cost"] = {"corpus": money_cost(jsonl, max(9, 3 * a.passes)),
                         "fixtures": money_cost(fixture_stream(), max(15, 5 * a.passes))}
    rec["money_in_process"] = money_in_process(jsonl, max(5, 2 * a.passes))

    log("in process: stages and ICU floors …")
    stages = bench_json(["stages", jsonl, "--passes", str(a.passes)])
    rec["stages"] = stages
    floor = next(s for s in stages["stages"] if s["stage"].startswith("floor:icu-word-break"))["mb_per_s"]
    rec["icu_word_break_floor_mb_per_s"] = floor
    rec["e2e_over_floor"] = rec["e2e_jsonl"]["mb_per_s"] / floor

    log("start-up …")
    rec["startup_s"] = startup([], 11)
    median_run([GAZETTE], 5, stdin_path=os.devnull)
    rec["startup_cpu_s"] = LAST_CPU[0]
    log("scale: generated gazetteer …")
    big = big_gazetteer(a.aliases)
    loads = bench_json(["load", "--repeat", "3", "--gazetteer", big])
    default_loads = bench_json(["load", "--repeat", "3"])
    wall, rss, walls = median_run([GAZETTE, "extract", "--input", "jsonl", "--gazetteer", big, jsonl], a.passes)
    big_cpu = LAST_CPU[0]
    rec["big_gazetteer"] = {"aliases": a.aliases, "e2e_cpu_mb_per_s": mb / big_cpu, "load_s": loads["load_s"], "compile_s": loads["compile_s"],
                            "load_compile_s": loads["total_s"], "default_load_compile_s": default_loads["total_s"],
                            "startup_s": startup(["--gazetteer", big], 3),
                            "e2e_jsonl_mb_per_s": mb / wall, "e2e_seconds": wall, "peak_rss_mb": rss, "runs": walls}
    rec["big_gazetteer"]["throughput_ratio"] = rec["big_gazetteer"]["e2e_jsonl_mb_per_s"] / rec["e2e_jsonl"]["mb_per_s"]
    rec["big_gazetteer"]["cpu_throughput_ratio"] = rec["big_gazetteer"]["e2e_cpu_mb_per_s"] / rec["e2e_jsonl"]["cpu_mb_per_s"]
    # The throughput ratio compares two figures taken minutes apart; recompute the default
    # right after, to give a same-moment baseline as well.
    wall2, _, _ = median_run([GAZETTE, "extract", "--input", "jsonl", jsonl], a.passes)
    rec["big_gazetteer"]["default_e2e_mb_per_s_after"] = mb / wall2

    log("scale: 1 MB vs large corpus …")
    sizes = {}
    for size in (1, a.scale_size):
        spath, sbytes, _ = corpus(size)
        swall, srss, swalls = median_run([GAZETTE, "extract", "--input", "jsonl", os.path.join(spath, "corpus.jsonl")],
                                         a.passes if size <= 20 else 1)
        sizes[f"{size:g}"] = {"mb": sbytes / 1e6, "seconds": swall, "s_per_mb": swall / (sbytes / 1e6),
                              "cpu_seconds": LAST_CPU[0], "cpu_s_per_mb": LAST_CPU[0] / (sbytes / 1e6),
                              "peak_rss_mb": srss}
    rec["size_scale"] = sizes
    small, large = sizes["1"], sizes[f"{a.scale_size:g}"]
    # Start-up is paid once per run; per-MB cost is compared with it taken out.
    st = rec["startup_s"]
    rec["size_scale_ratio"] = ((large["seconds"] - st) / large["mb"]) / ((small["seconds"] - st) / small["mb"])
    # The same on CPU time, which neighbours on a shared machine do not inflate; start-up
    # CPU is taken out with the 1 MB run's share of it (measured as the empty-input run's).
    st_cpu = rec["startup_cpu_s"]
    rec["size_scale_cpu_ratio"] = ((large["cpu_seconds"] - st_cpu) / large["mb"]) / ((small["cpu_seconds"] - st_cpu) / small["mb"])
    rec["load_avg_1m_end"] = os.getloadavg()[0]

    print_table(rec)
    if not a.no_record:
        with open(os.path.join(HERE, "results.jsonl"), "a") as f:
            f.write(json.dumps(rec, sort_keys=True) + "\n")
        log(f"appended to {os.path.relpath(os.path.join(HERE, 'results.jsonl'), ROOT)}")


def big_without_startup(r):
    """Throughput with the large gazetteer relative to the default lists, each run's
    start-up (measured in the same record) taken out: what the list costs per document."""
    g = r["big_gazetteer"]
    return (r["e2e_jsonl"]["seconds"] - r["startup_s"]) / (g["e2e_seconds"] - g["startup_s"])


def fixture_stream(target_mb=2.0):
    """The 40 annotated fixture documents (news-like density: about one amount per 60 words,
    against one per 20 in the corpus) repeated to about `target_mb` MB, as one JSONL stream."""
    path = os.path.join(OUT, "fixtures-stream.jsonl")
    if os.path.exists(path):
        return path
    docs = []
    for name in sorted(os.listdir(os.path.join(ROOT, "Fixtures", "gold"))):
        with open(os.path.join(ROOT, "Fixtures", "gold", name), encoding="utf-8") as f:
            docs += [json.loads(line)["text"] for line in f if line.strip()]
    size, lines, k = 0, [], 0
    while size < target_mb * 1e6:
        for i, text in enumerate(docs):
            lines.append(json.dumps({"id": f"r{k}-{i}", "text": text}, ensure_ascii=False))
            size += len(text.encode())
        k += 1
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


def cpu_seconds(command):
    """User + system CPU seconds of one run, to the microsecond (from wait4's rusage, where
    /usr/bin/time rounds to 10 ms); stdout discarded."""
    with open(os.devnull, "wb") as null, tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(command, stdout=null, stderr=errors)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        err = errors.read().decode(errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(command)}\n{err[-2000:]}")
    return usage.ru_utime + usage.ru_stime


def money_cost(jsonl, rounds):
    """What MONEY adds: CPU seconds of `extract` over a stream with every type and without
    MONEY, run in alternating pairs (which goes first alternates too). This machine's speed
    drifts by a quarter within minutes, so two series run one after the other compare the
    drift more than the code; a pair run back to back compares the code. The figure is the
    median of the pairs' ratios; the ratio of the fastest fifth of each side is a check."""
    with_money, without = [], []
    for r in range(rounds):
        runs = [(with_money, []), (without, ["--types", "ORG,PERSON,PROGRAM"])]
        for cpu, extra in (runs if r % 2 == 0 else runs[::-1]):
            cpu.append(cpu_seconds([GAZETTE, "extract", "--input", "jsonl", *extra, jsonl]))
    ratios = [a / b - 1 for a, b in zip(with_money, without)]
    fifth = max(1, rounds // 5)
    fastest = statistics.mean(sorted(with_money)[:fifth]) / statistics.mean(sorted(without)[:fifth]) - 1
    return {"stream": os.path.relpath(jsonl, ROOT), "rounds": rounds,
            "cpu_seconds_all": statistics.median(with_money), "cpu_seconds_without_money": statistics.median(without),
            "money_adds": statistics.median(ratios), "money_adds_fastest_fifth": fastest,
            "pairs": [[a, b] for a, b in zip(with_money, without)]}


def money_in_process(jsonl, runs, block=10):
    """What MONEY adds to analysis + JSON (no start-up, no I/O): `GazetteBench money` runs
    every document through a pipeline with every type and one without MONEY, alternating
    blocks of `block` documents, so the machine's drift falls on both alike while each
    pipeline runs mostly in its own caches (alternating document by document, each ran in the
    caches the other left, which counted MONEY 1.5 to 2 points low). Its passes agree within
    a run; runs differ more (each process lays out its memory anew), hence several runs and
    the median of their figures."""
    figures = [bench_json(["money", jsonl, "--passes", "3", "--block", str(block)])["money_adds"] for _ in range(runs)]
    return {"stream": os.path.relpath(jsonl, ROOT), "runs": runs, "block": block,
            "money_adds": statistics.median(figures), "per_run": figures}


def print_table(r):
    floor = r["icu_word_break_floor_mb_per_s"]
    rows = []

    def row(name, value, ratio="", note=""):
        rows.append((name, value, ratio, note))

    e = r["e2e_jsonl"]
    row("end to end, JSONL stream (1 core)", f"{e['mb_per_s']:.2f} MB/s", f"{e['mb_per_s'] / floor:.2f}× floor",
        f"peak RSS {e['peak_rss_mb']:.0f} MB; on CPU time {e.get('cpu_mb_per_s', 0):.2f} MB/s")
    for j in (1, 2):
        f = r[f"e2e_files_j{j}"]
        ratio = f"{r['j2_speedup']:.2f}× -j 1" if j == 2 else f"{f['mb_per_s'] / floor:.2f}× floor"
        row(f"end to end, files -j {j}", f"{f['mb_per_s']:.2f} MB/s", ratio, f"RSS {f['peak_rss_mb']:.0f} MB; {f['how']}")
    row("ICU word break alone (fr), in process", f"{floor:.2f} MB/s", "1.00× floor", "same run, same text")
    sb = next(s for s in r["stages"]["stages"] if s["stage"].startswith("floor:icu-sentence"))
    row("ICU sentence break alone (fr), in process", f"{sb['mb_per_s']:.2f} MB/s", f"{sb['mb_per_s'] / floor:.2f}× floor")
    row("library analyze + JSON, in process", f"{r['stages']['analyze_mb_per_s']:.2f} MB/s",
        f"{r['stages']['analyze_mb_per_s'] / floor:.2f}× floor", "decode..JSON, one call per document")
    row("start-up: echo \"\" | gazette", f"{r['startup_s'] * 1000:.0f} ms", "", "median of 11")
    g = r["big_gazetteer"]
    row(f"{g['aliases'] // 1000}k-alias gazetteer: load + compile", f"{g['load_compile_s']:.2f} s",
        f"{g['load_compile_s'] / g['default_load_compile_s']:.1f}× default",
        f"load {g['load_s']:.2f} s, compile {g['compile_s']:.2f} s; default lists {g['default_load_compile_s'] * 1000:.0f} ms")
    row(f"{g['aliases'] // 1000}k-alias gazetteer: start-up", f"{g['startup_s'] * 1000:.0f} ms")
    row(f"{g['aliases'] // 1000}k-alias gazetteer: JSONL, start-up taken out", f"{big_without_startup(r):.2f}× default",
        "", "(wall − start-up) of the default run over that of the large-list run")
    row(f"{g['aliases'] // 1000}k-alias gazetteer: JSONL stream", f"{g['e2e_jsonl_mb_per_s']:.2f} MB/s",
        f"{g['throughput_ratio']:.2f}× default", f"default again right after: {g['default_e2e_mb_per_s_after']:.2f} MB/s; "
        f"on CPU time {g.get('cpu_throughput_ratio', 0):.2f}× default")
    for size, s in r["size_scale"].items():
        row(f"JSONL stream, {size} MB corpus", f"{s['s_per_mb'] * 1000:.0f} ms/MB", "", f"RSS {s['peak_rss_mb']:.0f} MB, {s['seconds']:.1f} s")
    row("time per MB, large / 1 MB", f"{r['size_scale_ratio']:.2f}×", "",
        f"start-up taken out; on CPU time {r.get('size_scale_cpu_ratio', 0):.2f}×")
    if "money_in_process" in r:
        m = r["money_in_process"]
        row("MONEY adds, analysis + JSON in process", f"{m['money_adds'] * 100:.1f}%", "",
            f"median of {m['runs']} runs (from {min(m['per_run']) * 100:.1f}% to {max(m['per_run']) * 100:.1f}%), "
            f"{'blocks of ' + str(m['block']) + ' documents' if m.get('block', 1) > 1 else 'documents'} alternating; {m['stream']}")
    for name, m in r.get("money_cost", {}).items():
        row(f"MONEY adds, {name}", f"{m['money_adds'] * 100:.1f}%", "",
            f"median of {m['rounds']} alternating pairs; fastest fifth {m['money_adds_fastest_fifth'] * 100:.1f}%; "
            f"CPU {m['cpu_seconds_without_money']:.2f} s without MONEY, {m['cpu_seconds_all']:.2f} s with; {m['stream']}")
    if "compare" in r:
        c = r["compare"]
        row("same run, older binary: JSONL stream", f"{c['old_mb_per_s']:.2f} MB/s",
            f"{c['speedup']:.2f}× faster now", f"CPU {c['old_cpu_mb_per_s']:.2f} → {c['new_cpu_mb_per_s']:.2f} MB/s "
            f"({c['cpu_speedup']:.2f}×); same output: {c['same_output']}; start-up {c['old_startup_s'] * 1000:.0f} → "
            f"{c['new_startup_s'] * 1000:.0f} ms; {c['binary']}")
    for s in r["stages"]["stages"]:
        if s["stage"].startswith("floor:"):
            continue
        row(f"  stage {s['stage']}", f"{s['mb_per_s']:.2f} MB/s", f"{s['mb_per_s'] / floor:.2f}× floor", f"{s['seconds']:.3f} s")

    head = (f"Gazette benchmark {r['date']} commit {r['commit']}: {r['corpus_mb']:.1f} MB, {r['documents']} documents, "
            f"{r['machine']['cores']} cores ({r['machine']['cpu']}), load {r['load_avg_1m_start']:.1f}→{r['load_avg_1m_end']:.1f}, "
            f"medians of {r['passes']}")
    widths = [max(len(x[i]) for x in rows) for i in range(4)]
    print(head)
    print(f"| {'figure'.ljust(widths[0])} | {'value'.rjust(widths[1])} | {'ratio'.ljust(widths[2])} | note")
    print(f"|{'-' * (widths[0] + 2)}|{'-' * (widths[1] + 2)}|{'-' * (widths[2] + 2)}|------")
    for name, value, ratio, note in rows:
        print(f"| {name.ljust(widths[0])} | {value.rjust(widths[1])} | {ratio.ljust(widths[2])} | {note}")


if __name__ == "__main__":
    main()
