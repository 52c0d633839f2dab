"""One notebook run: papermill executes ``notebooks/briefing.ipynb`` (or the overview) and nbconvert exports it to
one offline HTML page.

A briefing is a papermill run of the parameterized notebook in a fresh kernel (or a warm one, :mod:`.kernels`),
then an nbconvert export with the code hidden and nothing fetched from the network (the ``offline`` template
drops require.js, MathJax and mermaid; charts are inline SVG). The executed ``.ipynb`` stays beside its ``.html``
for audit, normalised so that two runs of the same data are the same file.
"""
from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .datadir import check_period, check_province, load_clusters, load_tables, resolve_data_dir
from .processes import linked_kernel_manager
from .wording import label

if TYPE_CHECKING:
    from .kernels import WarmKernel

KERNEL_NAME = "python3"
TEMPLATE_NAME = "offline"
PARAMETERS = ("province", "period", "data_dir", "targets_path", "clusters_path", "lang")
# The tag of the cell a warm kernel's run puts first (it wipes the namespace); removed from the executed notebook.
RESET_TAG = "wuanalysis-reset"
# A cluster page's slug begins so (a province's slug is its name's: none begins with "cluster-").
CLUSTER_PREFIX = "cluster-"
# The papermill engine that runs a notebook in a warm kernel (registered by :mod:`.kernels`).
WARM_ENGINE = "wuanalysis-warm"

# ---------------------------------------------------------------- notebooks and names


def notebook_path(name: str = "briefing") -> Path:
    """The notebook a render runs: ``notebooks/NAME.ipynb`` of a source checkout, else the copy shipped in the
    package (``wuanalysis/templates/notebooks``; a test keeps the two identical)."""
    checkout = Path(__file__).resolve().parents[1] / "notebooks" / f"{name}.ipynb"
    if checkout.exists():
        return checkout
    shipped = resources.files("wuanalysis").joinpath("templates").joinpath("notebooks").joinpath(f"{name}.ipynb")
    return Path(str(shipped))


def template_dir() -> Path:
    return Path(str(resources.files("wuanalysis").joinpath("templates")))


def slug(province: str) -> str:
    """A file name for a province: "Bình Phước" → "binh-phuoc", "Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau"."""
    from .text import fold

    folded = "".join(c if c.isalnum() else "-" for c in fold(province))
    return "-".join(p for p in folded.split("-") if p) or "province"


def cluster_slug(cluster_id, cluster_name, key: str) -> str:
    """A cluster page's file name: "cluster-" and its registry name
    ("cluster-cum-thi-dua-cac-tinh-dong-bang-song-hong"), or the page's key (a report's document) when its title
    names no cluster of the registry."""
    named = isinstance(cluster_id, str) and isinstance(cluster_name, str)
    return CLUSTER_PREFIX + slug(cluster_name if named else key)


def briefing_parameters(province: str, data_dir, period: str | None = None, targets_path=None, clusters_path=None,
                        lang: str = "vi") -> dict:
    """The parameters a render passes to ``briefing.ipynb`` (paths made absolute)."""

    def absolute(p):
        return None if p is None else str(Path(p).resolve())

    return {"province": province, "period": period, "data_dir": absolute(data_dir),
            "targets_path": absolute(targets_path), "clusters_path": absolute(clusters_path), "lang": lang}


# ---------------------------------------------------------------- executing and exporting


def _execute(notebook: Path, output: Path, parameters: dict, cwd: Path, warm: WarmKernel | None = None):
    """One papermill run of ``notebook`` into ``output``: in a new kernel, or in ``warm`` (through papermill's
    engine ``wuanalysis-warm``: same client, same cell-by-cell execution, the kernel left running), where the
    notebook run is a variant with a reset cell first."""
    import nbformat
    import papermill

    source = None
    extra: dict = {"kernel_manager_class": linked_kernel_manager()}
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

            # _init_resources and _nb_metadata are HTMLExporter internals (nbconvert pinned in pyproject.toml);
            # the public from_notebook_node re-serialises the page through BeautifulSoup, changing its bytes.

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
    from .fonts import FONT_STACK, font_face_css

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
    from .wording import check_lang
    from .scorecard import parse_period

    check_lang(lang)
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


def render_cluster(cluster: str, out_dir: str | os.PathLike, data_dir: str | os.PathLike, lang: str = "vi",
                   clusters_path=None) -> Path:
    """Render one competition cluster's page (``cluster-<name>.html`` and its executed notebook) into ``out_dir`` in
    a fresh kernel: ``cluster`` is a key of :func:`wuanalysis.page_data.cluster_pages` (a cluster_id such as
    ``red_river_delta``). ``ValueError`` naming the cluster pages there are when the build has no report of it."""
    from .page_data import compute_cluster_reports
    from .wording import check_lang, cluster_name

    check_lang(lang)
    data_dir = resolve_data_dir(data_dir)
    reports = compute_cluster_reports(load_tables(data_dir).documents, load_clusters(clusters_path), cluster)
    first = reports.iloc[0]
    name = cluster_name(first["cluster_id"], first["cluster_name"], lang) or label("cluster.heading", lang)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    params = {"cluster": cluster, "data_dir": str(Path(data_dir).resolve()), "lang": lang,
              "clusters_path": None if clusters_path is None else str(Path(clusters_path).resolve())}
    page = cluster_slug(first["cluster_id"], first["cluster_name"], cluster)
    return _render(notebook_path("cluster"), out_dir / f"{page}.ipynb", params, out_dir, title=name)


def _render(notebook: Path, output: Path, params: dict, cwd: Path, title: str) -> Path:
    nb = _execute(notebook, output, params, cwd)
    return export_html(nb, output.with_suffix(".html"), title)


# ---------------------------------------------------------------- exporting a notebook run by hand


def export_notebook(notebook: str | os.PathLike, html: str | os.PathLike | None = None) -> Path:
    """An executed briefing or overview notebook (run by hand with papermill) as the same offline page a build
    writes: code hidden, no script, the font inline. (Plain ``jupyter nbconvert`` pulls require.js and MathJax from
    the network.) Writes ``html`` (default: beside the notebook, ``.html``) and returns its path."""
    import nbformat

    notebook = Path(notebook)
    nb = nbformat.read(notebook, as_version=4)
    params = nb.metadata.get("papermill", {}).get("parameters", {})
    lang = params.get("lang", "vi")
    title = params.get("province") or (label("cluster.heading", lang) if params.get("cluster") else None)
    title = title or label("page.overview", lang)
    return export_html(nb, Path(html) if html else notebook.with_suffix(".html"), title)

