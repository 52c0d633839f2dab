"""A table row's unit cell ("ĐVT", "Đơn vị tính") gives its bare cells their unit (issue 11): a measure ("ha", "Tấn",
"km") makes them an area, a mass or a length (SCHEMA's classes, scored); a count's noun ("Hộ", "Trẻ", "Mô hình") is
their unit, lent after the rates and targets are decided, so that a result told below the table with the same noun
does not take the table's plan. Invented tables in '|' rows and tab cells."""
from __future__ import annotations

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text

BARS = """| TT | Nội dung | ĐVT | Kế hoạch năm 2025 | Thực hiện |
| 1 | Diện tích rau an toàn do hội viên sản xuất | ha | 12 | 15,5 |
| 2 | Gạo vận động hỗ trợ hộ khó khăn | Tấn | 3 | 4,2 |
| 3 | Tuyến đường hoa phụ nữ tự quản | km | 8 | 9,5 |
| 4 | Giúp hộ phụ nữ thoát nghèo | Hộ | 40 | 45 |
| 5 | Nhận đỡ đầu trẻ mồ côi | Trẻ | 60 | 64 |
| 6 | Mô hình sinh kế | Mô hình | 15 | 18 |
"""

TABS = ("STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch\tKết quả\n"
        "1\tKết nạp hội viên mới\tNgười\t1.200\t1.350\n"
        "2\tDiện tích trồng cây ăn quả\tHa\t20\t22,5\n")


def read(text: str) -> dict[float, tuple[str, str | None, float | None]]:
    return {float(f["value"]): (f["unit_class"], f["unit"], f["target"]) for f in extract_facts(normalize_text(text))}


def test_measure_cells_are_areas_masses_lengths():
    got = read(BARS)
    assert got[12.0] == ("area", "ha", 12.0) and got[15.5] == ("area", "ha", 12.0)
    assert got[3.0] == ("mass", "tấn", 3.0) and got[4.2] == ("mass", "tấn", 3.0)
    assert got[8.0] == ("other", "km", 8.0) and got[9.5] == ("other", "km", 8.0)


def test_count_cells_take_the_rows_noun():
    got = read(BARS)
    assert got[45.0] == ("count", "hộ", 40.0)
    assert got[64.0] == ("count", "trẻ", 60.0)
    assert got[18.0] == ("count", "mô hình", 15.0)
    tabs = read(TABS)
    assert tabs[1350.0] == ("count", "người", 1200.0)
    assert tabs[22.5] == ("area", "ha", 20.0)


def test_a_result_below_the_table_keeps_no_plan_of_the_table():
    text = BARS + "\nKết quả, cả năm các cấp Hội nhận đỡ đầu 71 trẻ em mồ côi, bằng 115% kỳ trước.\n"
    assert read(text)[71.0][2] is None


def test_cells_of_more_than_a_unit_stay_bare():
    text = ("| TT | Nội dung | ĐVT | Kế hoạch | Thực hiện |\n"
            "| 1 | Hộ được hỗ trợ | Hộ (lũy kế) | 30 | 33 |\n")
    assert read(text)[33.0] == ("count", None, 30.0)
