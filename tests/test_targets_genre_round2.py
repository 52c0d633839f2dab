"""Targets and achievement across the genre, round 2 (issue 11): rules found by ``benchmarks/target_sweep.py``'s
second-round parts (``benchmarks/sweep_shapes.py``), each tested on invented phrasings with near-miss guards."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts


def _fact(text: str, quote: str) -> dict:
    hits = [f for f in extract_facts(text) if f["quote"].startswith(quote)]
    assert hits, f"{quote!r} not read in {text!r}: {[f['quote'] for f in extract_facts(text)]}"
    return hits[-1]


CONGRESS = ("Đại hội đại biểu Phụ nữ xã Hòa Bình lần thứ I, nhiệm kỳ 2025 – 2030\n"
            "Ngày 8/8/2025, Hội LHPN xã Hòa Bình tổ chức Đại hội. Dự Đại hội có 180 đại biểu.\n")


# ---- (a) a closed term's review: the named term that ended is a result, the new term's horizon a target
@pytest.mark.parametrize("sentence, quote", [
    ("Đến cuối nhiệm kỳ 2020 - 2025, tỷ lệ tập hợp hội viên đạt 87%.", "87%"),
    ("Đến hết nhiệm kỳ 2020 – 2025, tỷ lệ chi hội khá, vững mạnh đạt 91%.", "91%"),
    ("Tính đến cuối nhiệm kỳ 2020-2025, tỷ lệ hội viên sinh hoạt thường xuyên được nâng lên 78%.", "78%"),
    ("Đến cuối nhiệm kỳ 2020 - 2025, toàn xã có 96% hộ gia đình đạt tiêu chí “5 không, 3 sạch”.", "96%"),
])
def test_a_closed_term_named_is_a_result(sentence: str, quote: str) -> None:
    f = _fact(CONGRESS + sentence + "\n", quote)
    assert f["target"] in (None, "")


@pytest.mark.parametrize("sentence, quote, value", [
    ("Đại hội đề ra 3 chỉ tiêu: đến cuối nhiệm kỳ, tỷ lệ tập hợp hội viên đạt 92%; mỗi năm kết nạp 60 hội viên.",
     "92%", 92.0),
    ("Đến cuối nhiệm kỳ 2025 - 2030, tỷ lệ chi hội vững mạnh đạt 80%.", "80%", 80.0),  # the new term, named
    ("Đến cuối nhiệm kỳ, có 100% chi hội có tổ phụ nữ tự quản.", "100%", 100.0),
])
def test_the_new_term_horizon_stays_a_target(sentence: str, quote: str, value: float) -> None:
    assert _fact(CONGRESS + sentence + "\n", quote)["target"] == value


def test_a_review_of_the_term_reads_its_horizon_as_done() -> None:
    text = ("Báo cáo tổng kết nhiệm kỳ 2021 - 2026 của Hội LHPN phường An Phú\n"
            "Đến cuối nhiệm kỳ 2021 - 2026, tỷ lệ tập hợp hội viên được nâng lên 82%.\n")
    assert _fact(text, "82%")["target"] in (None, "")


# ---- (b) a headline repeating a result: the title's figure takes the body's target and rate
@pytest.mark.parametrize("title, body, quote, target, rate", [
    ("Hội LHPN xã Tân Hòa: năm 2025 kết nạp 412 hội viên mới",
     "Năm 2025, Hội đã kết nạp 412 hội viên mới, đạt 103% kế hoạch năm (400 hội viên).", "412 hội viên", 400.0,
     103.0),
    ("Phường Đông Hải giúp 57 hộ phụ nữ thoát nghèo trong 6 tháng đầu năm",
     "Trong 6 tháng đầu năm 2026, Hội đã giúp 57 hộ phụ nữ thoát nghèo, đạt 47,5% chỉ tiêu năm (120 hộ).",
     "57 hộ", 120.0, 47.5),
    ("Hội LHPN tỉnh Gia Lai kết nạp 3.126 hội viên, đạt 104,2% kế hoạch",
     "Năm 2025, toàn tỉnh kết nạp 3.126 hội viên, đạt 104,2% kế hoạch (3.000 hội viên).", "3.126 hội viên",
     3000.0, 104.2),
])
def test_a_headline_restating_a_result(title: str, body: str, quote: str, target: float, rate: float) -> None:
    first = [f for f in extract_facts(title + "\n" + body + "\n") if f["quote"].startswith(quote)][0]
    assert (first["target"], first["achievement_pct"]) == (target, rate)


def test_a_headline_figure_the_body_does_not_restate_keeps_none() -> None:
    text = ("Hội LHPN xã Tân Hòa: năm 2025 kết nạp 412 hội viên mới\n"
            "Năm 2025, Hội đã giúp 50 hộ thoát nghèo, đạt 125% kế hoạch năm (40 hộ).\n")
    f = _fact(text, "412 hội viên")
    assert (f["target"], f["achievement_pct"]) in ((None, None), ("", ""))


def test_a_headline_whose_body_gives_only_a_rate_stays_bare() -> None:
    text = ("Quảng Trị: Hội LHPN tỉnh quản lý dư nợ ủy thác hơn 1.900 tỷ đồng\n"
            "Năm 2025, các cấp Hội quản lý dư nợ ủy thác hơn 1.900 tỷ đồng, đạt 106% kế hoạch được giao.\n")
    first = [f for f in extract_facts(text) if f["quote"].startswith("hơn 1.900")][0]
    assert first["achievement_pct"] in (None, "")


def test_a_headline_with_another_noun_is_not_the_body_result() -> None:
    text = ("Xã Tân Hòa: 60 hộ vay vốn ưu đãi\n"
            "Năm 2025, Hội đã kết nạp 60 hội viên mới, đạt 120% kế hoạch năm (50 hội viên).\n")
    title = [f for f in extract_facts(text) if f["quote"] == "60 hộ"]
    assert len(title) == 1 and title[0]["target"] in (None, "")


# ---- a result's target after it: the body that set it, named in brackets or as a clause
@pytest.mark.parametrize("sentence, quote, target, rate", [
    ("Năm 2025, Hội đã thành lập 42 tổ hợp tác, đạt 84% chỉ tiêu Nghị quyết Đại hội nhiệm kỳ 2021 – 2026 đề ra "
     "(50 tổ hợp tác).", "42 tổ hợp tác", 50.0, 84.0),
    ("Hội đã giúp 318 hộ thoát nghèo, đạt 106% chỉ tiêu Hội LHPN tỉnh giao (300 hộ).", "318 hộ", 300.0, 106.0),
    ("Các cấp Hội kết nạp 1.150 hội viên, đạt 115% chỉ tiêu Hội Liên hiệp Phụ nữ thành phố giao (1.000 hội viên).",
     "1.150 hội viên", 1000.0, 115.0),
    ("Hội đã kết nạp 612 hội viên mới, vượt chỉ tiêu Tỉnh hội giao (580 hội viên).", "612 hội viên", 580.0, None),
    ("Hội đã hỗ trợ 75 phụ nữ khởi nghiệp, vượt chỉ tiêu Ban Thường vụ huyện giao (60 phụ nữ).", "75 phụ nữ", 60.0,
     None),
])
def test_a_target_set_by_a_named_body_after_the_result(sentence: str, quote: str, target: float,
                                                         rate: float | None) -> None:
    f = _fact(sentence + "\n", quote)
    assert f["target"] == target
    assert f["achievement_pct"] in ((rate,) if rate else (None, ""))


def test_a_rate_against_last_year_names_no_target_body() -> None:
    f = _fact("Hội đã kết nạp 612 hội viên mới, tăng 12% so với năm 2024 (546 hội viên).\n", "612 hội viên")
    assert f["target"] in (None, "")


# ---- a named target's plain "đạt X%" with what was done in brackets
@pytest.mark.parametrize("sentence, quote, target, rate", [
    ("Chỉ tiêu giúp hộ phụ nữ thoát nghèo đạt 72,1% (thực hiện 421/584 hộ).", "421/584", 584.0, 72.1),
    ("Chỉ tiêu xây dựng nhà “Mái ấm tình thương” đạt 90% (thực hiện 27/30 căn).", "27/30", 30.0, 90.0),
    ("Chỉ tiêu giới thiệu hội viên ưu tú cho Đảng đạt 88% (thực hiện 132 người, chỉ tiêu 150 người).", "132 người",
     150.0, 88.0),
])
def test_a_named_target_reached_with_its_result_in_brackets(sentence: str, quote: str, target: float,
                                                             rate: float) -> None:
    f = _fact(sentence + "\n", quote)
    assert (f["target"], f["achievement_pct"]) == (target, rate)


@pytest.mark.parametrize("sentence, quote, target", [
    ("Chỉ tiêu 3: Tỷ lệ chi hội vững mạnh đạt 85%.", "85%", 85.0),  # a target of a list
    ("Chỉ tiêu thu hút hội viên đạt 75% (kết nạp 300 hội viên mới).", "75%", None),  # no "thực hiện" bracket
])
def test_a_named_target_without_a_done_bracket(sentence: str, quote: str, target: float | None) -> None:
    f = _fact(sentence + "\n", quote)
    assert f["target"] in ((target,) if target else (None, ""))
    assert f["achievement_pct"] in (None, "")


# ---- a Word table's rate and change cells are no results measured against the plan
@pytest.mark.parametrize("sep", ["\t", " | "])
def test_table_change_and_rate_cells_take_no_target(sep: str) -> None:
    head = sep.join(["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "So với cùng kỳ (%)", "Tỷ lệ (%)"])
    row = sep.join(["4", "Tỷ lệ chi hội đạt vững mạnh (%)", "66", "69", "138", "104,5"])
    facts = extract_facts("Kết quả thực hiện các chỉ tiêu:\n" + head + "\n" + row + "\nNhìn chung, đạt tiến độ.\n")
    by = {f["quote"].strip("| "): f for f in facts}
    assert by["69"]["target"] == 66.0 and by["69"]["achievement_pct"] == 104.5
    assert by["138"]["target"] in (None, "") and by["138"]["achievement_pct"] in (None, "")
    assert by["104,5"]["target"] in (None, "")


# ---- done over planned: a ratio whose rate names the plan has the whole as its target
@pytest.mark.parametrize("sentence, quote, target", [
    ("Phát triển hội viên mới: 68/75 hội viên, đạt 90,7% kế hoạch.", "68/75", 75.0),
    ("Giúp hộ thoát nghèo: 134/135 hộ, đạt 99,3% chỉ tiêu.", "134/135", 135.0),
    ("Hội vận động thành lập 9/12 tổ hợp tác, bằng 75% kế hoạch năm.", "9/12", 12.0),
])
def test_a_ratio_measured_against_the_plan(sentence: str, quote: str, target: float) -> None:
    assert _fact(sentence + "\n", quote)["target"] == target


@pytest.mark.parametrize("sentence, quote", [
    ("Số xã có mô hình: 111/168 xã (66,1%).", "111/168"),  # a part of a whole with its share
    ("Cán bộ Hội được tập huấn 1.024/1.024, đạt 100%.", "1.024/1.024"),  # no plan named after the rate
    ("Hội vận động 45/60 hộ tham gia, đạt 75% so với cùng kỳ.", "45/60"),  # against last year
])
def test_a_ratio_without_a_plan_named_keeps_no_target(sentence: str, quote: str) -> None:
    assert _fact(sentence + "\n", quote)["target"] in (None, "")
