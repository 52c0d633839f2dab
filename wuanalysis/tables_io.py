"""Tables to and from files: Parquet (a row group at a time), CSV (formatted by Arrow, byte for byte what pandas
writes; formula-safe on request) and JSON lines. Split from :mod:`wuanalysis.corpus`, which re-exports
:func:`write_table`, :func:`read_table` and :func:`defuse_formulas`.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

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
CSV_ROWS = 16_384  # rows formatted at a time when a table is written to CSV: each is a few copies of its text


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


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    """``frame`` as ``frame.to_csv(index=False)`` writes it, byte for byte, but each row group formatted and joined
    by Arrow (pandas formats every cell in Python: 50 s for a national facts table). A column of a kind this does
    not format (dates, say) leaves the whole table to pandas."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if len(frame.columns) < 2 or not all(_csv_formattable(frame[c]) for c in frame.columns):
        frame.to_csv(path, index=False, encoding="utf-8")
        return
    header = ",".join(_csv_quote(pa.array([str(c) for c in frame.columns], pa.string())).to_pylist()) + "\n"
    dictionaries = {c: _csv_quote(_arrow_text(frame[c].cat.categories))
                    for c in frame.columns if isinstance(frame[c].dtype, pd.CategoricalDtype)}  # quoted once each
    with _replacing(path) as temporary, open(temporary, "wb") as handle:
        handle.write(header.encode("utf-8"))
        for start in range(0, len(frame), CSV_ROWS):
            piece = frame.iloc[start:start + CSV_ROWS]
            cells = [_csv_text(piece[c], dictionaries.get(c)) for c in frame.columns]
            cells = [cell if c in dictionaries or frame[c].dtype.kind in "fiub" else _csv_quote(cell)
                     for c, cell in zip(frame.columns, cells)]  # numbers need no quotes
            # each row's cells joined by commas, then "\n" after it: the rows lie end to end in one buffer
            lines = pc.binary_join_element_wise(pc.binary_join_element_wise(*cells, ","), "", "\n")
            _validity, offsets, data = lines.buffers()
            ends = np.frombuffer(offsets, dtype=np.int32)[lines.offset:lines.offset + len(lines) + 1]
            handle.write(memoryview(data)[int(ends[0]):int(ends[-1])])


def _arrow_text(categories: pd.Index):
    """The categories of a categorical text column as an Arrow string array (its own Arrow text when it has one:
    a national corpus's 222,000 sentences are not made Python strings to be written)."""
    import pyarrow as pa

    if isinstance(categories.dtype, pd.StringDtype) and categories.dtype.storage == "pyarrow":
        return _own_arrow(categories.array).cast(pa.string())
    return pa.array(categories.to_numpy(dtype=object), pa.string())


def _own_arrow(values):
    """The Arrow array inside an Arrow-backed pandas array, as one array (its chunks put together)."""
    import pyarrow as pa

    array = pa.array(values)
    return array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array


def _csv_formattable(values: pd.Series) -> bool:
    kind = values.dtype.kind
    return (kind in "fiubO" or isinstance(values.dtype, (pd.StringDtype, pd.CategoricalDtype))
            or str(values.dtype) in ("Int64", "Int32", "boolean", "Float64"))


def _csv_text(values: pd.Series, dictionary=None):
    """One column as the text pandas writes in a CSV cell (``str`` of the value; nothing for a missing one)."""
    import numpy as np
    import pyarrow as pa

    dtype = values.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        codes = values.cat.codes.to_numpy()
        text = dictionary.take(pa.array(codes, mask=codes < 0))
    elif isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow":
        text = _own_arrow(values.array)  # the column's own Arrow text, no Python string per cell
    elif isinstance(dtype, pd.StringDtype):
        text = pa.array(values.to_numpy(dtype=object, na_value=None), pa.string())
    elif dtype.kind == "f":
        numbers = values.to_numpy()
        text = pa.array(numbers.astype(str), pa.string(), mask=np.isnan(numbers))
    elif dtype.kind in "iub" or str(dtype) in ("Int64", "Int32", "boolean", "Float64"):
        missing = values.isna().to_numpy()
        text = pa.array(values.to_numpy(dtype=object, na_value=None).astype(str) if missing.any() else
                        values.to_numpy().astype(str), pa.string(), mask=missing)
    else:
        cells = values.to_numpy(dtype=object)
        try:  # a column of text and missing values converts at once
            text = pa.array(cells, from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            text = pa.array([], pa.null())
        if not (pa.types.is_string(text.type) or pa.types.is_null(text.type) and len(text) == len(cells)):
            text = pa.array([None if v is None or (isinstance(v, float) and v != v) or v is pd.NA else str(v)
                             for v in cells], pa.string())
    return text.cast(pa.string()).fill_null("")


def _csv_quote(text):
    """Cells with a comma, a double quote or a line break in double quotes, a double quote doubled (as Python's
    csv module quotes them)."""
    import pyarrow.compute as pc

    risky = pc.or_(pc.or_(pc.match_substring(text, ","), pc.match_substring(text, '"')), pc.match_substring(text, "\n"))
    if not pc.any(risky).as_py():
        return text
    quoted = pc.binary_join_element_wise('"', pc.replace_substring(text, '"', '""'), '"', "")
    return pc.if_else(risky, quoted, text)


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


def defuse_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells that a spreadsheet would run as a formula start with ``'``."""
    result = frame.copy(deep=False)  # columns are replaced, never written into (copy on write)
    for column in frame.columns:
        values = frame[column]
        if values.dtype.kind not in "OSU" and not isinstance(values.dtype, pd.StringDtype):
            continue
        try:  # vectorised: a national corpus has millions of cells
            risky = values.str.startswith(_FORMULA_START).eq(True)  # a missing or non-text cell is not risky
        except (AttributeError, TypeError):  # an object column that holds no text at all
            risky = values.map(lambda v: isinstance(v, str) and v.startswith(_FORMULA_START)).astype(bool)
        if risky.any() and isinstance(values.dtype, pd.CategoricalDtype):  # the distinct values change, once each
            cats = values.cat.categories
            fixed_cats = cats.where(~cats.str.startswith(_FORMULA_START), "'" + cats)
            if fixed_cats.is_unique:
                result[column] = values.cat.rename_categories(fixed_cats)
                continue
            values = values.astype("str")
        if risky.any():  # only the risky cells change; a text column stays one (not a column of objects)
            fixed = values.astype(object) if values.dtype == object else values.copy()
            fixed[risky] = "'" + values[risky].astype(str)
            result[column] = fixed
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
