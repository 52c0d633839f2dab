"""A build never gathers the facts of the whole corpus in one process (issue 10: 20,000 reports under 1 GiB): the
facts are bucketed by province as they are read (facts_parts), each measuring part reads its own, the targets are
read from the target facts only, and the extraction cache is written as it comes. The tables are the whole
tables' all the same, byte for byte."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

import benchmark_scripts

from wuanalysis import build, read_reports
from wuanalysis.build import BuildError, BuildResult

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("documents", "facts", "targets", "measurements", "issues")


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    """20 synthetic reports of ``benchmarks/make_corpus.py`` (9 provinces, conflicts), the seeds (a cluster report
    without a province, stated rates that no figure carries) and a seed again under another name (a duplicate,
    listed but not measured): ~1,500 facts."""
    folder = tmp_path_factory.mktemp("reports")
    make_corpus = benchmark_scripts.load("make_corpus")
    make_corpus.write_corpus(20, folder / "synthetic")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    first = sorted((folder / "seeds").glob("*.txt"))[0]
    shutil.copy(first, folder / "seeds" / "copy-of-the-first.txt")
    return folder


@pytest.fixture(scope="module")
def corpus(reports):
    """``read_reports(reports, workers=1)``, read once for the module; read it, never change it."""
    return read_reports(reports, workers=1)


@pytest.fixture(scope="module")
def whole(reports, corpus, tmp_path_factory) -> Path:
    """The tables of the whole frames (read_reports, compute_targets, compute_measurements), written as a build
    writes them."""
    from wuanalysis.corpus import write_table
    from wuanalysis.linking import compute_targets
    from wuanalysis.measures import compute_measurements
    from wuanalysis.output_folder import write_csv_for_excel

    assert corpus.documents["duplicate_of"].notna().sum() == 1 and corpus.documents["province"].isna().any()
    targets = compute_targets(corpus.documents, corpus.facts, None, corpus.texts)
    measurements = compute_measurements(corpus.documents, corpus.facts, targets, corpus.texts)
    folder = tmp_path_factory.mktemp("whole")
    for name, frame in (("facts", corpus.facts), ("targets", targets), ("measurements", measurements)):
        write_table(frame, folder / f"{name}.parquet")
        write_csv_for_excel(frame, folder / f"{name}.csv")
    return folder


def _small_parts(monkeypatch) -> None:
    import wuanalysis.cache as cache
    import wuanalysis.corpus as corpus_module
    import wuanalysis.facts_parts as facts_parts
    import wuanalysis.measure_parts as measure_parts

    monkeypatch.setattr(corpus_module, "SINK_FACTS", 150)  # the facts written ~10 at a time
    monkeypatch.setattr(facts_parts, "FLUSH_FACTS", 40)  # each province's bucket in several files
    monkeypatch.setattr(measure_parts, "PART_FACTS", 250)  # measured in several parts
    monkeypatch.setattr(cache, "CHUNK_FACTS", 300)  # the cache written as it comes, in several files


def _small_build(reports: Path, root: Path, workers: int) -> tuple[Path, BuildResult, list[int], list[Path]]:
    """``build(reports, root / "out", briefings=False, workers=workers)`` with small parts (:func:`_small_parts`):
    the folder, the result, the facts of each frame this process made of Arrow pieces, and the files of its facts
    buckets or measuring parts left under ``root``."""
    import wuanalysis.corpus as corpus_module
    import wuanalysis.facts_parts as facts_parts

    made: list[int] = []
    with pytest.MonkeyPatch.context() as monkeypatch:
        _small_parts(monkeypatch)

        def counted(module):
            real = module.facts_from_pieces

            def facts_from_pieces(pieces, columns=None):
                made.append(sum(t.num_rows for _doc, t in pieces if t is not None))
                return real(pieces, columns)
            monkeypatch.setattr(module, "facts_from_pieces", facts_from_pieces)

        counted(corpus_module)
        counted(facts_parts)
        result = build(reports, root / "out", briefings=False, workers=workers)
    left = [p for p in root.rglob("*") if p.name.startswith((".facts-", ".measurements-"))]
    return root / "out", result, made, left


@pytest.fixture(scope="module")
def small_build(reports, tmp_path_factory) -> Callable[[int], tuple[Path, BuildResult, list[int], list[Path]]]:
    """``small_build(workers)``: :func:`_small_build` of the reports, made once per module and number of workers
    (two tests read the one with two workers). Read its folder; a test that changes it copies it."""
    made: dict[int, tuple[Path, BuildResult, list[int], list[Path]]] = {}

    def get(workers: int) -> tuple[Path, BuildResult, list[int], list[Path]]:
        if workers not in made:
            made[workers] = _small_build(reports, tmp_path_factory.mktemp(f"small-{workers}"), workers)
        return made[workers]

    return get


@pytest.mark.parametrize("workers", [1, 2])
def test_a_build_whose_facts_are_never_gathered_whole_writes_the_whole_tables(reports, whole, small_build, workers):
    out, result, made, _left = small_build(workers)  # made: the facts of each frame made of Arrow pieces here
    n_facts = len(pd.read_parquet(whole / "facts.parquet"))
    n_files = len(list(reports.rglob("*.txt")))
    assert result.corpus.n_facts == n_facts and result.summary().startswith(f"{n_files} files")
    assert made and max(made) < n_facts / 3  # a few hundred at a time (the measuring parts' too, with one worker)
    for name in ("facts", "targets", "measurements"):
        for kind in ("parquet", "csv"):
            path = f"{name}.{kind}"
            assert (out / path).read_bytes() == (whole / path).read_bytes(), path


def test_the_facts_buckets_are_removed_and_the_cache_serves_a_re_run(reports, whole, tmp_path, monkeypatch,
                                                                     small_build):
    _small_parts(monkeypatch)
    out = tmp_path / "out"
    first, _result, _made, left = small_build(2)  # build(reports, first, briefings=False, workers=2)
    assert left == []
    shutil.copytree(first, out)
    extract = out / ".wuanalysis" / "extract"
    assert len(list(extract.glob("facts*.parquet"))) > 3  # written as it came, a few hundred facts a file
    (out / "facts.csv").unlink()  # not up to date: built again, from the cache
    again = build(reports, out, briefings=False, workers=2)
    assert again.stats["extracted"] == 0 and again.stats["cached"] == again.stats["files"]
    for name in ("facts.csv", "measurements.parquet", "targets.parquet"):
        assert (out / name).read_bytes() == (whole / name).read_bytes(), name


def test_a_facts_part_that_cannot_be_written_stops_the_build_and_names_the_file(reports, tmp_path, monkeypatch):
    import pyarrow as pa

    real = pa.OSFile

    def full_disk(path, mode="r", *args, **kwargs):
        if "w" in mode and ".facts-parts-" in str(path):
            raise OSError(28, "No space left on device")  # pyarrow's own errors carry no file name
        return real(path, mode, *args, **kwargs)

    monkeypatch.setattr(pa, "OSFile", full_disk)
    out = tmp_path / "out"
    with pytest.raises(BuildError) as caught:
        build(reports, out, briefings=False, workers=1)
    message = str(caught.value)
    assert ".facts-parts-" in message and ".arrow" in message and "No space left on device" in message
    assert str(out) in message and "disk space" in message
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == []  # nothing left behind


def test_the_province_plan_has_the_part_plans_bounds(corpus):
    from wuanalysis.measure_parts import part_plan, province_plan

    for stable in (False, True):
        for part_facts in (1, 100, 250, 10_000):
            by_rows = list(part_plan(corpus.documents, corpus.facts, part_facts, stable))
            by_docs = list(province_plan(corpus.documents, part_facts, stable))
            assert [list(d["doc"]) for d, _ in by_rows] == [list(d["doc"]) for d, _ in by_docs]
            for (_docs, rows), (_d, provinces) in zip(by_rows, by_docs):
                assert set(corpus.facts.iloc[rows]["doc"]) <= set(_d["doc"])
                assert provinces[-1] is None or provinces == sorted(provinces)


def test_a_re_run_reads_the_cache_a_file_at_a_time(reports, whole, tmp_path, monkeypatch):
    """After a new report, the files unchanged come from the cache: their rows are copied from the previous build's
    tables, so the parent reads none of their facts; without the previous tables' index, the cache's facts are
    read one file of a few hundred at a time in the order they were saved (not all first), never more than two
    held."""
    import wuanalysis.cache as cache

    _small_parts(monkeypatch)
    copy = tmp_path / "reports"
    shutil.copytree(reports, copy)
    new = sorted((copy / "synthetic").rglob("*.txt"))[7]
    moved = new.read_bytes()
    new.unlink()
    out = tmp_path / "out"
    build(copy, out, briefings=False, workers=2)
    new.write_bytes(moved)  # a new report
    held: list[int] = []
    real = cache.ExtractionCache._chunk

    def chunk(self, number):
        table = real(self, number)
        held.append(len(self._chunks))
        return table

    monkeypatch.setattr(cache.ExtractionCache, "_chunk", chunk)
    again = build(copy, out, briefings=False, workers=2)
    n_files = len(list((out / ".wuanalysis" / "extract").glob("facts*.parquet")))
    assert again.stats["extracted"] == 1 and again.stats["cached"] == again.stats["files"] - 1
    assert held == [] and n_files > 3
    for name in ("facts.csv", "facts.parquet", "measurements.parquet", "targets.parquet"):
        assert (out / name).read_bytes() == (whole / name).read_bytes(), name
    new.unlink()
    build(copy, out, briefings=False, workers=2)
    new.write_bytes(moved)
    shutil.rmtree(out / ".wuanalysis" / "facts")  # no index of the previous tables: the cache's facts are read
    build(copy, out, briefings=False, workers=2)
    assert held and max(held) <= 2
    for name in ("facts.csv", "facts.parquet", "measurements.parquet", "targets.parquet"):
        assert (out / name).read_bytes() == (whole / name).read_bytes(), name
