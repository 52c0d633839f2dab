"""Which pages of a build can be copied from the previous one: each page's inputs digested (:func:`page_digests`),
the digests recorded in ``briefings/pages.json`` with the page's files and index line (:func:`_write_digests`),
and the pages of an earlier render whose recorded digest is the one computed now copied into place
(:func:`_reuse`). The tasks are :mod:`.pages`' render tasks.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import time
from pathlib import Path

import numpy as np
import pandas as pd

from .notebook_runs import notebook_path, template_dir

# In ``briefings/``: each page's digest of its inputs and its index line, for the next render (``previous=``).
PAGES_FILE = "pages.json"
PAGES_FORMAT = 1


# ---------------------------------------------------------------- hashing


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


# Where the build found a file (``documents.path``, ``issues.path``): no page shows it (a page names a report by
# ``doc``, its path under the inputs, and shows its title, figures and issues' details), and the same reports read
# from another folder, mount or copy make the same pages, which are copied.
_NOT_SHOWN = ["path"]


def _shown(frame: pd.DataFrame | None) -> pd.DataFrame | None:
    """``frame`` without the columns no page shows (:data:`_NOT_SHOWN`)."""
    return None if frame is None else frame.drop(columns=[c for c in _NOT_SHOWN if c in frame.columns])


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


# ---------------------------------------------------------------- what a page reads


def page_digests(tables, tasks: list[dict], clusters_path=None, targets_path=None,
                 lang: str = "vi") -> list[str | None]:
    """A digest of each task's inputs (None: always run). A province's briefing reads its own measurements (every
    level and period: scorecard, trend, local reports), every province's headline figure of the indicators it has
    in its period (ranks, the cluster chart), its targets, the documents it cites or that are its own, their issues
    and their unplaced facts; a cluster page its reports and their figures; the overview all the tables. A
    notebook that starts reading more must be followed here."""
    code = _code_digest(targets_path, clusters_path, lang)
    inputs = _Inputs(tables)
    digests: list[str | None] = []
    for task in tasks:
        if task["slug"] == "overview":
            digests.append(_sha(code, "overview", inputs.m_hash, inputs.d_hash, inputs.i_hash, inputs.t_hash))
        elif "cluster" in task["params"]:
            digests.append(_sha(code, task["params"]["cluster"], task.get("headlines", ""), task.get("inputs", "")))
        else:
            digests.append(inputs.province_digest(task, code))
    return digests


def _positions(groups: dict, keys) -> np.ndarray:
    """The table positions of every group of ``groups`` (key → positions) named in ``keys``, sorted."""
    found = [groups[k] for k in keys if k in groups]
    return np.unique(np.concatenate(found)) if found else np.array([], dtype=int)


class _Inputs:
    """The build's tables hashed by row, and what every province's digest looks up, found once (positions in
    table order)."""

    def __init__(self, tables):
        from .scorecard import OWN_LEVELS

        m, documents = tables.measurements, tables.documents
        self.m_hash, self.d_hash = _row_hashes(m), _row_hashes(_shown(documents))
        self.i_hash, self.t_hash = _row_hashes(_shown(tables.issues)), _row_hashes(tables.targets)
        self.unplaced = unplaced = tables.unplaced_facts if tables.folder is not None else None
        self.u_hash = _row_hashes(unplaced)
        self.own = (m["org_level"].isna() | m["org_level"].isin(OWN_LEVELS)).to_numpy() if "org_level" in m else \
            np.ones(len(m), dtype=bool)
        self.is_result = is_result = (m["role"] == "result").to_numpy()
        # the columns the headline rule and the period's indicators read (a copy of all of them per province was
        # most of the time)
        ranked = ["province", "period_year", "period_span", "indicator", "unit_class", "unit", "value", "headline",
                  "achievement_pct", "n_sources"]
        self.results = m.loc[self.own & is_result & m["province"].notna().to_numpy(), [c for c in ranked if c in m]]
        self.rows_of = m.groupby("province", sort=False).indices
        self.results_of = self.results.groupby("province", sort=False).indices
        self.cited_in = m["docs"].to_numpy(dtype=object)
        self.targeted = m[is_result].groupby("target_id", sort=False).indices if "target_id" in m else {}
        self.result_at = np.flatnonzero(is_result)
        self.targets = tables.targets if tables.targets is not None else \
            pd.DataFrame(columns=["province", "target_id"])
        self.documents = documents
        self.docs_of = documents.groupby("province", sort=False).indices
        self.doc_rows = documents.groupby("doc", sort=False).indices
        self.issues_of = tables.issues.groupby("doc", sort=False).indices if len(self.i_hash) else {}
        self.unplaced_of = unplaced.groupby("doc", sort=False).indices if unplaced is not None and len(self.u_hash) \
            else {}
        self.periods = m[["period_year", "period_span"]]
        self.peers: dict[tuple, dict] = {}

    def province_digest(self, task: dict, code: str) -> str:
        """A province briefing's digest: its rows, its period's peer figures, its documents, issues, targets and
        unplaced facts."""
        from .scorecard import scorecard_members

        _, members = scorecard_members(task["province"])
        mine = own_rows = _positions(self.rows_of, members)
        targets = self.targets
        if len(targets):  # a result measured against one of its targets (the targets section), whoever reported it
            theirs = targets.loc[targets["province"].isin(members), "target_id"].dropna().unique()
            measured = _positions(self.targeted, theirs)
            mine = np.union1d(mine, self.result_at[measured]) if len(measured) else mine
        docs = {d for cell in self.cited_in[mine] if isinstance(cell, str) for d in cell.split("; ")}
        docs |= set(self.documents["doc"].iloc[_positions(self.docs_of, members)])
        year, span = self._latest_period(own_rows)
        groups = self._peer_groups_of(members, year, span)
        i_hash, t_hash, u_hash = self.i_hash, self.t_hash, self.u_hash
        return _sha(
            code, task["province"], task["params"].get("period"), self.m_hash.iloc[mine], year, span, *groups,
            self.d_hash.iloc[_positions(self.doc_rows, docs)],
            i_hash.iloc[_positions(self.issues_of, docs)] if len(i_hash) else "",
            t_hash[targets["province"].isin(members).to_numpy()] if len(t_hash) else "",
            u_hash.iloc[_positions(self.unplaced_of, docs)] if self.unplaced is not None and len(u_hash) else "")

    def _latest_period(self, own_rows: np.ndarray) -> tuple:
        """The latest period of the province unions' own results, else figures (scorecard.latest_period): (year,
        span), or (None, None)."""
        from .scorecard import period_sort_key

        mine_own = own_rows[self.own[own_rows]]
        if self.is_result[mine_own].any():
            mine_own = mine_own[self.is_result[mine_own]]
        year, span = None, None
        if len(mine_own):
            best = max(self.periods.iloc[mine_own].drop_duplicates().itertuples(index=False),
                       key=lambda q: period_sort_key(q.period_year, q.period_span))
            year, span = best.period_year, best.period_span
        return year, span

    def _peer_groups_of(self, members, year, span) -> list[str]:
        """"indicator/unit_class/digest of every province's headline figure" for each indicator the province has
        in its period."""
        from .scorecard import same_period

        if span is None:
            return []
        now = self.results.iloc[_positions(self.results_of, members)]
        now = now[same_period(now, year, span).to_numpy()]
        have = sorted(set(zip(now["indicator"], now["unit_class"].astype(str))))
        found = {(i, str(u)): h for (i, u), h in self._peer_groups(year, span).items()}
        return [f"{i}/{u}/{found.get((i, u), '')}" for i, u in have]

    def _peer_groups(self, year, span) -> dict:
        """(indicator, unit_class) → digest of every province's headline figure in the period."""
        from .scorecard import headline_rows, same_period

        key = (year, span)
        if key not in self.peers:
            results = self.results
            heads = headline_rows(results[same_period(results, year, span)], ["province", "indicator", "unit_class"])
            heads = heads[["indicator", "unit_class", "province", "value", "unit"]].sort_values(
                ["indicator", "unit_class", "province"], kind="stable")
            hashes = _row_hashes(heads[["province", "value", "unit"]])
            self.peers[key] = {k: _sha(hashes.iloc[rows]) for k, rows in
                               heads.groupby(["indicator", "unit_class"], sort=False).indices.items()}
        return self.peers[key]


# ---------------------------------------------------------------- briefings/pages.json


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
