"""nbval runs the committed notebooks against ``outputs/`` built from ``seeds/``.

Built once, by the pytest process that starts the run (not by each xdist worker, which would race), and only
when ``outputs/`` is missing, was built from other reports, or is older than the package's code.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent


def _stale(out: Path, seeds: Path) -> bool:
    marker = out / "measurements.parquet"
    if not marker.exists() or not (out / "documents.parquet").exists():
        return True
    code = max(p.stat().st_mtime for p in (ROOT / "wuanalysis").rglob("*") if p.is_file())
    inputs = max(p.stat().st_mtime for p in seeds.glob("*.txt"))
    if marker.stat().st_mtime < max(code, inputs):
        return True
    built_from = set(pd.read_parquet(out / "documents.parquet", columns=["doc"])["doc"])
    return built_from != {p.name for p in seeds.glob("*.txt")}


def pytest_configure(config):
    if hasattr(config, "workerinput"):
        return  # an xdist worker: the controller has prepared outputs/ before starting it
    out, seeds = ROOT / "outputs", ROOT / "seeds"
    if _stale(out, seeds):
        from wuanalysis.catalogue import load_targets
        from wuanalysis.corpus import read_reports, write_corpus
        from wuanalysis.measures import compute_measurements

        corpus = read_reports(seeds)
        write_corpus(corpus, out, compute_measurements(corpus.documents, corpus.facts, load_targets()))
