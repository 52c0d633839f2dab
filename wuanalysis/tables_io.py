"""Tables to and from files: Parquet (a row group at a time), CSV (formatted by Arrow, byte for byte what pandas
writes; formula-safe on request) and JSON lines. Split from :mod:`wuanalysis.corpus`, which re-exports
:func:`write_table`, :func:`read_table` and :func:`defuse_formulas`.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd

from .tables_csv import (  # noqa: F401  (the CSV formatting, here too)
    _FORMULA_START, CSV_ROWS, _arrow_text, _csv_formattable, _csv_header, _csv_quote, _csv_text, _own_arrow,
    _write_csv_rows, defuse_formulas,
)

# -- writing ------------------------------------------------------------------------------------------------


def write_table(frame: pd.DataFrame, path: str | os.PathLike, *, formula_safe: bool = False) -> Path:
    """Write a table in the format its suffix names: .parquet, .csv (UTF-8) or .jsonl.

    ``formula_safe`` (CSV only): a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a CR gets a
    leading ``'``, as OWASP advises, so Excel or LibreOffice show it as text instead of running it as a formula
    (``=HYPERLINK(…)`` in a report, a file named ``=cmd|calc!A0.txt``). Numbers are never changed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
    if suffix in (".parquet", ".csv"):
        import pyarrow as pa

        try:
            if suffix == ".parquet":
                _write_parquet(frame, path)
            else:
                _write_csv(defuse_formulas(frame) if formula_safe else frame, path)
        finally:  # Arrow's pool keeps what a table's row groups used; give it back before the next table
            pa.default_memory_pool().release_unused()
    elif suffix == ".jsonl":
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    else:
        raise ValueError(f"{path}: unknown table format {suffix!r}; use .parquet, .csv or .jsonl")
    return path


ROW_GROUP = 65_536  # rows converted to Arrow at a time when a table is written to Parquet (one row group)


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    """``frame`` as Parquet, a row group at a time, so a national table is never held twice. A categorical text
    column (the facts' ``sentence``) is written as plain text, so a reader gets the column it always got (Parquet
    still stores each distinct value once per row group, in its dictionary pages)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    shared = [c for c in frame.columns if isinstance(frame[c].dtype, pd.CategoricalDtype)
              and frame[c].cat.categories.inferred_type in ("string", "empty")]
    plain = frame.drop(columns=shared)
    schema = pa.Schema.from_pandas(plain, preserve_index=False)  # types from the whole table, not one slice
    dictionaries = {c: _arrow_text(frame[c].cat.categories) for c in shared}
    metadata = _pandas_metadata(frame, shared, schema)
    target = pa.schema([schema.field(c) if c not in shared else pa.field(c, pa.string()) for c in frame.columns],
                       metadata=metadata)
    with _replacing(path) as temporary, pq.ParquetWriter(temporary, target) as writer:
        for start in range(0, max(len(frame), 1), ROW_GROUP):
            piece = pa.Table.from_pandas(plain.iloc[start:start + ROW_GROUP], schema=schema, preserve_index=False)
            for c in shared:
                codes = frame[c].cat.codes.to_numpy()[start:start + ROW_GROUP]
                piece = piece.append_column(c, dictionaries[c].take(pa.array(codes, mask=codes < 0)))
            writer.write_table(piece.select(list(frame.columns)).replace_schema_metadata(metadata))


class PartsWriter:
    """One table written a part at a time (the parts in the table's order), as ``NAME.parquet`` and ``NAME.csv``:
    the bytes :func:`write_table` writes for the parts put together, with no more than one part in memory.

    The CSV rows are written as each part comes (``prepare`` makes a part's CSV copy: formula-safe, list cells as
    text). The Parquet file is typed from the whole table, as :func:`_write_parquet` types it (a column that is
    empty in the first parts takes its type from the first part that has a value), so the parts are kept in
    Arrow files in ``spill`` (a folder, removed by :meth:`close`) and written out at the end, a row group at a
    time. A file that cannot be written is reported by :meth:`close` (path, error); the other is still written."""

    def __init__(self, parquet: Path, csv: Path | None, spill: Path, prepare=None):
        self.parquet, self.csv, self.spill, self.prepare = Path(parquet), csv, Path(spill), prepare
        self.failed: dict[Path, OSError] = {}
        self._parts: list[tuple[Any, dict | None]] = []  # (Arrow file or copied rows, pandas metadata)
        self._csv_handle: Any = None
        self._csv_temporary = Path(csv).with_name(f".{Path(csv).name}.tmp") if csv is not None else None
        self._quoted: dict = {}
        self._texts: dict = {}
        self._sources: dict = {}  # CSV files rows are copied from (add_copied), open
        self.header = b""  # the CSV file's header, once written
        self.rows = 0
        try:
            self.spill.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.failed[self.parquet] = exc

    def add(self, frame: pd.DataFrame, lengths: list | None = None) -> None:
        """The next part; ``lengths`` (a list) is given its CSV rows' lengths in bytes (arrays; None when pandas
        wrote them)."""
        self.rows += len(frame)
        if self.csv is not None and self.csv not in self.failed:
            try:
                self._add_csv(frame, lengths)
            except OSError as exc:
                self.failed[self.csv] = exc
        if self.parquet not in self.failed:
            table, meta = _part_arrow(frame, self._texts)
            path = self.spill / f"part-{len(self._parts):05d}.arrow"
            try:  # not compressed: read back once, then removed (zstd was ~30 % of the parent's work here)
                write_arrow(table, path, compression=None)
            except OSError as exc:
                self.failed[self.parquet] = exc
            self._parts.append((path, meta))
            del table
        give_back_memory()

    def add_spilled(self, part: dict) -> None:
        """Add a part that :func:`spill_part` made ready (in another process, say): its CSV rows are appended, its
        Arrow file becomes the next part. The same bytes as :meth:`add` of the frame."""
        import shutil

        self.rows += part["rows"]
        for kind, exc in part["errors"]:  # a spilled file that could not be written: its table's file fails
            target = self.csv if kind == "csv" else self.parquet
            if target is not None:
                self.failed.setdefault(target, exc)
        if self.csv is not None and self.csv not in self.failed and part["csv"] is not None:
            try:
                if self._csv_handle is None:
                    assert self._csv_temporary is not None  # a CSV is written
                    self._csv_handle = open(self._csv_temporary, "wb")
                    self._csv_handle.write(part["header"])
                with open(part["csv"], "rb") as rows:
                    shutil.copyfileobj(rows, self._csv_handle, 1 << 20)
            except OSError as exc:
                self.failed[self.csv] = exc
        if part["csv"] is not None:
            Path(part["csv"]).unlink(missing_ok=True)
        if self.parquet not in self.failed:
            self._parts.append((Path(part["arrow"]), part["meta"]))

    def next_part(self) -> int:
        """The number the next part given to :func:`spill_part` is written under (its files in ``spill``)."""
        return len(self._parts)

    def _add_csv(self, frame: pd.DataFrame, lengths: list | None = None) -> None:
        part = self.prepare(frame) if self.prepare is not None else frame
        self._open_csv(_csv_header(part))
        if len(part.columns) < 2 or not all(_csv_formattable(part[c]) for c in part.columns):
            part.to_csv(self._csv_handle, index=False, header=False, encoding="utf-8")
            if lengths is not None:
                lengths.append(None)
        else:
            _write_csv_rows(part, self._csv_handle, self._quoted, lengths)

    def _open_csv(self, header: bytes) -> None:
        if self._csv_handle is None:
            assert self._csv_temporary is not None  # a CSV is written
            self._csv_handle = open(self._csv_temporary, "wb")
            self._csv_handle.write(header)
            self.header = header

    def add_copied(self, rows: int, header: bytes, source: Path, start: int, length: int, part) -> None:
        """The next part, copied: ``length`` bytes of the CSV file ``source`` from ``start`` (its rows, ``header``
        the header of the table they were written under) and, as its Arrow rows, ``part`` (an object whose
        ``read()`` gives them, ``schema()`` their types and ``meta()`` their pandas metadata; it pickles)."""
        from .facts_splice import copy_range

        self.rows += rows
        if self.csv is not None and self.csv not in self.failed:
            try:
                self._open_csv(header)
                if source not in self._sources:
                    self._sources[source] = open(source, "rb")
                copy_range(self._sources[source], self._csv_handle, start, length)
            except OSError as exc:
                self.failed[self.csv] = exc
        if self.parquet not in self.failed:
            self._parts.append((part, None))

    def abort(self) -> None:
        """Stop: neither file is written, the spill folder is removed."""
        import shutil

        if self._csv_handle is not None:
            self._csv_handle.close()
        self._close_sources()
        if self._csv_temporary is not None and self._csv_temporary.exists():
            self._csv_temporary.unlink()
        shutil.rmtree(self.spill, ignore_errors=True)

    def close(self, run: Callable[[ParquetJob], OSError | None] | None = None) -> list[tuple[Path, OSError]]:
        """Finish both files (each put in place only when whole) and remove the spill folder; the files that could
        not be written, with why. ``run(job)`` writes the Parquet file (``job()``: :class:`ParquetJob`, which
        pickles, so a worker process can run it and the parent's memory is spared its row groups); default: here."""
        import shutil

        try:
            self.close_csv()
            if self.parquet not in self.failed and run is None:
                try:
                    self._write_parquet()
                except OSError as exc:
                    self.failed[self.parquet] = exc
            elif self.parquet not in self.failed and run is not None:
                error = run(self.parquet_job())
                if error is not None:
                    self.failed[self.parquet] = error
        finally:
            shutil.rmtree(self.spill, ignore_errors=True)
        return list(self.failed.items())

    def _write_parquet(self) -> None:
        _write_parquet_parts(self.parquet, self._parts, self.rows)

    def close_csv(self) -> None:
        """Finish the CSV file (put in place when whole); :meth:`close` does it too."""
        self._close_sources()
        if self._csv_handle is not None and self.csv is not None and self._csv_temporary is not None:
            handle, self._csv_handle = self._csv_handle, None
            try:
                handle.close()
                if self.csv not in self.failed:
                    os.replace(self._csv_temporary, self.csv)
            except OSError as exc:
                self.failed[self.csv] = exc
            finally:
                if self._csv_temporary.exists():
                    self._csv_temporary.unlink()

    def _close_sources(self) -> None:
        for handle in self._sources.values():
            handle.close()
        self._sources = {}

    def parquet_job(self) -> ParquetJob:
        """What writes the Parquet file of the parts added so far (run it before :meth:`close` removes them)."""
        return ParquetJob(self.parquet, list(self._parts), self.rows)


class ParquetJob:
    """The Parquet file of a :class:`PartsWriter`'s parts (their Arrow files in its spill folder): ``job()``
    writes it and returns the ``OSError`` met, or None. It pickles, so another process can write it."""

    def __init__(self, parquet: Path, parts: list[tuple[Any, dict | None]], rows: int):
        self.parquet, self.parts, self.rows = Path(parquet), parts, rows

    def __call__(self) -> OSError | None:
        try:
            _write_parquet_parts(self.parquet, self.parts, self.rows)
        except OSError as exc:
            return exc
        finally:
            give_back_memory()
        return None


def _write_parquet_parts(parquet: Path, parts: list[tuple[Any, dict | None]], rows: int) -> None:
    """The parts' Arrow files as one Parquet file, typed as :func:`_write_parquet` types the whole table, a row
    group of :data:`ROW_GROUP` rows at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not parts:
        return
    schemas = []
    for path, _ in parts:  # an Arrow file of the spill folder, or rows copied (PartsWriter.add_copied)
        if not isinstance(path, Path):
            schemas.append(path.schema())
            continue
        with pa.OSFile(str(path)) as source:
            schemas.append(pa.ipc.open_file(source).schema)
    metas = [meta if meta is not None else path.meta() for path, meta in parts]
    names = schemas[0].names
    fields = []
    for i in range(len(names)):  # the first part's type that is not null (a column of None)
        types = [schema.field(i) for schema in schemas]
        fields.append(next((f for f in types if not pa.types.is_null(f.type)), types[0]))
    meta = dict(metas[0])
    columns = []
    for i in range(len(names)):  # what pandas's inference gives the whole column: its first non-empty part's
        entries = [m["columns"][i] for m in metas]
        columns.append(next((e for e in entries if e["pandas_type"] != "empty"), entries[0]))
    meta["columns"] = columns
    metadata = {b"pandas": json.dumps(meta).encode()}
    schema = pa.schema(fields, metadata=metadata)
    with _replacing(parquet) as temporary, pq.ParquetWriter(temporary, schema) as writer:
        pending: list = []
        held = 0

        def flush() -> None:  # a row group of the rows held
            nonlocal pending, held
            whole = pa.concat_tables(pending) if len(pending) > 1 else pending[0]
            piece = whole.slice(0, ROW_GROUP).combine_chunks()
            writer.write_table(piece.replace_schema_metadata(metadata))
            pending, held = [whole.slice(ROW_GROUP)], max(0, held - ROW_GROUP)

        for table in _part_tables(parts):
            pending.append(table.cast(pa.schema(fields)))
            held += table.num_rows
            del table
            while held >= ROW_GROUP:
                flush()
        while held or not rows:  # the last rows (an empty table: one empty row group)
            flush()
            if not rows:
                break


def _part_tables(parts: list[tuple[Any, dict | None]]) -> Iterator:
    """The parts' rows as Arrow tables, in order: an Arrow file of the spill folder read (not mapped: let go once
    written), rows copied from the previous file a row group at a time."""
    for path, _ in parts:
        if isinstance(path, Path):
            yield read_arrow(path)
        else:
            yield from path.pieces()


def spill_part(frame: pd.DataFrame, spill: Path, number: int, prepare=None, csv: bool = True) -> dict:
    """One part of a :class:`PartsWriter`'s table made ready where it was made (a worker process): its CSV rows
    (``prepare``d, without the header) in ``spill/spilled-N.csv`` and its Arrow file in ``spill/spilled-N.arrow``,
    which :meth:`PartsWriter.add_spilled` appends and takes, in the table's order. Returns what that needs (small:
    paths, the CSV header, the part's pandas metadata, and the files that could not be written)."""
    spill = Path(spill)
    out: dict = {"rows": len(frame), "csv": None, "header": b"", "arrow": spill / f"spilled-{number:05d}.arrow",
                 "meta": None, "errors": []}
    if csv:
        part = prepare(frame) if prepare is not None else frame
        path = spill / f"spilled-{number:05d}.csv"
        try:
            with open(path, "wb") as handle:
                if len(part.columns) < 2 or not all(_csv_formattable(part[c]) for c in part.columns):
                    part.to_csv(handle, index=False, header=False, encoding="utf-8")
                else:
                    _write_csv_rows(part, handle)
            out["csv"], out["header"] = path, _csv_header(part)
        except OSError as exc:
            out["errors"].append(("csv", exc))
        del part
    table, out["meta"] = _part_arrow(frame, {})
    try:
        write_arrow(table, out["arrow"])
    except OSError as exc:
        out["errors"].append(("parquet", exc))
    del table
    give_back_memory()
    return out


def write_arrow(table, path: Path, compression: str | None = "zstd") -> None:
    """``table`` as an Arrow IPC file, zstd-compressed unless told (read back with :func:`read_arrow` as it was)."""
    import pyarrow as pa

    options = pa.ipc.IpcWriteOptions(compression=compression)  # kept files: a tenth of the disk
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema, options=options) as writer:
        writer.write_table(table)


def read_arrow(path: Path):
    """The table of an Arrow IPC file (:func:`write_arrow`'s), read, not mapped: its pages are let go with it."""
    import pyarrow as pa

    with pa.OSFile(str(path)) as source:
        return pa.ipc.open_file(source).read_all()


def write_frame(frame: pd.DataFrame, path: Path) -> None:
    """A frame as an Arrow file that :func:`read_frame` gives back as it was: each column's pandas type is kept
    with it (Arrow gives text back as ``str`` whatever it was: the measurements hold text as objects too)."""
    import json

    import pyarrow as pa

    table = pa.Table.from_pandas(frame, preserve_index=False)
    types = json.dumps({c: str(frame[c].dtype) for c in frame.columns}).encode()
    write_arrow(table.replace_schema_metadata({**table.schema.metadata, b"wuanalysis_types": types}), path)


def read_frame(path: Path) -> pd.DataFrame:
    import json

    table = read_arrow(path)
    frame = table.to_pandas()
    for c, dtype in json.loads(table.schema.metadata[b"wuanalysis_types"]).items():
        if dtype == "object" and frame[c].dtype != object:
            values = frame[c].astype(object)
            frame[c] = values.where(values.notna().to_numpy(), None)
        elif str(frame[c].dtype) != dtype:
            frame[c] = frame[c].astype(dtype)
    return frame


def _part_arrow(frame: pd.DataFrame, texts: dict):
    """A part as Arrow (a categorical text column as plain text) and its pandas metadata; ``texts`` keeps each
    categorical column's categories as Arrow text from one part to the next (by column: (categories, text))."""
    import pyarrow as pa

    shared = [c for c in frame.columns if isinstance(frame[c].dtype, pd.CategoricalDtype)
              and frame[c].cat.categories.inferred_type in ("string", "empty")]
    plain = frame.drop(columns=shared)
    table = pa.Table.from_pandas(plain, preserve_index=False)
    meta = json.loads(_pandas_metadata(frame, shared, table.schema)[b"pandas"])
    for c in shared:
        categories = frame[c].cat.categories
        if c not in texts or texts[c][0] is not categories:
            texts[c] = (categories, _arrow_text(categories))
        codes = frame[c].cat.codes.to_numpy()
        table = table.append_column(c, texts[c][1].take(pa.array(codes, mask=codes < 0)))
    return table.select(list(frame.columns)).replace_schema_metadata(None), meta


def give_back_memory() -> None:
    """Return freed memory to the system: Arrow's pool, and on Linux glibc's heap (``malloc_trim``). A national build
    frees frames of hundreds of MiB one after the other, and glibc keeps the freed pages of its heap otherwise."""
    import sys

    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):
            pass


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    """``frame`` as ``frame.to_csv(index=False)`` writes it, byte for byte, but each row group formatted and joined
    by Arrow (pandas formats every cell in Python: 50 s for a national facts table). A column of a kind this does
    not format (dates, say) leaves the whole table to pandas."""

    if len(frame.columns) < 2 or not all(_csv_formattable(frame[c]) for c in frame.columns):
        frame.to_csv(path, index=False, encoding="utf-8")
        return
    with _replacing(path) as temporary, open(temporary, "wb") as handle:
        handle.write(_csv_header(frame))
        _write_csv_rows(frame, handle)


def _pandas_metadata(frame: pd.DataFrame, shared: list[str], schema) -> dict:
    """The pandas metadata of ``frame`` as if its categorical text columns were plain text columns."""
    import pyarrow as pa

    if not shared:
        return schema.metadata
    meta = json.loads(schema.metadata[b"pandas"])
    text = json.loads(pa.Schema.from_pandas(pd.DataFrame({c: pd.array([], dtype="str") for c in shared}),
                                            preserve_index=False).metadata[b"pandas"])
    entries = {e["name"]: e for e in meta["columns"] + text["columns"]}
    meta["columns"] = [entries[c] for c in frame.columns]
    return {b"pandas": json.dumps(meta).encode()}


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A temporary name beside ``path`` that takes its place when the block ends without an error."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()


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
