#!/usr/bin/env python3
"""Benchmark of `lkjip watch` (docs/performance.md, "Watch"): edit one narrative sentence N times on a temporary
copy of an example and measure, for each edit, the time from the write to the new PDF in place (the watcher's
debounce included) and the round's own time as lkjip prints it; the watch process's resident memory every 50
rounds. Usage: scripts/watch-bench.py LKJIP_BINARY [ROUNDS] [EXAMPLE]"""

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

binary = os.path.abspath(sys.argv[1])
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 100
example = sys.argv[3] if len(sys.argv) > 3 else "examples/sumsel-2023"

tmp = tempfile.mkdtemp(prefix="lkjip-watch-bench-")
project = os.path.join(tmp, "p")
shutil.copytree(example, project)
narrative = os.path.join(project, "data/2023/narasi/bab1-latar-belakang.md")
pdf = os.path.join(project, "out/LKjIP-2023.pdf")
original = open(narrative, encoding="utf-8").read()

proc = subprocess.Popen([binary, "-C", project, "--color", "never", "watch"],
                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
lines = []
done = threading.Condition()


def reader():
    for line in proc.stderr:
        with done:
            lines.append(line.rstrip("\n"))
            done.notify_all()


threading.Thread(target=reader, daemon=True).start()


def wait_round(n, limit=120):
    """The 'dalam X ms' of round n, or None when it wrote no PDF."""
    deadline = time.time() + limit
    head = f"] putaran {n} — "
    with done:
        while True:
            idx = [i for i, l in enumerate(lines) if head in l]
            if idx:
                for l in lines[idx[0] + 1:]:
                    m = re.search(r"dalam (\d+) ms", l)
                    if m:
                        return int(m.group(1))
                    if "PDF tidak diperbarui" in l or "belum dapat disusun" in l:
                        return None
            left = deadline - time.time()
            if left <= 0:
                raise SystemExit(f"round {n} did not finish:\n" + "\n".join(lines[-20:]))
            done.wait(left)


def rss_mib():
    with open(f"/proc/{proc.pid}/status") as f:
        for l in f:
            if l.startswith("VmRSS:"):
                return int(l.split()[1]) / 1024


def ident():
    st = os.stat(pdf)
    return (st.st_ino, st.st_mtime_ns)


def rounds_started():
    with done:
        return sum(1 for l in lines if "] putaran " in l)


first = wait_round(1)
print(f"first round: {first} ms, RSS {rss_mib():.0f} MiB", flush=True)
latencies, inside, rss = [], [], [(1, rss_mib())]
# Each edit is saved as editors save: written beside the project and renamed over the file, so that it is one
# change; the next edit waits until the watcher is quiet, and a round more than one per edit is counted.
staging = os.path.join(tmp, "staging.md")
extra = 0
for i in range(1, rounds + 1):
    n0 = rounds_started()
    before = ident()
    text = original.replace("Tahun 2023", f"Tahun 2023 (suntingan {i})", 1)
    with open(staging, "w", encoding="utf-8") as f:
        f.write(text)
    t0 = time.perf_counter()
    os.replace(staging, narrative)
    while True:
        try:
            if ident() != before:
                break
        except FileNotFoundError:
            pass
        time.sleep(0.001)
    latencies.append((time.perf_counter() - t0) * 1000)
    inside.append(wait_round(n0 + 1))
    time.sleep(0.15)
    extra += max(rounds_started() - n0 - 1, 0)
    if i % 50 == 0:
        rss.append((i + 1, rss_mib()))
        print(f"round {i + 1}: RSS {rss[-1][1]:.0f} MiB, last edit→PDF {latencies[-1]:.0f} ms", flush=True)

proc.send_signal(2)
proc.wait(timeout=60)
shutil.rmtree(tmp)


def summary(xs):
    xs = sorted(xs)
    return (f"median {statistics.median(xs):.0f} ms, p90 {xs[int(len(xs) * 0.9) - 1]:.0f} ms, "
            f"min {xs[0]:.0f} ms, max {xs[-1]:.0f} ms")


print(f"edits: {rounds}; rounds beyond one per edit: {extra}")
print(f"edit → new PDF in place (debounce included): {summary(latencies)}")
print(f"round inside lkjip (prepare + typeset + write): {summary(inside)}")
print("RSS (MiB) by round: " + ", ".join(f"{r}: {m:.0f}" for r, m in rss))
print(f"exit code after Ctrl-C: {proc.returncode}")
