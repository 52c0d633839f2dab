"""Extraction in a process pool: the same tables, row for row, with one worker or two; no process left behind."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pandas as pd
import psutil
import pytest

import benchmark_scripts

from wuanalysis import build, read_reports

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _make_corpus():
    module = benchmark_scripts.load("make_corpus")
    return module


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    """The seeds, 40 synthetic reports in nested folders, and files that cannot be read, in one folder."""
    folder = tmp_path_factory.mktemp("reports")
    shutil.copytree(SEEDS, folder / "seeds")
    _make_corpus().write_corpus(40, folder / "synthetic")
    bad = folder / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02\x00binary")
    (bad / "old.doc").write_bytes(b"x")
    (bad / "copy.txt").write_bytes((SEEDS / "000_8ca3ed94d4963485.txt").read_bytes())  # a duplicate
    (bad / "utf16.txt").write_bytes((SEEDS / "002_314f76d32c6c7190.txt").read_text(encoding="utf-8")
                                    .encode("utf-16"))
    (bad / "no-figure.txt").write_text("Hội LHPN tỉnh Bắc Kạn\nHội nghị diễn ra tốt đẹp.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def many_reports(tmp_path_factory) -> Path:
    """300 synthetic reports: enough that a build is still reading when it is stopped. Read only."""
    folder = tmp_path_factory.mktemp("many") / "reports"
    _make_corpus().write_corpus(300, folder)
    return folder


# A shell runs a background job (pytest started with ``&``) with SIGINT ignored, children inherit that, and a Python
# started so never sees Ctrl-C. The child is started through this trampoline, which puts SIGINT back to its default
# and becomes the real command (same process). Not a preexec_fn: Python code between fork and exec can deadlock on
# a lock another thread of pytest held at the fork (it did, on pyarrow's allocator).
RESTORE_SIGINT = ("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
                  "os.execv(sys.argv[1], sys.argv[1:])")


def sigint_default(argv: list[str]) -> list[str]:
    """``argv`` run with Ctrl-C at its default whatever this process inherited."""
    return [sys.executable, "-S", "-c", RESTORE_SIGINT, *argv]


def _same(a, b) -> None:
    for name in ("documents", "facts", "issues", "files"):
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)
    assert list(a.texts) == list(b.texts)
    assert all(a.texts[doc] == b.texts[doc] for doc in a.texts)


def test_one_and_two_workers_give_the_same_tables(reports):
    one = read_reports(reports, workers=1)
    two = read_reports(reports, workers=2)
    _same(one, two)
    assert len(one.documents) == 5 + 40 + 3 and len(one.facts) > 1000
    assert set(one.issues["reason"]) >= {"empty", "binary", "unsupported", "duplicate", "no_figures"}
    assert one.facts["fact_id"].is_unique
    # ids follow the files, not the order in which workers finish
    first = one.facts.groupby("doc", sort=False)["fact_id"].first()
    assert all(fact_id == f"{doc}#1" for doc, fact_id in first.items())


@pytest.fixture(scope="module")
def pooled(reports):
    """The synthetic reports read once by two workers: the corpus, the files the progress callback was given, and
    the processes the read left behind (other tests' kernels are not its own)."""
    before = {p.pid for p in psutil.Process().children(recursive=True)}
    seen: list = []
    corpus = read_reports(reports / "synthetic", workers=2, progress=seen.append)
    left = [p for p in psutil.Process().children(recursive=True) if p.pid not in before]
    return corpus, seen, left


def test_every_figure_still_slices_back_to_its_text_after_the_pool(pooled):
    corpus, _seen, _left = pooled
    for fact in corpus.facts.itertuples():
        text = corpus.texts[fact.doc]
        assert text[fact.start:fact.end] == fact.quote
        assert text[fact.sentence_start:fact.sentence_start + len(fact.sentence)] == fact.sentence


def test_progress_is_called_once_per_file_read_with_two_workers(pooled):
    corpus, seen, _left = pooled
    assert sorted(seen) == sorted(Path(p) for p in corpus.documents["path"])
    assert len(seen) == 40


def test_no_worker_is_left_behind(pooled):
    _corpus, _seen, left = pooled
    assert left == []


def test_a_build_writes_the_same_tables_with_one_and_two_workers(reports, tmp_path):
    one = build(reports, tmp_path / "one", briefings=False, workers=1)
    two = build(reports, tmp_path / "two", briefings=False, workers=2)
    for name in ("documents", "facts", "measurements", "issues"):
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "one" / f"{name}.parquet"),
                                      pd.read_parquet(tmp_path / "two" / f"{name}.parquet"), obj=name)
        assert (tmp_path / "one" / f"{name}.csv").read_bytes() == (tmp_path / "two" / f"{name}.csv").read_bytes()
    assert one.stats == two.stats == {"files": 5 + 40 + 6, "extracted": 5 + 40 + 5, "cached": 0}


def test_workers_must_be_one_or_more(reports):
    with pytest.raises(ValueError, match="workers must be 1 or more"):
        read_reports(reports / "seeds", workers=0)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="Linux: workers die with their parent (prctl)")
@pytest.mark.parametrize("sig", ["SIGKILL", "SIGTERM", "SIGINT"])
def test_a_build_stopped_while_reading_leaves_no_worker(many_reports, tmp_path, sig):
    import signal
    import subprocess
    import time

    proc = subprocess.Popen(sigint_default([sys.executable, "-m", "wuanalysis", "build", str(many_reports), "--out",
                                            str(tmp_path / "out"), "--no-briefings", "-q", "--workers", "2"]),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        parent = psutil.Process(proc.pid)
        deadline = time.monotonic() + 120
        while len(parent.children()) < 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = parent.children(recursive=True)
        assert len(workers) == 2, "the build ended before its workers could be seen"
        proc.send_signal(getattr(signal, sig))
        proc.wait(timeout=60)
        gone, alive = psutil.wait_procs(workers, timeout=20)
        assert alive == []
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert not (tmp_path / "out").exists()
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out"))
    if sig != "SIGKILL":
        assert leftovers == []
        return
    # killed outright, the build leaves its lock (a file) and the staging folder it was writing the facts into;
    # the next build of the folder removes the stale staging folder before it makes its own
    assert set(leftovers) <= {".out.wuanalysis.lock", f".out.wuanalysis-staging-{proc.pid}"}
    from wuanalysis.output_folder import staging_folder

    with staging_folder(tmp_path / "out"):
        pass
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out") and p.is_dir()] == []


def test_errors_cross_process_boundaries_whole():
    """A worker's error travels back pickled; one that cannot be rebuilt hangs multiprocessing's result thread."""
    import pickle

    from wuanalysis.errors import ConfigError, InputError

    error = InputError("reports/bao_cao.pdf", "scanned_pdf", "the PDF holds only images; run OCR first")
    error.n_files = 3
    back = pickle.loads(pickle.dumps(error))
    assert (type(back), back.path, back.reason, back.detail, back.n_files, str(back)) == (
        InputError, error.path, error.reason, error.detail, 3, str(error))
    config = ConfigError("targets.csv", "'abc' is not a number", "write a number such as 2500", line=4,
                         column="5 (value)")
    back = pickle.loads(pickle.dumps(config))
    assert (type(back), back.line, back.column, back.fix, str(back)) == (ConfigError, 4, "5 (value)", config.fix,
                                                                         str(config))
