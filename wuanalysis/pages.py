"""The pages of a build: one briefing per province, one page per competition cluster whose report is in the build,
the overview, and the index page linking them.

A batch (:func:`render_all`) spreads the provinces over worker processes, each keeping one warm kernel
(:mod:`.kernels`). A province whose notebook fails is reported in the returned table and on the index page; the
others are still rendered. Each page's inputs are digested into ``briefings/pages.json``; given the previous
render, a page whose inputs did not change is copied from it instead of run (:func:`page_digests`).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import traceback
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from . import kernels
from .datadir import load_clusters, load_tables
from .notebook_runs import (CLUSTER_PREFIX, _error_text, _render, briefing_parameters, cluster_slug, notebook_path,
                            slug, template_dir)
from .wording import label, labels

RESULT_COLUMNS = ["province", "slug", "status", "html", "notebook", "error", "headlines", "seconds", "reused"]
# In ``briefings/``: each page's digest of its inputs and its index line, for the next render (``previous=``).
PAGES_FILE = "pages.json"
PAGES_FORMAT = 1


def _job(task: dict) -> dict:
    """Render one notebook (in this worker's warm kernel, or cold when there is none); never raises."""
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
HEADLINE_EXPRESSION = "__import__('wuanalysis.pages').pages.headline_of(card, lang)"


def headline_of(card: pd.DataFrame, lang: str) -> str:
    """A briefing's index line from its scorecard ("" for an empty one)."""
    from .page_data import headline_figures

    if card.empty:
        return ""
    return _headline_line(headline_figures(card, n=3), card["period_year"].iloc[0], card["period_span"].iloc[0], lang)


def _headline_text(province: str, data_dir: str, targets_path: str | None, clusters_path: str | None, lang: str) -> str:
    """"năm 2023 — New members: 4.094 hội viên (195%); …" for the index page (computed in the worker that renders
    the briefing; the tables are read once per worker)."""
    from .scorecard import compute_scorecard

    key = (data_dir, targets_path, clusters_path)
    if key not in _TABLES:
        _TABLES[key] = (load_tables(data_dir, targets_path).measurements, load_clusters(clusters_path))
    measurements, clusters = _TABLES[key]
    try:
        card = compute_scorecard(measurements, province, clusters=clusters)
    except Exception:  # noqa: BLE001 - a headline is a courtesy; the briefing itself reports the problem
        return ""
    return headline_of(card, lang)


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
    render_index(result, out_dir, lang=lang)
    return result


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


# ---------------------------------------------------------------- pages whose inputs did not change


def _row_hashes(frame: pd.DataFrame | None) -> pd.Series:
    """One 64-bit hash per row of ``frame`` (pandas' fixed key: the same in every process and run)."""
    if frame is None or frame.empty:
        return pd.Series([], dtype="uint64")
    loose = [c for c in frame.columns if frame[c].dtype == object]  # lists and arrays: hashed as their text
    # as plain Python strings (an object column): building pandas' Arrow strings of them took most of the time
    frame = frame.assign(**{c: pd.Series([_text(x) for x in frame[c]], index=frame.index, dtype=object)
                            for c in loose})
    return pd.util.hash_pandas_object(frame, index=False)


def _text(cell) -> str:
    """A loose cell as text: a list or array by its items ("[900.0, 1000.0]"), anything else by ``str``."""
    if isinstance(cell, str):
        return cell
    return str(cell.tolist() if hasattr(cell, "tolist") else cell)


def _sha(*parts) -> str:
    digest = hashlib.sha256()
    for part in parts:
        if isinstance(part, pd.Series):
            part = part.to_numpy(dtype="uint64").tobytes()
        elif not isinstance(part, bytes):
            part = str(part).encode()
        digest.update(len(part).to_bytes(8, "little") + part)
    return digest.hexdigest()


def _file_bytes(path) -> bytes:
    return b"-" if path is None else Path(path).read_bytes()


def _code_digest(targets_path, clusters_path, lang: str) -> str:
    """What every page depends on besides its rows: the package's code and data (:func:`wuanalysis.cache.fingerprint`),
    its templates and notebooks, the targets and clusters files, the language."""
    from .cache import fingerprint

    files = sorted(p for p in template_dir().rglob("*") if p.is_file())
    files += [notebook_path(name) for name in ("briefing", "cluster", "overview")]
    return _sha(fingerprint(everything=True), lang, _file_bytes(targets_path), _file_bytes(clusters_path),
                *(part for p in files for part in (p.name, p.read_bytes())))


def page_digests(tables, tasks: list[dict], clusters_path=None, targets_path=None,
                 lang: str = "vi") -> list[str | None]:
    """A digest of each task's inputs (None: always run). A province's briefing reads its own measurements (every
    level and period: scorecard, trend, local reports), every province's headline figure of the indicators it has
    in its period (ranks, the cluster chart), its targets, the documents it cites or that are its own, their issues
    and their unplaced facts; a cluster page its reports and their figures; the overview all the tables. A
    notebook that starts reading more must be followed here."""
    from .scorecard import OWN_LEVELS, headline_rows, period_sort_key, scorecard_members, same_period

    code = _code_digest(targets_path, clusters_path, lang)
    m, documents = tables.measurements, tables.documents
    m_hash, d_hash = _row_hashes(m), _row_hashes(documents)
    i_hash, t_hash = _row_hashes(tables.issues), _row_hashes(tables.targets)
    unplaced = tables.unplaced_facts if tables.folder is not None else None
    u_hash = _row_hashes(unplaced)
    # what every province's digest looks up, found once (positions in table order)
    own = (m["org_level"].isna() | m["org_level"].isin(OWN_LEVELS)).to_numpy() if "org_level" in m else \
        np.ones(len(m), dtype=bool)
    is_result = (m["role"] == "result").to_numpy()
    # the columns the headline rule and the period's indicators read (a copy of all of them per province was most
    # of the time)
    ranked = ["province", "period_year", "period_span", "indicator", "unit_class", "unit", "value", "headline",
              "achievement_pct", "n_sources"]
    results = m.loc[own & is_result & m["province"].notna().to_numpy(), [c for c in ranked if c in m]]
    rows_of = m.groupby("province", sort=False).indices
    results_of = results.groupby("province", sort=False).indices
    cited_in = m["docs"].to_numpy(dtype=object)
    targeted = m[is_result].groupby("target_id", sort=False).indices if "target_id" in m else {}
    result_at = np.flatnonzero(is_result)
    targets = tables.targets if tables.targets is not None else pd.DataFrame(columns=["province", "target_id"])
    docs_of = documents.groupby("province", sort=False).indices
    doc_rows = documents.groupby("doc", sort=False).indices
    issues_of = tables.issues.groupby("doc", sort=False).indices if len(i_hash) else {}
    unplaced_of = unplaced.groupby("doc", sort=False).indices if unplaced is not None and len(u_hash) else {}
    periods = m[["period_year", "period_span"]]
    peers: dict[tuple, dict] = {}

    def peer_groups(year, span) -> dict:
        """(indicator, unit_class) → digest of every province's headline figure in the period."""
        key = (year, span)
        if key not in peers:
            heads = headline_rows(results[same_period(results, year, span)], ["province", "indicator", "unit_class"])
            heads = heads[["indicator", "unit_class", "province", "value", "unit"]].sort_values(
                ["indicator", "unit_class", "province"], kind="stable")
            hashes = _row_hashes(heads[["province", "value", "unit"]])
            peers[key] = {k: _sha(hashes.iloc[rows]) for k, rows in
                          heads.groupby(["indicator", "unit_class"], sort=False).indices.items()}
        return peers[key]

    def positions(groups: dict, keys) -> np.ndarray:
        found = [groups[k] for k in keys if k in groups]
        return np.unique(np.concatenate(found)) if found else np.array([], dtype=int)

    digests: list[str | None] = []
    for task in tasks:
        if task["slug"] == "overview":
            digests.append(_sha(code, "overview", m_hash, d_hash, i_hash, t_hash))
        elif "cluster" in task["params"]:
            digests.append(_sha(code, task["params"]["cluster"], task.get("headlines", ""), task.get("inputs", "")))
        else:
            _, members = scorecard_members(task["province"])
            mine = own_rows = positions(rows_of, members)
            if len(targets):  # a result measured against one of its targets (the targets section), whoever reported it
                theirs = targets.loc[targets["province"].isin(members), "target_id"].dropna().unique()
                measured = positions(targeted, theirs)
                mine = np.union1d(mine, result_at[measured]) if len(measured) else mine
            docs = {d for cell in cited_in[mine] if isinstance(cell, str) for d in cell.split("; ")}
            docs |= set(documents["doc"].iloc[positions(docs_of, members)])
            # the latest period of the province unions' own figures (scorecard.latest_period)
            mine_own = own_rows[own[own_rows]]
            year, span = None, None
            if len(mine_own):
                best = max(periods.iloc[mine_own].drop_duplicates().itertuples(index=False),
                           key=lambda q: period_sort_key(q.period_year, q.period_span))
                year, span = best.period_year, best.period_span
            groups = []
            if span is not None:
                now = results.iloc[positions(results_of, members)]
                now = now[same_period(now, year, span).to_numpy()]
                have = sorted(set(zip(now["indicator"], now["unit_class"].astype(str))))
                found = {(i, str(u)): h for (i, u), h in peer_groups(year, span).items()}
                groups = [f"{i}/{u}/{found.get((i, u), '')}" for i, u in have]
            digests.append(_sha(
                code, task["province"], task["params"].get("period"), m_hash.iloc[mine], year, span, *groups,
                d_hash.iloc[positions(doc_rows, docs)],
                i_hash.iloc[positions(issues_of, docs)] if len(i_hash) else "",
                t_hash[targets["province"].isin(members).to_numpy()] if len(t_hash) else "",
                u_hash.iloc[positions(unplaced_of, docs)] if unplaced is not None and len(u_hash) else ""))
    return digests


def _reuse(tasks: list[dict], digests: list[str | None], previous, progress) -> dict[int, dict]:
    """The pages of ``previous`` whose recorded digest is this task's, copied into place: {task number: row}."""
    if previous is None:
        return {}
    previous = Path(previous)
    try:
        recorded = json.loads((previous / "briefings" / PAGES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if recorded.get("format") != PAGES_FORMAT:
        return {}
    pages = recorded.get("pages", {})
    rows = {}
    for i, (task, digest) in enumerate(zip(tasks, digests)):
        entry = pages.get(task["slug"])
        if digest is None or not isinstance(entry, dict) or entry.get("digest") != digest:
            continue
        output = Path(task["output"])
        found = [previous / entry.get(key, "") for key in ("notebook", "html")]
        if not all(p.is_file() for p in found):
            continue
        start = time.perf_counter()
        for source, target in zip(found, (output, output.with_suffix(".html"))):
            if source.resolve() != target.resolve():
                shutil.copyfile(source, target)
        rows[i] = {"province": task["province"], "slug": task["slug"], "status": "ok",
                   "html": str(output.with_suffix(".html")), "notebook": str(output), "error": None,
                   "headlines": entry.get("headlines", ""), "seconds": round(time.perf_counter() - start, 3),
                   "reused": True}
        if progress:
            progress(rows[i])
    return rows


def _write_digests(result: pd.DataFrame, digests: list[str | None], folder: Path) -> None:
    """``briefings/pages.json``: the digest, files and index line of every page rendered (or reused) whole."""
    out_dir = folder.parent
    pages = {}
    for r, digest in zip(result.itertuples(), digests):
        if r.status == "ok" and digest is not None and isinstance(r.html, str):
            pages[r.slug] = {"digest": digest, "headlines": r.headlines or "",
                             "html": Path(r.html).resolve().relative_to(out_dir.resolve()).as_posix(),
                             "notebook": Path(r.notebook).resolve().relative_to(out_dir.resolve()).as_posix()}
    text = json.dumps({"format": PAGES_FORMAT, "pages": pages}, ensure_ascii=False, indent=1, sort_keys=True)
    (folder / PAGES_FILE).write_text(text + "\n", encoding="utf-8")


# ---------------------------------------------------------------- the index page

def render_index(result: pd.DataFrame, out_dir: str | os.PathLike, lang: str = "vi") -> Path:
    """``out_dir/index.html``: a link per briefing with its headline figures, then one per cluster page, and the
    error of any that failed. Every text is escaped (jinja2 autoescape)."""
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
    from markupsafe import Markup

    from .fonts import FONT_STACK, font_face_css

    template = (template_dir() / "index.html.j2").read_text(encoding="utf-8")
    page = Environment(autoescape=True).from_string(template).render(
        rows=rows, clusters=clusters, words=words, lang=lang, overview=overview_href,
        font_css=Markup(font_face_css()), font_stack=Markup(FONT_STACK))
    path = out_dir / "index.html"
    path.write_text(page, encoding="utf-8")
    return path
