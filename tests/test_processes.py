"""No process left behind: a render that is killed (SIGKILL of its process), interrupted (Ctrl-C) or terminated
(SIGTERM) mid-way leaves no worker and no kernel running. Linux only (the processes are read from /proc)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")

# A batch of briefings with two warm workers (each with its kernel), or one briefing in a fresh kernel.
BATCH = """
import sys
from wuanalysis import briefing
briefing.render_all(sys.argv[1], sys.argv[2], provinces=["Bình Phước", "Bắc Kạn"] * 3, workers=2)
"""
SINGLE = """
import sys
from wuanalysis import briefing
briefing.render_briefing("Bình Phước", sys.argv[2], sys.argv[1])
"""


def _parents() -> dict[int, int]:
    """pid → parent pid of every live process (zombies count as gone)."""
    out = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if fields[0] != "Z":
            out[int(entry.name)] = int(fields[1])
    return out


def _descendants(pid: int) -> set[int]:
    parents = _parents()
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, pp in parents.items() if pp in frontier} - found
        found |= frontier
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _alive(pids: set[int]) -> set[int]:
    return pids & set(_parents())


@pytest.fixture
def started_here():
    """``started_here()``: the processes this test process started since the test began (its descendants but those
    it had before: the warm kernel and the fresh interpreters conftest.py keeps for the whole run, pytest's own)."""
    before = _descendants(os.getpid())
    return lambda: _descendants(os.getpid()) - before


@pytest.fixture(scope="module")
def data_dir(seeds_tables) -> Path:
    """The seeds' tables, built once per run (conftest.py); the renders only read them."""
    return seeds_tables


# A shell runs a background job (pytest started with ``&``) with SIGINT ignored, children inherit that, and a Python
# started so never sees Ctrl-C. The child is started through this trampoline, which puts SIGINT back to its default
# and becomes the real command (same process). Not a preexec_fn: Python code between fork and exec can deadlock on
# a lock another thread of pytest held at the fork (it did, on pyarrow's allocator).
RESTORE_SIGINT = ("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
                  "os.execv(sys.argv[1], sys.argv[1:])")


def sigint_default(argv: list[str]) -> list[str]:
    """``argv`` run with Ctrl-C at its default whatever this process inherited."""
    return [sys.executable, "-S", "-c", RESTORE_SIGINT, *argv]


def _start(code: str, data_dir: Path, out: Path, kernels: int, env: dict | None = None,
           ) -> tuple[subprocess.Popen, set[int]]:
    """Start a render in a new process and wait until ``kernels`` kernels run under it: it is stopped there, with
    every worker and kernel started (a kernel is set to die with its parent before it runs; on a busy machine a
    warm kernel takes several seconds more to be ready, so a fixed wait would still not reach a page);
    (process, descendants)."""
    proc = subprocess.Popen(sigint_default([sys.executable, "-c", code, str(data_dir), str(out)]), cwd=str(ROOT),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                            env=None if env is None else {**os.environ, **env})
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        family = _descendants(proc.pid)
        if sum("ipykernel" in _cmdline(p) for p in family) >= kernels:
            return proc, family
        if proc.poll() is not None:
            pytest.fail(f"the render ended before its kernels started: {proc.stderr.read().decode()[-2000:]}")
        time.sleep(0.2)
    proc.kill()
    pytest.fail("no kernel started within 240 s")


def _assert_all_gone(proc: subprocess.Popen, family: set[int], within: float = 15.0) -> None:
    proc.wait(timeout=60)
    deadline = time.monotonic() + within
    while _alive(family) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = _alive(family)
    for pid in left:  # do not leave them to the next test
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    assert not left, [_cmdline(p) for p in left]


def test_kill_9_of_a_batch_leaves_no_worker_or_kernel(data_dir, tmp_path):
    proc, family = _start(BATCH, data_dir, tmp_path / "out", kernels=2)
    assert sum("ipykernel" in _cmdline(p) for p in family) >= 2 and len(family) >= 4  # 2 workers, 2 kernels
    os.kill(proc.pid, signal.SIGKILL)
    _assert_all_gone(proc, family)


def test_kill_9_of_a_batch_while_its_pages_run_leaves_no_worker_or_kernel(data_dir, tmp_path):
    """Killed while the workers run notebooks (not while their kernels start): the parent-death signal then reaches
    a worker in the middle of a page, where the code running it can swallow it; the worker must still go."""
    out = tmp_path / "out"
    proc, family = _start(BATCH, data_dir, out, kernels=2)
    deadline = time.monotonic() + 240
    while not list((out / "briefings").glob("*.ipynb")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the first page's notebook is written as it runs
    family |= _descendants(proc.pid)
    os.kill(proc.pid, signal.SIGKILL)
    _assert_all_gone(proc, family)


def test_kill_9_of_a_single_briefing_leaves_no_kernel(data_dir, tmp_path):
    proc, family = _start(SINGLE, data_dir, tmp_path / "out", kernels=1)
    os.kill(proc.pid, signal.SIGKILL)
    _assert_all_gone(proc, family)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_interrupted_batch_leaves_nothing_running(data_dir, tmp_path, sig):
    """Nor the kernels' socket folders (stopped while the kernels start: the workers leave at once). (A temporary
    folder of its own, short enough for the sockets' paths: pytest's are not.)"""
    import shutil
    import tempfile

    temporary = Path(tempfile.mkdtemp())
    try:
        proc, family = _start(BATCH, data_dir, tmp_path / "out", kernels=2, env={"TMPDIR": str(temporary)})
        os.killpg(proc.pid, sig) if sig == signal.SIGINT else os.kill(proc.pid, sig)  # Ctrl-C reaches the group
        _assert_all_gone(proc, family)
        assert proc.returncode != 0
        assert not list(temporary.glob("wuanalysis-kernel-*")), sorted(map(str, temporary.rglob("*")))
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def test_workers_start_while_the_digests_are_computed_and_stop_when_they_fail(data_dir, tmp_path, monkeypatch,
                                                                              started_here):
    """A first render (nothing to copy) starts its workers and their kernels before it digests the pages, so they
    warm up meanwhile; a failure there stops them: nothing is left running."""
    from wuanalysis import pages

    seen = {}

    def digests_then_fail(*args, **kwargs):
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            kernels = [p for p in started_here() if "ipykernel" in _cmdline(p)]
            if len(kernels) >= 2:
                break
            time.sleep(0.2)
        seen["family"] = started_here()
        seen["kernels"] = len(kernels)
        raise RuntimeError("digests failed")

    monkeypatch.setattr(pages, "page_digests", digests_then_fail)
    with pytest.raises(RuntimeError, match="digests failed"):
        pages.render_all(data_dir, tmp_path / "out", provinces=["Bình Phước", "Bắc Kạn"], workers=2)
    assert seen["kernels"] == 2  # both workers' kernels were up while the digests were computed
    # multiprocessing's resource tracker belongs to this (test) process and ends with it
    family = {p for p in seen["family"] if "resource_tracker" not in _cmdline(p)}
    deadline = time.monotonic() + 15
    while _alive(family) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(family), [_cmdline(p) for p in _alive(family)]


def test_workers_whose_kernels_cannot_start_fail_their_pages_not_the_batch(data_dir, tmp_path, monkeypatch,
                                                                           started_here):
    """A kernel that dies at start (here a kernelspec whose command fails) breaks the pool before any page is
    queued: every page is reported failed with the reason, the batch returns, and nothing is left running. (One
    worker for two pages: a pool of workers all the same, one interpreter started rather than two.)"""
    import json

    from wuanalysis import pages

    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({"argv": ["/bin/false", "{connection_file}"],
                                                  "display_name": "broken", "language": "python"}))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    real = pages.page_digests

    def after_the_workers_died(*args, **kwargs):
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            workers = [p for p in started_here() if "resource_tracker" not in _cmdline(p)]
            if not workers:
                break
            time.sleep(0.2)
        return real(*args, **kwargs)

    monkeypatch.setattr(pages, "page_digests", after_the_workers_died)
    result = pages.render_all(data_dir, tmp_path / "out", provinces=["Bình Phước", "Bắc Kạn"], workers=1,
                              overview=False)
    assert list(result["status"]) == ["failed", "failed"] and result["error"].str.len().gt(0).all()
    left = {p for p in started_here() if "resource_tracker" not in _cmdline(p)}
    assert not left, [_cmdline(p) for p in left]


def test_a_worker_stopped_in_the_middle_of_a_page_exits_instead_of_waiting_for_the_next(monkeypatch, tmp_path):
    """SIGTERM (the build stopping its workers, or Linux when the build died) reaches a worker as SystemExit; in the
    middle of a page, concurrent.futures' worker loop caught it as the page's result and went on waiting for a next
    page, with its kernel (only the watch thread's hard exit, 10 s later, ended it). The worker exits with the
    signal's status instead: the pool is broken, not handed an exception. (A forked pool, so that the page's run is
    replaced here by one that is stopped.)"""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from wuanalysis import kernels, pages

    def stopped(*args, **kwargs):
        raise SystemExit(128 + signal.SIGTERM)

    monkeypatch.setattr(pages, "_render", stopped)
    task = {"province": "Bình Phước", "slug": "binh-phuoc", "output": str(tmp_path / "binh-phuoc.ipynb"),
            "notebook": "briefing.ipynb", "params": {}, "title": "Bình Phước", "warm": False}
    with pytest.raises(SystemExit):  # in the build's own process (one worker, no warm kernel) it stops the build
        pages._job(task)
    # a worker as pages._start_pool starts one (no warm kernel here)
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"),
                             initializer=kernels.worker_start, initargs=(None, os.getpid())) as pool:
        future = pool.submit(pages._job, task)
        [worker] = list(pool._processes.values())
        with pytest.raises(BrokenProcessPool):
            future.result(timeout=120)
    worker.join(timeout=60)
    assert worker.exitcode == 128 + signal.SIGTERM


def test_kernels_started_at_once_talk_over_their_own_unix_sockets(tmp_path, monkeypatch):
    """Two kernels started at the same moment (a build's two render workers) each get Unix sockets in a private
    folder, not loopback ports chosen free and released before the kernel binds them (two kernels could take the same
    port: one then hung, "Address already in use", for a minute); both answer; shutdown removes the folder. Under a
    temporary folder too long for a socket's path, ports after all."""
    import tempfile

    from wuanalysis.processes import linked_kernel_manager

    managers = [linked_kernel_manager()(kernel_name="python3") for _ in range(2)]
    for km in managers:
        km.start_kernel(extra_arguments=["--IPKernelApp.log_level=ERROR"])
    folders = []
    try:
        for n, km in enumerate(managers):
            folder = Path(km.connection_file).parent
            folders.append(folder)
            assert km.transport == "ipc" and km.ip == str(folder / "kernel-ipc")
            assert folder.name.startswith("wuanalysis-kernel-") and folder.stat().st_mode & 0o077 == 0
            kc = km.client()
            kc.start_channels()
            try:
                kc.wait_for_ready(timeout=120)
                reply = kc.execute_interactive(f"x = 40 + {n}", user_expressions={"x": "x"}, timeout=60,
                                               output_hook=lambda m: None)
                assert reply["content"]["user_expressions"]["x"]["data"]["text/plain"] == str(40 + n)
            finally:
                kc.stop_channels()
        assert folders[0] != folders[1]
    finally:
        for km in managers:
            km.shutdown_kernel(now=True)
    assert not any(folder.exists() for folder in folders)

    long = tmp_path / ("t" * 90)
    long.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(long))
    km = linked_kernel_manager()(kernel_name="python3")
    km.start_kernel(extra_arguments=["--IPKernelApp.log_level=ERROR"])
    try:
        assert km.transport == "tcp" and not list(long.glob("wuanalysis-kernel-*"))
    finally:
        km.shutdown_kernel(now=True)
