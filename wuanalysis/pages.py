"""The pages of a build: one briefing per province, one page per competition cluster whose report is in the build,
the overview, and the index page linking them.

A batch (:func:`render_all`) spreads the provinces over worker processes, each keeping one warm kernel
(:mod:`.kernels`). A province whose notebook fails is reported in the returned table and on the index page; the
others are still rendered. Each page's inputs are digested into ``briefings/pages.json``; given the previous
render, a page whose inputs did not change is copied from it instead of run (:mod:`.page_digests`).
"""
from __future__ import annotations

import os
import time
import traceback
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from . import kernels
from .datadir import load_clusters, load_tables
from .page_digests import PAGES_FILE, _reuse, _row_hashes, _sha, _write_digests, page_digests
from .notebook_runs import (CLUSTER_PREFIX, _error_text, _render, briefing_parameters, cluster_slug, notebook_path,
                            slug, template_dir)
from .wording import label, labels

RESULT_COLUMNS = ["province", "slug", "status", "html", "notebook", "error", "headlines", "seconds", "reused"]


def _job(task: dict) -> dict:
    """Render one notebook (in this worker's warm kernel, or cold when there is none); never raises, but in a
    worker that is stopped (SIGTERM: the build stopping its workers, or Linux when the build died) it ends the
    worker: concurrent.futures' worker loop would take the SystemExit for the page's result and go on to the next
    page queued."""
    try:
        return _page(task)
    except SystemExit as stop:
        if not kernels.in_worker():
            raise
        kernels.leave(stop)


def _page(task: dict) -> dict:
    """One notebook rendered: its row (status failed and the error when the notebook failed)."""
    start = time.perf_counter()
    output = Path(task["output"])
    row = {"province": task["province"], "slug": task["slug"], "status": "ok", "html": str(output.with_suffix(".html")),
           "notebook": str(output), "error": None, "headlines": task.get("headlines", ""), "reused": False}
    kernel = kernels.WORKER if task.get("warm", True) else None
    if task.get("headline_args") and kernel is None:
        row["headlines"] = _headline_text(task["province"], *task["headline_args"])
    try:
        if kernel is not None:
            kernel.render(Path(task["notebook"]), output, task["params"], task["title"])
        else:
            _render(Path(task["notebook"]), output, task["params"], output.parent, task["title"])
    except Exception as exc:  # noqa: BLE001 - one province's failure must not stop the batch
        row.update(status="failed", error=_error_text(exc), html=None)
        if os.environ.get("WUANALYSIS_DEBUG"):
            row["error"] += "\n" + traceback.format_exc()
    else:
        if task.get("headline_args") and kernel is not None:  # the briefing's own scorecard, still in the kernel
            line = kernel.evaluate(HEADLINE_EXPRESSION)
            row["headlines"] = line if isinstance(line, str) else _headline_text(task["province"],
                                                                                  *task["headline_args"])
    row["seconds"] = round(time.perf_counter() - start, 3)
    return row


# ---------------------------------------------------------------- a whole batch


_TABLES: dict[tuple, tuple] = {}
# Evaluated in a warm kernel right after a briefing ran there: its index line from the scorecard the page showed
# (``card`` and ``lang`` of notebooks/briefing.ipynb), rather than a scorecard computed again in the worker.
HEADLINE_EXPRESSION = "__import__('wuanalysis.pages').pages.headline_of(card, lang, local)"


def headline_of(card: pd.DataFrame, lang: str, local: pd.DataFrame | None = None) -> str:
    """A briefing's index line from its scorecard; for an empty one, where its districts' and communes' figures
    (``local``) come from, else ""."""
    from .page_data import headline_figures
    from .sections import local_only_line

    if card.empty:
        return local_only_line(local, lang) if local is not None and len(local) else ""
    line = _headline_line(headline_figures(card, n=3), card["period_year"].iloc[0], card["period_span"].iloc[0], lang)
    if line.endswith(" — ") and (card["status"] == "no_result").all():  # a plan, no result yet: said, not blank
        line += label("index.targets_only", lang, n=len(card))
    return line


def _headline_text(province: str, data_dir: str, targets_path: str | None, clusters_path: str | None, lang: str) -> str:
    """"năm 2023 — New members: 4.094 hội viên (195%); …" for the index page (computed in the worker that renders
    the briefing; the tables are read once per worker)."""
    from .page_data import compute_local_reports
    from .scorecard import compute_scorecard

    key = (data_dir, targets_path, clusters_path)
    if key not in _TABLES:
        _TABLES[key] = (load_tables(data_dir, targets_path).measurements, load_clusters(clusters_path))
    measurements, clusters = _TABLES[key]
    try:
        card = compute_scorecard(measurements, province, clusters=clusters)
        local = compute_local_reports(measurements, province) if card.empty else None
    except Exception:  # noqa: BLE001 - a headline is a courtesy; the briefing itself reports the problem
        return ""
    return headline_of(card, lang, local)


def _headline_line(heads: pd.DataFrame, year, span, lang: str) -> str:
    """"năm 2023 — New members: 4.094 hội viên (195%); …": a period and figures as the reports said them."""
    from .wording import format_percent, period_text, result_text, row_label

    parts = []
    for r in heads.itertuples():
        rate = f" ({format_percent(r.achievement_pct, lang)})" if pd.notna(r.achievement_pct) else ""
        figure = result_text(r.value, r.unit_class, r.unit, lang, qualifier=r.qualifier, estimate=bool(r.estimate),
                             quote=r.quote)
        parts.append(f"{row_label(r.indicator, r.rate_label, lang)}: {figure}{rate}")
    return period_text(year, span, lang) + " — " + "; ".join(parts)


def page_count(measurements: pd.DataFrame, documents: pd.DataFrame, clusters_path=None) -> int:
    """How many pages a whole batch (:func:`render_all` without ``provinces``) renders: one per province, one per
    cluster page, and the overview (for a progress bar's total)."""
    from .page_data import cluster_pages, compute_above_reports
    from .scorecard import provinces_with_data

    clusters = cluster_pages(compute_above_reports(documents, load_clusters(clusters_path)))
    return len(provinces_with_data(measurements, documents)) + len(clusters) + 1


def _cluster_tasks(tables, folder: Path, data_dir: Path, clusters_path, lang: str, warm: bool) -> list[dict]:
    """One render task per cluster page (:func:`wuanalysis.page_data.cluster_pages`), its index line computed
    here: the cluster reports are few."""
    from .page_data import cluster_pages, compute_above_reports, compute_report_figures, headline_figures
    from .wording import cluster_name

    reports = compute_above_reports(tables.documents, load_clusters(clusters_path))
    tasks = []
    for key, docs in cluster_pages(reports).items():
        mine = reports[reports["doc"].isin(docs)]
        first = mine.iloc[0]
        name = cluster_name(first["cluster_id"], first["cluster_name"], lang) or label("cluster.heading", lang)
        figures = compute_report_figures(tables.measurements, docs)
        page = cluster_slug(first["cluster_id"], first["cluster_name"], key)
        line = _headline_line(headline_figures(figures, n=3), first["period_year"], first["period_span"], lang)
        params = {"cluster": key, "data_dir": str(Path(data_dir).resolve()), "lang": lang,
                  "clusters_path": None if clusters_path is None else str(Path(clusters_path).resolve())}
        tasks.append({"province": name, "slug": page, "title": name, "notebook": str(notebook_path("cluster")),
                      "output": str(folder / f"{page}.ipynb"), "warm": warm, "params": params,
                      "headlines": line if len(figures) else "",
                      "inputs": _sha(_row_hashes(mine), _row_hashes(figures))})  # for page_digests
    return tasks


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
    previous: str | os.PathLike | None = None,
    overview: bool = True,
) -> pd.DataFrame:
    """Render one briefing per province (default: :func:`~wuanalysis.scorecard.provinces_with_data`) and, for a
    whole batch (no ``provinces`` given), one page per competition cluster whose report is in the build
    (``cluster-<name>``) into ``out_dir/briefings/``, the overview into ``out_dir/overview.html`` and
    ``out_dir/index.html`` linking them with their headline figures.

    ``workers`` processes (default: the number of CPUs, at most the number of notebooks) each keep one warm
    kernel when ``warm`` (``warm=False`` runs a fresh kernel per notebook, as :func:`render_briefing` does).
    ``progress`` is called in this process with each finished row. Returns one row per notebook (the overview
    last): province, slug, status (ok | failed), html, notebook, error, headlines, seconds, reused.

    Each page's inputs are digested (:func:`page_digests`) into ``briefings/pages.json``. With ``previous`` (the
    folder of an earlier render, e.g. the build folder about to be replaced), a page whose digest is the one
    recorded there is copied from it (html and notebook, ``reused`` True) instead of run. ``overview=False``
    renders the briefings (and cluster pages) and the index only.
    """
    from .scorecard import provinces_with_data

    data_dir, out_dir = Path(data_dir), Path(out_dir)
    tables = load_tables(data_dir, targets_path)
    every = provinces is None
    if provinces is None:
        provinces = provinces_with_data(tables.measurements, tables.documents)
    folder = out_dir / "briefings"
    folder.mkdir(parents=True, exist_ok=True)
    tasks = _page_tasks(tables, provinces, every, folder, out_dir, data_dir, warm=warm, lang=lang,
                        targets_path=targets_path, clusters_path=clusters_path, overview=overview)
    # with no earlier render to copy from, every page runs: the workers start their kernels now, while the pages'
    # digests are computed here (a few seconds on a national build), rather than after
    fresh = previous is None or not (Path(previous) / "briefings" / PAGES_FILE).is_file()
    pool = _start_pool(len(tasks), workers, warm, out_dir) if fresh else None
    try:
        digests = page_digests(tables, tasks, clusters_path, targets_path, lang)
        rows = _reuse(tasks, digests, previous, progress)
    except BaseException:
        if pool is not None:
            _stop_pool(pool)
        raise
    todo = [i for i, task in enumerate(tasks) if i not in rows]
    for i, row in zip(todo, _run_tasks([tasks[i] for i in todo], workers, progress, warm, out_dir, pool)):
        rows[i] = row
    result = pd.DataFrame([rows[i] for i in range(len(tasks))], columns=RESULT_COLUMNS)
    _write_digests(result, digests, folder)
    render_index(result, out_dir, lang=lang, documents=tables.documents if every else None)
    return result


def _page_tasks(tables, provinces: list[str], every: bool, folder: Path, out_dir: Path, data_dir: Path, *,
                warm: bool, lang: str, targets_path, clusters_path, overview: bool) -> list[dict]:
    """The render tasks of a batch, in the result's order: a briefing per province, the cluster pages (a whole
    batch only), the overview."""
    tasks = []
    for province in provinces:
        tasks.append({
            "province": province, "slug": slug(province), "title": province, "notebook": str(notebook_path("briefing")),
            "output": str(folder / f"{slug(province)}.ipynb"), "warm": warm,
            "params": briefing_parameters(province, data_dir, None, targets_path, clusters_path, lang),
            "headline_args": (str(data_dir), str(targets_path) if targets_path else None,
                              str(clusters_path) if clusters_path else None, lang),
        })
    if every:  # a whole batch: the cluster pages too
        tasks += _cluster_tasks(tables, folder, data_dir, clusters_path, lang, warm)
    overview_params = {k: v for k, v in
                       briefing_parameters("", data_dir, None, targets_path, clusters_path, lang).items()
                       if k in ("data_dir", "targets_path", "clusters_path", "lang")}
    if overview:
        tasks.append({"province": "", "slug": "overview", "title": label("page.overview", lang),
                      "notebook": str(notebook_path("overview")), "output": str(out_dir / "overview.ipynb"),
                      "warm": warm, "params": overview_params, "headlines": ""})
    return tasks


def _start_pool(n_tasks: int, workers: int | None, warm: bool, cwd: Path):
    """The worker processes for ``n_tasks`` notebooks, started now (each warms its kernel while this process goes
    on), or None when they run one by one here (one worker, no warm kernel) or there is nothing to run."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    workers = max(1, min(workers or os.cpu_count() or 1, n_tasks))
    if n_tasks == 0 or (workers == 1 and not warm):
        return None
    # spawn: a clean interpreter per worker (forking a process that holds zmq sockets and threads is unsafe)
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=kernels.worker_start,
                               initargs=(str(cwd) if warm else None, os.getpid()))
    for _ in range(workers):  # the pool starts a process per task submitted while none is idle: all of them now
        pool.submit(_started)
    return pool


def _started() -> None:
    """A worker's first task: none (its initializer, which starts the warm kernel, is the point)."""


def _run_tasks(tasks: list[dict], workers: int | None, progress, warm: bool, cwd: Path, pool=None) -> list[dict]:
    """Run ``tasks`` in ``pool`` (or in workers started here; one by one without warm kernels and one worker) and
    shut the pool down: one row per task, in order, ``progress`` called as each finishes."""
    from concurrent.futures import as_completed
    from concurrent.futures.process import BrokenProcessPool

    if not tasks:
        if pool is not None:
            pool.shutdown(wait=True)
        return []
    if pool is None:
        pool = _start_pool(len(tasks), workers, warm, cwd)
    rows: dict[int, dict] = {}
    if pool is None:
        for i, task in enumerate(tasks):
            rows[i] = _job(task)
            if progress:
                progress(rows[i])
        return [rows[i] for i in range(len(tasks))]
    try:
        # the overview first: it reads every province (as long as dozens of briefings), so the other workers
        # render the briefings meanwhile instead of all waiting for it at the end
        order = sorted(range(len(tasks)), key=lambda i: tasks[i]["slug"] != "overview")
        futures = {}
        for i in order:
            try:
                futures[pool.submit(_job, tasks[i])] = i
            except BrokenProcessPool as exc:  # a worker died before this was queued (its kernel could not start)
                rows[i] = _failed(tasks[i], exc)
                if progress:
                    progress(rows[i])
        for future in as_completed(futures):
            i = futures[future]
            try:
                rows[i] = future.result()
            except Exception as exc:  # noqa: BLE001 - a worker that died (a kernel that could not start)
                rows[i] = _failed(tasks[i], exc)
            if progress:
                progress(rows[i])
    except BaseException:  # Ctrl-C, SIGTERM turned into SystemExit, a failing progress callback: stop everything now
        _stop_pool(pool)
        raise
    pool.shutdown(wait=True)
    return [rows[i] for i in range(len(tasks))]


def _failed(task: dict, exc: BaseException) -> dict:
    """The row of a task whose worker died."""
    return {"province": task["province"], "slug": task["slug"], "status": "failed", "html": None,
            "notebook": task["output"], "error": _error_text(exc), "headlines": "", "seconds": None, "reused": False}


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


# ---------------------------------------------------------------- the index page

def render_index(result: pd.DataFrame, out_dir: str | os.PathLike, lang: str = "vi",
                 documents: pd.DataFrame | None = None) -> Path:
    """``out_dir/index.html``: a link per briefing with its headline figures, then every other province that
    ``documents`` (the build's) name, saying in words why it has no page (:func:`_without_page`), then one line per
    cluster page, and the error of any that failed. Every text is escaped (jinja2 autoescape)."""
    from jinja2 import Environment

    out_dir = Path(out_dir)
    words = labels("index", lang)
    is_cluster = result["slug"].astype(str).str.startswith(CLUSTER_PREFIX)
    provinces = result[(result["slug"] != "overview") & ~is_cluster]
    words["count"] = words["count"].format(n=int((provinces["status"] == "ok").sum()))
    overview = result[result["slug"] == "overview"]
    overview_href = "overview.html" if len(overview) and overview["status"].iloc[0] == "ok" else None
    rows: list[dict] = []
    clusters: list[dict] = []
    for r, cluster in zip(result.itertuples(), is_cluster):
        if r.slug == "overview" and r.status == "ok":
            continue
        href = None
        if r.status == "ok" and isinstance(r.html, str):
            href = Path(r.html).resolve().relative_to(out_dir.resolve()).as_posix()
        (clusters if cluster else rows).append({
            "province": r.province or words["overview"], "href": href, "headlines": r.headlines or "",
            "error": r.error if r.status != "ok" else None})
    rows += _without_page(documents, {r["province"] for r in rows}, words, lang)
    from markupsafe import Markup

    from .fonts import FONT_STACK, font_face_css

    template = (template_dir() / "index.html.j2").read_text(encoding="utf-8")
    page = Environment(autoescape=True).from_string(template).render(
        rows=rows, clusters=clusters, words=words, lang=lang, overview=overview_href,
        font_css=Markup(font_face_css()), font_stack=Markup(FONT_STACK))
    path = out_dir / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


def _without_page(documents: pd.DataFrame | None, shown: set, words: dict, lang: str) -> list[dict]:
    """An index line for each province the reports name that has no page, in words: how many reports were read and
    that they state no figure, or none the catalogue measures ("2 báo cáo đã đọc, không nêu số liệu nào")."""
    if documents is None or documents.empty or "province" not in documents:
        return []
    if "duplicate_of" in documents:
        documents = documents[documents["duplicate_of"].isna()]  # the same text under another name counts once
    n_facts = documents["n_facts"] if "n_facts" in documents else pd.Series(0, index=documents.index)
    rows = []
    for province, facts in n_facts.groupby(documents["province"], sort=True):
        if province in shown:
            continue
        k = int(facts.fillna(0).sum())
        detail = (label("index.no_indicator", lang, n=len(facts), k=k) if k
                  else label("index.no_figures", lang, n=len(facts)))
        rows.append({"province": province, "href": None, "headlines": detail,
                     "error": None, "no_page": True})
    return rows
