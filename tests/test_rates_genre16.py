"""Issue 11, the sixteenth session's stated rates (R's patterns of iv18's and iv25's FINDINGS), each on invented
phrasings a secretary could write, with guards that must not change.

iv18 P5. "trong đó giúp 4.215 hộ thoát nghèo, gấp 1,2 lần chỉ tiêu (3.500 hộ)": a multiple's rate goes to the result
    its bracketed plan measures (a multiple is written to a tenth of "lần": ten points either way); "bang 65% ke hoach
    nam (480 hoi vien)": a rate written without diacritics; "chỉ tiêu phát triển hội viên đạt 92%": the rate a named
    target reached, told alone in a review, is the percent's.
iv25 P2. "xây 5 nhà, mỗi căn 70 triệu đồng, vượt 25% kế hoạch năm": a per-unit amount never takes the rate; "3 lớp
    tập huấn cho 175 cán bộ, vượt 17% kế hoạch": the people the classes were for are the result; "38 hợp tác xã và 124
    tổ hợp tác, vượt 24% chỉ tiêu về tổ hợp tác": the rate that names its noun goes to that noun.
iv25 P10. "được giao 120, thực hiện 138, tức vượt 15% chỉ tiêu": the result's own clause, then "tức vượt".
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def found(text: str) -> dict[float, dict]:
    return {f["value"]: f for f in extract_facts(normalize_text(text))}


def rates(text: str) -> dict[float, float | None]:
    return {f["value"]: f["achievement_pct"] for f in extract_facts(normalize_text(text))}


# --- iv18 P5: a multiple's rate on the result its bracketed plan measures ---

@pytest.mark.parametrize("text, result, rate", [
    ("Các cấp Hội hỗ trợ 2.300 hộ phụ nữ nghèo, cận nghèo, trong đó giúp 845 hộ thoát nghèo, gấp 1,2 lần chỉ tiêu "
     "(700 hộ).", 845, 120),
    ("Năm qua vận động 2.400 phụ nữ tham gia BHXH, trong đó 1.530 người đóng tự nguyện, gấp 1,5 lần kế hoạch "
     "(1.000 người).", 1530, 150),
    ("Toàn tỉnh trao 640 suất quà cho trẻ em, học sinh, trong đó tặng 312 suất học bổng, gấp 1,3 lần kế hoạch năm "
     "(240 suất).", 312, 130),
])
def test_a_multiple_goes_to_the_result_its_plan_measures(text, result, rate):
    got = rates(text)
    assert got[result] == rate
    assert [v for v, r in got.items() if r is not None and v != result and v < 100] == [rate / 100]


def test_a_multiple_over_last_year_is_no_rate():
    got = rates("Hội hỗ trợ 900 hộ phụ nữ nghèo, cận nghèo, trong đó có 370 hộ thoát nghèo, so với cùng kỳ gấp 1,2 "
                "lần.")
    assert set(got.values()) == {None}


# --- iv18 P5: a rate written without diacritics ---

@pytest.mark.parametrize("text, result, rate", [
    ("Theo bao cao, 6 thang dau nam Hoi da giup 84 ho thoat ngheo, bang 70% ke hoach nam (120 ho); to chuc 15 buoi "
     "sinh hoat chuyen de.", 84, 70),
    ("Qua 9 thang, cac chi hoi da ket nap 342 hoi vien moi, bang 90% ke hoach nam (380 hoi vien); van dong 25 ho "
     "tham gia to tiet kiem.", 342, 90),
])
def test_a_rate_without_diacritics(text, result, rate):
    got = rates(text)
    assert got[result] == rate and got[rate] == rate


def test_a_rate_without_diacritics_over_last_year_is_no_rate():
    got = rates("Theo bao cao, 6 thang dau nam Hoi da ket nap 342 hoi vien moi, bang 105% so voi cung ky; to chuc 15 "
                "buoi sinh hoat chuyen de.")
    assert set(got.values()) == {None}


# --- iv18 P5 / iv25 P8: the rate a named target reached, told alone ---

@pytest.mark.parametrize("text, rate", [
    ("Nhìn chung, Hội thực hiện đạt và vượt 8/10 chỉ tiêu; chỉ tiêu vận động quỹ hỗ trợ phụ nữ nghèo đạt 88%.", 88),
    ("Chỉ tiêu thành lập tổ hợp tác đạt 75% do nhiều thôn mới sáp nhập.", 75),
    ("Kết thúc năm, chỉ tiêu giới thiệu hội viên ưu tú cho Đảng xem xét kết nạp đạt 104%.", 104),
])
def test_a_named_target_reached_alone(text, rate):
    assert found(text)[rate]["achievement_pct"] == rate


@pytest.mark.parametrize("text, share", [
    ("Phấn đấu năm 2026 chỉ tiêu kết nạp hội viên đạt 100%.", 100),  # a goal
    ("Chỉ tiêu tỷ lệ hộ dùng nước sạch đạt 90%.", 90),  # a share's own level
    ("Trong nhiệm kỳ, chỉ tiêu phát triển hội viên đạt từ 95% trở lên.", 95),  # a bar
    ("Nghị quyết đề ra chỉ tiêu phát triển hội viên đạt 95%.", 95),
])
def test_a_named_target_as_a_goal_or_a_share_keeps_no_rate(text, share):
    assert found(text)[share]["achievement_pct"] is None


# --- iv25 P2: a trailing "vượt X% kế hoạch" over a clause of several figures ---

@pytest.mark.parametrize("text, result, other", [
    ('Công tác an sinh: vận động xây 7 nhà "Mái ấm tình thương", mỗi nhà 80 triệu đồng, vượt 40% kế hoạch năm.',
     7, 80e6),
    ("Hội trao 60 suất học bổng cho học sinh nghèo, mỗi suất 2 triệu đồng, vượt 20% chỉ tiêu.", 60, 2e6),
])
def test_a_per_unit_amount_never_takes_the_rate(text, result, other):
    got = rates(text)
    assert got[other] is None and got[result] is not None


@pytest.mark.parametrize("text, events, people, rate", [
    ("Quý III, Hội mở 4 lớp tập huấn kỹ năng số cho 260 hội viên, vượt 30% kế hoạch quý.", 4, 260, 130),
    ("Năm 2025, Hội tổ chức 12 buổi truyền thông pháp luật cho 940 lượt hội viên, vượt 17,5% chỉ tiêu.", 12, 940,
     117.5),
    ("Hội phối hợp tổ chức 2 lớp dạy nghề cho 70 lao động nữ, đạt 140% kế hoạch năm.", 2, 70, 140),
])
def test_the_people_classes_were_for_take_the_rate(text, events, people, rate):
    got = rates(text)
    assert got[people] == rate and got[events] is None


@pytest.mark.parametrize("text, named, other, rate", [
    ("Hội đã thành lập 12 câu lạc bộ và 40 tổ liên kết, vượt 30% chỉ tiêu về tổ liên kết.", 40, 12, 130),
    ("Năm qua, các cấp Hội thành lập mới 9 hợp tác xã và 57 tổ hợp tác, vượt 14% kế hoạch về hợp tác xã.", 9, 57,
     114),
])
def test_a_rate_naming_its_noun_goes_to_that_noun(text, named, other, rate):
    got = rates(text)
    assert got[named] == rate and got[other] is None


def test_two_results_and_a_rate_naming_neither_stay_unclear():
    got = rates("Toàn tỉnh hỗ trợ thành lập 214 tổ hợp tác, 61 hợp tác xã do phụ nữ quản lý, vượt 22% chỉ tiêu.")
    assert got[214] is None and got[61] is None and got[22] == 122


# --- iv25 P10: "giao A, thực hiện B, tức vượt X%" ---

@pytest.mark.parametrize("text, given, done, rate", [
    ('"Năm nay xã được giao 200 suất quà, chúng tôi trao 230 suất, tức vượt 15% chỉ tiêu", chị nói.', 200, 230, 115),
    ("Về hội viên, phường được giao 80, kết nạp 92, tức là vượt 15% kế hoạch.", 80, 92, 115),
])
def test_a_result_then_its_excess_after_tuc(text, given, done, rate):
    got = rates(text)
    assert got[done] == rate and got[given] is None


# --- iv25 P8: a named target's rate after a plan and result table: the row it reviews ---

_TABLE_TABS = ("Chỉ tiêu\tKế hoạch\tThực hiện\tĐánh giá\nKết nạp hội viên mới\t1.500\t1.734\tVượt\n"
               "Hỗ trợ phụ nữ khởi nghiệp\t60\t45\tKhông đạt\nGiới thiệu việc làm\t200\t230\tVượt\n")
_TABLE_BARS = ("| Nội dung | Chỉ tiêu | Kết quả |\n| --- | --- | --- |\n| Thành lập tổ hợp tác | 12 | 9 |\n"
               "| Vận động quỹ tiết kiệm (triệu đồng) | 400 | 460 |\n")


@pytest.mark.parametrize("text, result, rate", [
    (_TABLE_TABS + "Nhìn chung, Hội hoàn thành 2/3 chỉ tiêu. Chỉ tiêu hỗ trợ khởi nghiệp đạt 75% do thiếu vốn.", 45,
     75),
    (_TABLE_TABS + "Riêng chỉ tiêu kết nạp hội viên đạt 115,6%.", 1734, 115.6),
    (_TABLE_BARS + "Chỉ tiêu thành lập tổ hợp tác mới đạt 75% do nhiều thôn vừa sáp nhập.", 9, 75),
])
def test_a_named_targets_rate_goes_to_its_table_row(text, result, rate):
    got = found(text)
    assert got[result]["achievement_pct"] == rate and got[rate]["achievement_pct"] == rate


@pytest.mark.parametrize("text, rate", [
    (_TABLE_TABS + "Chỉ tiêu giảm nghèo đạt 75% do hộ nghèo còn lại thuộc diện bảo trợ xã hội.", 75),  # no row named
    (_TABLE_TABS + "Chỉ tiêu giới thiệu việc làm đạt 75%.", 75),  # the row's quotient is another rate (115)
])
def test_a_named_targets_rate_without_its_row_stays_on_the_percent(text, rate):
    got = extract_facts(normalize_text(text))
    assert [f["value"] for f in got if f["achievement_pct"] is not None] == [rate]


# --- iv19 P4 (R half): "…; như vậy … đã đạt X%" after the plan told in its sentence ---

@pytest.mark.parametrize("text, result, plan, rate", [
    ("Kết nạp 171 hội viên mới. Theo kế hoạch huyện giao năm 2025, xã phải kết nạp 240 hội viên; như vậy sau 9 "
     "tháng đã đạt 71,3%.", 171, 240, 71.3),
    ("Năm nay giúp 36 hộ thoát nghèo. Chỉ tiêu tỉnh giao là 48 hộ; như vậy đến nay đạt 75%.", 36, 48, 75),
])
def test_a_rate_after_nhu_vay_measures_the_result_over_the_plan(text, result, plan, rate):
    got = found(text)
    assert got[result]["achievement_pct"] == rate and got[rate]["achievement_pct"] == rate
    assert got[result]["target"] == plan and got[plan]["achievement_pct"] is None


@pytest.mark.parametrize("text", [
    "Doanh thu của tổ hợp tác đạt 120 triệu đồng; như vậy đạt 80%.",  # no plan named
    "Hội kết nạp 90 hội viên. Chỉ tiêu năm là 200 hội viên; như vậy đạt 92% so với cùng kỳ.",  # last year's
])
def test_a_rate_after_nhu_vay_without_a_plan_is_none(text):
    assert all(f["achievement_pct"] is None for f in extract_facts(normalize_text(text)))
