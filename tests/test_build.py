"""wuanalysis.build: one call for the main job, and the output folder as one unit.

A build writes into a staging folder and swaps it in whole, so the output folder is never a mix of two builds, a
mistyped input path changes nothing, another build of the same folder is refused, and Ctrl-C or SIGTERM leave
the old folder as it was. The manifest marks the folder as ours.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import benchmark_scripts

import wuanalysis
from wuanalysis.build import (
    MANIFEST_NAME, BuildError, BuildResult, NothingRead, OutputLocked, ProblemsFound, build, lock_path,
)
from wuanalysis.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BINH_PHUOC = SEEDS / "001_55075b7f74037a93.txt"  # one report, one province: the mechanism, not the corpus
# The builds below run in this process (workers=1): a build's pool (one process per CPU, forked from this one) costs
# more than the few reports it would read; the tables are the same (test_parallel.py). tables_build, the library's
# call as a user makes it, keeps the default.


# A shell runs a background job (pytest started with ``&``) with SIGINT ignored, children inherit that, and a Python
# started so never sees Ctrl-C. The child is started through this trampoline, which puts SIGINT back to its default
# and becomes the real command (same process). Not a preexec_fn: Python code between fork and exec can deadlock on
# a lock another thread of pytest held at the fork (it did, on pyarrow's allocator).
RESTORE_SIGINT = ("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
                  "os.execv(sys.argv[1], sys.argv[1:])")


def sigint_default(argv: list[str]) -> list[str]:
    """``argv`` run with Ctrl-C at its default whatever this process inherited."""
    return [sys.executable, "-S", "-c", RESTORE_SIGINT, *argv]


def earlier_build(seeds_tables: Path, out: Path) -> Path:
    """``out`` as ``build(SEEDS, out, briefings=False)`` leaves it: a copy of the run's shared seeds build."""
    shutil.copytree(seeds_tables, out, symlinks=True)
    return out


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too) with its content."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(parent: Path, out: Path) -> list[str]:
    """Staging or old folders (and lock files) a build left beside ``out``."""
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(f".{out.name}."))


@pytest.fixture(scope="module")
def tables_build(tmp_path_factory):
    """The seeds built without briefings, once for the module."""
    out = tmp_path_factory.mktemp("build") / "out"
    return build(SEEDS, out, briefings=False)


def test_build_is_exported_and_returns_data(tables_build, capsys):
    assert wuanalysis.build is build
    result = tables_build
    assert isinstance(result, BuildResult)
    assert len(result.corpus.documents) == 5 and len(result.corpus.facts) == 200
    assert 4094 in set(result.measurements["value"])
    assert result.pages is None and result.ok and result.problems.empty
    assert result.summary() == "5 files: 5 reports read, 200 figures, 0 problems"
    names = {p.name for p in result.files}
    assert {"documents.parquet", "facts.csv", "measurements.parquet", "issues.csv", MANIFEST_NAME} <= names
    assert all(p.exists() and result.out in p.parents for p in result.files)
    assert capsys.readouterr() == ("", "")  # the library never prints


def test_the_manifest_names_the_tool_the_options_and_every_input_with_its_hash(tables_build):
    manifest = json.loads((tables_build.out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert manifest["generator"] == "wuanalysis" and manifest["version"] == wuanalysis.__version__
    assert manifest["options"]["briefings"] is False and manifest["options"]["lang"] == "vi"
    assert manifest["created"]
    [inputs] = manifest["inputs"]
    assert Path(inputs["absolute"]) == SEEDS
    files = {f["path"]: f for f in inputs["files"]}
    assert sorted(files) == sorted(p.name for p in SEEDS.glob("*.txt"))
    for name, entry in files.items():
        assert entry["sha256"] == hashlib.sha256((SEEDS / name).read_bytes()).hexdigest()
        assert entry["status"] == "read"
    assert manifest == tables_build.manifest


def test_a_new_build_replaces_the_folder_whole_but_keeps_its_cache(seeds_tables, tmp_path):
    out = earlier_build(seeds_tables, tmp_path / "out")
    (out / "briefings").mkdir()
    (out / "briefings" / "ha-giang.html").write_text("an earlier build's province", encoding="utf-8")
    (out / "scorecards.xlsx").write_bytes(b"an earlier workbook")
    assert (out / ".wuanalysis" / "extract" / "meta.json").exists()  # the extraction cache
    (out / ".wuanalysis" / "cache.bin").write_bytes(b"kept")
    (out / ".gitkeep").write_bytes(b"")
    result = build(SEEDS / "003_1bd7b950d73e6ed6.txt", out, briefings=False, workers=1)
    assert list(result.corpus.documents["doc"]) == ["003_1bd7b950d73e6ed6.txt"]
    assert not (out / "briefings").exists() and not (out / "scorecards.xlsx").exists()
    assert (out / ".wuanalysis" / "cache.bin").read_bytes() == b"kept" and (out / ".gitkeep").exists()
    assert (out / ".wuanalysis" / "extract" / "meta.json").exists()
    assert list(pd.read_parquet(out / "documents.parquet")["doc"]) == ["003_1bd7b950d73e6ed6.txt"]
    assert leftovers(tmp_path, out) == []


def test_a_mistyped_input_changes_nothing(seeds_tables, tmp_path, capsys):
    out = earlier_build(seeds_tables, tmp_path / "out")
    before = snapshot(out)
    with pytest.raises(NothingRead) as caught:
        build(tmp_path / "seedz", out, briefings=False, workers=1)
    assert "seedz" in str(caught.value) and str(out) in str(caught.value)
    assert caught.value.corpus.issues["reason"].tolist() == ["missing"]
    assert snapshot(out) == before
    assert main(["build", str(tmp_path / "seedz"), "--out", str(out), "-q"]) == 1
    err = capsys.readouterr().err
    assert "seedz" in err and "no report could be read" in err and "Traceback" not in err
    assert snapshot(out) == before and leftovers(tmp_path, out) == []
    # nor is a folder made for an output that was never written
    assert main(["build", str(tmp_path / "seedz"), "--out", str(tmp_path / "new" / "deeper" / "out"), "-q"]) == 1
    assert not (tmp_path / "new").exists()


def test_strict_changes_nothing_when_a_file_has_a_problem(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "ok.txt").write_text("Hội LHPN xã đã giúp 12 hộ thoát nghèo.", encoding="utf-8")
    (reports / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    with pytest.raises(ProblemsFound):
        build(reports, out, briefings=False, workers=1, strict=True)
    assert not out.exists()
    assert build(reports, out, briefings=False, workers=1).problems["reason"].tolist() == ["empty"]
    # our own output among the reports is skipped, not a problem
    (reports / "empty.txt").unlink()
    build(reports / "ok.txt", reports / "last-build", briefings=False, workers=1)
    result = build(reports, out, briefings=False, workers=1, strict=True)
    assert result.problems["reason"].tolist() == ["own_output"]


def test_a_folder_that_is_not_ours_is_never_replaced(tmp_path, capsys):
    out = tmp_path / "thesis"
    out.mkdir()
    (out / "chapter1.docx").write_bytes(b"mine")
    with pytest.raises(BuildError, match="did not write") as caught:
        build(SEEDS, out, briefings=False, workers=1)
    assert str(out) in str(caught.value) and "chapter1.docx" in str(caught.value)
    assert snapshot(out) == {"chapter1.docx": b"mine"}
    assert main(["build", str(SEEDS), "--out", str(out), "-q"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "thesis" in err and "another --out" in err
    # an empty folder, or one holding only .gitkeep, is fine
    (out / "chapter1.docx").unlink()
    (out / ".gitkeep").write_bytes(b"")
    build(BINH_PHUOC, out, briefings=False, workers=1)
    assert (out / MANIFEST_NAME).exists() and (out / ".gitkeep").exists()


def test_a_folder_built_before_manifests_existed_is_ours(tmp_path):
    out = tmp_path / "outputs"
    out.mkdir()
    for name in ("documents.parquet", "facts.csv", "issues.csv", "index.html"):
        (out / name).write_bytes(b"old")
    (out / "briefings").mkdir()
    build(BINH_PHUOC, out, briefings=False, workers=1)
    assert not (out / "index.html").exists() and (out / MANIFEST_NAME).exists()


def test_a_second_build_of_the_same_folder_is_refused_at_once(tmp_path, capsys):
    out = tmp_path / "out"
    path = lock_path(out)
    assert path.parent == tmp_path and path.name.startswith(".")
    with open(path, "w") as held:  # another build, as far as this one can tell
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.write("4242")
        held.flush()
        with pytest.raises(OutputLocked) as caught:
            build(SEEDS, out, briefings=False, workers=1)
        assert str(out) in str(caught.value) and "4242" in str(caught.value)
        assert main(["build", str(SEEDS), "--out", str(out), "-q"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "another wuanalysis build (process 4242)" in err
    assert not out.exists()
    build(BINH_PHUOC, out, briefings=False, workers=1)  # free again
    assert (out / MANIFEST_NAME).exists() and not path.exists()


@pytest.mark.parametrize("value", ["nan", "0", "-3", "inf", "lots"])
def test_max_mb_must_be_a_positive_number(value, tmp_path, capsys):
    for command in (["build", str(SEEDS), "--out", str(tmp_path / "out")],
                    ["extract", str(SEEDS), "--facts", str(tmp_path / "f.csv")]):
        with pytest.raises(SystemExit) as caught:
            main([*command, "--max-mb", value])
        assert caught.value.code == 2
        err = capsys.readouterr().err
        assert "--max-mb" in err and ("positive number" in err or "a number" in err)
        assert len(err.strip().splitlines()) == 1 and err.startswith("wuanalysis ") and "Traceback" not in err
    assert not (tmp_path / "out").exists()
    with pytest.raises(ValueError):
        build(SEEDS, tmp_path / "out", max_mb=float(value) if value != "lots" else value)


def test_an_output_folder_that_cannot_be_made_is_one_line(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(BuildError, match="a-file"):
        build(SEEDS, blocker / "out", briefings=False, workers=1)
    assert main(["build", str(SEEDS), "--out", str(blocker / "out"), "-q"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(blocker) in err and "Traceback" not in err
    assert main(["build", str(SEEDS), "--out", str(blocker), "-q"]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err


def test_extract_outputs_that_cannot_be_written_are_named_and_the_others_written(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(SystemExit) as caught:
        main(["extract", str(SEEDS), "--facts", str(blocker / "facts.csv"), "--documents",
              str(tmp_path / "docs.csv"), "--issues", str(tmp_path), "-q"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "unknown table format" in err  # a folder given for --issues: refused before anything is read
    code = main(["extract", str(SEEDS), "--facts", str(blocker / "facts.csv"), "--documents",
                 str(tmp_path / "docs.csv"), "-q"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert f"cannot write {blocker / 'facts.csv'}" in err and "Traceback" not in err
    assert len(pd.read_csv(tmp_path / "docs.csv")) == 5


def test_csv_copies_keep_report_text_from_becoming_formulas(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    line = '=HYPERLINK("http://example.test/?"&B2,"Xem") Hội LHPN xã đã giúp 12 hộ thoát nghèo.'
    (reports / "=cmd|calc!A0.txt").write_text(line + "\n- Kết nạp 35 hội viên mới.\n", encoding="utf-8")
    (reports / "@empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    build(reports, out, briefings=False, workers=1)
    raw = {name: pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
           for name in ("documents", "facts", "measurements", "issues")}
    exact = {name: pd.read_parquet(out / f"{name}.parquet") for name in ("documents", "facts", "issues")}
    risky = ("=", "+", "-", "@", "\t", "\r")
    for name, frame in raw.items():
        for column in frame.columns:
            assert not frame[column].str.startswith(risky).any(), f"{name}.csv column {column}"
    assert raw["documents"]["doc"].tolist() == ["'=cmd|calc!A0.txt"]
    assert exact["documents"]["doc"].tolist() == ["=cmd|calc!A0.txt"]  # the parquet keeps the exact text
    assert any(s.startswith("=HYPERLINK") for s in exact["facts"]["sentence"])
    assert any(s.startswith("'=HYPERLINK") for s in raw["facts"]["sentence"])
    assert "'@empty.txt" in raw["issues"]["doc"].tolist() and "@empty.txt" in exact["issues"]["doc"].tolist()


def test_the_summary_counts_every_file_under_the_inputs(seeds_tables, tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        (reports / seed.name).write_bytes(seed.read_bytes())
    (reports / "old-report.doc").write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    (reports / "empty.txt").write_bytes(b"")
    earlier_build(seeds_tables, reports / "last-build")  # our own output, kept among the reports
    result = build(reports, tmp_path / "out", briefings=False, workers=1)
    assert result.summary().startswith("5 files: 2 reports read, ")
    assert result.summary().endswith(", 2 problems, 1 skipped as our own output (see issues.csv)")
    issues = pd.read_csv(tmp_path / "out" / "issues.csv", encoding="utf-8-sig")
    assert sorted(issues["reason"]) == ["empty", "own_output", "unsupported"]


def test_target_rows_that_match_nothing_are_problems_in_issues_and_summary(seeds_tables, tmp_path):
    targets = tmp_path / "targets.csv"
    targets.write_text(
        "indicator,scope,period,period_span,value,unit,label_vi,source\n"
        "members_new,Bình Phước,2023,year,2100,hội viên,Kết nạp 2.100 hội viên mới,NQ\n"
        "households_out_of_poverty,Nghệ An,2023,year,300,hộ,Giúp 300 hộ thoát nghèo,KH\n", encoding="utf-8")
    # an earlier build of the folder: the reports come from its cache, the targets file is measured anew
    result = build(SEEDS, earlier_build(seeds_tables, tmp_path / "out"), briefings=False, workers=1, targets=targets)
    assert result.stats["cached"] == 5
    unmatched = result.problems[result.problems["reason"] == "target_unmatched"]
    assert len(unmatched) == 1 and "Nghệ An" in unmatched["detail"].iloc[0]
    assert unmatched["path"].iloc[0] == str(targets)
    assert "1 target matching no result (see issues.csv)" in result.summary()
    assert "target_unmatched" in set(pd.read_csv(tmp_path / "out" / "issues.csv", encoding="utf-8-sig")["reason"])


def start_build(out: Path, cwd: Path) -> subprocess.Popen:
    """``wuanalysis build seeds --out OUT --workers 1 -q`` (with briefings) in a new process."""
    return subprocess.Popen(sigint_default([sys.executable, "-m", "wuanalysis", "build", str(SEEDS), "--out", str(out),
                                            "--workers", "1", "-q"]),
                            cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_until(proc: subprocess.Popen, started) -> None:
    deadline = time.monotonic() + 120
    while not started():
        assert proc.poll() is None and time.monotonic() < deadline, "the build ended before it could be stopped"
        time.sleep(0.02)


@pytest.mark.parametrize("signum, code, said", [(signal.SIGTERM, 128 + signal.SIGTERM, "terminated"),
                                                 (signal.SIGINT, 130, "interrupted")], ids=["SIGTERM", "Ctrl-C"])
def test_stopping_a_build_leaves_the_old_folder_and_no_staging(seeds_tables, tmp_path, signum, code, said):
    out = earlier_build(seeds_tables, tmp_path / "out")
    before = snapshot(out)
    proc = start_build(out, tmp_path)
    # stopped as soon as its staging folder exists: the new build has begun to write beside the old folder
    wait_until(proc, lambda: any("staging" in name for name in leftovers(tmp_path, out)))
    proc.send_signal(signum)
    _stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == code, stderr
    assert said in stderr and "Traceback" not in stderr
    assert snapshot(out) == before
    assert leftovers(tmp_path, out) == []


def test_a_build_stopped_while_its_kernels_start_says_one_line(seeds_tables, tmp_path):
    """Stopped in its briefings, as soon as a kernel runs: what the first test says, and the worker's own
    SystemExit (the build stops its workers with SIGTERM) is no traceback on the user's terminal."""
    import psutil

    out = earlier_build(seeds_tables, tmp_path / "out")
    before = snapshot(out)
    proc = start_build(out, tmp_path)
    build_process = psutil.Process(proc.pid)

    def kernel_started() -> bool:
        try:
            return any("ipykernel" in " ".join(p.cmdline()) for p in build_process.children(recursive=True))
        except psutil.Error:  # a child that ended while it was looked at
            return False

    wait_until(proc, kernel_started)
    assert any("staging" in name for name in leftovers(tmp_path, out))
    proc.send_signal(signal.SIGTERM)
    _stdout, stderr = proc.communicate(timeout=300)
    assert snapshot(out) == before and leftovers(tmp_path, out) == []
    assert proc.returncode == 128 + signal.SIGTERM and stderr == "wuanalysis: terminated\n", stderr


def test_a_workbook_that_cannot_be_written_is_named_and_the_pages_still_made(tmp_path, monkeypatch, capsys,
                                                                          pages_in_warm_kernel):
    from wuanalysis import briefing

    def locked(measurements, out_dir, **kwargs):
        path = Path(out_dir) / "scorecards.xlsx"
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(briefing, "write_scorecards", locked)
    out = tmp_path / "out"
    assert main(["build", str(BINH_PHUOC), "--out", str(out), "--workers", "1", "-q"]) == 1
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if "scorecards.xlsx" in line]
    assert len(lines) == 1 and "Traceback" not in captured.err
    assert f"cannot write {out / 'scorecards.xlsx'}" in lines[0] and "Excel" in lines[0]
    assert "staging" not in lines[0]
    assert (out / "index.html").exists() and (out / "briefings" / "binh-phuoc.html").exists()
    issues = pd.read_csv(out / "issues.csv", encoding="utf-8-sig")
    assert issues["reason"].tolist() == ["write_failed"]
    notebook = (out / "briefings" / "binh-phuoc.ipynb").read_text(encoding="utf-8")
    assert "staging" not in notebook and json.dumps(str(out))[1:-1] in notebook


def test_the_builds_csv_copies_open_in_excel_and_extract_writes_plain_utf8(seeds_tables, tmp_path):
    """Excel on Windows shows Vietnamese right only in a CSV that starts with a UTF-8 BOM: every CSV a build writes
    has one (programs read it with encoding="utf-8-sig", or the Parquet copy); `wuanalysis extract`, for programs,
    writes plain UTF-8."""
    csvs = sorted(seeds_tables.glob("*.csv"))
    assert {p.stem for p in csvs} >= {"documents", "facts", "measurements", "targets", "issues"}
    for path in csvs:
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf") and not raw[3:].startswith(b"\xef\xbb\xbf"), path.name
        frame = pd.read_csv(path, encoding="utf-8-sig")
        assert list(frame.columns) == list(pd.read_parquet(path.with_suffix(".parquet")).columns), path.name
    documents = pd.read_csv(seeds_tables / "documents.csv", encoding="utf-8-sig")
    assert "Bắc Kạn" in set(documents["province"])
    assert main(["extract", str(SEEDS), "--facts", str(tmp_path / "facts.csv"), "-q"]) == 0
    assert (tmp_path / "facts.csv").read_bytes().startswith(b"doc,")


def test_the_csv_copy_writes_a_list_cell_as_its_values(tmp_path):
    """conflict_values is a list in the parquet table; in the CSV a person reads '1109; 34874', not a Python list.
    (The seeds no longer disagree with each other since the catalogue split its lending indicators, so the cells
    are made here.)"""
    from wuanalysis.output_folder import write_tables

    frame = pd.DataFrame({"indicator": ["members_new", "members_new", "loans"], "value": [1109.0, 34874.0, 1.0],
                          "conflict_values": [[1109.0, 34874.0], [1109.0, 34874.0], None]})
    frame.loc[2, "conflict_values"] = [12100000000.0, 1293000000000.0]
    assert write_tables({"measurements": frame}, tmp_path, tmp_path) == []
    csv = pd.read_csv(tmp_path / "measurements.csv", encoding="utf-8-sig", dtype={"conflict_values": str})
    assert set(csv["conflict_values"].dropna()) == {"1109; 34874", "12100000000; 1293000000000"}
    stored = pd.read_parquet(tmp_path / "measurements.parquet")["conflict_values"].dropna()
    assert sorted(list(v) for v in stored)[0] == [1109.0, 34874.0]


def test_the_facts_are_written_first_and_read_back_only_when_asked_for(tmp_path, monkeypatch):
    from wuanalysis import corpus as corpus_module

    read: list[str] = []
    real = corpus_module.read_table
    monkeypatch.setattr(corpus_module, "read_table", lambda path: read.append(Path(path).name) or real(path))
    result = build(SEEDS, tmp_path / "out", briefings=False, workers=1)
    assert result.summary() == "5 files: 5 reports read, 200 figures, 0 problems" and read == []
    facts = result.corpus.facts  # the facts table the build wrote, from the folder it is now in
    assert read == ["facts.parquet"] and len(facts) == 200 and "subject" in facts
    pd.testing.assert_frame_equal(facts, pd.read_parquet(tmp_path / "out" / "facts.parquet"))


def test_facts_that_cannot_be_written_are_kept_and_the_rest_is_measured(tmp_path, monkeypatch):
    """The facts are written as they are read (tables_io.PartsWriter): when facts.parquet cannot be written, the
    build says so, measures the rest and keeps the facts' measured columns (they cannot be read back)."""
    from wuanalysis import tables_io

    real = tables_io.PartsWriter._write_parquet

    def refuse_facts(self):
        if self.parquet.name == "facts.parquet":
            raise PermissionError(13, "Permission denied", str(self.parquet))
        return real(self)

    monkeypatch.setattr(tables_io.PartsWriter, "_write_parquet", refuse_facts)
    result = build(SEEDS, tmp_path / "out", briefings=False, workers=1)
    assert result.problems["reason"].tolist() == ["write_failed"] and "facts.parquet" in result.problems["path"][0]
    assert len(result.corpus.facts) == 200 and "quote" in result.corpus.facts  # still held
    assert (tmp_path / "out" / "facts.csv").exists() and not (tmp_path / "out" / "facts.parquet").exists()
    assert 4094 in set(result.measurements["value"]) and (tmp_path / "out" / "measurements.parquet").exists()


# ---------------------------------------------------------------- a national build: facts and measurements streamed


def test_facts_written_as_they_are_read_and_measurements_by_province_are_the_whole_tables(tmp_path, monkeypatch):
    """A build writes the facts a part at a time as the reports are read (never one whole facts frame) and the
    measurements a few provinces at a time: the files are those of the whole tables, byte for byte, whatever the
    size of the parts; no spill folder is left; ``result.measurements`` is read back from the file."""
    import shutil

    import wuanalysis.corpus as corpus_module
    import wuanalysis.measure_parts as measure_parts
    from wuanalysis.corpus import read_reports, write_table
    from wuanalysis.linking import compute_targets
    from wuanalysis.measures import compute_measurements
    from wuanalysis.output_folder import write_csv_for_excel

    make_corpus = benchmark_scripts.load("make_corpus")
    make_corpus.write_corpus(20, tmp_path / "reports" / "synthetic")  # ~1,300 facts of 9 provinces with the seeds
    shutil.copytree(SEEDS, tmp_path / "reports" / "seeds")
    corpus = read_reports(tmp_path / "reports", workers=1)
    whole = tmp_path / "whole"
    whole.mkdir()
    targets = compute_targets(corpus.documents, corpus.facts, None, corpus.texts)
    measurements = compute_measurements(corpus.documents, corpus.facts, targets, corpus.texts)
    for name, frame in (("facts", corpus.facts), ("measurements", measurements)):
        write_table(frame, whole / f"{name}.parquet")
        write_csv_for_excel(frame, whole / f"{name}.csv")
    monkeypatch.setattr(corpus_module, "SINK_FACTS", 150)  # ~9 parts of facts
    monkeypatch.setattr(measure_parts, "PART_FACTS", 250)  # measured in several parts
    result = build(tmp_path / "reports", tmp_path / "out", briefings=False, workers=1)
    for name in ("facts.parquet", "facts.csv", "measurements.parquet", "measurements.csv"):
        assert (tmp_path / "out" / name).read_bytes() == (whole / name).read_bytes(), name
    assert leftovers(tmp_path, tmp_path / "out") == []
    assert not [p for p in (tmp_path / "out").rglob("*") if p.name.startswith((".facts-", ".measurements-"))]
    pd.testing.assert_frame_equal(result.measurements, pd.read_parquet(tmp_path / "out" / "measurements.parquet"))
    assert result.corpus.n_facts == len(corpus.facts)
