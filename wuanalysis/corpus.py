"""Files and folders → the documents, facts and issues tables; reading and writing tables.

``read_reports`` never stops on a bad file: every path given ends up either as a row of ``documents`` or
as a row of ``issues`` (and a document that yields no figure is in both), so nothing vanishes silently.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .documents import extract_document_info
from .errors import InputError
from .extract import extract_facts
from .readers import DEFAULT_MAX_BYTES, iter_report_paths, read_document

DOCUMENT_COLUMNS = [
    "doc", "path", "title", "published", "org_level", "province", "province_2025", "province_note", "place",
    "period_year",
    "period_span", "period_label", "format", "encoding", "n_chars", "n_facts", "sha256", "duplicate_of",
]
FACT_COLUMNS = [
    "doc", "fact_id", "value", "unit_class", "unit", "qualifier", "denominator", "target", "achievement_pct",
    "is_target", "subject", "indicator", "topic", "quote", "start", "end", "sentence", "sentence_start",
]
ISSUE_COLUMNS = ["doc", "path", "reason", "detail"]


FILE_COLUMNS = ["root", "path", "doc", "status"]


@dataclass
class Corpus:
    """The three tables of a set of reports (and the normalised texts, for tracing a figure back).

    ``files`` has one row per file met under the paths given (``root`` as given, ``path``, ``doc``, and
    ``status``: ``read`` or the issue's reason), so every file is accounted for.
    """

    documents: pd.DataFrame
    facts: pd.DataFrame
    issues: pd.DataFrame
    texts: dict[str, str]
    files: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=FILE_COLUMNS))

    def summary(self, files: bool = False, issues_file: str | None = None) -> str:
        """"5 reports, 200 figures, 0 problems" (", 1 warning" when a file was read with a note).

        With ``files``, every file is counted first: "7 files: 5 reports read, 200 figures, 2 problems (see
        issues.csv)" (see :func:`describe`)."""
        if files:
            return describe(self.files, self.documents, self.facts, self.issues, issues_file)
        n, f = len(self.documents), len(self.facts)
        w = int((self.issues["reason"] == "warning").sum())
        p = len(self.issues) - w
        text = f"{n} report{'s' * (n != 1)}, {f} figure{'s' * (f != 1)}, {p} problem{'s' * (p != 1)}"
        return text + (f", {w} warning{'s' * (w != 1)}" if w else "")


def describe(files: pd.DataFrame, documents: pd.DataFrame, facts: pd.DataFrame, issues: pd.DataFrame,
             issues_file: str | None = None) -> str:
    """The summary line of a run: "7 files: 5 reports read, 200 figures, 2 problems (see issues.csv)".

    Every file met is counted; problems are the issue rows other than warnings and our own output skipped
    (each said on its own), and target rows that matched nothing are counted apart."""
    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'s' * (n != 1)}"

    reasons = issues["reason"]
    skipped = int(reasons.isin(SKIPPED_REASONS).sum())
    warnings = int((reasons == "warning").sum())
    unmatched = int((reasons == "target_unmatched").sum())
    problems = len(issues) - skipped - warnings - unmatched
    text = (f"{plural(len(files), 'file')}: {plural(len(documents), 'report')} read, {plural(len(facts), 'figure')}, "
            f"{plural(problems, 'problem')}")
    if warnings:
        text += f", {plural(warnings, 'warning')}"
    if skipped:
        text += f", {skipped} skipped as our own output"
    if unmatched:
        text += f", {plural(unmatched, 'target')} matching no result"
    if issues_file and (problems or warnings or skipped or unmatched):
        text += f" (see {issues_file})"
    return text


# Issue reasons that are not problems: files deliberately left alone (the tool's own pages and tables).
SKIPPED_REASONS = frozenset({"skipped", "own_output"})


def read_reports(
    paths: str | os.PathLike | Iterable[str | os.PathLike],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[Path], None] | None = None,
) -> Corpus:
    """Read report files (or folders of them, recursively) into a :class:`Corpus`.

    A document's id (``doc``) is its path relative to the folder given (``bac-kan/2023/bao-cao.txt``), or its
    name for a file given directly, so one file has the same id on every run and ids are unique (when two
    folders given hold the same relative path, the folder's name is put in front). ``progress`` is called once
    per file with its path (the CLI uses it for a progress bar).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    doc_rows, fact_rows, issue_rows, file_rows, texts = [], [], [], [], {}
    seen_hashes: dict[str, str] = {}
    used_names: set[str] = set()
    seen_files: set[Path] = set()
    for root in [Path(p) for p in paths]:
        for item in iter_report_paths([root]):
            if isinstance(item, InputError):
                doc = _doc_id(Path(item.path), root, used_names)
                issue_rows.append(_issue(item, doc))
                file_rows.append({"root": str(root), "path": item.path, "doc": doc, "status": item.reason})
                continue
            key = item.resolve()
            if key in seen_files:  # the same file under two paths given: read once
                continue
            seen_files.add(key)
            if progress:
                progress(item)
            doc = _doc_id(item, root, used_names)
            file_row = {"root": str(root), "path": str(item), "doc": doc, "status": "read"}
            file_rows.append(file_row)
            try:
                raw = read_document(item, max_bytes=max_bytes)
            except InputError as exc:
                issue_rows.append(_issue(exc, doc))
                file_row["status"] = exc.reason
                continue
            digest = hashlib.sha256(raw.text.encode("utf-8")).hexdigest()
            duplicate_of = seen_hashes.get(digest)
            if duplicate_of:
                # still read, so every copy can be checked, but measurements count the text once
                issue_rows.append({"doc": doc, "path": str(item), "reason": "duplicate",
                                   "detail": f"Same text as {duplicate_of} (perhaps in another encoding or format); "
                                             "its figures are listed but not counted again in measurements."})
            else:
                seen_hashes[digest] = doc
            info = extract_document_info(raw.text, meta_title=raw.title, meta_published=raw.published)
            facts = extract_facts(raw.text)
            for i, fact in enumerate(facts):
                fact["doc"] = doc
                fact["fact_id"] = f"{doc}#{i + 1}"
            fact_rows.extend(facts)
            texts[doc] = raw.text
            doc_rows.append({
                "doc": doc, "path": str(item), **info, "format": raw.format, "encoding": raw.encoding,
                "n_chars": len(raw.text), "n_facts": len(facts), "sha256": digest, "duplicate_of": duplicate_of,
            })
            for warning in raw.warnings:
                issue_rows.append({"doc": doc, "path": str(item), "reason": "warning", "detail": warning})
            if not facts:
                issue_rows.append({"doc": doc, "path": str(item), "reason": "no_figures",
                                   "detail": "Read, but no reported figure was found in the text."})
    return Corpus(_documents_frame(doc_rows), _facts_frame(fact_rows), _frame(issue_rows, ISSUE_COLUMNS), texts,
                  _frame(file_rows, FILE_COLUMNS))


def _doc_id(path: Path, root: Path, used: set[str]) -> str:
    """``path`` relative to the folder ``root`` it was found under (its name when ``root`` is the file itself),
    made unique among ``used`` by the root folder's name, then a counter; the id is added to ``used``."""
    try:
        rel = path.relative_to(root).as_posix() if path != root else path.name
    except ValueError:
        rel = path.name
    rel = rel if rel not in ("", ".") else (path.name or str(path))
    doc = rel
    if doc in used and root.name and path != root:
        doc = f"{root.name}/{rel}"
    base, k = doc, 2
    while doc in used:
        doc = f"{base}~{k}"
        k += 1
    used.add(doc)
    return doc


def _issue(exc: InputError, doc: str | None = None) -> dict:
    return {"doc": doc or Path(exc.path).name, "path": exc.path, "reason": exc.reason, "detail": exc.detail}


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns) if rows else pd.DataFrame(columns=columns)
    return frame[columns]


def _documents_frame(rows: list[dict]) -> pd.DataFrame:
    from .catalogue import province_2025

    for row in rows:
        row["province_2025"] = province_2025(row["province"]) if row.get("province") else None
    frame = _frame(rows, DOCUMENT_COLUMNS)
    frame["published"] = frame["published"].astype("string")
    for col in ("period_year", "n_chars", "n_facts"):
        frame[col] = pd.to_numeric(frame[col]).astype("Int64")
    return frame


def _facts_frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    if frame.empty:
        return pd.DataFrame(columns=FACT_COLUMNS)
    try:
        from .indicators import assign_indicators

        frame = assign_indicators(frame)
    except ImportError:  # pragma: no cover - the indicator catalogue ships with the package
        frame["indicator"], frame["topic"] = None, "other"
    for col in ("value", "denominator", "target", "achievement_pct"):
        frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("float64")
    frame["is_target"] = frame["is_target"].astype(bool)
    return frame[FACT_COLUMNS + [c for c in frame.columns if c not in FACT_COLUMNS]]


# -- writing ------------------------------------------------------------------------------------------------
# Spreadsheet programs run a cell that starts with one of these as a formula (OWASP, "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def write_table(frame: pd.DataFrame, path: str | os.PathLike, *, formula_safe: bool = False) -> Path:
    """Write a table in the format its suffix names: .parquet, .csv (UTF-8) or .jsonl.

    ``formula_safe`` (CSV only): a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a CR gets a
    leading ``'``, as OWASP advises, so Excel or LibreOffice show it as text instead of running it as a formula
    (``=HYPERLINK(…)`` in a report, a file named ``=cmd|calc!A0.txt``). Numbers are never changed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        frame.to_parquet(path, index=False)
    elif suffix == ".csv":
        (defuse_formulas(frame) if formula_safe else frame).to_csv(path, index=False, encoding="utf-8")
    elif suffix == ".jsonl":
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        raise ValueError(f"{path}: unknown table format {suffix!r}; use .parquet, .csv or .jsonl")
    return path


def defuse_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells that a spreadsheet would run as a formula start with ``'``."""
    result = frame.copy()
    for column in frame.columns:
        values = frame[column]
        if values.dtype.kind not in "OSU" and not isinstance(values.dtype, pd.StringDtype):
            continue
        risky = values.map(lambda v: isinstance(v, str) and v.startswith(_FORMULA_START)).astype(bool)
        if risky.any():
            result[column] = result[column].astype(object)
            result.loc[risky, column] = "'" + values[risky].astype(str)
    return result


def read_table(path: str | os.PathLike) -> pd.DataFrame:
    """Read a table written by :func:`write_table`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return pd.read_parquet(path)
    if suffix == ".csv":
        return pd.read_csv(path, encoding="utf-8-sig")
    if suffix == ".jsonl":
        return pd.read_json(path, lines=True)
    raise ValueError(f"{path}: unknown table format {suffix!r}; use .parquet, .csv or .jsonl")
