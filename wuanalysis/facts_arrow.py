"""The facts table in Arrow: one document's facts as a typed pyarrow table (what a worker sends back and the cache
keeps), and the corpus's facts frame put together from those pieces (``doc``, ``fact_id``, the shared sentence as a
categorical). Split from :mod:`wuanalysis.corpus`, which re-exports :data:`FACT_COLUMNS`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    import pyarrow as pa

FACT_COLUMNS = [
    "doc", "fact_id", "value", "unit_class", "unit", "qualifier", "denominator", "target", "achievement_pct",
    "is_target", "estimate", "subject", "indicator", "topic", "quote", "start", "end", "sentence", "sentence_start",
]


# Types of the fact fields, so that every document's table has the same schema (a field that is None in all of
# one document's facts is still a number); a field extract_facts adds later is typed from its values.
_FLOATS = ("value", "denominator", "target", "achievement_pct")
_INTS = ("start", "end", "sentence_start", "sentence_end")
_BOOLS = ("is_target", "estimate")
# Text that several figures share: a categorical column in memory (a national corpus has a million figures and a
# quarter as many sentences), a plain text column in the tables written (see write_table).
_SHARED = ("sentence",)
_IDS = ("doc", "fact_id")


# The text columns of the facts extract_facts gives (and the indicators): with the typed ones above, every column
_TEXTS = ("unit_class", "unit", "qualifier", "subject", "quote", "sentence", "indicator", "topic")


def facts_table(facts: list[dict]):
    """Facts (each with its ``doc``) with their indicators, as a pyarrow table without ``doc`` (``doc`` and
    ``fact_id`` are added when the documents are put together: a cached table serves any path)."""
    import pyarrow as pa

    if not facts:
        return pa.table({})
    names = list(facts[0])
    first = facts[0].keys()
    if any(f.keys() != first for f in facts):
        names = list(dict.fromkeys(name for f in facts for name in f))
    if names and all(name in _FLOATS + _INTS + _BOOLS + _TEXTS + _IDS for name in names):
        table = _typed_table(facts, names)
        if table is not None:
            return table
    return _table_through_pandas(facts)


def _typed_table(facts: list[dict], names: list[str]):
    """:func:`facts_table` for facts whose every field is known and holds what extract_facts puts there (None or a
    float in a float column, an int in an int column): each column made from its values as a list, typed as the
    pandas route below types it (a float column's NaN is null, a text column's non-text is null), without a DataFrame
    of the facts whose Arrow-backed text columns are read back one value at a time. None for other values: the
    pandas route reads them."""
    from math import nan

    import numpy as np
    import pyarrow as pa

    columns = {}
    values_of: dict[str, list] = {name: [f.get(name) for f in facts] for name in names if name != "doc"}
    for name, values in values_of.items():
        if name in _FLOATS and not all(type(v) is float or type(v) is int or v is None for v in values):
            return None
        if name in _INTS and not all(type(v) is int for v in values):
            return None
    from .indicators import indicators_of_records

    indicator, topic = indicators_of_records(facts)
    values_of["indicator"], values_of["topic"] = indicator, topic
    for name, values in values_of.items():
        if name in _FLOATS:  # NaN under a null, as a pandas column gives it: the same bytes in the cache
            numbers = np.array([nan if v is None else v for v in values], dtype=np.float64)
            columns[name] = pa.array(numbers, pa.float64(), from_pandas=True)
        elif name in _INTS:
            columns[name] = pa.array(values, pa.int64())
        elif name in _BOOLS:
            columns[name] = pa.array([bool(v) for v in values], pa.bool_())
        else:
            text = pa.array([v if isinstance(v, str) else None for v in values], pa.string())
            columns[name] = text.dictionary_encode() if name in _SHARED else text
    return pa.table(columns)


def _table_through_pandas(facts: list[dict]):
    import pyarrow as pa

    frame = pd.DataFrame(facts)
    if frame.empty:
        return pa.table({})
    from .indicators import assign_indicators

    frame = assign_indicators(frame).drop(columns=["doc"])
    columns = {}
    for name in frame.columns:
        values = frame[name]
        if name in _FLOATS:
            columns[name] = pa.array(pd.to_numeric(values, errors="coerce").astype("float64"), pa.float64())
        elif name in _INTS:
            columns[name] = pa.array(values.astype("int64"), pa.int64())
        elif name in _BOOLS:
            columns[name] = pa.array(values.astype(bool), pa.bool_())
        elif values.dtype == object or isinstance(values.dtype, pd.StringDtype):
            text = pa.array([v if isinstance(v, str) else None for v in values.tolist()], pa.string())
            # one copy per distinct sentence, not one per figure of it
            columns[name] = text.dictionary_encode() if name in _SHARED else text
        else:
            columns[name] = pa.array(values)
    return pa.table(columns)


def facts_from_pieces(pieces: list[tuple[str, pa.Table | None]], columns=None) -> pd.DataFrame:
    """The facts table from each document's (doc, facts table), in order: ``fact_id`` is ``doc#n``. With
    ``columns``, only those (and ``doc``, ``fact_id``) are made pandas columns."""
    import numpy as np
    import pyarrow as pa

    tables = [t for _, t in pieces if t is not None and t.num_rows]
    if not tables:
        return pd.DataFrame(columns=[c for c in FACT_COLUMNS if columns is None or c in columns or c in _IDS])
    import pyarrow.compute as pc

    table = pa.concat_tables(tables, promote_options="permissive")
    if columns is not None:
        table = table.select([c for c in table.column_names if c in columns])
    lengths = [t.num_rows for _, t in pieces if t is not None and t.num_rows]
    names = pa.array([d for d, t in pieces if t is not None and t.num_rows], pa.string())
    docs = names.take(pa.array(np.repeat(np.arange(len(lengths)), lengths)))
    ordinals = pa.array(np.concatenate([np.arange(1, n + 1) for n in lengths])).cast(pa.string())
    shared = {c: table.column(c) for c in _SHARED if c in table.column_names}
    frame = table.drop_columns(list(shared)).to_pandas()
    for c, column in shared.items():
        frame[c] = _categorical(column)
    frame.insert(0, "doc", pd.Series(docs, dtype="str"))
    frame.insert(1, "fact_id", pd.Series(pc.binary_join_element_wise(docs, ordinals, "#"), dtype="str"))
    wanted = (lambda c: True) if columns is None else (lambda c: c in columns or c in _IDS)
    for col in ("indicator", "topic"):  # as assign_indicators gives them: None where no indicator fits
        if col in frame.columns:
            frame[col] = _shared_objects(frame[col])
    for col in _FLOATS:
        if col in frame.columns:
            frame[col] = frame[col].astype("float64")
    for col in _BOOLS:  # a column no document's facts carried (none had a figure) is all False
        if wanted(col):
            frame[col] = frame[col].astype(bool) if col in frame.columns else False
    named = FACT_COLUMNS if columns is None else [c for c in FACT_COLUMNS if c in frame.columns]
    return frame[named + [c for c in frame.columns if c not in FACT_COLUMNS]]


def _shared_objects(values: pd.Series) -> pd.Series:
    """A text column of a few distinct values as objects, None where missing, each distinct value one Python string
    that its rows share (a national corpus's indicator and topic were 150 MB as a string per row)."""
    import numpy as np

    codes, uniques = pd.factorize(values)
    distinct = np.empty(len(uniques) + 1, dtype=object)
    distinct[:-1] = [str(u) for u in uniques]
    distinct[-1] = None
    return pd.Series(distinct[codes], index=values.index, dtype=object)


def _categorical(column) -> pd.Categorical:
    """A dictionary-encoded Arrow column as a pandas categorical. Each document's facts come with their batch's
    dictionary (or the cache's): each distinct dictionary is encoded once into one set of categories, so the work
    is the size of the dictionaries, not of the dictionaries times the documents (20,000 slices of a cache with
    222,000 sentences), and no chunk's dictionary becomes Python strings."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if not pa.types.is_dictionary(column.type):
        column = column.dictionary_encode()
    chunks = column.chunks
    if not chunks:
        return pd.Categorical([])
    distinct: dict[tuple, int] = {}
    dictionaries: list = []
    for chunk in chunks:
        d = chunk.dictionary
        key = (d.buffers()[1].address if d.buffers()[1] is not None else 0, d.offset, len(d))
        if key not in distinct:
            distinct[key] = len(dictionaries)
            dictionaries.append(d)
    if sum(len(d) for d in dictionaries) > 2 * len(column) + 1024:
        # a few rows of a large dictionary (a part of the facts taken from the cache, whose one dictionary holds
        # every sentence of the corpus): encode the rows themselves, not the whole dictionary for each part
        return _categorical(pc.dictionary_encode(column.cast(pa.string())))
    encoded = pc.dictionary_encode(pa.concat_arrays(dictionaries))
    mapping = encoded.indices.to_numpy().astype(np.int32)
    bounds = np.cumsum([0] + [len(d) for d in dictionaries])
    codes = []
    for chunk in chunks:
        d = chunk.dictionary
        which = distinct[(d.buffers()[1].address if d.buffers()[1] is not None else 0, d.offset, len(d))]
        local = chunk.indices.fill_null(-1).to_numpy().astype(np.int64)
        codes.append(np.where(local < 0, -1, mapping[bounds[which] + np.maximum(local, 0)]))
    categories = pd.Index(pd.array(encoded.dictionary, dtype="str"))
    return pd.Categorical.from_codes(np.concatenate(codes).astype(np.int32), dtype=pd.CategoricalDtype(categories))
