"""Figure patterns of the genre found while studying iv15, iv22 and iv23 (fifteenth session, task F), each with
invented phrasings and guards: a counter line opening on a button's bare label, the toneless verdicts and givers of
targets."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text

HEAD = "Hội LHPN tỉnh sơ kết công tác Hội 9 tháng đầu năm 2026\n"
HEAD_PLAIN = "Hoi LHPN tinh so ket cong tac Hoi 9 thang dau nam 2026\n"


def facts(text: str, head: str = HEAD) -> list[dict]:
    return extract_facts(normalize_text(head + text))


def values(text: str, head: str = HEAD) -> list[float]:
    return [f["value"] for f in facts(text, head)]


# ---- a counter line opening on a button's bare label (iv15 P18) -------------------------------------------------
@pytest.mark.parametrize("line", [
    "Bình luận · Chia sẻ 48",
    "Thích · Bình luận 3",
    "Lưu tin | Bình luận 7",
    "Gửi bài · Thích 12 · Chia sẻ 4",
])
def test_a_counter_line_after_a_bare_label(line):
    assert values("Hội đã kết nạp 120 hội viên mới.\n" + line) == [120.0]


@pytest.mark.parametrize("line, expected", [
    # guards: prose sharing things, a label before a counted noun
    ("Các chi hội chia sẻ 12 mô hình hay.", [12.0]),
    ("Bình luận · Chia sẻ 48 mô hình", [48.0]),
    ("Thích · 5 hộ", [5.0]),
])
def test_counted_words_after_a_label_stay_figures(line, expected):
    assert values(line) == expected


# ---- toneless verdicts on targets and their givers (iv22 P2, iv23 P12) ------------------------------------------
PLAIN = "Nam 2025 toan tinh ket nap 12.870 hoi vien moi, dat 107% chi tieu. "


@pytest.mark.parametrize("line, count", [
    ("Co 3 chi tieu chua dat la ty le hoi vien tham gia bao hiem (dat 18%) va so mo hinh.", 3.0),
    ("Con 1 chi tieu chua hoan thanh la so mo hinh sinh ke.", 1.0),
    ("Toan tinh co 12 chi tieu, 10 chi tieu dat va vuot.", 10.0),
])
def test_a_toneless_count_of_targets_met_or_not(line, count):
    assert count in values(PLAIN + line, HEAD_PLAIN)


def test_a_toneless_share_named_among_targets_unmet_keeps_no_rate():
    found = facts(PLAIN + "Co 2 chi tieu chua dat la ty le hoi vien tham gia bao hiem (dat 18%).", HEAD_PLAIN)
    (share,) = [f for f in found if f["value"] == 18.0]
    assert share["achievement_pct"] is None


@pytest.mark.parametrize("line, result, target", [
    ("Hoi da ket nap 118 hoi vien, vuot 18% chi tieu tinh giao (100 hoi vien).", 118.0, 100.0),
    ("Giup 55 ho thoat ngheo, vuot 10% chi tieu huyen giao (50 ho).", 55.0, 50.0),
    ("Van dong 230 hoi vien tham gia, vuot 15% chi tieu xa giao (200 hoi vien).", 230.0, 200.0),
])
def test_a_toneless_giver_of_a_target(line, result, target):
    found = {f["value"]: f for f in facts(PLAIN + line, HEAD_PLAIN)}
    assert found[result]["target"] == target


@pytest.mark.parametrize("line, expected", [
    # guards: "tinh", "xa" alone keep their reading (no place is made of them), "Toan tinh co 12 chi tieu" sets
    ("Tinh than doan ket, 40 hoi vien tham gia.", [40.0]),
    ("Toan tinh co 12 chi tieu chu yeu.", []),
])
def test_toneless_words_alone_stay(line, expected):
    assert values(line, HEAD_PLAIN) == expected
