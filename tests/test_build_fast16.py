"""Build throughput (issue 10, session 16): the faster paths give what the plain ones gave, cell for cell."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from wuanalysis import tables_csv

_RISKY = ["=SUM(A1)", "bình thường", None, "+84 912", "-5", "@user", "\tthụt", "\rcr", "", "'=đã", "ể=", " =x"]


def _plain_starts(values: pd.Series) -> pd.Series:
    return values.str.startswith(tables_csv._FORMULA_START).eq(True)


@pytest.mark.parametrize("values", [
    pd.Series(_RISKY, dtype=object),
    pd.Series(_RISKY, dtype="str"),
    pd.Series(_RISKY + [np.nan], dtype=object),
    pd.Series(pd.Categorical(_RISKY)),
    pd.Series(pd.Categorical([None, None], categories=["=a", "b"])),
    pd.Series([None, None], dtype=object),
    pd.Series(_RISKY, dtype=pd.StringDtype("python")),
    pd.Series(_RISKY, dtype="str").iloc[3:],
])
def test_formula_cells_are_those_pandas_finds(values):
    assert tables_csv._formula_cells(values).equals(_plain_starts(values))


def _outcome(starts, values):
    try:
        return starts(values).tolist()
    except (AttributeError, TypeError) as exc:
        return type(exc)


@pytest.mark.parametrize("values", [pd.Series([1, 2.5], dtype=object), pd.Series([True, False], dtype=object),
                                    pd.Series([[1.0], None], dtype=object), pd.Series([b"=a", b"b"], dtype=object),
                                    pd.Series(["=a", 1], dtype=object), pd.Series(pd.Categorical([1, 2]))])
def test_a_column_that_is_not_only_text_goes_as_pandas_does(values):
    assert _outcome(tables_csv._formula_cells, values) == _outcome(_plain_starts, values)


def test_defused_frame_is_unchanged_in_kind():
    frame = pd.DataFrame({"a": pd.Series(_RISKY, dtype=object), "b": pd.Series(_RISKY, dtype="str"),
                          "c": pd.Categorical(_RISKY), "d": pd.Series([[1.0, 2.0]] + [None] * 11, dtype=object),
                          "n": np.arange(12.0)})
    safe = tables_csv.defuse_formulas(frame)
    assert safe["a"].tolist()[:6] == ["'=SUM(A1)", "bình thường", None, "'+84 912", "'-5", "'@user"]
    assert safe["b"].dtype == frame["b"].dtype and isinstance(safe["c"].dtype, pd.CategoricalDtype)
    assert safe["c"].astype(object).tolist()[0] == "'=SUM(A1)" and safe["n"].equals(frame["n"])


def _regex_quote(text):
    risky = pc.match_substring_regex(text, '[,"\n]')
    if not pc.any(risky).as_py():
        return text
    quoted = pc.binary_join_element_wise('"', pc.replace_substring(text, '"', '""'), '"', "")
    return pc.if_else(risky, quoted, text)


@pytest.mark.parametrize("cells", [["a", "b,c", None], ['nói "có"', "x"], ["dòng\nhai", ""], ["a", "b"], [None, None],
                                   [], ["", ""], ["tỷ lệ 4,2%", "ể"]])
def test_cells_are_quoted_as_the_regex_found_them(cells):
    text = pa.array(cells, pa.string())
    for piece in (text, text.slice(1), text.fill_null("")):
        assert tables_csv._csv_quote(piece).equals(_regex_quote(piece).fill_null("") if piece.null_count == 0
                                                   else _regex_quote(piece))


def test_a_slice_is_searched_in_its_own_bytes_only():
    text = pa.array(["a,b", "c", "d"], pa.string())
    assert not tables_csv._may_need_quotes(text.slice(1))
    assert tables_csv._may_need_quotes(text.slice(0, 1))


def _csv_of(frame: pd.DataFrame) -> bytes:
    import io

    handle = io.BytesIO()
    tables_csv._write_csv_rows(frame, handle)
    return handle.getvalue()


@pytest.mark.parametrize("frame", [
    pd.DataFrame({"a": ["x,y", "z"], "b": [1.5, np.nan], "c": pd.Categorical(["s", None])}),
    pd.DataFrame({"a": pd.Series(['nói "có"', None], dtype="str"), "b": [True, False]}),
    pd.DataFrame({"only": ["một", "hai,ba"]}),
    pd.DataFrame({"a": pd.Series([], dtype="str"), "b": pd.Series([], dtype="float64")}),
])
def test_rows_are_what_pandas_writes(frame):
    assert _csv_of(frame) == frame.to_csv(index=False, header=False, lineterminator="\n").encode()


@pytest.mark.parametrize("cell", ["", "Bắc Kạn", 0, 2024, True, 0.0, 1.5, float("nan"), None, pd.NA, pd.NaT, np.nan,
                                  np.float64("nan"), np.float64(2.0), np.int64(3), np.datetime64("NaT")])
def test_a_missing_cell_is_what_pandas_calls_missing(cell):
    from wuanalysis.measures import _missing

    assert _missing(cell) is bool(pd.isna(cell))


def test_measurement_ids_read_missing_cells_as_before():
    from wuanalysis.measures import _measurement_id

    assert _measurement_id(None, "district", "huyện Chợ Đồn", 2024.0, None, "new_members", "result", 120.0, None,
                           None) == "NA/huyện Chợ Đồn|2024|NA|new_members|result|120"
    assert _measurement_id("Bắc Kạn", "province", None, pd.NA, "year", "x", "result", float("nan"), 83.0,
                           "đối thoại") == "Bắc Kạn||year|x|result|rate83:đối thoại"
