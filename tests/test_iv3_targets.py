"""Issue 11, the iv3 round: the genre patterns of the invented blind set ``benchmarks/checksets/iv3`` (see its
FINDINGS.md) and those another helper found in iv2, each with new invented phrasings (not the sets' sentences) a
secretary of a commune, a ward, a district or a province could write, and the near misses they must leave alone."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in facts(text)]


# --- A1/B1: a table on lines, cells split by bars or tabs, a row-number column first and a verdict column last ---

@pytest.mark.parametrize("text, expected", [
    ("Kết quả thực hiện chỉ tiêu năm 2025:\nTT | Nội dung | KH | TH | Ghi chú\n"
     "1 | Hỗ trợ hộ thoát nghèo | 120 | 131 | Vượt\n2 | Thành lập tổ hợp tác | 8 | 6 | Chưa đạt\n",
     [(120.0, 120.0, None), (131.0, 120.0, None), (8.0, 8.0, None), (6.0, 8.0, None)]),
    ("STT\tChỉ tiêu\tKế hoạch\tThực hiện\tĐánh giá\n1\tKết nạp hội viên mới\t300\t326\tVượt\n"
     "2\tVận động tiết kiệm (triệu đồng)\t500\t512\tĐạt\n",
     [(300.0, 300.0, None), (326.0, 300.0, None), (500.0, 500.0, None), (512.0, 500.0, None)]),
    ("Số TT | Chỉ tiêu | Kế hoạch | Kết quả\n3 | Giới thiệu việc làm | 250 | 261\n",
     [(250.0, 250.0, None), (261.0, 250.0, None)]),
])
def test_a_numbered_table_in_cells(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no row-number head: the first cell is a figure of its own
    ("Số hộ | Xã\n45 | Xã Tân Lập\n", [(45.0, None, None)]),
    ("Chi hội | Số hội viên\n12 | Chi hội thôn Bản Lầu\n", [(12.0, None, None)]),
])
def test_cells_without_a_row_number_head(text, expected):
    assert marks(text) == expected
