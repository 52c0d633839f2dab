"""Issue 11, session 15 (iv15 FINDINGS P5, P12; iv23 P18), in invented phrasings: a plan statement naming who assigns
it, told after the result, with the rate after "như vậy" ("Kế hoạch năm 2026 Huyện Hội giao là 40 hộ, như vậy đạt
…"); a per-unit target of a grassroots named by its level or a women's group ("mỗi Hội LHPN cấp xã …; mỗi chi hội
giúp từ 1 đến 2 hộ", "Mỗi tổ phụ nữ hỗ trợ từ 2 - 3 hộ"); a per-unit amount in a bracket describing a count done
("xây 9 căn nhà (mỗi căn từ 40 triệu đồng trở lên)"). Guards: a past result after "Kế hoạch năm …", a plan handed
down already ("đã giao"), a rate that does not fit the quotient, a unit that has something, a range given per
recipient in a review, a per-unit bracket after a planned count."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def by_value(text: str) -> dict[float, dict]:
    """The facts of a text by value (the test texts give each value once)."""
    return {f["value"]: f for f in extract_facts(normalize_text(text))}


def marks(text: str) -> dict[float, tuple[float | None, float | None]]:
    return {v: (f["target"], f["achievement_pct"]) for v, f in by_value(text).items()}


# --- iv15 P5: the plan told after the result, naming who assigns it ---

@pytest.mark.parametrize("text, expected", [
    ("Các chi hội giúp 27 hộ thoát nghèo. Kế hoạch năm 2026 Hội huyện giao là 36 hộ, như vậy 9 tháng đạt 75% kế "
     "hoạch.", {27: (36, 75), 36: (36, None), 75: (None, 75)}),
    ("Trao 18 suất học bổng. Chỉ tiêu năm Tỉnh Hội giao cho phường là 24 suất, như vậy đạt 75%.",
     {18: (24, 75), 24: (24, None), 75: (None, 75)}),
    ("Kết nạp 164 hội viên mới. Kế hoạch năm phường giao là 200 hội viên.", {164: (200, None), 200: (200, None)}),
])
def test_a_plan_naming_its_giver_after_the_result(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text", [
    "Kế hoạch năm 2021 đạt 35 hộ.",  # a past result
    "Kế hoạch năm 2021 Hội đã giao là 35 hộ.",  # handed down, told as done
])
def test_a_plan_word_before_a_deed_sets_nothing(text):
    assert all(t is None for t, _ in marks(text).values())


def test_a_rate_that_does_not_fit_the_quotient_stays_where_it_was():
    facts = marks("Giúp 27 hộ thoát nghèo. Kế hoạch năm 2026 Hội huyện giao là 35 hộ, như vậy đạt 60% kế hoạch.")
    assert facts[27] == (None, None)


# --- iv15 P12: a per-unit range target of a grassroots named by its level ---

@pytest.mark.parametrize("text, expected", [
    ("- Mỗi Hội LHPN cấp xã vận động tối thiểu 8 hộ tham gia mô hình mới; mỗi chi hội giúp đỡ từ 1 đến 2 hộ khó khăn.",
     {8: 8, 1: 1, 2: 2}),
    ("Mỗi tổ phụ nữ hỗ trợ từ 2 - 3 hộ nghèo.", {2: 2, 3: 3}),
    ("Mỗi Hội phụ nữ cấp xã kết nạp 30 hội viên mới.", {30: 30}),
])
def test_a_per_unit_target_of_a_named_level(text, expected):
    assert {v: t for v, (t, _) in marks(text).items()} == expected


@pytest.mark.parametrize("text", [
    "Mỗi Hội phụ nữ cấp xã có 12 chi hội.",  # a stock
    "Năm 2025, mỗi tổ phụ nữ đã giúp 3 hộ.",  # done
    "Các chi hội cho vay từ 10 đến 30 triệu đồng mỗi hộ.",  # a range given per recipient
])
def test_a_per_unit_description_sets_nothing(text):
    assert all(t is None for t, _ in marks(text).values())


# --- iv23 P18: a per-unit amount in a bracket describing a count done ---

@pytest.mark.parametrize("text", [
    'Các cấp Hội vận động xây mới 14 "Mái ấm tình thương" (mỗi căn từ 60 triệu đồng trở lên); trao 300 suất quà.',
    "Năm 2025, Hội vận động làm 9 căn nhà (mỗi căn từ 40 triệu đồng trở lên).",
])
def test_a_per_unit_bracket_after_a_count_done_is_no_floor(text):
    assert all(t is None for t, _ in marks(text).values())


@pytest.mark.parametrize("text, floor", [
    ("Năm 2027, Hội phấn đấu vận động xây 10 căn nhà (mỗi căn từ 60 triệu đồng trở lên).", 60_000_000),
    ("Phát động vận động mỗi hội viên ủng hộ tối thiểu 50.000 đồng.", 50_000),
])
def test_a_floor_asked_or_planned_stays_a_target(text, floor):
    assert marks(text)[floor][0] == floor


# --- iv22 P3: target statements no cue accepted ---

@pytest.mark.parametrize("text, expected", [
    ("- Giảm nghèo: Kế hoạch năm giúp 700 hộ thoát nghèo.\nĐến nay, Hội đã giúp được 812 hộ, vượt 16% kế hoạch.",
     {700: 700, 812: 700, 16: None}),
    ("Kế hoạch cả năm hỗ trợ 50 phụ nữ khởi nghiệp; đến nay đã hỗ trợ 41 phụ nữ.", {50: 50, 41: 50}),
    ("Kế hoạch năm kết nạp 150 hội viên, trao 20 suất quà.", {150: 150, 20: 20}),
])
def test_a_plan_of_the_year_and_its_verb(text, expected):
    assert {v: t for v, (t, _) in marks(text).items()} == expected


@pytest.mark.parametrize("text, expected", [
    ("Hội nghị thống nhất đăng ký năm 2026: kết nạp ít nhất 26.000 hội viên; hỗ trợ 4.000 hộ; tỷ lệ hội viên tham "
     "gia bảo hiểm y tế trên 95%.", {26000: 26000, 4000: 4000, 95: 95}),
    ("Các tỉnh đăng ký thi đua năm 2027: giúp 3.000 hộ; 100% chi hội có mô hình.", {3000: 3000, 100: 100}),
    ("Chi hội cam kết: 100% hội viên không vi phạm pháp luật.", {100: 100}),
])
def test_a_pledge_of_the_year_lists_its_targets(text, expected):
    assert {v: t for v, (t, _) in marks(text).items()} == expected


@pytest.mark.parametrize("text", [
    "Hội vượt kế hoạch năm giúp 30 hộ.",
    "Hội hoàn thành kế hoạch năm, giúp 30 hộ thoát nghèo.",
    "Kết quả đăng ký năm 2025: 120 hộ đạt gia đình 5 không.",  # what was registered, told
    "Số hộ đăng ký năm 2025: 120 hộ.",
])
def test_a_plan_or_pledge_told_as_done_sets_nothing(text):
    assert all(t is None for t, _ in marks(text).values())


@pytest.mark.parametrize("text, expected", [
    ("So với chỉ tiêu Đại hội (cả nhiệm kỳ giúp 12.000 hộ phụ nữ nghèo), đến nay đã giúp 11.400 hộ, đạt 95%.",
     {12000: (12000, None), 11400: (12000, 95), 95: (None, 95)}),
    ("So với mục tiêu nhiệm kỳ (xây 400 căn), đến nay đã bàn giao 352 căn, đạt 88%.",
     {400: (400, None), 352: (400, 88), 88: (None, 88)}),
    ("So với kế hoạch năm (kết nạp 500 hội viên), Hội đã kết nạp 430 hội viên.", {500: (500, None), 430: (500, None)}),
])
def test_a_plan_in_a_bracket_then_its_result(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("So với kế hoạch năm (kết nạp 500 hội viên), Hội đã giúp 43 hộ.", {500: (500, None), 43: (None, None)}),
    ("So với cùng kỳ (kết nạp 500 hội viên), Hội đã kết nạp 430 hội viên.", {500: (None, None), 430: (None, None)}),
    ("So với kế hoạch năm (kết nạp 500 hội viên), Hội đã kết nạp 430 hội viên, đạt 90%.",  # 86%: no rate of its own
     {500: (500, None), 430: (500, None), 90: (None, None)}),
])
def test_a_bracket_plan_links_only_its_own_noun_and_quotient(text, expected):
    assert marks(text) == expected


# --- iv22 P9: "vượt chỉ tiêu N": the excess, not the plan ---

def test_the_excess_after_vuot_leaves_the_result_its_target_set_above():
    facts = marks("Nghị quyết đề ra: giúp 50 hộ thoát nghèo; kết nạp 200 hội viên.\nKết quả, toàn Hội kết nạp 230 hội "
                  "viên. Giúp 58 hộ thoát nghèo, vượt chỉ tiêu 8 hộ.")
    assert facts[58] == (50, None) and facts[8] == (None, None)


def test_a_small_excess_with_no_target_above_sets_nothing():
    assert marks("Hội kết nạp 512 hội viên, vượt kế hoạch 12 hội viên.") == {512: (None, None), 12: (None, None)}


@pytest.mark.parametrize("text, plan", [
    ("Các chi hội trao 58 suất học bổng, vượt kế hoạch 50 suất.", 50),
    ("Hội kết nạp 512 hội viên, vượt kế hoạch 500 hội viên.", 500),
])
def test_a_plan_named_by_the_verdict_stays_the_plan(text, plan):
    assert all(t == plan for t, _ in marks(text).values())


# --- iv22 P13: a year's line said ahead with no comma ---

@pytest.mark.parametrize("text, expected", [
    ("Báo cáo tổng kết năm 2025. Hội kết nạp 120 hội viên. Năm 2026 tập trung kết nạp tối thiểu 300 hội viên, tổ chức "
     "tập huấn tại 12 thôn.", {120: None, 300: 300, 12: 12}),
    ("Báo cáo tổng kết năm 2025. Năm 2026 phấn đấu giúp 30 hộ thoát nghèo.", {30: 30}),
])
def test_a_later_year_said_ahead_without_a_comma(text, expected):
    assert {v: t for v, (t, _) in marks(text).items()} == expected


@pytest.mark.parametrize("text", [
    "Báo cáo tổng kết năm 2025. Hội kết nạp 120 hội viên. Năm 2025 tập trung kết nạp 300 hội viên tại 12 thôn.",
    "Năm 2021 nhóm thành lập với 13 thành viên. Năm 2022 tiếp tục kết nạp thêm 4 thành viên.",  # a chronicle
])
def test_the_year_reviewed_or_a_chronicle_sets_nothing(text):
    assert all(t is None for t, _ in marks(text).values())


# --- iv15 P7: a rate under a ceiling, told later naming the indicator ---

@pytest.mark.parametrize("text, ceiling, rate", [
    ("Năm 2026, Hội phấn đấu giữ tỷ lệ nợ quá hạn tại các tổ tiết kiệm không quá 0,4% và tỷ lệ hộ tái nghèo dưới 2%. "
     "Đến 30/6/2026, nợ quá hạn chiếm 0,21% tổng dư nợ; chưa phát sinh hộ tái nghèo.", 0.4, 0.21),
    ("I. CHỈ TIÊU\nPhấn đấu tỷ lệ hộ tái nghèo dưới 1%.\nII. KẾT QUẢ\nNăm qua tỷ lệ hộ tái nghèo 0,4%.", 1, 0.4),
    ("Năm 2025, Tỉnh Hội giao các cơ sở: phấn đấu tỷ lệ nợ quá hạn nguồn vốn ủy thác không quá 0,3%. Dư nợ ủy thác đạt "
     "590 tỷ đồng, tăng 41 tỷ đồng so với cùng kỳ; tỷ lệ nợ quá hạn 0,12%.", 0.3, 0.12),  # (another clause compares)
    ("Phấn đấu tỷ lệ nợ xấu dưới 1%. Cuối năm nợ xấu còn 0,6%.", 1, 0.6),
])
def test_a_rate_named_after_its_ceiling_takes_it(text, ceiling, rate):
    facts = marks(text)
    assert facts[ceiling] == (ceiling, None) and facts[rate] == (ceiling, None)


@pytest.mark.parametrize("text, rate", [
    ("Phấn đấu tỷ lệ nợ quá hạn không quá 0,2%. Hiện nợ quá hạn chiếm 0,15%, bằng cùng kỳ.", 0.15),  # a comparison
    ("Phấn đấu tỷ lệ nợ quá hạn không quá 0,2%. Tỷ lệ hộ nghèo còn 1,5%.", 1.5),  # another indicator
])
def test_a_rate_of_another_indicator_or_a_comparison_takes_no_ceiling(text, rate):
    assert marks(text)[rate] == (None, None)


# --- iv15 P2 (the heading): the year's assignment heads targets even in the review of that year ---

@pytest.mark.parametrize("text, expected", [
    ("BÁO CÁO\nKết quả công tác Hội năm 2024, phương hướng nhiệm vụ năm 2025\nI. CHỈ TIÊU ĐƯỢC GIAO NĂM 2024\n"
     "Năm 2024, Ban Thường vụ Huyện Hội giao các chi hội: kết nạp 300 hội viên mới; hỗ trợ 40 hộ thoát nghèo.\nII. KẾT "
     "QUẢ THỰC HIỆN\nKết nạp 320 hội viên, bằng 106,7% chỉ tiêu.", {300: 300, 40: 40, 320: 300, 106.7: None}),
    ("BÁO CÁO\nKết quả năm 2025\nII. CÁC CHỈ TIÊU GIAO NĂM 2025\n- Phát triển 120 hội viên mới.\n- Giúp 15 hộ thoát "
     "nghèo.\nIII. KẾT QUẢ\nPhát triển 131 hội viên.", {120: 120, 15: 15, 131: 120}),
])
def test_the_years_assignment_heads_its_targets(text, expected):
    assert {v: t for v, (t, _) in marks(text).items()} == expected


@pytest.mark.parametrize("text", [
    "BÁO CÁO\nKết quả công tác Hội năm 2024\nI. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU ĐƯỢC GIAO\nKết nạp 320 hội viên. Hỗ trợ "
    "44 hộ thoát nghèo.",
    "BÁO CÁO\nKết quả công tác Hội năm 2025\n2.1. Các chỉ tiêu chủ yếu\nKết nạp 320 hội viên. Hỗ trợ 44 hộ thoát "
    "nghèo.",
])
def test_a_heading_of_results_heads_none(text):
    assert all(t is None for t, _ in marks(text).values())


# --- iv15 P11: a plan's event under "TỔ CHỨC THỰC HIỆN" ---

def test_a_planned_events_attendance_and_money_are_targets():
    facts = marks("KẾ HOẠCH\nCông tác Hội năm 2026\nI. CHỈ TIÊU\nKết nạp 300 hội viên.\nII. TỔ CHỨC THỰC HIỆN\n1. Ban "
                  "Tuyên giáo tổ chức hội thi cấp tỉnh trong quý III, dự kiến 500 hội viên tham gia, kinh phí 120 "
                  "triệu đồng.\n2. Các cơ sở Hội báo cáo kết quả về tỉnh trước ngày 15/12.")
    assert facts[500] == (500, None) and facts[120_000_000] == (120_000_000, None)


def test_an_event_held_in_a_review_sets_nothing():
    facts = marks("BÁO CÁO\nKết quả công tác Hội năm 2025\nII. TỔ CHỨC THỰC HIỆN\nHội đã tổ chức hội thi, thu hút 520 "
                  "hội viên, kinh phí 118 triệu đồng.")
    assert all(t is None for t, _ in facts.values())


# --- iv23 P16: an early share, its target in a later verdict naming it unmet ---

@pytest.mark.parametrize("text, share, target", [
    ("Hội có 32 chi hội, tập hợp được 81,6% phụ nữ từ 18 tuổi trở lên. Năm 2025 Hội giúp 12 hộ thoát nghèo. Đánh giá "
     "chung: 2 chỉ tiêu chưa đạt là giảm hộ cận nghèo và tỷ lệ tập hợp phụ nữ (chỉ tiêu 85%).", 81.6, 85),
    ("Tỷ lệ hộ dùng nước sạch 93%, tỷ lệ hộ có nhà tiêu hợp vệ sinh 88%. Chỉ tiêu chưa đạt là tỷ lệ hộ dùng nước sạch "
     "(chỉ tiêu 95%).", 93, 95),
])
def test_a_share_named_unmet_later_takes_the_brackets_target(text, share, target):
    assert marks(text)[share] == (target, None)


def test_a_share_of_other_words_takes_no_unmet_target():
    facts = marks("Tỷ lệ hộ có nhà tiêu hợp vệ sinh 88%. Chỉ tiêu chưa đạt là tỷ lệ hộ dùng nước sạch (chỉ tiêu 95%).")
    assert facts[88] == (None, None)


# --- iv22 P1 (the X2 half): "Ngoài ra, …" after a list of targets goes on with it ---

def test_more_of_a_list_after_a_comma():
    facts = marks("Hằng năm, mỗi chi hội giúp ít nhất 2 hộ thoát nghèo. Ngoài ra, 100% cơ sở Hội tổ chức sinh hoạt "
                  "chuyên đề; tỷ lệ hội viên có hồ sơ điện tử đạt trên 70%.")
    assert facts[100] == (100, None) and facts[70] == (70, None)


def test_more_told_done_after_a_list_sets_nothing():
    assert marks("Hằng năm, mỗi chi hội giúp ít nhất 2 hộ thoát nghèo. Ngoài ra, Hội đã trao 50 suất quà.")[50] == (
        None, None)


# --- iv22 P13: a ceiling on what a plan may spend ---

def test_a_plans_spending_ceiling_is_a_target():
    facts = marks("KẾ HOẠCH\nCông tác Hội năm 2026\nChi phí tổ chức hội nghị sơ kết 6 tháng không quá 25 triệu đồng. "
                  "Kinh phí tổ chức hội thi không vượt quá 30 triệu đồng.")
    assert facts[25_000_000][0] == 25_000_000 and facts[30_000_000][0] == 30_000_000


@pytest.mark.parametrize("text", [
    "BÁO CÁO\nKết quả công tác Hội năm 2025\nChi phí tổ chức hội nghị sơ kết là 38 triệu đồng, không quá 40 triệu đồng "
    "theo dự toán.",  # a review
    "KẾ HOẠCH\nCông tác Hội năm 2026\nNăm 2025 Hội đã chi phí tổ chức hội thi không quá 30 triệu đồng.",  # told done
])
def test_spending_told_in_a_review_or_done_sets_nothing(text):
    assert all(t is None for t, _ in marks(text).values())
