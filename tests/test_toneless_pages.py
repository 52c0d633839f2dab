"""A page written without diacritics keeps its reading when its furniture is toned (issue 11, noise sweep): captions,
menus and credits in short toned lines ("Ảnh: Hội LHPN xã") do not make the article's paragraphs a toned text, so its
words are still given their tones ("4,1 ty dong" is money, "it nhat 40 hoi vien" a floor). Invented page."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text, written_without_tones

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
