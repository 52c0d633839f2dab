"""Render briefings: papermill runs of ``notebooks/briefing.ipynb`` exported to offline HTML, one province or all.

One briefing is one papermill run of the parameterized notebook in a fresh kernel, then an nbconvert export
with the code hidden and nothing fetched from the network (the ``offline`` template drops require.js, MathJax
and mermaid; charts are inline SVG). The executed ``.ipynb`` stays beside its ``.html`` for audit.

A batch (:func:`render_all`) spreads the provinces over worker processes, each keeping one warm kernel: kernel
start and imports cost seconds, executing a briefing a fraction of one. Between two briefings the kernel's
namespace is wiped (``%reset -f``) and execution counts are renumbered, so a warm briefing is the same file a
cold one would be (``tests/test_briefing.py`` compares them). A province whose notebook fails is reported in
the returned table and on the index page; the others are still rendered.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pandas as pd

KERNEL_NAME = "python3"
TEMPLATE_NAME = "offline"
PARAMETERS = ("province", "period", "data_dir", "targets_path", "clusters_path", "lang")
RESULT_COLUMNS = ["province", "slug", "status", "html", "notebook", "error", "headlines", "seconds"]
RESET_CODE = "%reset -f"
RESET_TAG = "wuanalysis-reset"
# Run once in a new warm kernel: the imports and the chart engine's start-up are what a briefing spends most on.
WARMUP_CODE = (
    "import altair, great_tables, pandas\n"
    "from wuanalysis import briefing, catalogue, present, scorecard\n"
    "catalogue.load_indicators(); catalogue.load_clusters(); catalogue.load_provinces()\n"
    "present.enable_offline_charts('vi')\n"
    "altair.renderers.get()(present._empty_chart('warm-up').to_dict())\n"
)


# ---------------------------------------------------------------- the tables a notebook reads


@dataclass
class Tables:
    """The ``build`` tables a briefing reads."""

    documents: pd.DataFrame
    facts: pd.DataFrame
    measurements: pd.DataFrame
    issues: pd.DataFrame


# The tables a briefing reads; `wuanalysis build` writes them. Notebooks and renders only read: they never build,
# so a mistyped data_dir stops with this advice instead of filling a new folder with sample data.
TABLE_FILES = ("documents.parquet", "facts.parquet", "measurements.parquet")
BUILD_COMMAND = "wuanalysis build seeds --out outputs"


class DataDirError(FileNotFoundError):
    """A ``data_dir`` without the build tables. In a notebook it shows as its one-line message, not a traceback
    (IPython asks an exception for ``_render_traceback_``)."""

    def _render_traceback_(self) -> list[str]:
        return [f"{type(self).__name__}: {self}"]


def data_dir_candidates(data_dir: str | os.PathLike) -> list[Path]:
    """Where ``data_dir`` may be: an absolute path as given; a relative one against the working folder, then
    against the checkout's ``notebooks/`` folder (the notebooks' default ``"../outputs"`` is relative to
    notebooks/, and papermill run from the repository root keeps the root as working folder)."""
    path = Path(data_dir).expanduser()
    if path.is_absolute():
        return [path.resolve()]
    found = [(Path.cwd() / path).resolve()]
    notebooks = Path(__file__).resolve().parents[1] / "notebooks"
    if notebooks.is_dir() and (notebooks / path).resolve() not in found:
        found.append((notebooks / path).resolve())
    return found


def resolve_data_dir(data_dir: str | os.PathLike) -> Path:
    """The folder of ``wuanalysis build`` tables that ``data_dir`` names (see :func:`data_dir_candidates`).
    Raises :class:`DataDirError` (a ``FileNotFoundError``) with one line naming the folder, what is missing and the command to run; reads
    and creates nothing."""
    candidates = data_dir_candidates(data_dir)
    for folder in candidates:
        if all((folder / name).is_file() for name in TABLE_FILES):
            return folder
    fix = f"build the tables first, e.g. `{BUILD_COMMAND}`, and pass that folder as data_dir"
    for folder in candidates:
        if folder.is_dir():
            missing = ", ".join(n for n in TABLE_FILES if not (folder / n).is_file())
            raise DataDirError(f"{folder}: not a complete `wuanalysis build` folder (missing {missing}); {fix}")
    where = " or ".join(str(c) for c in candidates)
    raise DataDirError(f"{where}: no such folder; {fix}")


def load_tables(data_dir: str | os.PathLike, targets_path: str | os.PathLike | None = None) -> Tables:
    """Read documents, facts, measurements and issues from a ``build`` folder. With ``targets_path`` the
    measurements are recomputed against those targets."""
    from .corpus import read_table

    data_dir = resolve_data_dir(data_dir)
    documents = read_table(data_dir / "documents.parquet")
    facts = read_table(data_dir / "facts.parquet")
    issues_path = data_dir / "issues.csv"
    issues = (pd.read_csv(issues_path, encoding="utf-8", dtype=str, keep_default_na=False)
              if issues_path.exists() else pd.DataFrame(columns=["doc", "path", "reason", "detail"]))
    if targets_path is not None:
        from .catalogue import load_targets
        from .measures import compute_measurements

        measurements = compute_measurements(documents, facts, load_targets(targets_path))
    else:
        measurements = read_table(data_dir / "measurements.parquet")
    return Tables(documents, facts, measurements, issues)


def load_clusters(clusters_path: str | os.PathLike | None = None) -> pd.DataFrame:
    """The competition clusters: the package's, or a user CSV of the same shape."""
    from .catalogue import load_clusters as _load

    return _load(clusters_path)


# ---------------------------------------------------------------- notebooks and names


def notebook_path(name: str = "briefing") -> Path:
    """The notebook a render runs: ``notebooks/NAME.ipynb`` of a source checkout, else the copy shipped in the
    package (``wuanalysis/templates/notebooks``; a test keeps the two identical)."""
    checkout = Path(__file__).resolve().parents[1] / "notebooks" / f"{name}.ipynb"
    if checkout.exists():
        return checkout
    return Path(str(resources.files("wuanalysis").joinpath("templates", "notebooks", f"{name}.ipynb")))


def template_dir() -> Path:
    return Path(str(resources.files("wuanalysis").joinpath("templates")))


def slug(province: str) -> str:
    """A file name for a province: "Bình Phước" → "binh-phuoc", "Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau"."""
    from .text import fold

    folded = "".join(c if c.isalnum() else "-" for c in fold(province))
    return "-".join(p for p in folded.split("-") if p) or "province"


def briefing_parameters(province: str, data_dir, period: str | None = None, targets_path=None, clusters_path=None,
                        lang: str = "vi") -> dict:
    """The parameters a render passes to ``briefing.ipynb`` (paths made absolute)."""
    absolute = (lambda p: None if p is None else str(Path(p).resolve()))
    return {"province": province, "period": period, "data_dir": absolute(data_dir),
            "targets_path": absolute(targets_path), "clusters_path": absolute(clusters_path), "lang": lang}


# ---------------------------------------------------------------- executing and exporting


def _execute(notebook: Path, output: Path, parameters: dict, cwd: Path, warm: "WarmKernel | None" = None):
    """One papermill run of ``notebook`` into ``output``: in a new kernel, or in ``warm`` (through papermill's
    engine ``wuanalysis-warm``: same client, same cell-by-cell execution, the kernel left running), where the
    notebook run is a variant with a reset cell first."""
    import nbformat
    import papermill

    source = None
    extra = {"kernel_manager_class": _kernel_manager_class()}
    if warm is not None:
        source, extra = warm.variant(notebook), {"engine_name": WARM_ENGINE, "warm": warm}
    try:
        nb = papermill.execute_notebook(
            str(source or notebook), str(output), parameters=parameters, kernel_name=KERNEL_NAME, progress_bar=False,
            log_output=False, request_save_on_cell_execute=False, cwd=str(cwd), **extra,
        )
    except Exception:
        if output.exists():  # papermill saved the failed run: keep it, normalised, for audit
            nb = nbformat.read(output, as_version=4)
            _normalise(nb, notebook)
            nbformat.write(nb, output)
        raise
    _normalise(nb, notebook)
    nbformat.write(nb, output)
    return nb


def _normalise(nb, notebook: Path) -> None:
    """What a cold run of ``notebook`` would hold: no warm-kernel reset cell, execution counts 1, 2, … in cell
    order (a warm kernel keeps counting), and a fixed id for papermill's injected cell (it draws a random one), so
    two renders of the same data are equal."""
    nb.cells = [c for c in nb.cells if RESET_TAG not in c.get("metadata", {}).get("tags", [])]
    nb.metadata.get("papermill", {})["input_path"] = str(notebook)
    count = 0
    for cell in nb.cells:
        if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
            cell["id"] = "injected-parameters"
        if cell.cell_type != "code":
            continue
        if cell.get("execution_count") is None:
            continue
        count += 1
        cell["execution_count"] = count
        for out in cell.get("outputs", []):
            if "execution_count" in out:
                out["execution_count"] = count


_EXPORTER = None

# Anything in an SVG that could run or fetch: scripts, event handlers, foreign HTML, external references.
_UNSAFE_SVG = re.compile(r"<script|<foreignobject|javascript:|\son[a-z]+\s*=|(?:href|src)\s*=\s*[\"']?\s*(?!#)[a-z]+:",
                         re.IGNORECASE)


def inline_svg(svg: str) -> str:
    """A chart's SVG to place inline in the page; anything that is not a plain drawing (vl-convert's charts are)
    goes in as a base64 image instead, where it cannot run."""
    import base64

    text = svg.decode() if isinstance(svg, bytes) else str(svg)
    if text.lstrip().startswith("<svg") and not _UNSAFE_SVG.search(text):
        return text
    return f'<img alt="" src="data:image/svg+xml;base64,{base64.b64encode(text.encode()).decode()}">'


def _exporter():
    global _EXPORTER
    if _EXPORTER is None:
        from nbconvert import HTMLExporter
        from nbconvert.exporters import TemplateExporter

        class OfflineHTMLExporter(HTMLExporter):
            """HTMLExporter without its final BeautifulSoup pass: that pass adds alt texts to images and tab stops
            to code cells, and briefings have neither (charts are inline SVG, code is hidden); parsing the
            thousands of SVG elements took a fifth of a warm render."""

            def from_notebook_node(self, nb, resources=None, **kw):
                from nbconvert.filters.highlight import Highlight2HTML
                from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

                resources = self._init_resources(resources)
                self.register_filter("highlight_code", self.filters.get("highlight_code", Highlight2HTML(parent=self)))
                self.register_filter("filter_data_type", WidgetsDataTypeFilter(
                    notebook_metadata=self._nb_metadata, parent=self, resources=resources))
                return TemplateExporter.from_notebook_node(self, nb, resources, **kw)

        _EXPORTER = OfflineHTMLExporter(
            template_name=TEMPLATE_NAME, extra_template_basedirs=[str(template_dir())], exclude_input=True,
            exclude_input_prompt=True, exclude_output_prompt=True, exclude_markdown=True,
        )
        _EXPORTER.register_filter("inline_svg", inline_svg)
    return _EXPORTER


def export_html(nb, path: str | os.PathLike, title: str) -> Path:
    """The executed notebook as one offline HTML page: no code, no markdown notes, no remote script or font."""
    path = Path(path)
    nb = nb.copy() if hasattr(nb, "copy") else nb
    nb.metadata["title"] = title
    from .present import FONT_STACK, font_face_css

    body, _ = _exporter().from_notebook_node(nb, resources={"metadata": {"name": title}, "wu_font_css": font_face_css(),
                                                            "wu_font_stack": FONT_STACK})
    path.write_text(body, encoding="utf-8")
    return path


def _error_text(exc: BaseException) -> str:
    """The last line of a notebook error (papermill puts the cell's exception there), ANSI colours stripped."""
    text = str(exc).strip().splitlines()
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", t) for t in text if t.strip()]
    return (lines[-1] if lines else type(exc).__name__)[:500]


def render_briefing(province: str, out_dir: str | os.PathLike, data_dir: str | os.PathLike, period: str | None = None,
                    targets_path=None, lang: str = "vi", clusters_path=None) -> Path:
    """Render one province's briefing into ``out_dir`` (``<slug>.html`` and the executed ``<slug>.ipynb``) in a
    fresh kernel.

    Every input is checked before a kernel starts, each failure in one line: ``FileNotFoundError`` for a
    ``data_dir`` without the build tables, ``ConfigError`` for a targets or clusters file, ``ValueError`` for a
    period that is not a period, a province without figures (naming those that have some) or a period without
    figures (naming those that have some). Nothing is written until then. Raises papermill's
    ``PapermillExecutionError`` when the notebook itself fails (the executed notebook is kept)."""
    from .catalogue import load_targets
    from .present import _lang
    from .scorecard import parse_period

    _lang(lang)
    parse_period(period)
    data_dir = resolve_data_dir(data_dir)
    if targets_path is not None:
        load_targets(targets_path)  # ConfigError names file, line and column
    load_clusters(clusters_path)
    tables = load_tables(data_dir, targets_path)
    check_province(tables.measurements, province)
    check_period(tables.measurements, province, period)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    params = briefing_parameters(province, data_dir, period, targets_path, clusters_path, lang)
    return _render(notebook_path("briefing"), out_dir / f"{slug(province)}.ipynb", params, out_dir, title=province)


def _render(notebook: Path, output: Path, params: dict, cwd: Path, title: str) -> Path:
    nb = _execute(notebook, output, params, cwd)
    return export_html(nb, output.with_suffix(".html"), title)


def check_province(measurements: pd.DataFrame, province: str) -> None:
    """Raise ``ValueError`` naming the provinces that have figures when ``province`` has none."""
    from .scorecard import provinces_with_data, scorecard_members

    _, members = scorecard_members(province)
    if not measurements["province"].isin(members).any():
        known = ", ".join(provinces_with_data(measurements)) or "none"
        raise ValueError(f"{province}: no figures for this province in the tables; provinces with figures: {known}")


def check_period(measurements: pd.DataFrame, province: str, period: str | None) -> None:
    """Raise ``ValueError`` listing the periods with figures for ``province`` when ``period`` (as the briefing's
    parameter: None, "2023" or "2023:9m") has none; None (the latest period) always passes."""
    from .scorecard import parse_period, scorecard_members

    year, span = parse_period(period)
    if year is None:
        return
    _, members = scorecard_members(province)
    mine = measurements[measurements["province"].isin(members)]
    have = mine["period_year"] == year
    if span is not None:
        have &= mine["period_span"] == span
    if not have.fillna(False).any():
        periods = mine[["period_year", "period_span"]].dropna().drop_duplicates().sort_values(["period_year", "period_span"])
        known = ", ".join(f"{int(y)}:{s}" for y, s in periods.itertuples(index=False)) or "none"
        raise ValueError(f"{province}: no figures for the period {period}; periods with figures: {known}")


# ---------------------------------------------------------------- no process left behind

_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_PRCTL = None


def _prctl():
    """libc's ``prctl``, looked up once in the parent: a forked child about to exec must not dlopen anything."""
    global _PRCTL
    if _PRCTL is None:
        import sys

        _PRCTL = False
        if sys.platform.startswith("linux"):
            import ctypes

            try:
                _PRCTL = ctypes.CDLL(None, use_errno=True).prctl
            except (OSError, AttributeError):  # pragma: no cover - a libc without prctl
                pass
    return _PRCTL


def die_with_parent(parent: int, sig: int = 15) -> None:
    """Ask Linux to send ``sig`` (SIGTERM) to this process when its parent dies, however the parent dies (a
    SIGKILL included), and exit now if ``parent`` is already gone. Workers call it first thing; kernels get it
    between fork and exec (:class:`LinkedKernelManager`, which looks ``prctl`` up before forking). Elsewhere a
    no-op: there the clean shutdown in :func:`_run_tasks` and the kernels' own parent polling stop them."""
    prctl = _PRCTL if _PRCTL is not None else _prctl()
    if not prctl:
        return
    prctl(_PR_SET_PDEATHSIG, sig, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def _kernel_manager_class():
    from jupyter_client.manager import KernelManager

    class LinkedKernelManager(KernelManager):
        """A kernel that dies with the process that started it (see :func:`die_with_parent`)."""

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            parent = os.getpid()
            if _prctl():  # between fork and exec: only the prctl call itself, no import, no lookup
                kw.setdefault("preexec_fn", lambda: die_with_parent(parent))
            return await super()._async_launch_kernel(kernel_cmd, **kw)

    return LinkedKernelManager


# ---------------------------------------------------------------- warm kernels


WARM_ENGINE = "wuanalysis-warm"


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
        self.km = _kernel_manager_class()(kernel_name=KERNEL_NAME)
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


_WORKER: WarmKernel | None = None


def _worker_start(cwd: str | None, parent: int) -> None:
    """A worker's first act: die with the build (a SIGKILL of it included), leave Ctrl-C to the build (which
    stops the workers itself), then start its warm kernel (``cwd`` None: no warm kernel)."""
    import multiprocessing.util
    import signal
    import sys

    die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # SIGTERM (from the build stopping its workers, or from Linux when the build died) unwinds the worker, so
    # its exit finalizer below shuts the kernel down; the kernel dies with the worker anyway
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    if cwd is None:
        return
    global _WORKER
    _WORKER = WarmKernel(cwd)
    # multiprocessing runs finalizers with an exit priority when a worker ends: the kernel goes with it
    multiprocessing.util.Finalize(None, _WORKER.close, exitpriority=10)


def _job(task: dict) -> dict:
    """Render one notebook (in this worker's warm kernel, or cold when there is none); never raises."""
    start = time.perf_counter()
    output = Path(task["output"])
    row = {"province": task["province"], "slug": task["slug"], "status": "ok", "html": str(output.with_suffix(".html")),
           "notebook": str(output), "error": None, "headlines": ""}
    if task.get("headline_args"):
        row["headlines"] = _headline_text(task["province"], *task["headline_args"])
    try:
        if _WORKER is not None and task.get("warm", True):
            _WORKER.render(Path(task["notebook"]), output, task["params"], task["title"])
        else:
            _render(Path(task["notebook"]), output, task["params"], output.parent, task["title"])
    except Exception as exc:  # noqa: BLE001 - one province's failure must not stop the batch
        row.update(status="failed", error=_error_text(exc), html=None)
        if os.environ.get("WUANALYSIS_DEBUG"):
            row["error"] += "\n" + traceback.format_exc()
    row["seconds"] = round(time.perf_counter() - start, 3)
    return row


# ---------------------------------------------------------------- a whole batch


_TABLES: dict[tuple, tuple] = {}


def _headline_text(province: str, data_dir: str, targets_path: str | None, clusters_path: str | None, lang: str) -> str:
    """"năm 2023 — New members: 4.094 hội viên (195%); …" for the index page (computed in the worker that renders
    the briefing; the tables are read once per worker)."""
    from .present import format_figure, format_percent
    from .scorecard import compute_scorecard, headline_figures, period_text

    key = (data_dir, targets_path, clusters_path)
    if key not in _TABLES:
        _TABLES[key] = (load_tables(data_dir, targets_path).measurements, load_clusters(clusters_path))
    measurements, clusters = _TABLES[key]
    try:
        card = compute_scorecard(measurements, province, clusters=clusters)
    except Exception:  # noqa: BLE001 - a headline is a courtesy; the briefing itself reports the problem
        return ""
    if card.empty:
        return ""
    parts = []
    for r in headline_figures(card, n=3).itertuples():
        label = r.label_vi if lang == "vi" else r.label_en
        rate = f" ({format_percent(r.achievement_pct, lang)})" if pd.notna(r.achievement_pct) else ""
        parts.append(f"{label}: {format_figure(r.value, r.unit_class, r.unit, lang)}{rate}")
    return period_text(card["period_year"].iloc[0], card["period_span"].iloc[0], lang) + " — " + "; ".join(parts)


def render_all(
    data_dir: str | os.PathLike,
    out_dir: str | os.PathLike,
    provinces: list[str] | None = None,
    workers: int | None = None,
    progress: Callable[[dict], None] | None = None,
    *,
    warm: bool = True,
    lang: str = "vi",
    targets_path=None,
    clusters_path=None,
) -> pd.DataFrame:
    """Render one briefing per province (default: :func:`~wuanalysis.scorecard.provinces_with_data`) into
    ``out_dir/briefings/``, the overview into ``out_dir/overview.html`` and ``out_dir/index.html`` linking them
    with each province's headline figures.

    ``workers`` processes (default: the number of CPUs, at most the number of notebooks) each keep one warm
    kernel when ``warm`` (``warm=False`` runs a fresh kernel per notebook, as :func:`render_briefing` does).
    ``progress`` is called in this process with each finished row. Returns one row per notebook (the overview
    last): province, slug, status (ok | failed), html, notebook, error, headlines, seconds.
    """
    from .scorecard import provinces_with_data

    data_dir, out_dir = Path(data_dir), Path(out_dir)
    tables = load_tables(data_dir, targets_path)
    if provinces is None:
        provinces = provinces_with_data(tables.measurements, tables.documents)
    folder = out_dir / "briefings"
    folder.mkdir(parents=True, exist_ok=True)
    tasks = []
    for province in provinces:
        tasks.append({
            "province": province, "slug": slug(province), "title": province, "notebook": str(notebook_path("briefing")),
            "output": str(folder / f"{slug(province)}.ipynb"), "warm": warm,
            "params": briefing_parameters(province, data_dir, None, targets_path, clusters_path, lang),
            "headline_args": (str(data_dir), str(targets_path) if targets_path else None,
                              str(clusters_path) if clusters_path else None, lang),
        })
    overview_params = {k: v for k, v in briefing_parameters("", data_dir, None, targets_path, clusters_path, lang).items()
                       if k in ("data_dir", "targets_path", "clusters_path", "lang")}
    tasks.append({"province": "", "slug": "overview", "title": "Tổng quan" if lang == "vi" else "Overview",
                  "notebook": str(notebook_path("overview")), "output": str(out_dir / "overview.ipynb"), "warm": warm,
                  "params": overview_params, "headlines": ""})
    rows = _run_tasks(tasks, workers, progress, warm, out_dir)
    result = pd.DataFrame(rows, columns=RESULT_COLUMNS)
    render_index(result, out_dir, lang=lang)
    return result


def _run_tasks(tasks: list[dict], workers: int | None, progress, warm: bool, cwd: Path) -> list[dict]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    workers = max(1, min(workers or os.cpu_count() or 1, len(tasks)))
    rows: dict[int, dict] = {}
    if workers == 1 and not warm:
        for i, task in enumerate(tasks):
            rows[i] = _job(task)
            if progress:
                progress(rows[i])
        return [rows[i] for i in range(len(tasks))]
    # spawn: a clean interpreter per worker (forking a process that holds zmq sockets and threads is unsafe)
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_start,
                               initargs=(str(cwd) if warm else None, os.getpid()))
    try:
        futures = {pool.submit(_job, task): i for i, task in enumerate(tasks)}
        for future in as_completed(futures):
            i = futures[future]
            try:
                rows[i] = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker that died (a kernel that could not start)
                task = tasks[i]
                rows[i] = {"province": task["province"], "slug": task["slug"], "status": "failed", "html": None,
                           "notebook": task["output"], "error": _error_text(exc), "headlines": "",
                           "seconds": None}
            if progress:
                progress(rows[i])
    except BaseException:  # Ctrl-C, SIGTERM turned into SystemExit, a failing progress callback: stop everything now
        _stop_pool(pool)
        raise
    pool.shutdown(wait=True)
    return [rows[i] for i in range(len(tasks))]


def _stop_pool(pool) -> None:
    """Stop a pool's workers at once (their kernels die with them), rather than wait for running briefings."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():
            process.kill()
            process.join(timeout=5)


# ---------------------------------------------------------------- index page and spreadsheets

_INDEX = """<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="wuanalysis">
<title>{{ words.title }}</title>
<style>
{{ font_css }}
body { font-family: {{ font_stack }}; max-width: 1000px;
       margin: 2em auto; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; } table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .5em .6em; border-bottom: 1px solid #ddd; vertical-align: top; }
th { background: #f6f8fa; } .failed { color: #b42318; } .error { font-family: monospace; font-size: .9em; white-space: pre-wrap; }
</style>
</head>
<body>
<h1>{{ words.title }}</h1>
<p>{% if overview %}<a href="{{ overview }}">{{ words.overview }}</a> · {% endif %}{{ words.count }}</p>
<table id="briefings">
<thead><tr><th>{{ words.province }}</th><th>{{ words.headlines }}</th><th>{{ words.status }}</th></tr></thead>
<tbody>
{% for r in rows %}<tr>
<td>{% if r.href %}<a href="{{ r.href }}">{{ r.province }}</a>{% else %}{{ r.province }}{% endif %}</td>
<td>{{ r.headlines }}</td>
<td>{% if r.error %}<span class="failed">{{ words.failed }}</span><div class="error">{{ r.error }}</div>{% else %}{{ words.ok }}{% endif %}</td>
</tr>
{% endfor %}</tbody>
</table>
</body>
</html>
"""

_INDEX_WORDS = {
    "vi": {"title": "Bản tin các tỉnh, thành — Hội LHPN", "overview": "Tổng quan các tỉnh", "province": "Tỉnh, thành",
           "headlines": "Số liệu nổi bật", "status": "Trạng thái", "failed": "Lỗi khi tạo bản tin", "ok": "Đã tạo",
           "count": "{n} bản tin"},
    "en": {"title": "Province briefings — Women's Union", "overview": "All-provinces overview", "province": "Province",
           "headlines": "Headline figures", "status": "Status", "failed": "Briefing failed", "ok": "Rendered",
           "count": "{n} briefings"},
}


def render_index(result: pd.DataFrame, out_dir: str | os.PathLike, lang: str = "vi") -> Path:
    """``out_dir/index.html``: a link per briefing with its headline figures, and the error of any that failed.
    Every text is escaped (jinja2 autoescape)."""
    from jinja2 import Environment

    out_dir = Path(out_dir)
    words = dict(_INDEX_WORDS["en" if lang == "en" else "vi"])
    provinces = result[result["slug"] != "overview"]
    words["count"] = words["count"].format(n=int((provinces["status"] == "ok").sum()))
    overview = result[result["slug"] == "overview"]
    overview_href = "overview.html" if len(overview) and overview["status"].iloc[0] == "ok" else None
    rows = []
    for r in result.itertuples():
        if r.slug == "overview" and r.status == "ok":
            continue
        href = None
        if r.status == "ok" and isinstance(r.html, str):
            href = Path(r.html).resolve().relative_to(out_dir.resolve()).as_posix()
        rows.append({"province": r.province or words["overview"], "href": href, "headlines": r.headlines or "",
                     "error": r.error if r.status != "ok" else None})
    from markupsafe import Markup

    from .present import FONT_STACK, font_face_css

    page = Environment(autoescape=True).from_string(_INDEX).render(
        rows=rows, words=words, lang=lang, overview=overview_href, font_css=Markup(font_face_css()),
        font_stack=Markup(FONT_STACK))
    path = out_dir / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


XLSX_HEADERS = {
    "predecessor": "Tỉnh (trước 1/7/2025)", "label_vi": "Nội dung", "value": "Kết quả", "unit": "Đơn vị",
    "target": "Chỉ tiêu", "achievement_pct": "Tỷ lệ đạt (%)", "status": "Đánh giá", "previous_value": "Kỳ trước",
    "previous_period_span": "Kỳ trước là", "previous_year_value": "Cùng kỳ năm trước", "rank_all": "Xếp hạng",
    "n_all": "Số tỉnh", "rank_cluster": "Xếp hạng trong cụm", "n_cluster": "Số tỉnh trong cụm",
    "n_sources": "Số nguồn", "conflict": "Số liệu khác nhau", "sentence": "Câu trích dẫn", "docs": "Tài liệu",
    "indicator": "Mã chỉ tiêu", "period_year": "Năm", "period_span": "Kỳ",
}


def write_scorecards(measurements: pd.DataFrame, out_dir: str | os.PathLike, clusters: pd.DataFrame | None = None,
                     provinces: list[str] | None = None) -> list[Path]:
    """Every province's latest scorecard into ``scorecards.parquet`` (all columns, one table) and
    ``scorecards.xlsx`` (one sheet per province, Vietnamese headers, numbers as numbers)."""
    from .present import STATUS_TEXT
    from .scorecard import compute_scorecard, provinces_with_data

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    provinces = provinces_with_data(measurements) if provinces is None else provinces
    cards = {p: compute_scorecard(measurements, p, clusters=clusters) for p in provinces}
    cards = {p: c for p, c in cards.items() if len(c)}
    from .scorecard import SCORECARD_COLUMNS

    combined = pd.concat(list(cards.values()), ignore_index=True) if cards else pd.DataFrame(columns=SCORECARD_COLUMNS)
    parquet = out_dir / "scorecards.parquet"
    combined.to_parquet(parquet, index=False)
    xlsx = out_dir / "scorecards.xlsx"
    with pd.ExcelWriter(xlsx, engine="openpyxl") as writer:
        used: set[str] = set()
        for province, card in cards.items():
            sheet = card[list(XLSX_HEADERS)].copy()
            sheet["status"] = [STATUS_TEXT["vi"].get(s, s) for s in sheet["status"]]
            sheet["conflict"] = sheet["conflict"].map({True: "có", False: ""})
            for col in ("rank_all", "n_all", "rank_cluster", "n_cluster", "n_sources", "period_year"):
                sheet[col] = sheet[col].astype("float64")  # Excel has no nullable integers; blanks stay blank
            sheet = sheet.rename(columns=XLSX_HEADERS)
            name = _sheet_name(province, used)
            sheet.to_excel(writer, sheet_name=name, index=False)
            ws = writer.sheets[name]
            for column, width in zip("ABCDEFGH", (22, 48, 14, 14, 12, 12, 16, 12)):
                ws.column_dimensions[column].width = width
            ws.freeze_panes = "C2"
            _cells_as_text(ws)
        if not cards:
            pd.DataFrame({"Ghi chú": ["Chưa có số liệu"]}).to_excel(writer, sheet_name="Trống", index=False)
    return [parquet, xlsx]


# A text cell beginning with one of these is what Excel (and LibreOffice) read as a formula or a command once a
# user edits or re-types it: "=HYPERLINK(…)" quoted from a report, a file named "=cmd|calc!A0.txt".
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cells_as_text(ws) -> None:
    """Every text cell of ``ws`` stays text: openpyxl turns a string beginning with "=" into a formula cell; here
    it is stored as a string with Excel's quote prefix (shown as typed, never evaluated, even after an edit).
    The tool writes no formula of its own."""
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith(_FORMULA_STARTS):
                cell.data_type = "s"
                cell.quotePrefix = True


def _sheet_name(province: str, used: set[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\, no apostrophe at either end
    base = "".join(c for c in province if c not in "[]:*?/\\")[:31].strip("'") or "Sheet"
    name, k = base, 2
    while name in used:
        name = f"{base[:28]}~{k}"
        k += 1
    used.add(name)
    return name


# ---------------------------------------------------------------- exporting a notebook run by hand


def export_notebook(notebook: str | os.PathLike, html: str | os.PathLike | None = None) -> Path:
    """An executed briefing or overview notebook (run by hand with papermill) as the same offline page a build
    writes: code hidden, no script, the font inline. (Plain ``jupyter nbconvert`` pulls require.js and MathJax from
    the network.) Writes ``html`` (default: beside the notebook, ``.html``) and returns its path."""
    import nbformat

    notebook = Path(notebook)
    nb = nbformat.read(notebook, as_version=4)
    params = nb.metadata.get("papermill", {}).get("parameters", {})
    title = params.get("province") or ("Tổng quan" if params.get("lang", "vi") == "vi" else "Overview")
    return export_html(nb, Path(html) if html else notebook.with_suffix(".html"), title)


def main(argv: list[str] | None = None) -> int:
    """``python -m wuanalysis.briefing EXECUTED.ipynb [PAGE.html]``: see :func:`export_notebook`."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m wuanalysis.briefing",
                                     description="Export an executed briefing notebook as an offline HTML page.")
    parser.add_argument("notebook", help="a notebook executed by papermill (notebooks/briefing.ipynb or overview.ipynb)")
    parser.add_argument("html", nargs="?", help="the page to write (default: the notebook's name with .html)")
    args = parser.parse_args(argv)
    try:
        print(export_notebook(args.notebook, args.html))
    except (OSError, ValueError) as exc:
        parser.exit(1, f"{args.notebook}: cannot export ({exc})\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
