"""Files and folders → the documents, facts and issues tables (writing and reading them: :mod:`wuanalysis.tables_io`).

``read_reports`` never stops on a bad file: every path given ends up either as a row of ``documents`` or
as a row of ``issues`` (and a document that yields no figure is in both), so nothing vanishes silently.
"""
from __future__ import annotations

import json
import os
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .cache import CachedFacts, ExtractionCache, file_key
from .corpus_tasks import (  # noqa: F401  (the workers' tasks and pool, here too)
    BATCH, _Done, _extraction, _init_worker, _split, _stops_held, _stops_released, extract_batch, extract_one,
)
from .errors import InputError
from .facts_arrow import FACT_COLUMNS, facts_from_pieces  # noqa: F401  (FACT_COLUMNS: here too)
from .readers import DEFAULT_MAX_BYTES, iter_report_paths
from .tables_io import defuse_formulas, read_table, write_table  # noqa: F401  (the tables' readers and writers, here too)

DOCUMENT_COLUMNS = [
    "doc", "path", "title", "published", "org_level", "province", "province_2025", "province_note", "place",
    "period_year",
    "period_span", "period_label", "period_rule", "format", "encoding", "n_chars", "n_facts", "sha256", "duplicate_of",
]
ISSUE_COLUMNS = ["doc", "path", "reason", "detail"]


FILE_COLUMNS = ["root", "path", "doc", "status", "sha256", "bytes"]
SINK_FACTS = 16_384  # facts given to read_reports's facts_sink at a time (whole documents: a few more)


@dataclass
class Corpus:
    """The three tables of a set of reports (and the normalised texts, for tracing a figure back).

    ``files`` has one row per file met under the paths given (``root`` as given, ``path``, ``doc``, and
    ``status``: ``read`` or the issue's reason, ``sha256`` and ``bytes`` of the file), so every file is
    accounted for. ``texts`` maps each document to its text (held compressed, given as a ``str``).
    """

    documents: pd.DataFrame
    facts: pd.DataFrame
    issues: pd.DataFrame
    texts: Mapping[str, str]
    files: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=FILE_COLUMNS))
    stats: dict = field(default_factory=dict)  # files met, extracted now, taken from the cache
    counted: int | None = field(default=None, repr=False, compare=False)  # the facts, when not kept (read_reports)

    @property
    def n_facts(self) -> int:
        return len(self.facts) if self.counted is None else self.counted

    def summary(self, files: bool = False, issues_file: str | None = None) -> str:
        """"5 reports, 200 figures, 0 problems" (", 1 warning" when a file was read with a note).

        With ``files``, every file is counted first: "7 files: 5 reports read, 200 figures, 2 problems (see
        issues.csv)" (see :func:`describe`)."""
        if files:
            return describe(self.files, self.documents, self.n_facts, self.issues, issues_file)
        n, f = len(self.documents), self.n_facts
        w = int((self.issues["reason"] == "warning").sum())
        p = len(self.issues) - w
        text = f"{n} report{'s' * (n != 1)}, {f} figure{'s' * (f != 1)}, {p} problem{'s' * (p != 1)}"
        return text + (f", {w} warning{'s' * (w != 1)}" if w else "")


class BuiltCorpus(Corpus):
    """The corpus of a build: its facts were written first and are read back from the facts table written (the
    staging folder's, then ``out``'s) when first asked for, so a national build does not hold them while it
    measures and writes the rest. ``n_facts`` counts them without reading them."""

    _facts: pd.DataFrame | None
    _facts_path: Path | None

    def __init__(self, documents: pd.DataFrame, facts: pd.DataFrame, *args, n_facts: int | None = None,
                 **kwargs) -> None:
        super().__init__(documents, facts, *args, **kwargs)
        self._n_facts, self._facts_path = len(facts) if n_facts is None else n_facts, None

    @property
    def n_facts(self) -> int:
        return self._n_facts

    @property
    def facts(self) -> pd.DataFrame:
        if self._facts is None:
            assert self._facts_path is not None
            self._facts = read_table(self._facts_path)
        return self._facts

    @facts.setter
    def facts(self, value: pd.DataFrame | None) -> None:
        self._facts = value

    def facts_written(self, path: Path) -> None:
        """The facts are in ``path`` (and let go) if it exists; else they stay as they are."""
        if path.exists():
            self._facts_path, self._facts = path, None


def describe(files: pd.DataFrame, documents: pd.DataFrame, facts: pd.DataFrame | int, issues: pd.DataFrame,
             issues_file: str | None = None) -> str:
    """The summary line of a run: "7 files: 5 reports read, 200 figures, 2 problems (see issues.csv)".

    Every file met is counted; problems are the issue rows other than warnings and our own output skipped
    (each said on its own), and target rows that matched nothing are counted apart."""
    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'s' * (n != 1)}"

    n_facts = facts if isinstance(facts, int) else len(facts)
    reasons = issues["reason"]
    skipped = int(reasons.isin(SKIPPED_REASONS).sum())
    warnings = int((reasons == "warning").sum())
    unmatched = int((reasons == "target_unmatched").sum())
    problems = len(issues) - skipped - warnings - unmatched
    text = (f"{plural(len(files), 'file')}: {plural(len(documents), 'report')} read, {plural(n_facts, 'figure')}, "
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
    workers: int | None = None,
    cache: str | os.PathLike | ExtractionCache | None = None,
    survey: list | None = None,
    facts_sink: Callable[[pd.DataFrame], None] | None = None,
    facts_columns: Iterable[str] | None = None,
    pool=None,
    piece_sink: Callable[[str, object, dict], None] | None = None,
    keep_facts: bool = True,
    reuse: Callable[[str, dict], bool] | None = None,
) -> Corpus:
    """Read report files (or folders of them, recursively) into a :class:`Corpus`.

    A document's id (``doc``) is its path relative to the folder given (``bac-kan/2023/bao-cao.txt``), or its
    name for a file given directly, so one file has the same id on every run and ids are unique (when two
    folders given hold the same relative path, the folder's name is put in front). ``progress`` is called once
    per file with its path as it is done (the CLI uses it for a progress bar).

    Files are read and extracted by ``workers`` processes (default: one per CPU; 1 reads in this process); the
    tables are the same, row for row, whatever the number. With ``cache`` (a folder, such as ``out/.wuanalysis``:
    see :mod:`wuanalysis.cache`) a file whose bytes were extracted before by the same version is not read again,
    and the cache is updated to hold exactly the files read now (given an :class:`~wuanalysis.cache.ExtractionCache`,
    its entries are given to it as they come (:meth:`~wuanalysis.cache.ExtractionCache.put`) for the caller to
    save); ``Corpus.stats`` counts both kinds. ``survey`` is what :func:`survey_reports` found for the same
    ``paths``, when the caller looked first.

    ``facts_sink`` is given the facts table a part at a time (:data:`SINK_FACTS` facts or more, whole documents, in
    order) as the files are read, so a build writes them while the workers go on; ``facts_columns`` limits the
    corpus's own facts table to those columns (and ``doc``, ``fact_id``). ``piece_sink(doc, facts, row)`` is given
    each document's facts as an Arrow table (without ``doc`` and ``fact_id``; None when it has none) and its
    document row, in order, before its facts reach ``facts_sink``; without ``keep_facts`` the corpus's facts table
    is left empty (``n_facts`` counts them): a build keeps them by province (:mod:`wuanalysis.facts_parts`)
    and never makes the whole table. ``pool`` (a multiprocessing pool of ``workers`` processes, such as a build's)
    extracts instead of a pool of its own.

    ``reuse(doc, {"sha256": …, "n_facts": …})`` (a build's, with a cache that saves into its new folder and
    without ``keep_facts``) says whether the caller takes a cached document's facts tables from elsewhere (the
    previous build's: :mod:`wuanalysis.facts_splice`): its facts are then not read; ``piece_sink`` is given where
    the cache holds them (a :class:`~wuanalysis.cache.CachedFacts`) and ``facts_sink`` never gets them (the facts
    before it are given first).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be 1 or more, not {workers}")
    store = cache if isinstance(cache, ExtractionCache) or cache is None else ExtractionCache(cache)
    if keep_facts or store is None or store.save_into is None:
        reuse = None  # the facts are read: the corpus keeps them, or the cache is written where it was loaded
    # 1. Every file met, in order, with its id and the key of its bytes; files to extract are the ones not cached.
    entries = [(dict(row), error, key) for row, error, key in (survey or survey_reports(paths, max_bytes))]
    todo = [(row["doc"], row["path"], max_bytes) for row, error, key in entries
            if error is None and (store is None or not store.has(key))]
    # 2. Extract what is not cached (in a pool), then put every file's rows together in the order met.
    reading = _Reading(store, max_bytes, progress, reuse, facts_sink, piece_sink, keep_facts)
    reading.stats.update(files=len(entries), extracted=len(todo))
    if store is not None:
        store.start(new=bool(todo))  # a build's cache saves the entries as they come when a file is new
    with _extraction(todo, workers, pool) as results:
        for file_row, error, key in entries:
            reading.file(file_row, error, key, results)
    reading.sink_the_rest()
    # 3. The cache updated, and the tables made.
    if store is not None:
        _close_cache(store, saves=store is not cache and bool(reading.doc_rows))
    return reading.corpus(entries, facts_columns)


def _close_cache(store: ExtractionCache, saves: bool) -> None:
    """The read is over; a cache folder given as such (a build saves into its new folder) is updated now when
    ``saves`` (a report was read)."""
    store.stop()
    if saves:
        try:
            store.save()
        except OSError:  # a cache that cannot be written costs time on the next run, nothing else
            pass


class _Reading:
    """One :func:`read_reports` call's rows as its files come, in the order met: each file's document and issue
    rows, its text, and its facts (kept, given to the sinks, or counted), with what was extracted or cached."""

    def __init__(self, store: ExtractionCache | None, max_bytes: int, progress: Callable[[Path], None] | None,
                 reuse: Callable[[str, dict], bool] | None, facts_sink: Callable[[pd.DataFrame], None] | None,
                 piece_sink: Callable[[str, object, dict], None] | None, keep_facts: bool) -> None:
        self.store, self.max_bytes, self.progress, self.reuse = store, max_bytes, progress, reuse
        self.facts_sink, self.piece_sink, self.keep_facts = facts_sink, piece_sink, keep_facts
        self.doc_rows: list[dict] = []
        self.issue_rows: list[dict] = []
        self.texts = Texts()
        self.pieces: list = []
        self.unsent: list[tuple[str, object]] = []  # pieces not yet given to facts_sink
        self.held = 0  # the facts in unsent
        self.n_facts = 0
        self.seen_hashes: dict[str, str] = {}
        self.stats = {"files": 0, "extracted": 0, "cached": 0}

    def file(self, file_row: dict, error: InputError | None, key: str | None, results) -> None:
        """One file met: its issue when it could not be found or read, else its document (from the cache, or the
        next of the extraction's ``results``, which come back in the order sent)."""
        if error is not None:
            self.issue_rows.append(_issue(error, file_row["doc"]))
            return
        doc, item = file_row["doc"], file_row["path"]
        cached = self._cached(doc, key)
        if cached is not None:
            self.stats["cached"] += 1
            entry, table, kept = cached
        else:
            done = self._extracted(doc, item, key, results)
            if done.error is not None:
                error = InputError(*done.error)
                self.issue_rows.append(_issue(error, doc))
                file_row["status"] = error.reason
                if self.progress:
                    self.progress(Path(item))
                return
            assert done.entry is not None  # set whenever error is None
            entry, table = done.entry, done.facts
            kept = table
        if key is not None and self.store is not None:
            self.store.put(key, entry, kept)
        if self.progress:
            self.progress(Path(item))
        self._document(doc, item, entry, table)

    def _cached(self, doc: str, key: str | None) -> tuple[dict, object, object] | None:
        """(entry, facts, what the cache keeps) of a file the cache holds, or None: the facts are where the new
        cache links them (a :class:`~wuanalysis.cache.CachedFacts`) when the caller takes them from the previous
        build (``reuse``), else read from the cache (None too when they cannot be)."""
        store = self.store
        if store is None or key is None or not store.has(key):
            return None
        ref = store.ref(key) if store.save_into is not None else None  # linked by the new cache
        entry = store.row(key)
        if ref is not None and self.reuse is not None and self.reuse(doc, {"sha256": entry["text_sha256"],
                                                                           "n_facts": entry["n_facts"]}):
            return entry, ref, ref  # the caller takes its rows from the previous build's tables
        got = store.get(key)
        if got is None:
            return None
        return got[0], got[1], ref if ref is not None else got[1]

    def _extracted(self, doc: str, item: str, key: str | None, results):
        """The file's extraction: the next of ``results``, or here when its cached facts could not be read."""
        if self.store is not None and self.store.has(key):  # its cached facts could not be read: extracted here
            done = extract_one((doc, item, self.max_bytes))
            self.stats["extracted"] += 1
        else:
            done = next(results)
        assert done.doc == doc, (done.doc, doc)  # results come back in the order sent
        return done

    def _document(self, doc: str, item: str, entry: dict, table) -> None:
        """A document read: its row (a duplicate's issue when its text was met before), its text, its facts, and
        its warnings and its issue when it has no figure."""
        digest = entry["text_sha256"]
        duplicate_of = self.seen_hashes.get(digest)
        if duplicate_of:
            # still read, so every copy can be checked, but measurements count the text once
            self.issue_rows.append({"doc": doc, "path": item, "reason": "duplicate",
                                    "detail": f"Same text as {duplicate_of} (perhaps in another encoding or format); "
                                              "its figures are listed but not counted again in measurements."})
        else:
            self.seen_hashes[digest] = doc
        self.texts.put(doc, entry["text_z"])
        row = {"doc": doc, "path": item, **json.loads(entry["info"]), "format": entry["format"],
               "encoding": entry["encoding"], "n_chars": entry["n_chars"], "n_facts": entry["n_facts"],
               "sha256": digest, "duplicate_of": duplicate_of}
        self.doc_rows.append(row)
        self.n_facts += table.num_rows if table is not None else 0
        self._facts(doc, table, row)
        for warning in entry["warnings"] or []:
            self.issue_rows.append({"doc": doc, "path": item, "reason": "warning", "detail": warning})
        if not entry["n_facts"]:
            self.issue_rows.append({"doc": doc, "path": item, "reason": "no_figures",
                                    "detail": "Read, but no reported figure was found in the text."})

    def _facts(self, doc: str, table, row: dict) -> None:
        """A document's facts given on: to ``piece_sink``, kept, and to ``facts_sink`` a part at a time (those
        the caller takes elsewhere never; the ones before them are given first)."""
        if self.facts_sink is not None and isinstance(table, CachedFacts):  # taken elsewhere: those before it go
            self.sink_the_rest()
        if self.piece_sink is not None:
            self.piece_sink(doc, table, row)
        if self.keep_facts:
            self.pieces.append((doc, table))
        if self.facts_sink is not None and not isinstance(table, CachedFacts):
            self.unsent.append((doc, table))
            self.held += table.num_rows if table is not None else 0
            if self.held >= SINK_FACTS:
                self.sink_the_rest()

    def sink_the_rest(self) -> None:
        """The facts not yet given to ``facts_sink`` given now (if any)."""
        if self.facts_sink is not None and self.held:
            self.facts_sink(facts_from_pieces(self.unsent))
        self.unsent, self.held = [], 0

    def corpus(self, entries: list, facts_columns: Iterable[str] | None) -> Corpus:
        """The tables read, as a :class:`Corpus` (its facts limited to ``facts_columns``, with ``doc`` and
        ``fact_id``; without ``keep_facts``, none, counted)."""
        columns = None if facts_columns is None else set(facts_columns)
        corpus = Corpus(_documents_frame(self.doc_rows), facts_from_pieces(self.pieces, columns),
                        _frame(self.issue_rows, ISSUE_COLUMNS), self.texts, _frame([e[0] for e in entries],
                                                                                  FILE_COLUMNS))
        corpus.stats = self.stats
        if not self.keep_facts:
            corpus.counted = self.n_facts
        return corpus


def survey_reports(paths: str | os.PathLike | Iterable[str | os.PathLike],
                   max_bytes: int = DEFAULT_MAX_BYTES) -> list[tuple[dict, InputError | None, str | None]]:
    """Every file under ``paths``, in order, without reading it as a report: (its row of ``Corpus.files``, the
    error met while looking for it or None, the SHA-256 of its bytes or None when over ``max_bytes``)."""
    entries: list[tuple[dict, InputError | None, str | None]] = []
    used_names: set[str] = set()
    for root, item in _files_met(paths):
        if isinstance(item, InputError):
            doc = _doc_id(Path(item.path), root, used_names)
            entries.append(({"root": str(root), "path": item.path, "doc": doc, "status": item.reason,
                             "sha256": None, "bytes": None}, item, None))
            continue
        doc = _doc_id(item, root, used_names)
        key, size = file_key(item, max_bytes)
        entries.append(({"root": str(root), "path": str(item), "doc": doc, "status": "read", "sha256": key,
                         "bytes": size}, None, key))
    return entries


def count_reports(paths: str | os.PathLike | Iterable[str | os.PathLike]) -> int:
    """How many files :func:`read_reports` will go through for ``paths`` (the ones its ``progress`` is called for:
    every file met but those that could not be found or are never reports), from a walk of the folders alone:
    nothing is read."""
    return sum(1 for _root, item in _files_met(paths) if not isinstance(item, InputError))


def _files_met(paths: str | os.PathLike | Iterable[str | os.PathLike]) -> Iterator[tuple[Path, Path | InputError]]:
    """Every file under ``paths`` (:func:`~wuanalysis.readers.iter_report_paths`), in order, with the path given it
    was found under; the same file under two paths given, once."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    seen_files: set[object] = set()
    for root in [Path(p) for p in paths]:
        for item in iter_report_paths([root]):
            if not isinstance(item, InputError):
                try:  # the same file under two paths given: read once (its device and inode: cheaper than resolve)
                    st = os.stat(item)
                    identity: object = (st.st_dev, st.st_ino)
                except OSError:
                    identity = item
                if identity in seen_files:
                    continue
                seen_files.add(identity)
            yield root, item


class Texts(Mapping):
    """Each document's normalised text, kept compressed (a national corpus's texts would fill the memory as
    strings): ``texts[doc]`` is the text, as a ``str``."""

    def __init__(self):
        self._packed: dict[str, bytes] = {}

    def put(self, doc: str, packed: bytes) -> None:
        self._packed[doc] = packed

    def __getitem__(self, doc: str) -> str:
        return zlib.decompress(self._packed[doc]).decode("utf-8")

    def __iter__(self):
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)


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
