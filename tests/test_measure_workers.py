"""The measurements' parts measured in worker processes (measure_workers): the same rows, the same files, whatever
the number of workers, and no worker left behind."""
from __future__ import annotations

import functools
import multiprocessing
import shutil
from pathlib import Path

import pandas as pd
import pytest

import benchmark_scripts

from wuanalysis import build, read_reports

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    """8 synthetic reports of ``benchmarks/make_corpus.py`` (several provinces, conflicts) beside the seeds (a
    cluster report without a province, stated rates that no figure carries): a few hundred facts."""
    folder = tmp_path_factory.mktemp("reports")
    make_corpus = benchmark_scripts.load("make_corpus")
    make_corpus.write_corpus(8, folder / "synthetic")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    return folder


def test_parts_measured_by_two_workers_are_the_whole_table(reports, tmp_path):
    from wuanalysis.build_steps import _spilled_part
    from wuanalysis.linking import compute_targets
    from wuanalysis.measure_parts import concat_parts
    from wuanalysis.measure_workers import measure_in_workers, measuring_pool
    from wuanalysis.measures import compute_measurements

    corpus = read_reports(reports, workers=1)
    targets = compute_targets(corpus.documents, corpus.facts, None, corpus.texts)
    whole = compute_measurements(corpus.documents, corpus.facts, targets, corpus.texts)
    assert whole["province"].nunique() >= 4 and whole["rate_label"].notna().any()  # rows of rates at the end
    finish = functools.partial(_spilled_part, spill=tmp_path, keep=True)
    with measuring_pool(2) as pool:
        parts = list(measure_in_workers(corpus.documents, corpus.facts, targets, finish, pool, part_facts=100))
    assert len(parts) >= 4 and not multiprocessing.active_children()
    together = concat_parts([p["frame"] for p in parts])
    # a worker's part carries the categories of its own sentences: the values are the whole table's
    together["sentence"] = together["sentence"].astype(object).astype(whole["sentence"].dtype)
    pd.testing.assert_frame_equal(together, whole)


def test_a_build_with_one_and_two_workers_writes_the_same_measurements(reports, tmp_path, monkeypatch):
    import psutil

    import wuanalysis.measure_parts as measure_parts

    monkeypatch.setattr(measure_parts, "PART_FACTS", 100)  # several parts, measured side by side
    # processes this test process had before (another test's kernel in the same xdist worker) are not the build's
    earlier = {p.pid for p in psutil.Process().children(recursive=True)}
    one = build(reports, tmp_path / "one", briefings=False, workers=1)
    two = build(reports, tmp_path / "two", briefings=False, workers=2)
    for name in ("measurements.parquet", "measurements.csv", "targets.parquet", "issues.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    pd.testing.assert_frame_equal(one.measurements, two.measurements)
    assert not [p for p in psutil.Process().children(recursive=True) if p.pid not in earlier]  # workers ended
    assert not [p for p in (tmp_path / "two").rglob("*") if p.name.startswith((".measurements-", "spilled-"))]
    # a report more: its province measured by a worker, the others taken from the build in place
    make_corpus = benchmark_scripts.load("make_corpus")
    make_corpus.write_corpus(1, reports / "synthetic", start=8)
    try:
        build(reports, tmp_path / "two", briefings=False, workers=2)
        build(reports, tmp_path / "one", briefings=False, workers=1, force=True)
    finally:
        for path in (reports / "synthetic").rglob("*0008*"):
            path.unlink()
    for name in ("measurements.parquet", "measurements.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_with_briefings_the_measurements_kept_are_those_of_one_process(reports, tmp_path, monkeypatch):
    """``keep`` (a build with briefings hands the measurements to the workbook): the parts come back from the
    workers with the facts' categories, as one process measures them."""
    import wuanalysis.measure_parts as measure_parts
    from wuanalysis.build_steps import _measure
    from wuanalysis.measure_workers import measuring_pool

    monkeypatch.setattr(measure_parts, "PART_FACTS", 100)
    corpus = read_reports(reports, workers=1)
    results = []
    for workers in (1, 2):
        staging = tmp_path / f"staging-{workers}"
        staging.mkdir()
        with measuring_pool(workers) as pool:
            result, failed = _measure(tmp_path / "out", corpus, None, None, staging=staging, keep=True, pool=pool)
        assert failed == []
        results.append(result.measurements)
    pd.testing.assert_frame_equal(results[0], results[1])
    assert isinstance(results[1]["sentence"].dtype, pd.CategoricalDtype)
