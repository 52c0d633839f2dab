"""`wuanalysis build --no-briefings` at scale: cold, re-run with no change, re-run after 10 new reports.

For each N the synthetic corpus of ``make_corpus.py`` is written once (kept under ``--dir`` for the next run),
then for each number of workers: a cold build into an empty output folder, the same build again (nothing
changed: the cache should answer), and a build after 10 more reports were added (they are removed afterwards,
so every row sees the same N). Each build is the command line in a subprocess, as a user runs it.

    .venv/bin/python benchmarks/build_scale.py [--n 1000 5000 20000] [--workers 1 2] [--dir /tmp/wuanalysis-bench]

Prints the machine (CPUs, load, Python, pandas), then per N and workers: wall seconds, CPU seconds (all
processes), documents per second of wall, peak RSS of the largest process and of all processes together
(sampled every 0.1 s), and the wall seconds of the two re-runs. The machine may be shared: CPU seconds are the
steadier figure. The figures measured before and after the memory and writing work are in ``RESULTS.md``; run it
from a frozen copy of the package (``cd COPY && python /path/to/build_scale.py``) while code is being changed,
since the cache and the no-change check follow the code.
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--dir", type=Path, default=Path("/tmp/wuanalysis-bench"))
    parser.add_argument("--timeout", type=float, default=1800, help="give up a build after this many seconds")
    parser.add_argument("--no-reruns", action="store_true", help="cold builds only")
    args = parser.parse_args()

    import pandas as pd

    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}, Python "
          f"{platform.python_version()}, pandas {pd.__version__}, {platform.platform()}")
    head = (f"{'N':>6} {'workers':>7} {'wall s':>8} {'CPU s':>8} {'docs/s':>7} {'max proc':>9} {'all procs':>9} "
            f"{'re-run s':>8} {'+10 s':>7}")
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
                  f"{rerun['wall'] if rerun else float('nan'):>8.1f} {added['wall'] if added else float('nan'):>7.1f}",
                  flush=True)
            shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
