"""Kernels that die with the build, and warm kernels kept for several briefings.

Kernel start and imports cost seconds, executing a briefing a fraction of one: a batch's workers each keep one
:class:`WarmKernel`. Between two briefings the kernel's namespace is wiped (``%reset -f``, in a first cell that
rides along with the run) and execution counts are renumbered, so a warm briefing is the same file a cold one
would be (``tests/test_briefing.py`` compares them). Every kernel, warm or cold, dies with the process that
started it, however that process dies (:func:`die_with_parent`).
"""
from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from typing import NoReturn

from .notebook_runs import KERNEL_NAME, RESET_TAG, WARM_ENGINE, _execute, _exporter, export_html
from .processes import die_with_parent, exit_now, linked_kernel_manager

# The namespace wiped, then what survives it (modules, the kept tables, caches) frozen out of the cyclic garbage
# collector: the reset's own full collections, and those while a page runs, then walk only the last page's objects
# (0.14 -> 0.02 s of CPU per reset on a national build). Nothing is shown, nothing stays in the namespace.
RESET_CODE = "%reset -f\n__import__('gc').freeze()"
# Run once in a new warm kernel: the imports and the chart engine's start-up are what a briefing spends most on;
# the build folder's tables are then read once for all the kernel's pages (:func:`wuanalysis.datadir.keep_tables`).
WARMUP_CODE = (
    "import altair, great_tables, pandas\n"
    "from wuanalysis import catalogue, charts, comparisons, datadir, fonts, page_data, present, scorecard\n"
    "from wuanalysis import sections, wording\n"
    "catalogue.load_indicators(); catalogue.load_clusters(); catalogue.load_provinces()\n"
    "datadir.keep_tables()\n"
    "fonts.enable_offline_charts('vi')\n"
    "altair.renderers.get()(charts._empty_chart('warm-up').to_dict())\n"
    "__import__('gc').freeze()\n"
)

# ---------------------------------------------------------------- warm kernels


def _register_warm_engine() -> None:
    """A papermill engine that runs a notebook in a :class:`WarmKernel` with the kernel's own, already connected
    client (a new client waits for the kernel to answer and drains its messages, about 0.2 s a run)."""
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines

    class WarmEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, stdout_file=None, stderr_file=None,
                                     start_timeout=60, execution_timeout=None, warm=None, **kwargs):
            client = PapermillNotebookClient(
                nb_man, km=warm.km, timeout=execution_timeout, startup_timeout=start_timeout, kernel_name=kernel_name,
                log=logging.getLogger("papermill"), log_output=log_output, stdout_file=stdout_file,
                stderr_file=stderr_file,
            )
            client.kc = warm.kc
            return client.execute()

    papermill_engines.register(WARM_ENGINE, WarmEngine)


class WarmKernel:
    """A kernel kept for several renders; its namespace is wiped before each one."""

    def __init__(self, cwd: str | os.PathLike):
        self.cwd = str(cwd)
        self.km = linked_kernel_manager()(kernel_name=KERNEL_NAME)
        # the kernel talks on loopback only; its "running over TCP without encryption" warning is noise here
        self.km.start_kernel(cwd=self.cwd, extra_arguments=["--IPKernelApp.log_level=ERROR"])
        self._variants: dict[Path, Path] = {}
        self._scratch: Path | None = None
        import papermill  # noqa: F401 - imported while the kernel boots

        _exporter()
        self._connect()
        self.run(WARMUP_CODE)
        _register_warm_engine()

    def _connect(self) -> None:
        """The kernel's one client, shared by papermill's runs and :meth:`run`. (A second client opened and
        closed beside it can leave this one deaf to the kernel's output: keep to one.)"""
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=60)

    def run(self, code: str) -> None:
        """Run code in the kernel (no history, no output kept)."""
        reply = self.kc.execute_interactive(code, store_history=False, timeout=120, output_hook=lambda m: None)
        if reply["content"].get("status") != "ok":
            raise RuntimeError(f"warm kernel: {reply['content'].get('ename')}: {reply['content'].get('evalue')}")

    def evaluate(self, expression: str):
        """The value of a Python literal ``expression`` evaluated in the kernel's namespace (after a run, the names
        the notebook made), or None when it fails."""
        import ast

        reply = self.kc.execute_interactive("", store_history=False, user_expressions={"value": expression},
                                            timeout=120, output_hook=lambda m: None)
        value = reply["content"].get("user_expressions", {}).get("value", {})
        if value.get("status") != "ok":
            return None
        try:
            return ast.literal_eval("(" + value["data"]["text/plain"] + ")")
        except (KeyError, ValueError, SyntaxError):
            return None

    def reset(self) -> None:
        """Forget every name a previous briefing made; imported modules stay loaded (that is the saving). A kernel
        that died (a briefing that crashed it) is restarted and warmed again."""
        if not self.km.is_alive():
            self.kc.stop_channels()
            self.km.restart_kernel(now=True)
            self._connect()
            self.run(WARMUP_CODE)
        self.run(RESET_CODE)

    def variant(self, notebook: Path) -> Path:
        """``notebook`` with a first cell that wipes the namespace: the reset rides along with the run itself
        instead of costing a round trip of its own. The cell is removed from the executed notebook."""
        if notebook not in self._variants:
            import nbformat

            nb = nbformat.read(notebook, as_version=4)
            for c in nb.cells:  # a committed notebook's outputs would only be copied around and replaced
                if c.cell_type == "code":
                    c.outputs, c.execution_count = [], None
            cell = nbformat.v4.new_code_cell(RESET_CODE, id="wuanalysis-reset")
            cell.metadata["tags"] = [RESET_TAG]
            nb.cells.insert(0, cell)
            if self._scratch is None:  # outside the output folder: a killed worker leaves nothing in it
                import tempfile

                self._scratch = Path(tempfile.mkdtemp(prefix="wuanalysis-warm-"))
            path = self._scratch / notebook.name
            nbformat.write(nb, path)
            self._variants[notebook] = path
        return self._variants[notebook]

    def render(self, notebook: Path, output: Path, params: dict, title: str) -> Path:
        if not self.km.is_alive():
            self.reset()
        nb = _execute(notebook, output, params, Path(self.cwd), warm=self)
        return export_html(nb, output.with_suffix(".html"), title)

    def close(self) -> None:
        self.kc.stop_channels()
        for path in self._variants.values():
            path.unlink(missing_ok=True)
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None
        if self.km.has_kernel:
            self.km.shutdown_kernel(now=True)


WORKER: WarmKernel | None = None
_IN_WORKER = False  # set by worker_start: this process is a render worker of a build's pool


def in_worker() -> bool:
    """Whether this process is a render worker (started by :func:`worker_start`), not the build itself."""
    return _IN_WORKER


def _watch_parent(parent: int, every: float = 1.0) -> None:
    """A daemon thread that stops this worker when the build is gone: the parent-death signal is sent once, and a
    SIGTERM that arrives while a notebook runs can be swallowed by the code running it (the worker then waited for
    tasks forever, its kernel beside it). SIGTERM first (the worker unwinds and shuts its kernel down), then exit."""
    import signal
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(10 * every)
        exit_now(1)

    threading.Thread(target=watch, name="wuanalysis-parent-watch", daemon=True).start()


def leave(stop: SystemExit) -> NoReturn:
    """End this worker now, its kernel shut down, with ``stop``'s status: a SIGTERM (the build stopping its workers,
    or Linux when the build died) that arrives while a page runs is a SystemExit in the page's code, which
    concurrent.futures' worker loop would catch as the page's result before waiting for the next page, kernel and
    all (for ever, or until :func:`_watch_parent`'s hard exit)."""
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # another SIGTERM (the watch thread's) must not cut this short
    global WORKER
    kernel, WORKER = WORKER, None
    if kernel is not None:
        try:
            kernel.close()
        except Exception:  # noqa: BLE001 - leaving anyway; the kernel dies with this process (die_with_parent)
            pass
    exit_now(stop.code if isinstance(stop.code, int) else 1)


def worker_start(cwd: str | None, parent: int) -> None:
    """A worker's first act: die with the build (a SIGKILL of it included), leave Ctrl-C to the build (which
    stops the workers itself), then start its warm kernel (``cwd`` None: no warm kernel)."""
    import multiprocessing.util
    import signal
    import sys

    global _IN_WORKER
    _IN_WORKER = True
    die_with_parent(parent)
    _watch_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # SIGTERM (from the build stopping its workers, or from Linux when the build died) unwinds the worker, so
    # its exit finalizer below shuts the kernel down; the kernel dies with the worker anyway
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    if cwd is None:
        return
    global WORKER
    # stopped while its kernel starts: leave at once and quietly (unwound, the pool printed a traceback, or the
    # kernel manager's half-started coroutine a RuntimeWarning, on the user's terminal); the kernel dies with it
    signal.signal(signal.SIGTERM, lambda signum, frame: exit_now(128 + signum))
    try:
        WORKER = WarmKernel(cwd)
    except SystemExit as stop:
        exit_now(stop.code if isinstance(stop.code, int) else 1)
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    # multiprocessing runs finalizers with an exit priority when a worker ends: the kernel goes with it
    multiprocessing.util.Finalize(None, WORKER.close, exitpriority=10)

