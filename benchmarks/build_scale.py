"""`wuanalysis build --no-briefings` at scale: cold, re-run with no change, re-run after 10 new reports.

For each N the synthetic corpus of ``make_corpus.py`` is written once (kept under ``--dir`` for the next run),
then for each number of workers: a cold build into an empty output folder, the same build again (nothing
changed: the cache should answer), and a build after 10 more reports were added (they are removed afterwards,
so every row sees the same N). Each build is the command line in a subprocess, as a user runs it.

    .venv/bin/python benchmarks/build_scale.py [--n 1000 5000 20000] [--workers 1 2] [--dir /tmp/wuanalysis-bench]

Prints the machine (CPUs, load, Python, pandas), then per N and workers: wall seconds, CPU seconds (all
processes), documents per second of wall, peak RSS of the largest process and of all processes together
(sampled every 0.1 s), the wall and CPU seconds of the two re-runs, and the largest process of the +10 re-run.
The machine may be shared: CPU seconds are the steadier figure. The figures measured before and after the memory
and writing work are in ``RESULTS.md``; run it from a frozen copy of the package (``cd COPY && python
/path/to/build_scale.py``) while code is being changed, since the cache and the no-change check follow the code.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus  # noqa: E402


def run(cmd: list[str], timeout: float | None) -> dict:
    """Run ``cmd``; wall and CPU seconds, peak RSS (largest process; sum of the process tree, sampled)."""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", _WRAPPER, *cmd], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    tree_peak = 0
    try:
        root = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                procs = [root, *root.children(recursive=True)]
                tree_peak = max(tree_peak, sum(p.memory_info().rss for p in procs if p.is_running()))
            except psutil.Error:
                pass
            if timeout and time.perf_counter() - t0 > timeout:
                proc.terminate()
                proc.wait()
                return {"timeout": True, "wall": time.perf_counter() - t0}
            time.sleep(0.1)
    except psutil.Error:
        pass
    output = proc.communicate()[0]
    wall = time.perf_counter() - t0
    lines = output.strip().splitlines()
    cpu, maxrss = (float(x) for x in lines.pop().split()[1:]) if lines and lines[-1].startswith("RUSAGE") else (0, 0)
    if proc.returncode != 0:
        print(f"  command failed ({proc.returncode}): {' '.join(cmd)}\n" + "\n".join(lines), file=sys.stderr)
    return {"timeout": False, "wall": wall, "cpu": cpu, "maxrss": maxrss * 1024, "tree": tree_peak, "output": lines}


# Runs the build and prints the CPU seconds and peak RSS (KiB) of it and everything it started: on Linux
# RUSAGE_CHILDREN covers grandchildren (pool workers) once they are waited for, and ru_maxrss is the largest one.
_WRAPPER = """import resource, subprocess, sys
code = subprocess.call(sys.argv[1:])
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print("RUSAGE", u.ru_utime + u.ru_stime, u.ru_maxrss, flush=True)
sys.exit(code)
"""


# One build in this process, its steps timed: wall and CPU seconds of each, the parent's RSS when it starts and its
# peak during it (sampled every 0.1 s). The workers' memory is not in it (build_scale's rows count them).
_PHASES = """import resource, sys, threading, time
import psutil
import wuanalysis.build
import wuanalysis.corpus as c
import wuanalysis.build_steps as bs
import wuanalysis.linking as li
import wuanalysis.tables_io as io
b = sys.modules["wuanalysis.build"]  # the package's `build` is the function

me = psutil.Process()
state = {"phase": "start", "peak": 0}
rows = []

def sample():
    while True:
        state["peak"] = max(state["peak"], me.memory_info().rss)
        time.sleep(0.1)

threading.Thread(target=sample, daemon=True).start()

def timed(module, name, label):
    inner = getattr(module, name)
    def wrapper(*args, **kwargs):
        rss = me.memory_info().rss
        state["peak"] = rss
        t, cpu = time.perf_counter(), time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            rows.append((label, time.perf_counter() - t, time.process_time() - cpu, rss,
                         max(state["peak"], me.memory_info().rss)))
    setattr(module, name, wrapper)

for module, name, label in ((c, "survey_reports", "survey (walk + hash)"), (c, "read_reports", "read + extract"),
                            (b, "_save_cache", "save the cache"), (b, "_write_facts", "documents, facts written"),
                            (b, "_measure", "targets, measurements (+ written)"),
                            (b, "_write_outputs", "other tables written"), (b, "_write_manifest", "manifest"),
                            (b, "swap", "swap"), (li, "compute_targets", "- targets"),
                            (bs, "_documents_written", "- facts.csv, documents finished"),
                            (bs, "_facts_closed", "- facts.parquet waited for"),
                            (io.PartsWriter, "close", "- a table's Parquet file written")):
    timed(module, name, label)
t0 = time.perf_counter()
b.build(sys.argv[1], sys.argv[2], briefings=False, workers=int(sys.argv[3]), force=sys.argv[4] == "cold")
wall = time.perf_counter() - t0
mib = 1024 * 1024
print(f"{'step':<36} {'wall s':>7} {'CPU s':>7} {'RSS at start':>12} {'peak':>8}")
for label, w, cpu, start, peak in rows:
    print(f"{label:<36} {w:>7.1f} {cpu:>7.1f} {start / mib:>8.0f} MiB {peak / mib:>4.0f} MiB")
usage = resource.getrusage(resource.RUSAGE_SELF)
print(f"{'whole build (parent)':<36} {wall:>7.1f} {usage.ru_utime + usage.ru_stime:>7.1f} "
      f"{'':>12} {usage.ru_maxrss / 1024:>4.0f} MiB")
"""


def phases(corpus: Path, out: Path, workers: int, added: bool = False) -> None:
    """Print the steps of one cold build of ``corpus`` (see ``_PHASES``); with ``added``, of the re-run after 10 new
    reports instead (the cold build before it is the command line, not timed)."""
    shutil.rmtree(out, ignore_errors=True)
    if not added:
        subprocess.run([sys.executable, "-c", _PHASES, str(corpus), str(out), str(workers), "cold"], check=True)
    else:
        n = sum(1 for _ in corpus.rglob("*.txt"))
        subprocess.run([sys.executable, "-m", "wuanalysis", "build", str(corpus), "--out", str(out), "--no-briefings",
                        "-q", "--workers", str(workers)], check=True)
        extra = make_corpus.write_corpus(10, corpus, start=n)
        try:
            subprocess.run([sys.executable, "-c", _PHASES, str(corpus), str(out), str(workers), "added"], check=True)
        finally:
            for path in extra:
                path.unlink()
    shutil.rmtree(out, ignore_errors=True)


def _seconds(run: dict | None) -> str:
    """A re-run's wall and CPU seconds ("2.4/1.9"): on a shared machine the CPU is the steadier figure."""
    return "-" if run is None else f"{run['wall']:.1f}/{run.get('cpu', float('nan')):.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--dir", type=Path, default=Path("/tmp/wuanalysis-bench"))
    parser.add_argument("--timeout", type=float, default=1800, help="give up a build after this many seconds")
    parser.add_argument("--no-reruns", action="store_true", help="cold builds only")
    parser.add_argument("--phases", action="store_true",
                        help="instead: one cold build per N and workers in one process, each step's wall, CPU and RSS")
    parser.add_argument("--added", action="store_true",
                        help="with --phases: the steps of the re-run after 10 new reports instead of the cold build")
    args = parser.parse_args()

    import pandas as pd

    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}, Python "
          f"{platform.python_version()}, pandas {pd.__version__}, {platform.platform()}")
    head = (f"{'N':>6} {'workers':>7} {'wall s':>8} {'CPU s':>8} {'docs/s':>7} {'max proc':>9} {'all procs':>9} "
            f"{'re-run wall/CPU':>15} {'+10 wall/CPU':>13} {'+10 max proc':>12}")
    print(head, flush=True)
    python = sys.executable
    for n in args.n:
        corpus = args.dir / f"corpus-{n}"
        if not (corpus / ".complete").exists():
            shutil.rmtree(corpus, ignore_errors=True)
            make_corpus.write_corpus(n, corpus)
            (corpus / ".complete").write_text("")
        for workers in args.workers:
            out = args.dir / f"out-{n}-{workers}"
            if args.phases:
                print(f"N = {n}, {workers} workers, load {os.getloadavg()[0]:.1f}", flush=True)
                phases(corpus, out, workers, added=args.added)
                continue
            shutil.rmtree(out, ignore_errors=True)
            cmd = [python, "-m", "wuanalysis", "build", str(corpus), "--out", str(out), "--no-briefings", "-q",
                   "--workers", str(workers)]
            cold = run(cmd, args.timeout)
            if cold["timeout"]:
                print(f"{n:>6} {workers:>7} {'> ' + str(int(args.timeout)):>8}  (stopped)", flush=True)
                continue
            rerun = added = None
            if not args.no_reruns:
                rerun = run(cmd, args.timeout)
                extra = make_corpus.write_corpus(10, corpus, start=n)
                try:
                    added = run(cmd, args.timeout)
                finally:
                    for path in extra:
                        path.unlink()
            mib = 1024 * 1024
            print(f"{n:>6} {workers:>7} {cold['wall']:>8.1f} {cold['cpu']:>8.1f} {n / cold['wall']:>7.0f} "
                  f"{cold['maxrss'] / mib:>6.0f} Mi {cold['tree'] / mib:>6.0f} Mi "
                  f"{_seconds(rerun):>13} {_seconds(added):>13} "
                  f"{(added or {}).get('maxrss', float('nan')) / mib:>9.0f} Mi", flush=True)
            shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
