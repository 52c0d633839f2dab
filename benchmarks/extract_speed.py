"""Extraction throughput on the seed reports repeated to at least 5 MB, single process.

Prints MB/s of ``extract_facts`` (the figure extractor, sentences and spans included) next to a bare
``re.finditer(r"\\d[\\d.,]*", text)`` pass over the same text, and the ratio of the two; CPU time of the
process (best of a few runs), and the wall time of one more run for reference. Then MB/s of what a build's worker
does per file (``corpus.extract_batch``: read, the document's province/level/period, figures, indicators, the
Arrow table), over the same texts written to files.

With ``--reports FOLDER`` (a corpus from ``benchmarks/make_corpus.py``), also the CPU time of
``read_reports(FOLDER, workers=1)`` in this process: the median of ``--runs`` runs, each with its list of times (a
shared machine: compare CPU, not wall).

    python benchmarks/extract_speed.py [--mb 5] [--reports /tmp/c1000 [--runs 3]]
"""
from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

from wuanalysis.corpus import BATCH, extract_batch, read_reports
from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(min_mb: float) -> list[str]:
    texts = [normalize_text(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    out, size = [], 0
    while size < min_mb * 1e6:
        for t in texts:
            out.append(t)
            size += len(t.encode("utf-8"))
    return out


def best_of(fn, runs: int = 3, clock=time.process_time) -> float:
    """The best of a few runs, in CPU seconds by default: the machine is shared, so wall time says more about the
    neighbours than about the code."""
    times = []
    for _ in range(runs):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--reports", type=Path, help="also time read_reports on this folder, one worker")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if args.reports is not None and not args.reports.is_dir():
        ap.error(f"--reports {args.reports}: no such folder (make one with benchmarks/make_corpus.py 1000 FOLDER)")
    texts = corpus(args.mb)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    pattern = re.compile(r"\d[\d.,]*")
    bare = best_of(lambda: [sum(1 for _ in pattern.finditer(t)) for t in texts])
    n = 0

    def run():
        nonlocal n
        n = sum(len(extract_facts(t)) for t in texts)

    ours = best_of(run, runs=2)
    wall = best_of(run, runs=1, clock=time.perf_counter)
    print(f"text: {mb:.1f} MB in {len(texts)} reports; {n} figures")
    print(f"bare re.finditer pass: {bare:.3f} s CPU = {mb / bare:.1f} MB/s")
    print(f"extract_facts:         {ours:.3f} s CPU = {mb / ours:.2f} MB/s (wall {mb / wall:.2f} MB/s)")
    print(f"ratio: extraction is {ours / bare:.1f}x the time of the bare pass")
    with tempfile.TemporaryDirectory() as folder:
        tasks = []
        for k, t in enumerate(texts):
            path = Path(folder) / f"r{k:05d}.txt"
            path.write_text(t, encoding="utf-8")
            tasks.append((path.name, str(path), 20_000_000))
        batches = [tasks[k:k + BATCH] for k in range(0, len(tasks), BATCH)]
        whole = best_of(lambda: [extract_batch(b) for b in batches], runs=2)
    print(f"extract_batch (a worker's whole job per file): {whole:.3f} s CPU = {mb / whole:.2f} MB/s "
          f"= {whole / len(texts) * 1000:.1f} ms per report")
    if args.reports is not None:
        times = []
        for _ in range(args.runs):
            t0 = time.process_time()
            corpus_read = read_reports([args.reports], workers=1)
            times.append(time.process_time() - t0)
        n = len(corpus_read.documents)
        median = sorted(times)[len(times) // 2]
        print(f"read_reports({args.reports}, workers=1): {n} reports, {median:.2f} s CPU median of "
              f"{[round(t, 2) for t in times]} = {median / max(n, 1) * 1000:.2f} ms per report")


if __name__ == "__main__":
    main()
