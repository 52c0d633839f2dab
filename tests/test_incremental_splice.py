"""A re-run copies an unchanged report's rows of the facts tables (and its targets) from the previous build
(:mod:`wuanalysis.facts_splice`): the tables are byte for byte those of a cold build."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmark_scripts import load
from wuanalysis import build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def cold_first(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """The seeds and 40 synthetic reports of several provinces, levels and years (targets stated among them), in
    ``reports/``, and their cold build (one worker) in ``out/``, made once for the module (each test copies them);
    with the runs of rows that build copied (none, a cold build)."""
    from wuanalysis import tables_io

    root = tmp_path_factory.mktemp("splice")
    folder = root / "reports"
    shutil.copytree(SEEDS, folder)
    load("make_corpus").write_corpus(40, folder / "synthetic", seed=3)
    counts = {"copied": 0}
    copy = tables_io.PartsWriter.add_copied

    def add_copied(self, rows, *args):
        counts["copied"] += 1
        return copy(self, rows, *args)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tables_io.PartsWriter, "add_copied", add_copied)
        build(folder, root / "out", briefings=False, workers=1)
    return root, counts


@pytest.fixture()
def reports(cold_first, tmp_path) -> Path:
    """A copy of :func:`cold_first`'s reports, this test's to change."""
    shutil.copytree(cold_first[0] / "reports", tmp_path / "reports")
    return tmp_path / "reports"


@pytest.fixture()
def first_build(cold_first) -> Callable[[Path], dict[str, int]]:
    """``first_build(out)``: ``build(reports, out, briefings=False, workers=1)`` of the reports as they were made, out
    a new folder: a copy of :func:`cold_first`'s build (its files' sizes and times kept, as the facts index checks
    them); the runs of rows that build copied."""
    def made(out: Path) -> dict[str, int]:
        shutil.copytree(cold_first[0] / "out", out)
        return dict(cold_first[1])

    return made


def _tables(folder: Path) -> dict[str, bytes]:
    """Every file of a build's folder but the manifest (and the hidden cache)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and p.name != "wuanalysis-manifest.json"}


def _same_as_cold(reports: Path, out: Path, cold: Path, workers: int = 1) -> None:
    build(reports, cold, briefings=False, workers=workers)
    mine, theirs = _tables(out), _tables(cold)
    assert sorted(mine) == sorted(theirs)
    for name in theirs:
        assert mine[name] == theirs[name], name


@pytest.fixture()
def spy(monkeypatch):
    """How many runs of rows were copied from the previous build, and how many cached facts were read."""
    import wuanalysis.cache as cache
    from wuanalysis import tables_io

    counts = {"copied": 0, "rows": 0, "read": 0}
    copy, get = tables_io.PartsWriter.add_copied, cache.ExtractionCache.get

    def add_copied(self, rows, *args):
        counts["copied"] += 1
        counts["rows"] += rows
        return copy(self, rows, *args)

    def counted_get(self, key):
        counts["read"] += 1
        return get(self, key)

    monkeypatch.setattr(tables_io.PartsWriter, "add_copied", add_copied)
    monkeypatch.setattr(cache.ExtractionCache, "get", counted_get)
    return counts


@pytest.mark.parametrize("workers", [1, 2])
def test_a_changed_a_removed_and_a_new_report_in_the_middle_give_the_tables_of_a_cold_build(reports, tmp_path, spy,
                                                                                             workers, first_build):
    out = tmp_path / "out"
    if workers == 1:
        assert first_build(out)["copied"] == 0
    else:
        build(reports, out, briefings=False, workers=workers)
        assert spy["copied"] == 0
    synthetic = sorted((reports / "synthetic").rglob("*.txt"))
    changed, removed, model = synthetic[5], synthetic[20], synthetic[30]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nToàn tỉnh kết nạp mới 321 hội viên.\n",
                       encoding="utf-8")
    removed.unlink()
    middle = model.with_name("m-" + model.name)  # sorts among the reports of its folder
    middle.write_text(model.read_text(encoding="utf-8").replace("hội viên", "hội viên mới", 1), encoding="utf-8")
    again = build(reports, out, briefings=False, workers=workers)
    assert again.stats["extracted"] == 2
    assert spy["copied"] >= 3 and spy["read"] == 0  # the unchanged reports' rows copied, their facts never read
    _same_as_cold(reports, out, tmp_path / "cold", workers)


def test_targets_stated_in_an_unchanged_report_are_copied_and_those_of_a_changed_one_read_again(reports, tmp_path,
                                                                                                first_build):
    out = tmp_path / "out"
    first_build(out)
    seed = reports / "000_8ca3ed94d4963485.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nNăm 2026 phấn đấu kết nạp ít nhất 2.500 hội viên mới.\n",
                    encoding="utf-8")
    build(reports, out, briefings=False, workers=1)
    targets = (out / "targets.csv").read_text(encoding="utf-8-sig")
    assert "2500" in targets
    _same_as_cold(reports, out, tmp_path / "cold")


def test_a_facts_table_changed_since_the_build_is_not_copied(reports, tmp_path, spy, first_build):
    """The index describes the files it was written with: a facts.csv edited by hand is formatted again."""
    out = tmp_path / "out"
    first_build(out)
    with open(out / "facts.csv", "ab") as handle:
        handle.write(b"edited,by,hand\n")
    (reports / "synthetic" / "a-new-report.txt").write_text(
        (reports / "001_55075b7f74037a93.txt").read_text(encoding="utf-8") + "\nKết nạp 12 hội viên.\n",
        encoding="utf-8")
    build(reports, out, briefings=False, workers=1)
    assert spy["copied"] == 0
    _same_as_cold(reports, out, tmp_path / "cold")


def test_a_forced_build_copies_nothing_and_the_next_one_copies_again(reports, tmp_path, spy, first_build):
    out = tmp_path / "out"
    first_build(out)
    (reports / "001_55075b7f74037a93.txt").unlink()
    build(reports, out, briefings=False, workers=1, force=True)
    assert spy["copied"] == 0
    (reports / "synthetic" / "zz-last.txt").write_text("Toàn tỉnh kết nạp mới 77 hội viên.\n", encoding="utf-8")
    build(reports, out, briefings=False, workers=1)
    assert spy["copied"] >= 1 and spy["read"] == 0
    _same_as_cold(reports, out, tmp_path / "cold")


def test_the_cache_keeps_a_file_of_facts_while_it_serves_half_of_them(reports, tmp_path, first_build):
    """An unchanged report's facts stay in the cache's file they were written to (linked, not written again); a
    file that serves less than half its facts is written again with those alone."""
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    first_build(out)
    folder = out / ".wuanalysis" / "extract"
    first = {p.name: p.stat().st_ino for p in folder.glob("facts*.parquet")}
    synthetic = sorted((reports / "synthetic").rglob("*.txt"))
    for path in synthetic[:3]:
        path.write_text(path.read_text(encoding="utf-8") + "\nKết nạp 11 hội viên.\n", encoding="utf-8")
    result = build(reports, out, briefings=False, workers=1)
    assert {p.name: p.stat().st_ino for p in folder.glob("facts*.parquet")}.items() >= first.items()  # linked
    for path in synthetic[3:]:
        path.write_text(path.read_text(encoding="utf-8") + "\nKết nạp 12 hội viên.\n", encoding="utf-8")
    result = build(reports, out, briefings=False, workers=1)
    rows = sum(pq.read_metadata(p).num_rows for p in folder.glob("facts*.parquet"))
    assert rows < 1.5 * result.corpus.n_facts  # the old file written again with the facts it still serves
    _same_as_cold(reports, out, tmp_path / "cold")


def test_rows_copied_into_facts_parquet_are_held_a_row_group_at_a_time(reports, tmp_path, monkeypatch):
    """A run of unchanged reports may be the whole previous facts.parquet: the process writing the new file holds
    a row group or two of it at a time, never the run's rows together (the largest process of a re-run at 20,000
    reports held them all); the tables are a cold build's."""
    import pyarrow as pa

    from wuanalysis import tables_io

    monkeypatch.setattr(tables_io, "ROW_GROUP", 64)
    out = tmp_path / "out"
    build(reports, out, briefings=False, workers=1)
    (reports / "synthetic" / "zz-last.txt").write_text("Toàn tỉnh kết nạp mới 77 hội viên.\n", encoding="utf-8")
    largest, writing = [0], [False]
    concat, write_parts = pa.concat_tables, tables_io._write_parquet_parts

    def counted(tables, *args, **kwargs):
        table = concat(tables, *args, **kwargs)
        if writing[0]:
            largest[0] = max(largest[0], table.num_rows)
        return table

    def written(parquet, *args, **kwargs):
        writing[0] = Path(parquet).name == "facts.parquet"  # (measurements.parquet's parts are whole parts)
        try:
            return write_parts(parquet, *args, **kwargs)
        finally:
            writing[0] = False

    monkeypatch.setattr(pa, "concat_tables", counted)
    monkeypatch.setattr(tables_io, "_write_parquet_parts", written)
    again = build(reports, out, briefings=False, workers=1)
    assert again.stats["extracted"] == 1 and again.corpus.n_facts > 10 * 64
    assert 0 < largest[0] <= 2 * 64
    _same_as_cold(reports, out, tmp_path / "cold")
