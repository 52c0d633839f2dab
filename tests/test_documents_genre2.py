"""Document facts on second-round genre phrasings (issue 11): a commune named like an old province in a list of
communes does not make the report that province's."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def info(text: str) -> dict:
    return extract_document_info(normalize_text(text))


@pytest.mark.parametrize("text", [
    "Hội tổ chức ký giao ước thi đua với 24 cơ sở tại các xã Gia Hội, Bình Thuận, Sơn Thịnh. Có 200 hội viên.",
    "Tại 3 xã Tân Hòa, Đồng Tâm và Thái Bình, Hội LHPN huyện đã giúp 40 hộ thoát nghèo.",
    "Các phường Hạc Thành, Quảng Phú và Phú Thọ đã hoàn thành 100% chỉ tiêu đại hội.",
])
def test_a_commune_in_a_list_of_communes_names_no_province(text):
    assert info(text)["province"] is None


@pytest.mark.parametrize("text, province", [
    # a district then its province, no "tỉnh": the province is named
    ("Hội LHPN huyện Lộc Ninh, Bình Phước tổ chức hội nghị với 80 hội viên.", "Bình Phước"),
    ("Hội LHPN tỉnh Bình Thuận tổng kết năm 2024 với 500 hội viên mới.", "Bình Thuận"),
])
def test_a_province_after_its_district_is_still_named(text, province):
    assert info(text)["province"] == province
