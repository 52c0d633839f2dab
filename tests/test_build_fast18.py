"""Build throughput (issue 10, session 18): the faster paths give what the plain ones gave, cell for cell."""
from __future__ import annotations

import csv
import io

import pyarrow as pa
import pytest

from wuanalysis import tables_csv


def _csv_module_cells(cells: list[str]) -> list[str]:
    """Each cell as Python's csv module writes it, lines ending in "\\n", as pandas writes them (QUOTE_MINIMAL)."""
    out = []
    for cell in cells:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow([cell, ""])
        out.append(buffer.getvalue()[:-2])  # the cell, without the comma before the empty second one and the "\n"
    return out


# one cell per shape: a sentence's comma; a double quote or a line break alone (no comma in the cell); all three;
# none; empty; a quote next to a comma
_CELLS = ["Hội LHPN tỉnh, các huyện", 'Chương trình "Mẹ đỡ đầu"', "dòng một\ndòng hai", 'a, "b"\nc', "bình thường", "",
          '"', ",", "\n", 'tỷ lệ 4,2% "đạt"']


@pytest.mark.parametrize("cells", [
    _CELLS,
    [c for c in _CELLS if "," not in c],  # a quote or a line break found only in the cells without a comma
    [c for c in _CELLS if '"' not in c],  # no double quote in the column: nothing doubled
    [c for c in _CELLS if "\n" not in c and '"' not in c],  # commas only
    ["không", "gì cả"],
    [],
])
def test_cells_are_quoted_as_the_csv_module_quotes_them(cells):
    text = pa.array(cells, pa.string())
    assert tables_csv._csv_quote(text).to_pylist() == _csv_module_cells(cells)
    for piece in (text.slice(1), text.slice(0, max(0, len(cells) - 1))):  # a slice: its own bytes only
        assert tables_csv._csv_quote(piece).to_pylist() == _csv_module_cells(piece.to_pylist())


def test_which_quoting_bytes_a_column_holds():
    assert tables_csv._quote_bytes(pa.array(["a,b", "c"])) == (True, False, False)
    assert tables_csv._quote_bytes(pa.array(['"x"', "y\nz"])) == (False, True, True)
    assert tables_csv._quote_bytes(pa.array(["a,b", "c"]).slice(1)) == (False, False, False)
    assert tables_csv._quote_bytes(pa.chunked_array([pa.array(["a"])])) is None  # not one array: any cell may
