"""The facts tables of a re-run made from the previous build's files: an unchanged document's rows are copied.

A document's rows of ``facts.csv`` and ``facts.parquet`` depend only on its id, its facts (which follow from its
text and the code) and the libraries that format them. So a build records, for each document with facts, its
text's SHA-256, its number of facts, the length of its rows in ``facts.csv`` and which of the columns that may be
empty it fills (:class:`FactsIndex`, ``out/.wuanalysis/facts/index.json``), with the facts the targets are read
from (``targets.arrow``). The next build, for a document found there under the same id and text
(:meth:`PreviousFacts.reusable`), copies its byte range of the previous ``facts.csv`` and its rows of the
previous ``facts.parquet`` (:class:`PreviousRows`, read where the Parquet file is written), and never reads its
facts from the extraction cache; new or changed documents' rows are formatted as in a cold build, in their
place. The tables are byte for byte those of a cold build (``tests/test_incremental_splice.py``). The index is
trusted only for the same code and library versions and while both files are the ones it describes (size and
modification time).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

FOLDER = "facts"  # in out/.wuanalysis
INDEX = "index.json"
TARGETS = "targets.arrow"
TEXT_TARGETS = "text-targets.arrow"  # the rows of the targets table the reports state, and each document's key
TARGET_KEYS = "target-keys.arrow"
FORMAT = 1


def versions() -> str:
    """What the rows' bytes depend on besides a document's facts: all the package's code and the libraries."""
    import pandas as pd
    import pyarrow as pa

    from .cache import fingerprint

    return f"{FORMAT} {fingerprint(everything=True)} pandas {pd.__version__} pyarrow {pa.__version__}"


def _stamp(path: Path) -> list[int]:
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns]


class FactsIndex:
    """What a build records of its facts tables, document by document, in order (written by :meth:`write`)."""

    def __init__(self) -> None:
        self.docs: list[list] = []  # [doc, text sha256, facts, bytes in facts.csv, columns filled (bits)]
        self.valid = True  # False when a part's CSV rows were written by pandas (lengths unknown)
        self.header = b""
        self.columns: list[str] = []

    def add(self, doc: str, sha: str, n: int, length: int, filled: int) -> None:
        self.docs.append([doc, sha, n, length, filled])

    def write(self, folder: Path, csv: Path, parquet: Path, targets: pd.DataFrame | None,
              text_targets: tuple | None = None) -> None:
        """The index into ``folder`` (``staging/.wuanalysis/facts``), describing ``csv`` and ``parquet`` as they
        are now, with the target facts (``targets``) and the targets table's rows stated in the reports and each
        document's key (``text_targets``); an invalid index (or one whose files are missing) is not written, so
        that none is carried over."""
        from .tables_io import write_frame

        folder.mkdir(parents=True, exist_ok=True)
        for name in (INDEX, TARGETS, TEXT_TARGETS, TARGET_KEYS):
            (folder / name).unlink(missing_ok=True)
        if not (self.valid and self.docs and csv.exists() and parquet.exists()):
            return
        if targets is not None:
            write_frame(targets, folder / TARGETS)
        if text_targets is not None:
            write_frame(text_targets[0], folder / TEXT_TARGETS)
            write_frame(text_targets[1], folder / TARGET_KEYS)
        record = {"versions": versions(), "header": self.header.decode("utf-8"), "columns": self.columns,
                  "csv": _stamp(csv), "parquet": _stamp(parquet), "docs": self.docs, "targets": targets is not None}
        temporary = folder / f".{INDEX}.tmp"
        temporary.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, folder / INDEX)


class PreviousFacts:
    """The facts tables of the build in ``out``, as its index describes them, when they can be reused: ``None``
    from :meth:`load` otherwise (another code or library version, a file changed or missing, no index)."""

    def __init__(self, out: Path, record: dict):
        self.csv, self.parquet = out / "facts.csv", out / "facts.parquet"
        self.header = record["header"].encode("utf-8")
        self.columns: list[str] = record["columns"]
        self.has_targets = bool(record.get("targets"))
        self.folder = out
        self._docs: dict[str, tuple] = {}
        csv_at, row_at = len(self.header), 0  # the rows come after the header
        for doc, sha, n, length, filled in record["docs"]:
            self._docs[doc] = (sha, n, csv_at, length, row_at, filled)
            csv_at += length
            row_at += n
        self._targets: Any = None
        self.targets_path = out / "." / TARGETS  # set by load

    @classmethod
    def load(cls, out: Path, cache_dir: str) -> PreviousFacts | None:
        folder = out / cache_dir / FOLDER
        try:
            record = json.loads((folder / INDEX).read_text(encoding="utf-8"))
            if record.get("versions") != versions():
                return None
            if _stamp(out / "facts.csv") != record["csv"] or _stamp(out / "facts.parquet") != record["parquet"]:
                return None
            previous = cls(out, record)
            if not previous.has_targets or not (folder / TARGETS).exists():
                return None
        except (OSError, ValueError, KeyError, TypeError):
            return None
        previous.targets_path = folder / TARGETS
        return previous

    def reusable(self, doc: str, row: dict) -> tuple | None:
        """(CSV start, CSV length, first row, rows, columns filled) of ``doc``'s rows when they are those of the
        document ``row`` describes (same id, text and number of facts), else None."""
        found = self._docs.get(doc)
        if found is None or found[0] != row.get("sha256") or found[1] != row.get("n_facts") or not found[1]:
            return None
        _sha, n, csv_at, length, row_at, filled = found
        return csv_at, length, row_at, n, filled

    def text_targets(self) -> tuple[pd.DataFrame, pd.DataFrame] | None:
        """(the previous build's rows of the targets table stated in the reports, each document's key), or None."""
        from .tables_io import read_frame

        folder = self.targets_path.parent
        try:
            return read_frame(folder / TEXT_TARGETS), read_frame(folder / TARGET_KEYS)
        except (OSError, ValueError, KeyError):
            return None
        except Exception:  # pyarrow's errors for a damaged file
            return None

    def target_range(self, doc: str) -> tuple[int, int]:
        """Where ``doc``'s rows are in the previous build's target facts (first, end; empty when it had none)."""
        if self._targets is None:
            from .tables_io import read_frame

            frame = read_frame(self.targets_path)
            ranges: dict[str, list[int]] = {}
            for position, name in enumerate(frame["doc"].tolist()):
                ranges.setdefault(name, [position, position])[1] = position + 1
            self._targets = (frame, ranges)
        found = self._targets[1].get(doc)
        if found is None:  # where the rows of the documents before it end: a run of copies goes on
            return (-1, -1)
        return (found[0], found[1])

    def targets_between(self, first: int, end: int) -> pd.DataFrame:
        """Rows ``first`` to ``end`` of the previous build's target facts."""
        return self._targets[0].iloc[first:end]


class PreviousRows:
    """Consecutive rows of the previous ``facts.parquet``, read where the Parquet file is written (it pickles):
    :meth:`read` gives them as the Arrow table the rows were written from, :attr:`meta` their part's pandas
    metadata (a column that may be empty is empty when none of the rows fills it, as their frame would say)."""

    def __init__(self, parquet: Path, first: int, rows: int, filled: int, columns: list[str]):
        self.path, self.first, self.rows, self.filled, self.columns = str(parquet), first, rows, filled, columns

    def extend(self, first: int, rows: int, filled: int) -> bool:
        """Take the next document's rows when they follow these in the file."""
        if first != self.first + self.rows:
            return False
        self.rows += rows
        self.filled |= filled
        return True

    def schema(self):
        import pyarrow as pa

        schema = _file(self.path).schema_arrow
        fields = []
        for i, f in enumerate(schema):
            empty = _may_be_empty(schema, f.name) and not self.filled >> i & 1
            fields.append(pa.field(f.name, pa.null()) if empty else f)
        return pa.schema(fields)

    def meta(self) -> dict:
        schema = _file(self.path).schema_arrow
        meta = json.loads(schema.metadata[b"pandas"])
        columns = []
        for i, entry in enumerate(meta["columns"]):
            if _may_be_empty(schema, entry["name"]) and not self.filled >> i & 1:
                entry = {**entry, "pandas_type": "empty"}
            columns.append(entry)
        meta["columns"] = columns
        return meta

    def read(self):
        """The rows, as Arrow (from the row groups they lie in, each decoded once per process while the rows are
        read in order)."""
        import pyarrow as pa

        pieces = list(self.pieces())
        return pa.concat_tables(pieces) if len(pieces) > 1 else pieces[0]

    def pieces(self):
        """:meth:`read`'s rows a row group of the file at a time (a run of unchanged reports may be the whole file:
        its row groups decoded at once were the largest process of a re-run at 20,000 reports)."""
        source = _file(self.path)
        metadata = source.metadata
        start, given = 0, False
        for g in range(metadata.num_row_groups):
            n = metadata.row_group(g).num_rows
            if start + n > self.first and start < self.first + self.rows:
                first = max(self.first, start)
                end = min(self.first + self.rows, start + n)
                given = True
                yield _group(self.path, g).slice(first - start, end - first).replace_schema_metadata(None)
            start += n
        if not given:
            yield source.schema_arrow.empty_table().replace_schema_metadata(None)


def _may_be_empty(schema, name: str) -> bool:
    """Whether a part's pandas metadata calls the column ``empty`` when all its values are missing (a column of
    Python objects; a text column of pandas's own type is never empty)."""
    meta = json.loads(schema.metadata[b"pandas"])
    return any(e["name"] == name and e["numpy_type"] == "object" for e in meta["columns"])


_FILES: dict = {}
_GROUPS: dict = {}  # (path, row group) -> its table: the last two decoded


def _group(path: str, number: int):
    source = _file(path)
    if (source, number) not in _GROUPS:
        while len(_GROUPS) >= 2:
            _GROUPS.pop(next(iter(_GROUPS)))
        _GROUPS[(source, number)] = source.read_row_group(number)
    return _GROUPS[(source, number)]


def _file(path: str):
    """The previous ``facts.parquet`` opened once per process and file (its footer read once; a build in the same
    process later finds another file under the same name)."""
    import pyarrow.parquet as pq

    st = os.stat(path)
    stamp = (path, st.st_ino, st.st_size, st.st_mtime_ns)
    if stamp not in _FILES:
        _FILES.clear()
        _GROUPS.clear()
        _FILES[stamp] = pq.ParquetFile(path)
    return _FILES[stamp]


def forget() -> None:
    """Let go of the previous ``facts.parquet`` opened here and its row groups (a build's end)."""
    _FILES.clear()
    _GROUPS.clear()


def filled_bits(frame: pd.DataFrame, starts, columns: list[str]) -> list[int]:
    """For each document of ``frame`` (its rows begin at ``starts``), the columns of ``columns`` that may be
    empty (objects) and that its rows fill, as bits."""
    import numpy as np

    bits = np.zeros(len(starts), dtype=np.int64)
    for i, c in enumerate(columns):
        if c in frame.columns and frame[c].dtype == object:
            bits |= np.logical_or.reduceat(frame[c].notna().to_numpy(), starts).astype(np.int64) << i
        elif c in frame.columns:
            bits |= np.int64(1) << i
    return bits.tolist()


def doc_starts(frame: pd.DataFrame):
    """Where each document's rows begin in ``frame`` (its rows are grouped by document)."""
    import numpy as np

    docs = frame["doc"].to_numpy()
    if not len(docs):
        return np.zeros(0, dtype=np.int64)
    return np.concatenate([[0], np.flatnonzero(docs[1:] != docs[:-1]) + 1])


def copy_range(source, target, start: int, length: int) -> None:
    """``length`` bytes of the open file ``source`` from ``start`` appended to the open file ``target``."""
    target.flush()
    done = 0
    if hasattr(os, "copy_file_range"):
        try:
            while done < length:
                n = os.copy_file_range(source.fileno(), target.fileno(), length - done, start + done)
                if n == 0:
                    break
                done += n
            target.seek(0, os.SEEK_END)  # the buffered file's idea of its position, after the kernel wrote
            if done == length:
                return
        except OSError:
            pass
    source.seek(start + done)
    left = length - done
    while left:
        chunk = source.read(min(left, 1 << 20))
        if not chunk:
            raise OSError(f"{getattr(source, 'name', 'facts.csv')} is shorter than its index says")
        target.write(chunk)
        left -= len(chunk)
