"""Issue 11, the genre lessons of our released held-out tenth of ../shared/dev (d004, d008, …, d040), each in new
wordings: a project's objectives listed over several verb-first sentences, a result over its target ("373/50 ý
tưởng … (đạt tỷ lệ 746%)"), a completed task's rate ("hoàn thành Đại hội … cấp cơ sở, đạt tỷ lệ 100%"), a
three-part slogan ("5 không, 3 sạch, 3 an"), a programme's name among straight-quoted names ("Trồng 1 tỷ cây
xanh"), a month or quarter written "1/2020", and the year of a report that only names a theme year ("năm An toàn
cho phụ nữ và trẻ em 2020") or a mid-term review that names no year."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def by_value(text: str) -> dict[float, dict]:
    return {f["value"]: f for f in facts(text)}


# --- a project's objectives: "Mục tiêu cụ thể đến năm 2030 là …" then verb-first sentences, each one more target ---

@pytest.mark.parametrize("text, targets", [
    ("Mục tiêu cụ thể đến năm 2030 là củng cố ít nhất 1.500 HTX, 10.000 tổ hợp tác. Tạo việc làm ổn định cho "
     "30.000 thành viên, 100.000 lao động nữ.\n\nTư vấn, hỗ trợ thành lập mới 750 HTX do phụ nữ tham gia quản lý.",
     [1500, 10000, 30000, 100000, 750]),
    ("Mục tiêu đến năm 2025 là hỗ trợ thành lập 200 tổ hợp tác. Tạo việc làm cho 1.000 lao động nữ.", [200, 1000]),
    ("Mục tiêu của đề án đến năm 2026 là hỗ trợ 60 HTX. Đào tạo 2.000 phụ nữ làm chủ; kết nối 40 sản phẩm OCOP.",
     [60, 2000, 40]),
])
def test_objectives_go_on_over_verb_first_sentences(text, targets):
    found = facts(text)
    assert [f["value"] for f in found] == [float(v) for v in targets]
    assert all(f["target"] == f["value"] for f in found), [(f["value"], f["target"]) for f in found]


@pytest.mark.parametrize("text, result", [
    # a sentence with its own subject or date reports what was done
    ("Mục tiêu đến năm 2025 là thành lập 200 tổ hợp tác. Năm 2023, Hội đã hỗ trợ 45 tổ hợp tác.", 45),
    ("Mục tiêu đến năm 2025 là thành lập 200 tổ hợp tác. Hội đã tư vấn thành lập 12 HTX.", 12),
    ("Mục tiêu đến năm 2025 là thành lập 200 tổ hợp tác. Theo đó, các cấp Hội tư vấn 30 HTX.", 30),
    # a verb with "được" reports what was reached
    ("Mục tiêu đến năm 2025 là thành lập 200 tổ hợp tác. Hỗ trợ được 45 tổ hợp tác.", 45),
])
def test_a_sentence_with_its_own_subject_ends_the_objectives(text, result):
    assert by_value(text)[float(result)]["target"] is None


# --- a result over its target: the stated rate that equals result/target belongs to the ratio ---

@pytest.mark.parametrize("text, value, target, rate", [
    ("Hỗ trợ vốn vay cho 373/50 ý tưởng khởi nghiệp với tổng số tiền hơn 21,3 tỷ đồng (đạt tỷ lệ 746%).",
     373, 50, 746),
    ("Hỗ trợ 40/25 hộ vay vốn với tổng số tiền 1,2 tỷ đồng (đạt 160%).", 40, 25, 160),
    ("Giới thiệu việc làm cho 130/100 lao động nữ, với thu nhập bình quân 6 triệu đồng/tháng, đạt 130%.",
     130, 100, 130),
])
def test_a_rate_equal_to_result_over_target_is_the_ratios(text, value, target, rate):
    ratio = next(f for f in facts(text) if f["unit_class"] == "ratio")
    assert (ratio["value"], ratio["target"], ratio["achievement_pct"]) == (value, target, rate)
    money = [f for f in facts(text) if f["unit_class"] == "vnd"]
    assert all(f["achievement_pct"] is None for f in money)


def test_a_whole_met_does_not_take_a_count_of_targets_rate():
    # "1 chỉ tiêu đạt 100%" is that target's rate, not the rate of "10/10 nhiệm vụ" before it
    found = facts("Hội thực hiện 10/10 nhiệm vụ cụ thể, trong đó 9 chỉ tiêu đạt từ 120% - 300% và 1 chỉ tiêu đạt 100%.")
    ratio = next(f for f in found if f["unit_class"] == "ratio")
    assert ratio["achievement_pct"] is None


# --- a completed task's rate: "hoàn thành <task> …, đạt tỷ lệ 100%" ---

@pytest.mark.parametrize("text, rate", [
    ("Hội LHPN huyện đã hoàn thành Đại hội đại biểu phụ nữ (ĐH ĐBPN) cấp cơ sở, nhiệm kỳ 2021-2026, đạt tỷ lệ 100%.",
     100),
    ("Hội đã hoàn thành việc thu hội phí năm 2023, đạt tỷ lệ 100%.", 100),
    ("Các cơ sở Hội hoàn thành kế hoạch kết nạp hội viên mới, đạt 105%.", 105),
])
def test_a_completed_tasks_rate_is_its_achievement(text, rate):
    pct = by_value(text)[float(rate)]
    assert pct["achievement_pct"] == rate


@pytest.mark.parametrize("text", [
    # a share of the counted members, not a task's completion
    "Đến nay có 1.019 hội viên hoàn thành 3 tiêu chuẩn của phong trào, đạt tỷ lệ 83%.",
    "Có 18/20 chi hội hoàn thành đại hội, đạt tỷ lệ 90%.",
])
def test_a_share_after_a_counted_figure_is_no_achievement(text):
    assert all(f["achievement_pct"] is None for f in facts(text))


# --- slogans of several parts ---

@pytest.mark.parametrize("text, expected", [
    ("Phấn đấu hàng năm 100% Hội LHPN cấp xã vận động gia đình đạt tiêu chí “gia đình 5 không, 3 sạch, 3 an”.", [100]),
    ("Vận động 120 hộ đăng ký xây dựng gia đình 5 không 3 sạch 3 an.", [120]),
    ("Có 45 gia đình đạt tiêu chí 3 an, 5 không.", [45]),
])
def test_every_part_of_a_slogan_is_a_slogan(text, expected):
    assert [f["value"] for f in facts(text)] == [float(v) for v in expected]


# --- names of programmes in straight quotes, listed ---

@pytest.mark.parametrize("text, expected", [
    ('Thực hiện các chương trình "Triệu phần quà san sẻ yêu thương", "Trồng 1 tỷ cây xanh", "Mẹ đỡ đầu" với 20 cháu.',
     [20]),
    ('Hưởng ứng các phong trào "Mẹ đỡ đầu", "Trồng 1 triệu cây xanh", Hội trồng 500 cây.', [500]),
])
def test_a_number_inside_one_of_several_quoted_names_is_a_name(text, expected):
    assert [f["value"] for f in facts(text)] == [float(v) for v in expected]


# --- "1/2020": a month or quarter of a year, whatever the word before it ---

@pytest.mark.parametrize("text, expected", [
    ("Trong quá 1/2020, hội LHPN xã trao 2 con lợn cho 2 hội viên.", [2, 2]),
    ("Đợt 2/2021, Hội trao 20 suất quà.", [20]),
    ("Kết quả đến 6/2024: kết nạp 35 hội viên, 12/15 chi hội đạt vững mạnh.", [35, 12]),
])
def test_a_month_over_a_year_is_a_date(text, expected):
    assert [f["value"] for f in facts(text)] == [float(v) for v in expected]


# --- the year of a report: a theme year before a comma, a mid-term review that names none ---

def period(text: str) -> tuple:
    info = extract_document_info(text)
    return info["period_year"], info["period_span"]


@pytest.mark.parametrize("text, year", [
    ("Hưởng ứng năm An toàn cho phụ nữ và trẻ em 2020, hội LHPN xã đã trao 2 con lợn cho 2 hội viên.", 2020),
    ("Chào mừng Năm Du lịch quốc gia 2023. Hội LHPN phường trao 15 suất quà.", 2023),
])
def test_a_theme_year_before_a_comma_or_a_stop_dates_the_report(text, year):
    assert period(text)[0] == year


@pytest.mark.parametrize("text", [
    "Hội nghị Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XI, nhiệm kỳ 2021-2026. "
    "Kết quả, 8/8 chỉ tiêu đều đạt và vượt.",
    "Hội LHPN huyện tổ chức hội nghị đánh giá nửa nhiệm kỳ 2020 - 2025; 100% chỉ tiêu đạt và vượt kế hoạch.",
])
def test_a_mid_term_review_that_names_no_year_has_none(text):
    assert period(text) == (None, "term")


def test_a_mid_term_review_takes_the_year_its_sentence_names():
    text = "Hội nghị sơ kết giữa nhiệm kỳ 2021-2026 và 6 tháng đầu năm 2024 của Hội LHPN tỉnh."
    assert period(text) == (2024, "term")
