"""The lead's fixes of the seventeenth session, each with invented phrasings of the genre (and guards)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import wuanalysis
from wuanalysis.measures import compute_measurements
from wuanalysis.rate_ties import UNASSIGNED


def _measure(tmp_path: Path, body: str) -> pd.DataFrame:
    (tmp_path / "r.txt").write_text("Hội LHPN tỉnh Nghệ An tổng kết công tác Hội năm 2025\n" + body + "\n",
                                    encoding="utf-8")
    corpus = wuanalysis.read_reports(tmp_path, workers=1)
    return compute_measurements(corpus.documents, corpus.facts)


# A rate told after a tally of targets is another target's ("riêng chỉ tiêu …", "các chỉ tiêu còn lại"), never the
# tally's: the tally's own achievement is its quotient (9/10 → 90 %); the rate stands alone, under the indicator its
# own words name.
@pytest.mark.parametrize("body, rate, indicator", [
    ("Năm 2025, Hội đạt và vượt 9/10 chỉ tiêu thi đua, riêng chỉ tiêu phụ nữ được hỗ trợ chuyển đổi số mới đạt 82%.",
     82, "digital_trained"),
    ("Hội LHPN tỉnh hoàn thành và vượt 9/10 chỉ tiêu, trong đó nhiều chỉ tiêu vượt xa nghị quyết: hỗ trợ hộ phụ nữ "
     "thoát nghèo vượt 52%.", 152, "households_out_of_poverty"),
    ("Trong 10 chỉ tiêu Đại hội giao, có 9/10 chỉ tiêu đạt và vượt, chỉ tiêu còn lại đạt trên 90%.", 90, UNASSIGNED),
])
def test_a_rate_after_a_tally_of_targets_is_not_the_tallys(tmp_path, body, rate, indicator):
    m = _measure(tmp_path, body)
    tally = m[(m["indicator"] == "targets_met") & (m["value"] == 9)].iloc[0]
    assert (tally["target"], tally["achievement_pct"]) == (10, 90)
    rates = m[m["rate_label"].notna()]
    assert rates["achievement_pct"].tolist() == [rate]
    assert rates["indicator"].tolist() == [indicator]  # (a rate's words naming "chỉ tiêu" name no tally)


def test_a_rates_label_starts_after_the_lists_colon(tmp_path):
    m = _measure(tmp_path, "Năm 2025 nhiều chỉ tiêu vượt xa nghị quyết: hỗ trợ hộ phụ nữ thoát nghèo vượt 52%.")
    assert m.loc[m["rate_label"].notna(), "rate_label"].tolist() == ["hỗ trợ hộ phụ nữ thoát nghèo"]


@pytest.mark.parametrize("body, value, rate", [
    ("Năm 2025, Hội kết nạp 1.200 hội viên mới, đạt 120% kế hoạch.", 1200, 120),  # the rate's words name nothing
    ("Hội kết nạp 600 hội viên mới, vượt chỉ tiêu 20%.", 600, 120),  # "vượt chỉ tiêu" is a verdict, not a tally
    ("Hội vận động kết nạp 1.200 hội viên mới, hoàn thành chỉ tiêu kết nạp hội viên đạt 120%.", 1200, 120),
])
def test_guard_a_rate_still_goes_to_its_result(tmp_path, body, value, rate):
    m = _measure(tmp_path, body)
    row = m[(m["indicator"] == "members_new") & (m["value"] == value)].iloc[0]
    assert row["achievement_pct"] == rate
    assert rate not in set(m.loc[m["rate_label"].notna(), "achievement_pct"])
    assert UNASSIGNED not in set(m["indicator"])


@pytest.mark.parametrize("body, label", [
    ("Đến nay, 7/9 chỉ tiêu đạt và vượt, 2 chỉ tiêu còn lại đều đạt từ 80%.", "2 chỉ tiêu còn lại"),
    ("Năm 2025, Hội đạt 7/9 chỉ tiêu; các chỉ tiêu còn lại đều đạt từ 85%.", "các chỉ tiêu còn lại"),
])
def test_a_rates_label_leaves_out_the_rates_own_adverbs(tmp_path, body, label):
    m = _measure(tmp_path, body)
    assert m.loc[m["rate_label"].notna(), "rate_label"].tolist() == [label]


def _read(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    from wuanalysis.extract import extract_figures
    figures, skipped = extract_figures(text)
    return [text[f.start:f.end] for f in figures], [(text[s.start:s.end], s.reason) for s in skipped]


# The make-up of the two-level government after the 2025 reform is structure, as "toàn tỉnh có 54 xã" is.
@pytest.mark.parametrize("text, numbers", [
    ("Trong bối cảnh vận hành mô hình chính quyền 2 cấp với 54 xã, phường, đặc khu, Hội đã chỉ đạo các cơ sở.",
     ["54"]),
    ("Từ 1/7, tỉnh vận hành chính quyền địa phương hai cấp với 96 xã, phường.", ["96"]),
    ("Tỉnh vận hành chính quyền hai cấp với 40 xã, 14 phường và 1 đặc khu, Hội đã kiện toàn tổ chức.",
     ["40", "14", "1"]),
])
def test_the_two_level_governments_communes_are_no_figure(text, numbers):
    figures, skipped = _read(text)
    assert [s for s, reason in skipped if reason == "administrative_census"] == numbers
    assert not any(f.startswith(tuple(numbers)) for f in figures)


@pytest.mark.parametrize("text, figure", [
    ("Hội đã tổ chức tuyên truyền tại 54 xã, phường, đặc khu.", "54 xã"),  # places worked in
    ("Hội phối hợp với 54 xã tổ chức tuyên truyền.", "54 xã"),
    ("Chính quyền 2 cấp với 54 xã đã phối hợp trao 120 suất quà.", "54 xã"),  # the communes act: a result
])
def test_guard_places_worked_with_stay_figures(text, figure):
    assert figure in _read(text)[0]


# A numbered item named before what it holds ("chỉ tiêu 3 bao gồm …") is a list's head, and what it holds is its
# content (figures), not a description of a body ("Cụm gồm 9 tỉnh").
@pytest.mark.parametrize("text, figures", [
    ("Ghi chú: chỉ tiêu 3 bao gồm ít nhất 30 căn nhà được sửa chữa.", ["ít nhất 30 căn nhà"]),
    ("Nhiệm vụ 2 bao gồm 5 lớp tập huấn kỹ năng số.", ["5 lớp"]),
    ("Chỉ tiêu 3 gồm 12 mô hình và 4 tổ hợp tác.", ["12 mô hình", "4 tổ hợp tác"]),
])
def test_a_numbered_item_before_what_it_holds_is_a_head(text, figures):
    found, skipped = _read(text)
    assert found == figures
    assert skipped[0][1] == "list_head"


@pytest.mark.parametrize("text, figures", [
    ("Hội trao 3 bao gạo cho hộ nghèo.", ["3 bao"]),  # a sack
    ("Hội giúp 3 bao gồm gạo và muối.", ["3 bao"]),  # not after an item's name
    ("Năm 2025 chỉ tiêu 3 tổ hợp tác, thực hiện 4 tổ hợp tác.", ["3 tổ hợp tác", "4 tổ hợp tác"]),
])
def test_guard_an_items_number_with_its_noun_stays(text, figures):
    assert _read(text)[0] == figures


def test_guard_a_body_made_of_places_is_still_described():
    assert _read("Cụm gồm 9 tỉnh, thành phố phía Bắc.")[1] == [("9", "gom_structure")]


def test_a_rate_told_of_a_tally_is_labelled_with_it_and_a_range_keeps_one_label(tmp_path):
    # "2/9 chỉ tiêu nhiệm kỳ đạt từ 73-75%": both ends of the range speak of the same two targets
    m = _measure(tmp_path, "Có 4/9 chỉ tiêu nhiệm kỳ đạt và vượt; 2/9 chỉ tiêu nhiệm kỳ đạt từ 73-75%.")
    rates = m[m["rate_label"].notna()]
    assert rates["achievement_pct"].tolist() == [73, 75]
    assert rates["rate_label"].tolist() == ["2/9 chỉ tiêu nhiệm kỳ"] * 2


def test_guard_a_tally_before_a_named_target_stays_out_of_its_label(tmp_path):
    m = _measure(tmp_path, "Năm 2025, Hội đạt và vượt 10/11 chỉ tiêu, riêng chỉ tiêu phát triển tổ hợp tác mới "
                           "đạt 70% kế hoạch.")
    assert m.loc[m["rate_label"].notna(), "rate_label"].tolist() == ["riêng chỉ tiêu phát triển tổ hợp tác mới"]


# "xây dựng mới / phát triển mới / xây mới" N co-operatives or groups: new ones, like "thành lập mới"
@pytest.mark.parametrize("body, value, indicator", [
    ("Năm 2025, Hội hỗ trợ thành lập 4 HTX, xây mới 9 tổ hợp tác và 15 tổ liên kết.", 9, "coop_groups_new"),
    ("Trong năm, các cấp Hội xây dựng mới 12 tổ hợp tác do phụ nữ làm chủ.", 12, "coop_groups_new"),
    ("Năm 2025, Hội phát triển mới 5 hợp tác xã do phụ nữ quản lý.", 5, "cooperatives_new"),
    ("Đến nay toàn tỉnh có 120 tổ hợp tác do phụ nữ làm chủ.", 120, "coop_groups_total"),  # guard: a stock
])
def test_new_cooperatives_told_as_built_or_developed(tmp_path, body, value, indicator):
    m = _measure(tmp_path, body)
    assert m.loc[m["value"] == value, "indicator"].tolist() == [indicator]


# A result with its per-unit amount, then the plan in the next clause and a rate: the rate is the result's (its
# quotient over the plan), not a target of 62.5 %
@pytest.mark.parametrize("text, result, plan, rate", [
    ("Hội trao 5 căn nhà Mái ấm tình thương, mỗi căn trị giá 70 triệu đồng; kế hoạch cả năm là 8 căn, đạt 62,5%.",
     5, 8, 62.5),
    ("Các chi hội trao 40 suất quà, mỗi suất quà trị giá 500.000 đồng; kế hoạch năm là 50 suất, đạt 80%.", 40, 50, 80),
])
def test_a_rate_after_the_plan_clause_past_a_per_unit_amount(text, result, plan, rate):
    from wuanalysis.extract import extract_facts
    found = {f["value"]: f for f in extract_facts(text)}
    assert (found[result]["target"], found[result]["achievement_pct"]) == (plan, rate)
    assert not found[rate]["is_target"] and found[rate]["achievement_pct"] == rate


def test_guard_a_rate_off_the_quotient_measures_no_result():
    from wuanalysis.extract import extract_facts
    found = {f["value"]: f for f in extract_facts(
        "Hội trao 5 căn nhà, mỗi căn trị giá 70 triệu đồng; kế hoạch cả năm là 8 căn, đạt 70%.")}
    assert found[5]["target"] == 8 and found[5]["achievement_pct"] is None
