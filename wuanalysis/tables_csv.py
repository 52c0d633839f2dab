"""The rows of a table as the CSV text ``DataFrame.to_csv(index=False)`` writes, byte for byte, but formatted and
joined by Arrow a few thousand rows at a time (pandas formats every cell in Python: 50 s for a national facts
table), and the cells a spreadsheet would run as formulas defused (:func:`defuse_formulas`). Split from
:mod:`wuanalysis.tables_io`, which writes the files.
"""
from __future__ import annotations

import pandas as pd

# Spreadsheet programs run a cell that starts with one of these as a formula (OWASP, "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_ROWS = 16_384  # rows formatted at a time when a table is written to CSV: each is a few copies of its text


def _csv_header(frame: pd.DataFrame) -> bytes:
    import pyarrow as pa

    return (",".join(_csv_quote(pa.array([str(c) for c in frame.columns], pa.string())).to_pylist()) + "\n").encode()


def _write_csv_rows(frame: pd.DataFrame, handle, dictionaries: dict | None = None, lengths: list | None = None) -> None:
    """The rows of ``frame`` as :func:`wuanalysis.tables_io._write_csv` formats them, into the binary ``handle``.
    ``dictionaries`` keeps each categorical column's quoted categories (by column: (categories, quoted)) from one
    call to the next; ``lengths`` (a list) is given each row's length in bytes (an array per few thousand rows)."""
    import numpy as np
    import pyarrow.compute as pc

    known = {} if dictionaries is None else dictionaries
    dtypes = list(frame.dtypes)  # each column's type read once, not once per column and piece
    for c, dtype in zip(frame.columns, dtypes):
        if isinstance(dtype, pd.CategoricalDtype):  # quoted once each
            categories = frame[c].cat.categories
            if c not in known or known[c][0] is not categories:
                known[c] = (categories, _csv_quote(_arrow_text(categories)))
    dictionaries = {c: known[c][1] for c, dtype in zip(frame.columns, dtypes) if isinstance(dtype, pd.CategoricalDtype)}
    quoted = [not (c in dictionaries or dtype.kind in "fiub") for c, dtype in zip(frame.columns, dtypes)]
    for start in range(0, len(frame), CSV_ROWS):
        piece = frame.iloc[start:start + CSV_ROWS]
        cells = [_csv_text(values, dictionaries.get(c)) for c, values in piece.items()]
        cells = [_csv_quote(cell) if quote else cell for cell, quote in zip(cells, quoted)]  # numbers need no quotes
        # each row's cells joined by commas, then "\n" after it: the rows lie end to end in one buffer (the "\n" put
        # after the last cell, not after each joined row: the rows' bytes are copied once)
        cells[-1] = pc.binary_join_element_wise(cells[-1], "", "\n")
        lines = pc.binary_join_element_wise(*cells, ",")
        _validity, offsets, data = lines.buffers()
        ends = np.frombuffer(offsets, dtype=np.int32)[lines.offset:lines.offset + len(lines) + 1]
        handle.write(memoryview(data)[int(ends[0]):int(ends[-1])])
        if lengths is not None:
            lengths.append(np.diff(ends))


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
        text = _float_text(values.to_numpy())
    elif dtype.kind == "b":  # "True", "False"
        text = pa.array(["False", "True"], pa.string()).take(pa.array(values.to_numpy().view(np.int8)))
    elif dtype.kind == "i" or str(dtype) in ("Int64", "Int32"):  # Arrow writes an integer as str() does
        text = pa.array(values.to_numpy() if dtype.kind == "i" else values.array, from_pandas=True).cast(pa.string())
    elif dtype.kind in "ub" or str(dtype) in ("boolean", "Float64"):
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


def _float_text(numbers):
    """A float column as numpy's ``str`` of each value (what pandas writes), a missing one null: each distinct value
    formatted once (a column of figures repeats its values; most of a column of rates is missing)."""
    import numpy as np
    import pyarrow as pa

    missing = np.isnan(numbers)
    if len(numbers) < 256 or (np.signbit(numbers) & (numbers == 0)).any():  # -0.0 and 0.0 are one value to unique
        return pa.array(numbers.astype(str), pa.string(), mask=missing)
    distinct, where = np.unique(numbers, return_inverse=True)
    return pa.array(distinct.astype(str), pa.string()).take(pa.array(where.reshape(-1), mask=missing))


def _csv_quote(text):
    """Cells with a comma, a double quote or a line break in double quotes, a double quote doubled (as Python's
    csv module quotes them)."""
    import pyarrow.compute as pc

    found = _quote_bytes(text)
    if found is not None and not any(found):
        return text
    if found is None or text.null_count:
        # the three characters looked for as plain substrings: the same cells as the regex '[,"\n]', in a quarter
        # less time
        risky = pc.or_(pc.or_(pc.match_substring(text, ","), pc.match_substring(text, '"')),
                       pc.match_substring(text, "\n"))
    else:
        risky = _risky_cells(text, found)
    if not pc.any(risky).as_py():
        return text
    if text.null_count == 0:  # only the risky cells quoted
        some = text.filter(risky)
        if found is None or found[1]:  # a double quote to double (none in the column's bytes: nothing to replace)
            some = pc.replace_substring(some, '"', '""')
        return pc.replace_with_mask(text, risky, pc.binary_join_element_wise('"', some, '"', ""))
    quoted = pc.binary_join_element_wise('"', pc.replace_substring(text, '"', '""'), '"', "")
    return pc.if_else(risky, quoted, text)


_QUOTED = (",", '"', "\n")  # the characters that put a cell in double quotes


def _risky_cells(text, found: tuple[bool, bool, bool]):
    """Whether each cell of the Arrow text ``text`` (no missing cell) holds a comma, a double quote or a line break,
    ``found`` telling which of them its bytes hold at all (:func:`_quote_bytes`): the first of those looked for in
    every cell, the others only in the cells without it (a sentence has a comma; looking for a quote that is not
    there reads every byte of it)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    first, *others = [char for char, present in zip(_QUOTED, found) if present]
    risky = pc.match_substring(text, first)
    if not others:
        return risky
    rest = np.flatnonzero(~risky.to_numpy(zero_copy_only=False))
    if not len(rest):
        return risky
    left = text.take(pa.array(rest))
    more = pc.match_substring(left, others[0])
    if len(others) > 1:
        more = pc.or_(more, pc.match_substring(left, others[1]))
    more = more.to_numpy(zero_copy_only=False)
    if not more.any():
        return risky
    flags = risky.to_numpy(zero_copy_only=False).copy()
    flags[rest[more]] = True
    return pa.array(flags, pa.bool_())


def _may_need_quotes(text) -> bool:
    """Whether a cell of the Arrow text ``text`` may hold a comma, a double quote or a line break: ``False`` when its
    cells' bytes hold none (most columns of a table: one search of the bytes, not a regex over every cell)."""
    found = _quote_bytes(text)
    return found is None or any(found)


def _quote_bytes(text) -> tuple[bool, bool, bool] | None:
    """Whether the bytes of the cells of the Arrow text ``text`` hold a comma, a double quote, a line break (each
    looked for in one search of the bytes, not a search per cell); None when ``text`` is not one plain Arrow string
    array (then any cell may). In UTF-8 these three bytes are never part of another character."""
    import numpy as np
    import pyarrow as pa

    if not isinstance(text, pa.Array) or text.type != pa.string():
        return None
    if len(text) == 0:
        return (False, False, False)
    _validity, offsets, data = text.buffers()
    if data is None:
        return (False, False, False)
    ends = np.frombuffer(offsets, dtype=np.int32)[text.offset:text.offset + len(text) + 1]
    cells = data[int(ends[0]):int(ends[-1])].to_pybytes()
    return (b"," in cells, b'"' in cells, b"\n" in cells)


def _formula_cells(values: pd.Series) -> pd.Series:
    """``values.str.startswith(_FORMULA_START).eq(True)`` for a column of text (missing cells: ``False``), read from
    the first byte of each cell's Arrow text rather than a Python call per cell (a categorical column's categories
    once each); raises as that does (AttributeError, TypeError) for a column that is not text."""
    import numpy as np

    if isinstance(values.dtype, pd.CategoricalDtype):
        text = _text_arrow(values.cat.categories)
        if text is None:
            return values.str.startswith(_FORMULA_START).eq(True)
        codes = values.cat.codes.to_numpy()
        starts = np.append(_formula_starts(text), False)  # a missing cell (code -1) takes the last: False
        return pd.Series(starts[codes], index=values.index)
    text = _text_arrow(values)
    if text is None:
        return values.str.startswith(_FORMULA_START).eq(True)
    return pd.Series(_formula_starts(text), index=values.index)


def _text_arrow(values: pd.Series | pd.Index):
    """A column of text (and missing values) as an Arrow string array, else ``None`` (numbers, lists, anything else,
    or text pandas keeps another way)."""
    import pyarrow as pa

    if values.dtype == object:
        try:
            text = pa.array(values.to_numpy(dtype=object), from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
            return None
        if pa.types.is_null(text.type):
            return pa.nulls(len(text), pa.string())
    elif isinstance(values.dtype, pd.StringDtype) and values.dtype.storage == "pyarrow":
        text = _own_arrow(values.array)
    else:
        return None
    return text if pa.types.is_string(text.type) or pa.types.is_large_string(text.type) else None


def _formula_byte_table():
    """Whether a cell starting with each byte is one a spreadsheet would run: :data:`_FORMULA_START`, each one ASCII
    byte (never part of another character)."""
    import numpy as np

    table = np.zeros(256, dtype=bool)
    table[[ord(start) for start in _FORMULA_START]] = True
    return table




def _formula_starts(text):
    """Whether each cell of the Arrow text ``text`` starts with one of :data:`_FORMULA_START` (a missing or empty cell
    does not), as a numpy array: the first byte of each cell."""
    import numpy as np
    import pyarrow as pa

    n = len(text)
    _validity, offsets, data = text.buffers()
    if n == 0 or data is None:
        return np.zeros(n, dtype=bool)
    width = np.int64 if pa.types.is_large_string(text.type) else np.int32
    ends = np.frombuffer(offsets, dtype=width)[text.offset:text.offset + n + 1]
    filled = ends[1:] > ends[:-1]
    first = np.zeros(n, dtype=np.uint8)
    first[filled] = np.frombuffer(data, dtype=np.uint8)[ends[:-1][filled]]
    starts = _formula_byte_table()[first] & filled
    if text.null_count:
        starts &= text.is_valid().to_numpy(zero_copy_only=False)
    return starts


def defuse_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells that a spreadsheet would run as a formula start with ``'``."""
    result = frame.copy(deep=False)  # columns are replaced, never written into (copy on write)
    for column in frame.columns:
        values = frame[column]
        if values.dtype.kind not in "OSU" and not isinstance(values.dtype, pd.StringDtype):
            continue
        try:  # vectorised: a national corpus has millions of cells
            risky = _formula_cells(values)  # a missing or non-text cell is not risky
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
