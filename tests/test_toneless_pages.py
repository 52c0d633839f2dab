"""A page written without diacritics keeps its reading when its furniture is toned (issue 11, noise sweep): captions,
menus and credits in short toned lines ("Ảnh: Hội LHPN xã") do not make the article's paragraphs a toned text, so its
words are still given their tones ("4,1 ty dong" is money, "it nhat 40 hoi vien" a floor). Invented page."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text
from wuanalysis.toneless import written_without_tones

ARTICLE = (
    "Hoi LHPN xa Tan Lap so ket cong tac Hoi 6 thang dau nam 2026\n"
    "Sang 3/7, Hoi LHPN xa Tan Lap to chuc hoi nghi so ket. Toan xa hien co 1.846 hoi vien sinh hoat tai 14 chi hoi.\n"
    "Hoi phoi hop Ngan hang CSXH giai ngan cho 52 ho vay von voi so tien 3,6 ty dong; van dong xay dung 2 nha "
    "\"Mai am\" tri gia 160 trieu dong.\n"
    "6 thang cuoi nam, Hoi phan dau ket nap them it nhat 35 hoi vien, giup 4 ho hoi vien thoat ngheo.\n"
)
CAPTIONS = ("Hội viên phụ nữ tham gia lao động. Ảnh: Hội LHPN\nQuang cảnh hội nghị sơ kết\n"
            "Ảnh 2, 3: Đại biểu dự hội nghị\n")


def read(text: str) -> list[tuple[float, str, str]]:
    return sorted((float(f["value"]), f["unit_class"], f["qualifier"]) for f in extract_facts(normalize_text(text)))


@pytest.mark.parametrize("where", ["top", "middle", "bottom"])
def test_toned_captions_leave_a_toneless_article_toneless(where):
    lines = ARTICLE.splitlines(keepends=True)
    at = {"top": 0, "middle": 2, "bottom": len(lines)}[where]
    page = "".join(lines[:at]) + CAPTIONS + "".join(lines[at:])
    assert read(page) == read(ARTICLE)
    assert (3.6e9, "vnd", "exact") in read(page) and (35.0, "count", "at_least") in read(page)


def test_a_toned_article_stays_toned():
    text = ("Hội LHPN xã Tân Lập sơ kết công tác Hội 6 tháng đầu năm 2026, kết nạp 87 hội viên mới.\n"
            "https://baophunu.vn/hoi-lhpn-xa-tan-lap-so-ket-cong-tac-hoi-6-thang-dau-nam-2026-12345.html\n")
    assert not written_without_tones(text)
    assert written_without_tones(ARTICLE + CAPTIONS)


TONED = ("Năm 2025, Hội LHPN phường Tân Mai kết nạp 214 hội viên mới, đạt 107% chỉ tiêu được giao.\n"
         "Các chi hội trao 60 suất quà cho hộ nghèo, trị giá 300.000 đồng/suất.\n")


def rated(text: str) -> list[tuple[float, str, str, float | None]]:
    return sorted((float(f["value"]), f["unit_class"], f["qualifier"], f["achievement_pct"])
                  for f in extract_facts(normalize_text(text)))


@pytest.mark.parametrize("line, expected", [
    # one paragraph typed without diacritics in a toned page: its money, hedges and rates read as if toned
    ("Quy ho tro phu nu ngheo giai ngan 4,5 ty dong cho 96 ho vay von, dat 112% ke hoach nam.",
     [(96.0, "count", "exact", None), (112.0, "percent", "exact", 112.0), (4.5e9, "vnd", "exact", None)]),
    ("Trong nam, cac chi hoi van dong it nhat 40 hoi vien tham gia bao hiem xa hoi tu nguyen.",
     [(40.0, "count", "at_least", None)]),
    # guard: a copy of a toned line (an image's alt text) is furniture, read once
    ("Nam 2025, Hoi LHPN phuong Tan Mai ket nap 214 hoi vien moi, dat 107% chi tieu duoc giao.", []),
])
def test_a_toneless_paragraph_in_a_toned_page(line, expected):
    base = rated(TONED)
    assert sorted(set(rated(TONED + line + "\n")) - set(base)) == expected
