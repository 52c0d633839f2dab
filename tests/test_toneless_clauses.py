"""A clause or a line's tail typed without diacritics inside toned text (issue 11): its words are toned as a toneless
line's are, same length, so the target and rate rules read it; names, codes, addresses, English and a single ASCII
word stay as written. Invented phrasings of the genre."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text
from wuanalysis.toneless import toned_key_words


def read(text: str) -> dict[float, tuple[float | None, float | None]]:
    return {float(f["value"]): (f["target"], f["achievement_pct"]) for f in extract_facts(normalize_text(text))}


@pytest.mark.parametrize("text, value, target, rate", [
    # a bracketed tail without diacritics names the target of the result before it
    ("Năm qua, Hội vận động 52 hộ hội viên làm nhà tiêu hợp vệ sinh, dat 104% ke hoach nam (50 ho).",
     52.0, 50.0, 104.0),
    ("b) Hỗ trợ 231 hội viên vay vốn phát triển kinh tế, vuot chi tieu 10% (chi tieu nhiem ky la 210 hoi vien).",
     231.0, 210.0, None),
    # a clause without diacritics after a toned one: the result's rate
    ("Hội phụ nữ các xã đã nhận đỡ đầu 35 trẻ em mồ côi, vuot 16,7% chi tieu; tổ chức 12 buổi nói chuyện.",
     35.0, None, 116.7),
])
def test_a_toneless_tail_in_a_toned_line(text, value, target, rate):
    got = read(text)
    assert got[value][0] == target
    if rate is not None:
        assert got[value][1] == rate


def test_a_toneless_target_clause_then_its_result():
    text = ("Năm 2024, toàn huyện có 8.912 hội viên. Chi tieu Huyen hoi giao ve xay nha tinh nghia la 12 can nha; "
            "ket qua Hoi xay duoc 14 can nha, vuot chi tieu.")
    got = read(text)
    assert got[12.0][0] == 12.0 and got[14.0][0] == 12.0


@pytest.mark.parametrize("text", [
    "Hội phụ nữ các xã đã nhận đỡ đầu 35 trẻ em mồ côi, vuot 16,7% chi tieu; tổ chức 12 buổi nói chuyện.",
    "c) Trao 40 suất quà (chi tieu nhiem ky la 30 suat), dat 133%.",
    "Tuyên truyền qua Zalo, online cho 300 hội viên; HTX Tân Phú dat doanh thu 5 ty dong.",
    "Đồng chí Nguyen Thi Mai, Chủ tịch Hội, trao 20 suất quà tại https://hoiphunu.vn/tin-tuc/dat-104-ke-hoach.",
])
def test_same_length(text):
    assert len(toned_key_words(text)) == len(text)


@pytest.mark.parametrize("text, kept", [
    # one ASCII word, a code, English, a name, an address: as written
    ("Hội tổ chức 3 buổi livestream trên Zalo, online cho 300 hội viên, đạt 100% kế hoạch.", "online"),
    ("HTX Tân Phú đạt doanh thu 5 tỷ đồng, vượt kế hoạch.", "HTX"),
    ("Dự án Women in Business giúp 30 hội viên khởi nghiệp, vượt kế hoạch.", "Women in Business"),
    ("Hội tổ chức 2 buổi talk show trên fanpage cho 45 hội viên, dat 100% ke hoach.", "talk show trên fanpage"),
    ("Chị Nguyen Thi Mai Lan đạt 104% kế hoạch năm với 26 hội viên.", "Nguyen Thi Mai Lan"),
    ("Xem thêm 12 tin tại hoiphunu.vn/ket-qua/dat-104-ke-hoach, chi tieu nam.", "hoiphunu.vn/ket-qua/dat-104-ke-hoach"),
    ("Hội đạt 104% kế hoạch; tham gia sinh hoạt 15 chi hội, dat 2 lần.", "tham gia sinh"),
])
def test_near_misses_stay_as_written(text, kept):
    assert kept in toned_key_words(text)


def test_a_toned_text_without_toneless_words_is_itself():
    text = "Năm 2025, Hội kết nạp 214 hội viên mới, đạt 107% chỉ tiêu được giao.\nCác chi hội trao 60 suất quà."
    assert toned_key_words(text) is text
