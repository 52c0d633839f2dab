"""Incremental builds: a re-run reads only new or changed files, and its tables are those of a cold build."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

import wuanalysis.cache
from wuanalysis import build, read_reports
from wuanalysis.build import BuildResult, ProblemsFound

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TABLES = ("documents", "facts", "measurements", "issues")


@pytest.fixture()
def reports(tmp_path) -> Path:
    folder = tmp_path / "reports"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture(scope="module")
def cold_seeds(tmp_path_factory) -> tuple[Path, BuildResult]:
    """``build(reports, out, briefings=False, workers=1)`` of a copy of the seeds, made once for the module: the
    folder it made (its reports beside it, in ``reports``) and its result. Read them; never change them. (Its
    documents' paths are those of its reports: a test comparing a table of documents with its first build's makes
    its own.)"""
    root = tmp_path_factory.mktemp("cold-seeds")
    shutil.copytree(SEEDS, root / "reports")
    return root / "out", build(root / "reports", root / "out", briefings=False, workers=1)


@pytest.fixture()
def first_build(cold_seeds) -> Callable[[Path], BuildResult]:
    """``first_build(out)``: ``build(reports, out, briefings=False, workers=1)`` of the seeds, out a new folder: a copy
    of :func:`cold_seeds`' folder (made from another folder of the same reports: for the tests whose next build
    follows a change, never for those of a build found up to date, which needs the same folder) and its result."""
    def made(out: Path) -> BuildResult:
        shutil.copytree(cold_seeds[0], out)
        return cold_seeds[1]

    return made


def _same_tables(a: Path, b: Path) -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(pd.read_parquet(a / f"{name}.parquet"), pd.read_parquet(b / f"{name}.parquet"),
                                      obj=name)
        assert (a / f"{name}.csv").read_bytes() == (b / f"{name}.csv").read_bytes(), name


def test_a_rerun_extracts_nothing_and_writes_the_tables_of_a_cold_build(reports, tmp_path):
    out = tmp_path / "out"
    first = build(reports, out, briefings=False, workers=1)
    assert first.stats == {"files": 5, "extracted": 5, "cached": 0}
    (tmp_path / "cold").mkdir()
    for name in TABLES:
        for suffix in (".parquet", ".csv"):
            shutil.copy(out / f"{name}{suffix}", tmp_path / "cold" / f"{name}{suffix}")
    (out / "facts.csv").unlink()  # so the build in place is not up to date: the tables are made from the cache
    again = build(reports, out, briefings=False, workers=1)
    assert again.stats == {"files": 5, "extracted": 0, "cached": 5}
    _same_tables(out, tmp_path / "cold")
    assert all(again.corpus.texts[d] == first.corpus.texts[d] for d in first.corpus.texts)


def test_a_changed_file_and_a_new_file_are_read_again_and_the_tables_are_those_of_a_cold_build(reports, tmp_path,
                                                                                               first_build):
    out = tmp_path / "out"
    first_build(out)
    changed = reports / "002_314f76d32c6c7190.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("6 tháng đầu năm", "9 tháng đầu năm")
                       + "\nToàn thành phố kết nạp mới 321 hội viên.\n", encoding="utf-8")
    (reports / "sub").mkdir()
    shutil.copy(SEEDS / "003_1bd7b950d73e6ed6.txt", reports / "sub" / "copy-of-003.txt")  # same bytes, new path
    (reports / "004_3e3c112e424d7ca8.txt").unlink()
    result = build(reports, out, briefings=False, workers=1)
    assert result.stats == {"files": 5, "extracted": 1, "cached": 4}
    facts = result.corpus.facts
    assert 321 in set(facts.loc[facts["doc"] == changed.name, "value"])
    assert (facts["doc"] == "sub/copy-of-003.txt").sum() == (facts["doc"] == "003_1bd7b950d73e6ed6.txt").sum()
    assert facts["fact_id"].str.startswith("sub/copy-of-003.txt#").sum() > 0
    cold = build(reports, tmp_path / "cold", briefings=False, workers=1)
    assert cold.stats["extracted"] == 5
    _same_tables(out, tmp_path / "cold")


def test_the_cache_holds_only_the_files_of_the_last_build(reports, tmp_path, first_build):
    out = tmp_path / "out"
    first_build(out)
    build(reports / "000_8ca3ed94d4963485.txt", out, briefings=False, workers=1)
    result = build(reports, out, briefings=False, workers=1)
    assert result.stats == {"files": 5, "extracted": 4, "cached": 1}


def test_force_reads_every_file_again(reports, tmp_path, first_build):
    out = tmp_path / "out"
    first_build(out)
    result = build(reports, out, briefings=False, workers=1, force=True)
    assert result.stats == {"files": 5, "extracted": 5, "cached": 0}
    (out / "facts.csv").unlink()  # so that the next build is not up to date and reads the cache
    assert build(reports, out, briefings=False, workers=1).stats["cached"] == 5  # the cache was written again


def test_another_version_of_the_extractor_reads_every_file_again(reports, tmp_path, monkeypatch, first_build):
    out = tmp_path / "out"
    first_build(out)
    monkeypatch.setattr(wuanalysis.cache, "fingerprint", lambda everything=False: "9.9.9+0123456789abcdef")
    assert build(reports, out, briefings=False, workers=1).stats["extracted"] == 5
    (out / "facts.csv").unlink()
    assert build(reports, out, briefings=False, workers=1).stats["extracted"] == 0


def test_the_fingerprint_follows_the_code():
    fingerprint = wuanalysis.cache.fingerprint()
    assert fingerprint.startswith(wuanalysis.__version__ + "+") and len(fingerprint.split("+")[1]) == 16


def test_a_damaged_cache_is_ignored(reports, tmp_path, first_build):
    out = tmp_path / "out"
    cold = first_build(out)
    (out / ".wuanalysis" / "extract" / "facts.parquet").write_bytes(b"not parquet at all")
    (out / "facts.csv").unlink()
    result = build(reports, out, briefings=False, workers=1)
    assert result.stats["extracted"] == 5
    pd.testing.assert_frame_equal(result.corpus.facts, cold.corpus.facts)


def test_read_reports_with_a_cache_folder(reports, tmp_path):
    first = read_reports(reports, cache=tmp_path / "cache", workers=1)
    second = read_reports(reports, cache=tmp_path / "cache", workers=2)
    assert (first.stats["extracted"], second.stats["extracted"], second.stats["cached"]) == (5, 0, 5)
    for name in ("documents", "facts", "issues", "files"):
        pd.testing.assert_frame_equal(getattr(first, name), getattr(second, name), obj=name)


def test_a_failed_strict_build_leaves_no_cache_behind(reports, tmp_path):
    (reports / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    with pytest.raises(ProblemsFound):
        build(reports, out, briefings=False, workers=1, strict=True)
    assert not out.exists()


def test_the_manifest_reuses_the_hashes_taken_for_the_cache(cold_seeds):
    import hashlib

    out, result = cold_seeds  # build(reports, out, briefings=False, workers=1)
    reports = out.parent / "reports"
    files = {f["path"]: f for f in result.manifest["inputs"][0]["files"]}
    for path in reports.iterdir():
        assert files[path.name]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert files[path.name]["bytes"] == path.stat().st_size


def test_a_rerun_of_a_build_in_place_changes_nothing_on_disk(reports, tmp_path):
    out = tmp_path / "out"
    first = build(reports, out, briefings=False, workers=1)
    assert "up_to_date" not in first.stats
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    again = build(reports, out, briefings=False, workers=1)
    assert again.stats == {"files": 5, "extracted": 0, "cached": 0, "up_to_date": True}
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == stamps
    assert again.files == first.files and again.manifest == first.manifest
    pd.testing.assert_frame_equal(again.measurements, pd.read_parquet(out / "measurements.parquet"))
    assert again.summary() == first.summary() == again.corpus.summary(files=True, issues_file="issues.csv")
    pd.testing.assert_frame_equal(again.corpus.facts, pd.read_parquet(out / "facts.parquet"))
    pd.testing.assert_frame_equal(again.corpus.files, first.corpus.files)
    assert list(again.corpus.issues["doc"]) == list(first.corpus.issues["doc"])
    assert all(again.corpus.texts[doc] == first.corpus.texts[doc] for doc in first.corpus.texts)
    pd.testing.assert_frame_equal(again.targets, pd.read_parquet(out / "targets.parquet"))


def test_a_build_in_place_with_a_damaged_table_is_made_again(cold_seeds, tmp_path):
    reports, out = cold_seeds[0].parent / "reports", tmp_path / "out"  # the shared build's reports, only read
    shutil.copytree(cold_seeds[0], out)  # as build(reports, out, briefings=False, workers=1) left it
    assert build(reports, out, briefings=False, workers=1).stats.get("up_to_date")  # undamaged, nothing to do
    written = pd.read_parquet(out / "measurements.parquet")
    (out / "measurements.parquet").write_bytes(b"not a parquet file")
    again = build(reports, out, briefings=False, workers=1)
    assert "up_to_date" not in again.stats and again.stats["extracted"] == 0
    pd.testing.assert_frame_equal(pd.read_parquet(out / "measurements.parquet"), written)


@pytest.mark.parametrize("change", ["option", "targets", "output", "path"])
def test_a_build_in_place_is_made_again_when_anything_it_depends_on_changed(reports, tmp_path, change):
    out = tmp_path / "out"
    targets = tmp_path / "targets.csv"
    targets.write_text("indicator,scope,period,period_span,value,unit,label_vi,source\n"
                       "members_new,Bắc Kạn,2024,9m,3000,hội viên,Kết nạp 3.000 hội viên,test\n", encoding="utf-8")
    build(reports, out, briefings=False, workers=1, targets=targets)
    kwargs = {"targets": targets}
    if change == "option":
        kwargs["max_mb"] = 10
    elif change == "targets":
        targets.write_text(targets.read_text(encoding="utf-8").replace("3000", "3100"), encoding="utf-8")
    elif change == "output":
        (out / "facts.csv").unlink()
    else:
        (reports / "000_8ca3ed94d4963485.txt").rename(reports / "renamed.txt")
    result = build(reports, out, briefings=False, workers=1, **kwargs)
    assert "up_to_date" not in result.stats and result.stats["extracted"] == 0
    assert (out / "facts.csv").exists()


def test_the_command_says_when_the_folder_was_up_to_date_and_takes_force_and_workers(reports, tmp_path, capsys):
    from wuanalysis.cli import main

    out = tmp_path / "out"
    assert main(["build", str(reports), "--out", str(out), "--no-briefings", "-q", "--workers", "1"]) == 0
    assert "tables written to" in capsys.readouterr().out
    assert main(["build", str(reports), "--out", str(out), "--no-briefings", "-q"]) == 0
    shown = capsys.readouterr().out
    assert "5 reports read" in shown and f"{out} is up to date: nothing changed since its last build" in shown
    assert main(["build", str(reports), "--out", str(out), "--no-briefings", "-q", "--force"]) == 0
    assert "tables written to" in capsys.readouterr().out
    assert main(["extract", str(reports), "--facts", str(tmp_path / "facts.csv"), "--workers", "2", "-q"]) == 0
    assert len(pd.read_csv(tmp_path / "facts.csv")) == len(pd.read_parquet(out / "facts.parquet"))


def test_the_extraction_fingerprint_leaves_out_what_comes_after_extraction():
    from wuanalysis.cache import extraction_modules, fingerprint

    package = Path(wuanalysis.cache.__file__).parent
    used = extraction_modules(package)
    extraction = {"extract.py", "readers.py", "indicators.py", "documents.py", "headline.py", "reporter.py",
                  "periods.py", "skip_rules.py", "skip_dates.py", "skip_names.py", "skip_patterns.py", "rates.py",
                  "target_statements.py", "target_lists.py", "result_tables.py", "rate_shapes.py", "units.py",
                  "webpages.py", "office.py",
                  "legacy_fonts.py", "text.py", "quantities.py", "catalogue.py", "corpus.py"}
    assert extraction <= used
    after = {"measures.py", "scorecard.py", "page_data.py", "charts.py", "sections.py", "present.py", "pages.py",
             "build.py", "output_folder.py", "corrections.py", "cli.py"}
    assert after.isdisjoint(used)
    assert fingerprint() != fingerprint(everything=True)


def _modules_by_parsing(package: Path) -> frozenset[str]:
    """What ``extraction_modules`` finds, by walking each module's syntax tree (as it once did)."""
    import ast

    seen: set[str] = set()
    todo = ["corpus"]
    while todo:
        name = todo.pop()
        if name in seen or not (package / f"{name}.py").exists():
            continue
        seen.add(name)
        for node in ast.walk(ast.parse((package / f"{name}.py").read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                todo.extend([node.module.split(".")[0]] if node.module else [a.name for a in node.names])
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("wuanalysis."):
                todo.append((node.module or "").split(".")[1])
    return frozenset(f"{name}.py" for name in seen)


def test_the_extraction_modules_found_by_pattern_are_those_of_the_syntax_tree(tmp_path):
    from wuanalysis.cache import extraction_modules

    package = Path(wuanalysis.cache.__file__).parent
    assert extraction_modules(package) == _modules_by_parsing(package)
    # every way an import is written: in a function, a list over lines with a comment, 'as', a submodule, absolute
    (tmp_path / "corpus.py").write_text(
        '"""Reads reports."""\nfrom __future__ import annotations\nimport os\nfrom .a import x\n'
        "from . import (b,  # the second\n               c as see)\nfrom wuanalysis.d import y\n"
        "from .e.sub import z\nfrom .. import outside\n\ndef f():\n    from . import g  # late\n    import h\n",
        encoding="utf-8")
    for name in "abcdegh":
        (tmp_path / f"{name}.py").write_text("x = y = z = 1\n", encoding="utf-8")
    (tmp_path / "outside.py").write_text("", encoding="utf-8")
    (tmp_path / "c.py").write_text("from .h import x\n", encoding="utf-8")  # transitively
    found = extraction_modules(tmp_path)
    assert found == _modules_by_parsing(tmp_path) == {f"{n}.py" for n in ["corpus", *"abcdegh"]}
    (tmp_path / "c.py").write_text("x = 1\n", encoding="utf-8")  # an edit is seen in the same process
    assert extraction_modules(tmp_path) == _modules_by_parsing(tmp_path) == {f"{n}.py" for n in ["corpus", *"abcdeg"]}
