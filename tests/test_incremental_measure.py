"""A re-run measures again only the provinces whose reports (or targets) changed; the others' measurements are
taken from the build it replaces (``out/.wuanalysis/measure/``), and the tables are those of a cold build."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

import benchmark_scripts

import wuanalysis.measure_workers as measure_workers
from wuanalysis import build

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("measurements.parquet", "measurements.csv", "targets.parquet", "issues.parquet", "facts.parquet")


def _make_corpus():
    module = benchmark_scripts.load("make_corpus")
    return module


def _count_parts(monkeypatch) -> list:
    """The provinces of each part measured (each call of measure_rows, in this process: one worker); parts of
    about 100 facts, so that these few reports make several."""
    import wuanalysis.measure_parts as measure_parts

    monkeypatch.setattr(measure_parts, "PART_FACTS", 100)
    calls: list = []
    real = measure_workers.measure_rows

    def counting(docs, facts, targets):
        calls.append(sorted(set(docs["province"].dropna())) or [None])
        return real(docs, facts, targets)

    monkeypatch.setattr(measure_workers, "measure_rows", counting)
    return calls


@pytest.fixture(scope="module")
def cold_first(tmp_path_factory) -> tuple[Path, list]:
    """8 synthetic reports (several provinces) beside the seeds (a cluster report without a province, stated
    rates that no figure carries) in ``reports/``, and their cold build (one worker, parts of about 100 facts) in
    ``out/``, made once for the module (each test copies them); with the parts that build measured."""
    root = tmp_path_factory.mktemp("measure")
    _make_corpus().write_corpus(8, root / "reports" / "synthetic")
    shutil.copytree(ROOT / "seeds", root / "reports" / "seeds")
    with pytest.MonkeyPatch.context() as patch:
        calls = _count_parts(patch)
        build(root / "reports", root / "out", briefings=False, workers=1)
    return root, calls


@pytest.fixture()
def reports(cold_first, tmp_path) -> Path:
    """A copy of :func:`cold_first`'s reports, this test's to change."""
    shutil.copytree(cold_first[0] / "reports", tmp_path / "reports")
    return tmp_path / "reports"


@pytest.fixture()
def first_build(cold_first) -> Callable[[Path], list]:
    """``first_build(out)``: ``build(reports, out, briefings=False, workers=1)`` of the reports as they were made (parts
    of about 100 facts), out a new folder: a copy of :func:`cold_first`'s build; the parts that build measured."""
    def made(out: Path) -> list:
        shutil.copytree(cold_first[0] / "out", out)
        return list(cold_first[1])

    return made


@pytest.fixture()
def measured(monkeypatch) -> list:
    """The provinces of each part measured here (:func:`_count_parts`)."""
    return _count_parts(monkeypatch)


def _same(a: Path, b: Path) -> None:
    for name in TABLES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_a_new_report_measures_its_province_only(reports, tmp_path, measured, first_build):
    out = tmp_path / "out"
    units = len(first_build(out))
    assert units >= 5  # parts of a few provinces, and one for the reports without a province
    new = _make_corpus().write_corpus(1, reports / "synthetic", start=8)
    measured.clear()
    result = build(reports, out, briefings=False, workers=1)
    assert result.stats["extracted"] == 1
    assert len(measured) == 1  # the new report's part, nothing else
    cold = build(reports, tmp_path / "cold", briefings=False, workers=1, force=True)
    assert cold.stats["extracted"] == len(list(reports.rglob("*.txt")))
    _same(out, tmp_path / "cold")
    assert new and (out / ".wuanalysis" / "measure").is_dir()


def test_a_removed_report_and_a_changed_one_give_the_tables_of_a_cold_build(reports, tmp_path, measured,
                                                                            first_build):
    out = tmp_path / "out"
    first_build(out)
    synthetic = sorted((reports / "synthetic").rglob("*.txt"))
    synthetic[0].unlink()
    synthetic[1].write_text(synthetic[1].read_text(encoding="utf-8").replace("1", "2", 3), encoding="utf-8")
    measured.clear()
    build(reports, out, briefings=False, workers=1)
    assert 1 <= len(measured) <= 2
    build(reports, tmp_path / "cold", briefings=False, workers=1, force=True)
    _same(out, tmp_path / "cold")


def test_a_target_changed_in_the_targets_file_measures_that_province_again(reports, tmp_path, measured):
    out = tmp_path / "out"
    head = "indicator,scope,period,period_span,value,unit,label_vi,source\n"
    row = "members_new,Bình Phước,2023,year,{},hội viên,Kết nạp hội viên mới,NQ\n"
    (tmp_path / "a.csv").write_text(head + row.format(2100), encoding="utf-8")
    (tmp_path / "b.csv").write_text(head + row.format(4000), encoding="utf-8")
    build(reports, out, briefings=False, workers=1, targets=tmp_path / "a.csv")
    measured.clear()
    build(reports, out, briefings=False, workers=1, targets=tmp_path / "b.csv")
    assert len(measured) == 1 and "Bình Phước" in measured[0]  # its part again, no other
    build(reports, tmp_path / "cold", briefings=False, workers=1, targets=tmp_path / "b.csv", force=True)
    _same(out, tmp_path / "cold")


def test_a_damaged_stored_part_is_measured_again(reports, tmp_path, measured, first_build, cold_first):
    out = tmp_path / "out"
    first_build(out)
    for path in (out / ".wuanalysis" / "measure").glob("*.csv"):
        path.write_bytes(b"")
        break
    for path in (out / ".wuanalysis" / "measure").glob("*.narrow.arrow"):
        path.write_bytes(b"not arrow")
    (out / "facts.csv").unlink()  # not up to date: measured from what is stored
    measured.clear()
    build(reports, out, briefings=False, workers=1)
    _same(out, cold_first[0] / "out")  # the reports' cold build (parts of about 100 facts too)
