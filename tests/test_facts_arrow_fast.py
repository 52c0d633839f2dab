"""facts_table makes each document's Arrow table from the facts as lists, not through a DataFrame: the table must be
the one the pandas route gives, byte for byte as the cache stores it (nulls with NaN under them included), on every
report we have (seeds, the shared dev set, the check sets); facts with fields it does not know take the pandas route;
the indicators it gives are assign_indicators'."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from wuanalysis import facts_arrow
from wuanalysis.extract import extract_facts
from wuanalysis.facts_arrow import facts_table
from wuanalysis.indicators import assign_indicators, indicators_of_records
from wuanalysis.text import normalize_text

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT.parent / "shared" / "dev" / "docs").glob("*.txt"),
                *(ROOT / "benchmarks" / "checksets").glob("*/docs/*.txt")])


def _ipc(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def _facts(path: Path) -> list[dict]:
    facts = extract_facts(normalize_text(path.read_text(encoding="utf-8")))
    for fact in facts:
        fact["doc"] = path.name
    return facts


def test_there_is_something_to_compare():
    assert len(TEXTS) >= 100


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_same_bytes_as_the_pandas_route(path):
    facts = _facts(path)
    assert _ipc(facts_table(facts)) == _ipc(facts_arrow._table_through_pandas(facts))
    if facts:
        frame = assign_indicators(pd.DataFrame(facts))
        assert indicators_of_records(facts) == (frame["indicator"].tolist(), frame["topic"].tolist())


def test_all_seeds_in_one_batch():
    facts = [fact for path in sorted((ROOT / "seeds").glob("*.txt")) for fact in _facts(path)]
    assert len(facts) > 150
    table = facts_table(facts)
    assert _ipc(table) == _ipc(facts_arrow._table_through_pandas(facts))
    assert table.column("denominator").null_count > 0  # nulls (and the NaN under them) compared too


def test_unknown_fields_and_values_take_the_pandas_route():
    facts = _facts(ROOT / "seeds" / sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))[0])
    odd = [dict(f, note="x") for f in facts]  # a field facts_table does not know
    assert _ipc(facts_table(odd)) == _ipc(facts_arrow._table_through_pandas(odd))
    assert "note" in facts_table(odd).column_names
    text_value = [dict(f, value=str(f["value"])) for f in facts]  # a number as text: pandas reads it
    assert facts_arrow._typed_table(text_value, list(text_value[0])) is None
    assert _ipc(facts_table(text_value)) == _ipc(facts_arrow._table_through_pandas(text_value))


def test_empty():
    assert facts_table([]).num_rows == 0
    assert facts_table([{}]).num_columns == 0
