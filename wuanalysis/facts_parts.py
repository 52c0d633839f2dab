"""The facts of a build bucketed by province as they are read, so that no process holds the whole facts table.

A measuring part (:func:`wuanalysis.measure_parts.province_plan`) is a run of whole provinces. Each document's
facts (its Arrow table, as the extractor or the cache gives it) go to its province's bucket as the reports are
read (a duplicate's are left out, as measuring leaves them out; the reports without a province share one
bucket); every :data:`FLUSH_FACTS` facts, each bucket's are written to disk in an Arrow file, in the order read. When a
part is measured, :func:`read_facts` reads the files of its provinces and makes its facts frame exactly as the
whole frame would have them (:func:`wuanalysis.facts_arrow.facts_from_pieces`: the same rows, values, types and
order; only the sentences' categories are the part's own), so the build's workers each read their own part and
the parent never makes the narrow facts frame of the corpus (0.45 GiB at 20,000 reports).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from .cache import CachedFacts
from .facts_arrow import facts_from_pieces
from .tables_io import read_arrow, write_arrow

FLUSH_FACTS = 16_384  # facts held (all buckets together) before every bucket's are written (a few MiB of Arrow)
INDEX = "buckets.json"  # in the folder: each province's files, in order (written by FactsBuckets.close)
_DOCS = b"wuanalysis_docs"  # a file's schema metadata: its documents (place in the table, name), numbers of facts
_DUPLICATES = object()  # the bucket of the duplicates' facts (listed, never measured)


class FactsBuckets:
    """Each document's facts put in its province's bucket (:meth:`add`), written into ``folder`` as they come.
    ``columns`` are the facts' columns kept (the measured ones). :meth:`close` writes what is held and the index
    that :func:`read_facts` reads. A file that cannot be written raises its ``OSError`` (``filename`` set), from
    :meth:`add` or :meth:`close`: the caller stops the build and names it."""

    def __init__(self, folder: str | Path, columns: Iterable[str]):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.columns = tuple(columns)
        self.rows = 0  # facts bucketed
        self._index: dict[Any, int] = {}  # province (None: no province; _DUPLICATES) -> its bucket's number
        self._seen = 0  # documents given: each piece's place in the table
        self._held: dict[int, list[tuple[str, Any]]] = {}
        self._held_rows = 0  # facts held, all buckets together
        self._files: dict[int, list] = {}  # a bucket's files, and cached documents' facts (see _flush)

    def add(self, doc: str, table, row: dict) -> None:
        """Document ``doc``'s facts (``table``, None or empty when it has none), ``row`` its document row. A
        duplicate's go to a bucket of their own, never measured (:func:`read_all` reads them)."""
        self._seen += 1
        if table is None or not table.num_rows:
            return
        province = row.get("province")
        key = province if isinstance(province, str) else None  # as measure_parts sorts them: no province last
        number = self._index.setdefault(_DUPLICATES if row.get("duplicate_of") else key, len(self._index))
        self._held.setdefault(number, []).append((f"{self._seen - 1}\0{doc}", table))
        self.rows += table.num_rows
        if isinstance(table, CachedFacts):  # where the extraction cache holds them: read from there when measured
            return
        self._held_rows += table.num_rows
        if self._held_rows >= FLUSH_FACTS:  # a document's table holds its batch's buffers: let go
            for held in list(self._held):
                self._flush(held)
            self._held_rows = 0

    def close(self) -> None:
        """Everything held written, then the index (province -> files)."""
        for number in list(self._held):
            self._flush(number)
        index = [[key if key is not _DUPLICATES else None, key is _DUPLICATES, self._files.get(number, [])]
                 for key, number in self._index.items()]
        path = self.folder / INDEX
        try:
            path.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
        except OSError as exc:
            raise _named(exc, path) from None

    def _flush(self, number: int) -> None:
        """Bucket ``number``'s pieces held written: runs of tables as a file each, a cached document's facts as
        where the cache holds them (place in the table, name, cache file, first row, rows)."""
        files = self._files.setdefault(number, [])
        run: list = []
        for doc, table in self._held.pop(number):
            if isinstance(table, CachedFacts):
                if run:
                    self._write(number, run)
                    run = []
                files.append([*doc.split("\0", 1), table.path, table.first, table.rows])
            else:
                run.append((doc, table))
        if run:
            self._write(number, run)

    def _write(self, number: int, pieces: list) -> None:
        import pyarrow as pa

        tables = [t.select([c for c in t.column_names if c in self.columns]) for _doc, t in pieces]
        table = pa.concat_tables(tables, promote_options="permissive").unify_dictionaries().combine_chunks()
        docs = json.dumps([[*doc.split("\0", 1), t.num_rows] for doc, t in pieces], ensure_ascii=False)
        table = table.replace_schema_metadata({_DOCS: docs.encode("utf-8")})
        files = self._files[number]
        path = self.folder / f"{number:04d}-{len(files):05d}.arrow"
        try:
            write_arrow(table, path, compression=None)  # read once and removed: not worth compressing
        except OSError as exc:
            raise _named(exc, path) from None
        files.append(path.name)


def _named(exc: OSError, path: Path) -> OSError:
    """``exc`` with the file it was about (pyarrow's errors do not always carry it)."""
    if exc.filename is None:
        named = OSError(exc.errno, exc.strerror or str(exc), str(path))
        named.__cause__ = exc
        return named
    return exc


def read_facts(folder: str | Path, columns: Sequence[str], provinces: Sequence[str | None]) -> pd.DataFrame:
    """The facts of ``provinces`` (None: the reports without a province), in that order, each province's in the
    order they were read: the frame :func:`~wuanalysis.facts_arrow.facts_from_pieces` makes of their documents'
    tables with ``columns`` (a fresh index). A module-level function of names only, so a build's worker process
    can be handed it (``functools.partial(read_facts, folder, columns)``)."""
    buckets = _index(folder)
    opened: dict = {}  # the cache's files read for this part (their documents' facts are often side by side)
    pieces = [piece for province in provinces for item in buckets.get((province, False), [])
              for _place, piece in _pieces(Path(folder), item, columns, opened)]
    return facts_from_pieces(pieces, set(columns))


def read_all(folder: str | Path, columns: Sequence[str]) -> pd.DataFrame:
    """The facts of every bucket (the duplicates' too), in the order they were read: the corpus's whole frame of
    ``columns``, as :func:`~wuanalysis.facts_arrow.facts_from_pieces` makes it of all the documents' tables."""
    opened: dict = {}
    placed = [piece for items in _index(folder).values() for item in items
              for piece in _pieces(Path(folder), item, columns, opened)]
    placed.sort(key=lambda item: item[0])
    return facts_from_pieces([piece for _place, piece in placed], set(columns))


def _pieces(folder: Path, item, columns: Sequence[str], opened: dict) -> list[tuple[int, tuple[str, Any]]]:
    """(place in the table, (document, its facts)) of each document of a bucket's file, or of a cached document
    (``item`` a list: its place, name, cache file, first row, rows; the file read once per call, in ``opened``)."""
    if isinstance(item, list):
        place, doc, path, first, n = item
        if path not in opened:
            import pyarrow.parquet as pq

            names = pq.read_schema(path).names
            if len(opened) >= 4:  # a few files held: a part's documents are mostly side by side
                opened.pop(next(iter(opened)))
            opened[path] = pq.read_table(path, columns=[c for c in names if c in columns])
        return [(int(place), (doc, opened[path].slice(first, n)))]
    table = read_arrow(folder / item)
    out, start = [], 0
    for place, doc, n in json.loads(table.schema.metadata[_DOCS]):
        out.append((int(place), (doc, table.slice(start, n))))
        start += n
    return out


def _index(folder: str | Path) -> dict:
    where = Path(folder) / INDEX
    return _read_index(str(where), where.stat().st_mtime_ns)


@lru_cache(maxsize=2)
def _read_index(path: str, _stamp: int) -> dict:
    """(province, duplicates?) -> its files, read once per process (a worker reads it for each of its parts)."""
    return {(key, duplicates): names for key, duplicates, names in json.loads(Path(path).read_text(encoding="utf-8"))}
