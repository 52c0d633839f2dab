"""Fixtures shared by the test modules: the seeds built once per test run.

Building the five seeds takes seconds, rendering their site much longer; a dozen modules need one or the other.
``seeds_tables`` (``wuanalysis build seeds --no-briefings``), ``seeds_site`` (the README's main job, briefings
included, through the command line) and ``seeds_briefing_en`` (its Bình Phước page in English, ``wuanalysis brief
--lang en``: the run's one cold render of a briefing) are built once for the whole run — once, not once per xdist
worker: the first worker to ask builds under a lock in the run's shared temporary folder, the others wait and reuse
it. The folders are read-only by contract: a test that needs to change a build copies it (``shutil.copytree``) or
makes its own. The slow files are handed out first (:func:`pytest_collection_modifyitems`).
"""
from __future__ import annotations

import contextlib
import fcntl
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

# With PYTHONDONTWRITEBYTECODE set (as on the shared development machine), pytest rewrote the asserts of all ~100
# test modules again in every worker of every run: 3.4 of a worker's 6.7 s of collection. The rewritten modules are
# cached in tests/__pycache__ (ignored by git) as pytest does by default; the variable still holds for the processes
# the tests start.
sys.dont_write_bytecode = False


def _compile_package() -> None:
    """The package's bytecode, checked against the source's hash at every import (so an edit is never served stale,
    however soon after the last): the hundreds of processes a run starts (the command line, kernels, workers) read
    it instead of compiling the package each (0.1 s of CPU a process; with PYTHONDONTWRITEBYTECODE nothing else
    writes it). Only the modules whose bytecode is missing or not of their source as it is now are compiled (the
    run's first process waits for this before any worker starts: 0.1 s for the headers against 1 to 3 s for
    compiling all ~80 modules again)."""
    import importlib.util
    import py_compile

    for source in sorted((ROOT / "wuanalysis").rglob("*.py")):
        cached = Path(importlib.util.cache_from_source(str(source)))
        try:
            header = cached.read_bytes()[:16]
        except OSError:
            header = b""
        # a checked-hash pyc: the magic number, flags 0b11, then the source's hash (PEP 552)
        wanted = importlib.util.MAGIC_NUMBER + b"\x03\x00\x00\x00" + importlib.util.source_hash(source.read_bytes())
        if header != wanted:
            with contextlib.suppress(py_compile.PyCompileError):  # a module being edited: its import will say
                py_compile.compile(str(source), str(cached), doraise=True,
                                   invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)


def pytest_sessionstart(session) -> None:
    """Take this process's fingerprint of the package now (it is kept for the process): the shared builds are made
    in one xdist worker and their pages' digests (``briefings/pages.json``) checked in the other, so both must
    fingerprint the code as it was when the run started, not as an edit made during the run left it. The run's
    first process compiles the package (:func:`_compile_package`)."""
    from wuanalysis.cache import fingerprint

    if not hasattr(session.config, "workerinput"):
        _compile_package()
    fingerprint()
    fingerprint(everything=True)


# The files whose tests take longest (seconds on one worker, summed over their tests, setup included), run first, in
# this order: ``--dist loadfile`` hands a worker a whole file as it frees up (a file more when two of its tests are
# left), in the order of the items (``--no-loadscope-reorder``, see pyproject), so the slow files are shared out first
# and the thousands of quick rule tests even the two workers' ends. (By default xdist hands out the files with most
# tests first, which left the slow files, a few tests each, to the end: one worker rendering pages while the other
# idled.) The first three need no build of the main job (seeds_site), which the first to ask makes (test_briefing's
# setup). Re-measured in session 11 (issue 9) from a full run's per-test start and end times at load 8 to 12 on this
# machine (about four times the quiet figures; the two workers ended 6 s apart): every file of 10 s or more is listed,
# fourteen of which (test_lede_headline, test_indicators, test_readers_html, ...) had grown past the old threshold
# unlisted and were handed out among the quick files.
SLOW_FILES = {
    "test_incremental_splice.py": 237, "test_build.py": 181, "test_incremental.py": 117, "test_briefing.py": 115,
    "test_terminal.py": 99, "test_overview.py": 96, "test_processes.py": 82, "test_pages_incremental.py": 77,
    "test_parallel.py": 73, "test_build_memory.py": 72, "test_facts_arrow_fast.py": 69, "test_measures.py": 68,
    "test_measure_workers.py": 68, "test_corrections_build.py": 57, "test_extract_fast_patterns.py": 54,
    "test_linking.py": 52, "test_incremental_measure.py": 46, "test_lede_headline.py": 46, "test_scorecard.py": 45,
    "test_briefing_batch.py": 42, "test_readers.py": 39, "test_targets_section.py": 36, "test_properties.py": 34,
    "test_datadir.py": 33, "test_indicators.py": 32, "test_fonts.py": 31, "test_headline_gates.py": 31,
    "test_pages_read.py": 30, "test_corpus.py": 29, "test_browser.py": 29, "test_targets_met_tally.py": 24,
    "test_page_five_minutes.py": 23, "overview.ipynb": 22, "test_readers_html.py": 20, "test_progress_total.py": 20,
    "test_reporter_captions.py": 20, "briefing.ipynb": 20, "test_index_every_province.py": 19,
    "test_corrections.py": 18, "test_part_year_progress.py": 17, "test_wording.py": 17, "test_extract_gates.py": 17,
    "test_page_workbook.py": 17, "test_page_cluster.py": 16, "test_scorecard_shared.py": 16,
    "test_catalogue_mentions.py": 16, "explore.ipynb": 16, "test_readers_bounds.py": 16,
    "test_indicators_lowers.py": 15, "test_properties_readers.py": 14, "test_lint.py": 14, "test_config_files.py": 11,
    "cluster.ipynb": 11, "test_formats_e2e.py": 11, "test_charts.py": 10, "test_text_fast.py": 10,
}


def pytest_collection_modifyitems(session, config, items) -> None:
    """The slow files first, in :data:`SLOW_FILES`' order; every file's tests in their own order."""
    rank = {name: i for i, name in enumerate(SLOW_FILES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


def _shared_folder(tmp_path_factory, worker_id: str, name: str, make: Callable[[Path], None]) -> Path:
    """``make(folder)`` once per test run, whichever xdist worker asks first; the others wait for it."""
    base = tmp_path_factory.getbasetemp()
    root = base if worker_id == "master" else base.parent  # xdist: the workers' folders share this parent
    folder, done = root / name, root / f"{name}.done"
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            if folder.exists():
                shutil.rmtree(folder)  # a worker that died half-way
            make(folder)
            done.touch()
    return folder


@pytest.fixture(scope="session")
def seeds_tables(tmp_path_factory, worker_id) -> Path:
    """The seeds' tables (``build(seeds, briefings=False)``), built once per run: when the run collects the
    notebooks too, the build their tests read, made before the workers started (notebooks/conftest.py names it in
    ``WUANALYSIS_TESTS_SEEDS_TABLES``). Read it; never write into it."""
    import os

    from wuanalysis import build

    made = os.environ.get("WUANALYSIS_TESTS_SEEDS_TABLES")
    if made and (Path(made) / "measurements.parquet").is_file():
        return Path(made)
    return _shared_folder(tmp_path_factory, worker_id, "seeds-tables", lambda out: build(SEEDS, out, briefings=False))


def _main_job(out: Path, kernel) -> None:
    from wuanalysis.cli import main

    # one worker: five reports and four pages, on a machine whose cores the test workers already use (7 s of CPU
    # against 12 with a process per core); pages and tables are the same whatever the number (test_parallel.py), and
    # in whichever process and warm kernel they run (render_pages_here: this process's kernel, no worker's)
    with pytest.MonkeyPatch.context() as patch:
        render_pages_here(kernel, patch)
        code = main(["build", str(SEEDS), "--out", str(out), "--quiet", "--workers", "1"])
    assert code == 0, f"wuanalysis build seeds exited {code}"


@pytest.fixture(scope="session")
def seeds_site(tmp_path_factory, worker_id, request) -> Path:
    """The README's main job, ``wuanalysis build seeds --out DIR --workers 1`` (tables, workbook, briefings, index,
    overview), built once per run through the command line, its pages in the building process's warm kernel. Read
    it; never write into it."""
    return _shared_folder(tmp_path_factory, worker_id, "seeds-site",
                          lambda out: _main_job(out, request.getfixturevalue("warm_kernel")))


def _english_briefing(out: Path, site: Path) -> None:
    from wuanalysis.cli import main

    code = main(["brief", "--province", "Bình Phước", "--lang", "en", "--out", str(out), "--data", str(site)])
    assert code == 0, f"wuanalysis brief --lang en exited {code}"


@pytest.fixture(scope="session")
def seeds_briefing_en(seeds_site, tmp_path_factory, worker_id) -> Path:
    """Bình Phước's briefing in English, ``wuanalysis brief --province "Bình Phước" --lang en --data`` the main
    job's folder (through ``cli.main``: a fresh kernel; it fails here unless it exits 0), rendered once per run for
    the modules that read the English page and the command's own test. Read it."""
    folder = _shared_folder(tmp_path_factory, worker_id, "seeds-briefing-en",
                            lambda out: _english_briefing(out, seeds_site))
    return folder / "binh-phuoc.html"


@pytest.fixture(scope="session")
def warm_kernel(tmp_path_factory):
    """One warm kernel for this test process (:class:`wuanalysis.kernels.WarmKernel`, its namespace wiped before
    each page), started when a test first asks for it."""
    from wuanalysis.kernels import WarmKernel

    kernel = WarmKernel(tmp_path_factory.mktemp("warm-kernel"))
    yield kernel
    kernel.close()


def render_pages_here(kernel, monkeypatch) -> None:
    """From now on, every page this process renders runs here, in ``kernel``: the pages it would run in a new kernel
    each (``pages.render_all(..., warm=False)``, ``render_briefing``, ``render_cluster``), and those it would hand to
    worker processes with their own warm kernels (a build's, ``render_all``'s), as a worker runs them. A warm page is
    the file a cold one is (test_briefing.py compares them); this saves a kernel's start and imports per page or per
    batch (3 to 5 s of CPU). The worker processes themselves, their kernels and their stopping: test_processes.py,
    test_briefing_batch.py, test_build.py."""
    from wuanalysis import kernels, notebook_runs, pages

    def render(notebook: Path, output: Path, params: dict, cwd: Path, title: str) -> Path:
        return kernel.render(notebook, output, params, title)

    monkeypatch.setattr(pages, "_render", render)
    monkeypatch.setattr(notebook_runs, "_render", render)
    monkeypatch.setattr(pages, "_start_pool", lambda *args, **kwargs: None)  # the tasks run one by one, here
    monkeypatch.setattr(kernels, "WORKER", kernel)


@pytest.fixture
def pages_in_warm_kernel(warm_kernel, monkeypatch):
    """The test's pages rendered in this process's :func:`warm_kernel` (:func:`render_pages_here`)."""
    render_pages_here(warm_kernel, monkeypatch)


@pytest.fixture(scope="session")
def pages_here(warm_kernel) -> Callable[[], contextlib.AbstractContextManager]:
    """``with pages_here(): ...``: the pages rendered inside run in this process's :func:`warm_kernel`
    (:func:`render_pages_here`), for fixtures wider than a test. (Test modules cannot import this file: the
    notebooks' conftest.py has the same module name.)"""
    @contextlib.contextmanager
    def here() -> Iterator[None]:
        with pytest.MonkeyPatch.context() as patch:
            render_pages_here(warm_kernel, patch)
            yield

    return here


# A fresh interpreter for the tests that need one (an import order, a library before the package patches it), forked
# from one that has imported the package's heavy dependencies and nothing of the package: a fork costs a tenth of a
# new ``python -c`` (which imports pandas and pyarrow again, about 1 s of CPU each).
_FORK_SERVER = r"""
import json, os, sys, tempfile, traceback
import numpy, pandas, pyarrow, pyarrow.parquet, great_tables  # noqa: F401  (their import is the point)
print("ready", flush=True)
for line in sys.stdin:
    code = json.loads(line)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        pid = os.fork()
        if pid == 0:
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
            sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
            status = 0
            try:
                exec(compile(code, "<string>", "exec"), {"__name__": "__main__"})
            except SystemExit as stop:
                status = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
            except BaseException:
                traceback.print_exc()
                status = 1
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(status)
        status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        out.seek(0)
        err.seek(0)
        reply = {"returncode": status, "stdout": out.read().decode("utf-8", "replace"),
                 "stderr": err.read().decode("utf-8", "replace")}
    print(json.dumps(reply), flush=True)
"""


@pytest.fixture(scope="session")
def fresh_python() -> Iterator[Callable[[str], subprocess.CompletedProcess[str]]]:
    """``fresh_python(code)``: ``code`` run as ``python -c code`` would run it, in a fresh interpreter that has
    imported numpy, pandas, pyarrow and great-tables but nothing of the package (forked from one kept for this test
    process); a ``subprocess.CompletedProcess`` with the exit status and what it printed."""
    import json

    server = subprocess.Popen([sys.executable, "-c", _FORK_SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, encoding="utf-8", cwd=ROOT)
    assert server.stdout is not None and server.stdin is not None
    assert server.stdout.readline().strip() == "ready", "the fork server did not start"

    def run(code: str) -> subprocess.CompletedProcess[str]:
        assert server.stdin is not None and server.stdout is not None
        server.stdin.write(json.dumps(code) + "\n")
        server.stdin.flush()
        reply = json.loads(server.stdout.readline())
        return subprocess.CompletedProcess(["python", "-c", code], reply["returncode"], reply["stdout"],
                                           reply["stderr"])

    yield run
    server.stdin.close()
    server.wait(timeout=60)
