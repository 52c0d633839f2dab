"""Skip, unit and document patterns of the genre found while studying iv18 and iv25 (sixteenth session, task F), each
with invented phrasings and guards: places named right after their count, a masthead with its section, a lede's source
credit."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text

HEAD = "Hội LHPN tỉnh sơ kết công tác Hội 9 tháng đầu năm 2026\n"
LEAD = "Hội đã kết nạp 120 hội viên mới.\n"


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(HEAD + text))


def values(text: str) -> list[float]:
    return [f["value"] for f in facts(text)]


# ---- places named right after their count, of every kind (iv18 P12) ---------------------------------------------
@pytest.mark.parametrize("line, kept", [
    ("Hỗ trợ xây 2 nhà sinh hoạt cộng đồng tại 2 làng Đê Kjiêng và Plei Ơi.", [2.0]),
    ("Tổ chức truyền thông tại 3 buôn Ea Sô, Ea Tam và Cư Bao.", []),
    ("Ra mắt mô hình tại 2 đặc khu Phú Quốc và Côn Đảo.", []),
    ("Khảo sát tại 2 xóm Đồng Tâm và Bãi Sậy.", []),
])
def test_places_named_after_their_count_are_no_figure(line, kept):
    assert values(line) == kept


@pytest.mark.parametrize("line, figure", [
    # guards: places where work was done, unnamed; crafts of a village
    ("Hội tổ chức truyền thông tại 10 làng trong xã.", 10.0),
    ("Hỗ trợ 2 làng nghề truyền thống quảng bá sản phẩm.", 2.0),
    ("Ra mắt mô hình tại 4 buôn, thu hút 300 hội viên.", 4.0),
])
def test_places_where_work_was_done_stay_figures(line, figure):
    assert figure in values(line)


# ---- the masthead and the lede's credit are the site's, not the reporter (iv25 D1, D2) ---------------------------
def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


BODY = ("Sáng 11/12, {union} tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025, kết nạp 120 hội "
        "viên mới, giúp 15 hộ thoát nghèo.\n")


@pytest.mark.parametrize("masthead", [
    "HỘI LHPN TỈNH NGHỆ AN - Tin hoạt động cơ sở",
    "Hội LHPN tỉnh Nghệ An › Tin cơ sở",
    "HỘI LHPN TỈNH NGHỆ AN › Cơ sở Hội",
])
def test_a_masthead_with_its_section_is_no_headline(masthead):
    found = info(f"{masthead}\nHội LHPN xã Nghi Lộc tổng kết năm 2025\n12/12/2025 | Lượt xem: 301\n"
                 + BODY.format(union="Hội LHPN xã Nghi Lộc"))
    assert (found["title"], found["org_level"]) == ("Hội LHPN xã Nghi Lộc tổng kết năm 2025", "commune")


def test_a_province_page_under_its_masthead_stays_province():
    found = info("Hội LHPN tỉnh Nghệ An › Tin tức\nHội LHPN tỉnh Nghệ An tổng kết năm 2025\n"
                 "12/12/2025 | Lượt xem: 301\n" + BODY.format(union="Hội LHPN tỉnh Nghệ An"))
    assert found["org_level"] == "province"


@pytest.mark.parametrize("credit", ["(Hội LHPN Nghệ An) -", "(PNNA) –", "(Hội LHPN tỉnh) -"])
def test_a_ledes_source_credit_is_not_the_reporter(credit):
    found = info("Phường Vinh Phú: Đại hội Phụ nữ nhiệm kỳ 2025 - 2030 đề ra 8 chỉ tiêu\n03/10/2025 08:15\n"
                 f"{credit} Sáng 2/10, Hội LHPN phường Vinh Phú, tỉnh Nghệ An tổ chức Đại hội đại biểu lần thứ I, "
                 "nhiệm kỳ 2025 - 2030, với 120 đại biểu về dự.\n")
    assert found["org_level"] == "commune"


def test_a_credit_before_the_provinces_own_lede_stays_province():
    found = info("Sơ kết công tác Hội 9 tháng đầu năm 2025\n03/10/2025 08:15\n(Hội LHPN Nghệ An) - Sáng 2/10, Hội "
                 "LHPN tỉnh Nghệ An tổ chức hội nghị sơ kết công tác Hội 9 tháng đầu năm 2025.\n")
    assert found["org_level"] == "province"
