"""Issue 11, session 16 (iv18 FINDINGS P1, P2, P4, P8), in invented phrasings: a plan opened by "Theo kế hoạch năm
N," with a modal ("phải", "cần"), its period results then taking its targets; a result, then its plan in the next
clause ("…; kế hoạch đầu năm được Ban Thường vụ giao là N", "…; chỉ tiêu cả năm 2025 là N"). Guards: a result told
against its plan ("Theo kế hoạch năm 2025, Hội đã kết nạp …"), a plan's name ("Theo Kế hoạch số 12/KH-HPN"), another
year's plan, a rate that does not fit the quotient."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def marks(text: str) -> dict[float, tuple[float | None, float | None]]:
    """(target, achievement) of a text's facts by value (the test texts give each value once)."""
    return {f["value"]: (f["target"], f["achievement_pct"]) for f in extract_facts(normalize_text(text))}


def targets(text: str) -> dict[float, float | None]:
    return {v: t for v, (t, _) in marks(text).items()}


# --- iv18 P2: "Theo kế hoạch năm N, Hội phải …" sets targets; its period results take them ---

@pytest.mark.parametrize("text, expected", [
    ("Theo kế hoạch năm 2027, xã cần kết nạp 90 hội viên và giúp 12 hộ thoát nghèo.", {90: 90, 12: 12}),
    ("Theo Kế hoạch năm 2026, toàn Hội phải giúp 300 hộ thoát nghèo và xây 45 nhà tình thương. Sau 6 tháng, Hội đã "
     "giúp 120 hộ thoát nghèo.", {300: 300, 45: 45, 120: 300}),
    ("Theo kế hoạch cả năm, mỗi chi hội cần vận động 30 triệu đồng.", {30_000_000: 30_000_000}),
])
def test_a_plan_opened_by_theo_ke_hoach_nam(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text", [
    "Theo kế hoạch năm 2025, Hội đã kết nạp 120 hội viên.",  # a result told against its plan
    "Theo Kế hoạch số 12/KH-HPN, Hội tổ chức 5 lớp tập huấn.",  # a plan's name
])
def test_a_result_against_its_plan_or_a_plan_name_sets_nothing(text):
    assert all(t is None for t in targets(text).values())


# --- iv18 P4: a result, then its plan in the next clause; a plan, then its result as a ratio of it ---

@pytest.mark.parametrize("text, expected", [
    ("Năm 2025, Hội kết nạp 512 hội viên, đạt 102,4% kế hoạch; kế hoạch năm do Hội cấp trên giao là 500 hội viên.",
     {512: (500, 102.4), 102.4: (None, 102.4), 500: (500, None)}),
    ("Cả xã kết nạp 240 hội viên, hoàn thành 120% kế hoạch; kế hoạch đầu năm được Đảng ủy xã giao là 200 hội viên.",
     {240: (200, 120), 120: (None, 120), 200: (200, None)}),
    ("Ngày 5/7/2025, Hội tổng kết. Hội giúp 41 hộ thoát nghèo; chỉ tiêu cả năm 2025 là 50 hộ.",
     {41: (50, None), 50: (50, None)}),
])
def test_a_plan_told_after_the_result(text, expected):
    got = marks(text)
    assert {v: got[v] for v in expected} == expected


@pytest.mark.parametrize("text, expected", [
    ("Hội sửa chữa 2 nhà. Kế hoạch năm giao 6 nhà, đến nay đã khởi công 4/6 nhà.", {2: None, 6: 6, 4: 6}),
    ("Chị em làm 3 con đường hoa. Chỉ tiêu năm được giao 12 mô hình, hiện đã thành lập 9/12 mô hình.",
     {3: None, 12: 12, 9: 12}),
])
def test_a_plan_then_its_ratio_result(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text", [
    "Năm 2025, Hội kết nạp 512 hội viên, đạt 90% kế hoạch; kế hoạch năm do Hội cấp trên giao là 500 hội viên.",
    "Năm 2025, Hội giúp 41 hộ thoát nghèo; chỉ tiêu cả năm 2026 là 50 hộ.",  # another year's plan
    "Năm 2025, Hội giúp 41 hộ thoát nghèo; kế hoạch năm được giao là 50 tổ hợp tác.",  # another noun
])
def test_a_plan_after_a_result_that_does_not_fit_sets_nothing_on_it(text):
    result = marks(text)[512 if "512" in text else 41]
    assert result[0] is None


# --- iv25 P1: "kế hoạch năm N của tỉnh là <verb> A …" sets targets; iv25 P1, iv18 P8: the year's estimate after a
# result takes the result's target ---

@pytest.mark.parametrize("text, expected", [
    ("Kế hoạch năm 2027 của phường là vận động 6 căn nhà và kết nạp 150 hội viên. Đến hết quý III đã kết nạp 98 hội "
     "viên. Ước cả năm kết nạp khoảng 160 hội viên.", {6: 6, 150: 150, 98: 150, 160: 150}),
    ("Kế hoạch của Hội năm nay là giúp 40 hộ thoát nghèo; 9 tháng đã giúp 31 hộ, ước cả năm đạt 42 hộ.",
     {40: 40, 31: 40, 42: 40}),
    ("Chỉ tiêu năm 2026 về nhà tình thương là 20 căn; đến hết tháng 10 đã bàn giao 14 căn, ước cả năm đạt 21 căn.",
     {20: 20, 14: 20, 21: 20}),
])
def test_a_plan_of_whose_deed_then_results_and_the_year_estimate(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text, value", [
    ("Kế hoạch năm 2026 của Hội đã hoàn thành 95%.", 95),  # told as done
    ("Chỉ tiêu năm 2026 là 20 căn; đã bàn giao 14 căn. Ước cả năm giúp 30 hộ thoát nghèo.", 30),  # another noun
    ("Năm 2025, Hội giúp 14 hộ (chỉ tiêu 20 hộ). Ước cả năm 2026 kế hoạch giúp 25 hộ.", 25),  # next year's plan
])
def test_what_stays_without_the_target(text, value):
    assert targets(text)[value] in (None, value)


# --- iv25 P3: the yearly aim of a resolution carried out, in a bracket, then its result so far ---

@pytest.mark.parametrize("text, expected", [
    ("Triển khai Nghị quyết Đại hội (hằng năm kết nạp 300 hội viên), 6 tháng đã kết nạp 170 hội viên.",
     {300: 300, 170: 300}),
    ("Theo chương trình công tác năm (giúp 10 hộ nghèo), đến nay đã giúp 6 hộ.", {10: 10, 6: 10}),
    ("Thực hiện Nghị quyết Đại hội phường nhiệm kỳ 2025 - 2030 (mỗi năm vận động 2 mái ấm), đến nay đã khởi công 1 "
     "mái ấm, ước cả năm đạt 3 mái ấm.", {2: 2, 1: 2, 3: 2}),
])
def test_a_bracketed_aim_of_a_resolution_then_its_result(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text", [
    "Thực hiện Nghị quyết (năm 2024 đạt 12 hộ), đến nay đã giúp 6 hộ.",  # a past result in the bracket
    "Thực hiện kế hoạch của Hội (104 đơn vị), đến nay đã có 96 đơn vị tham gia.",  # a count of units
    "Theo chương trình (đã trao 10 suất), đến nay đã trao 16 suất.",  # told as done
])
def test_a_bracket_of_results_or_units_sets_nothing(text):
    assert all(t is None for t in targets(text).values())


# --- iv25 P11: a per-unit floor describing what a campaign has done is no target ---

@pytest.mark.parametrize("text, value", [
    ('Hội đã vận động xây dựng 52 căn nhà "Mái ấm tình thương", mỗi căn từ 70 triệu đồng trở lên.', 70_000_000),
    ("Năm qua, các chi hội đã vận động 40 hộ nhận đỡ đầu, mỗi hộ từ 300.000 đồng/tháng trở lên.", 300_000),
])
def test_a_per_unit_floor_of_a_campaign_done(text, value):
    assert targets(text)[value] is None


def test_a_per_unit_floor_of_a_campaign_asked_stays_a_target():
    assert targets("Năm 2026, Hội vận động mỗi hội viên tiết kiệm từ 20.000 đồng/tháng trở lên.")[20_000] == 20_000


# --- iv18 P1: a plan's numbered topic lines go on after a table one of them opens ---

_PLAN = ("KẾ HOẠCH\nCông tác Hội năm 2027\n\nII. CHỈ TIÊU CỤ THỂ\n1. Xây dựng tổ chức Hội: kết nạp mới tối thiểu 900 "
         "hội viên.\n2. Bảng chỉ tiêu kinh tế:\n\n{table}\n\n3. Chăm lo trẻ em: mỗi chi hội nhận đỡ đầu từ 1 trẻ "
         "trở lên; vận động 300 triệu đồng cho Quỹ khuyến học.\n4. Chuyển đổi số: 60% chi hội có nhóm Zalo.\n\n"
         "III. TỔ CHỨC THỰC HIỆN\nCác chi hội báo cáo trước ngày 20/01/2027.")


@pytest.mark.parametrize("table", [
    "TT\tNội dung\tĐơn vị tính\tNăm 2026 (ước)\tKế hoạch 2027\n1\tHộ được hỗ trợ\thộ\t134\t150",
    "| TT | Nội dung | Năm 2026 (ước) | Kế hoạch 2027 |\n| 1 | Hộ được hỗ trợ (hộ) | 134 | 150 |",
])
def test_a_plan_list_goes_on_after_its_table(table):
    got = targets(_PLAN.format(table=table))
    assert {v: got[v] for v in (900, 1, 300_000_000, 60)} == {900: 900, 1: 1, 300_000_000: 300_000_000, 60: 60}


def test_a_list_without_a_table_line_still_ends_at_unmarked_text():
    text = ("II. CHỈ TIÊU\n1. Kết nạp 120 hội viên.\n2. Vận động 50 triệu đồng.\nTrong năm 2026, các chi hội đã trao "
            "15 suất quà.")
    assert targets(text)[15] is None


# --- iv18 P1: a programme's quarter items are targets ---

_PROGRAMME = ("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027\n\nB. NỘI DUNG TRỌNG TÂM THEO QUÝ\nQuý I: tổ chức các hoạt động "
              "chào mừng 97 năm Ngày thành lập Hội; trao 80 phần quà Tết, mỗi phần 500.000đ.\nQuý II: tập huấn cho "
              "150 cán bộ chi hội.\nQuý III: sơ kết 9 tháng; vận động 12 hộ tham gia tổ tiết kiệm.\nQuý IV: tổng kết "
              "năm; đánh giá, xếp loại 18 chi hội trực thuộc.")


def test_a_programmes_quarter_items():
    assert targets(_PROGRAMME) == {80: 80, 500_000: 500_000, 150: 150, 12: 12, 18: None}


def test_quarter_lines_of_a_review_stay_results():
    text = "BÁO CÁO\nKết quả công tác năm 2026\nQuý I: trao 80 phần quà Tết.\nQuý II: tập huấn cho 150 cán bộ."
    assert all(t is None for t in targets(text).values())


# --- iv18 P8: the year's target carried to a result of the same words paragraphs later ---

@pytest.mark.parametrize("text, result, target", [
    ("Kế hoạch của Hội đặt ra: kết nạp 120 hội viên mới, vận động ít nhất 40 hộ phụ nữ đơn thân được hỗ trợ vốn.\n"
     "Trong 9 tháng, các chi hội tổ chức 84 cuộc truyền thông.\nHội đã hỗ trợ 31 hộ phụ nữ đơn thân bằng cây giống.",
     31, 40),
    ("Năm nay Hội phấn đấu giúp 25 hộ đồng bào dân tộc thoát nghèo.\nCông tác tuyên truyền được chú trọng.\nĐến "
     "nay, Hội đã giúp được 18 hộ đồng bào dân tộc thoát nghèo.", 18, 25),
])
def test_a_target_carried_to_a_later_paragraphs_result(text, result, target):
    assert targets(text)[result] == target


@pytest.mark.parametrize("text, result", [
    ("Hội phấn đấu giúp 25 hộ đồng bào dân tộc thoát nghèo.\nHội đã thăm 18 hộ đồng bào dân tộc ở vùng sâu.", 18),
    ("Hội phấn đấu giúp 25 hộ đồng bào dân tộc thoát nghèo.\nHội đã tặng quà 18 hộ đồng bào dân tộc ở vùng sâu.", 18),
])
def test_a_later_figure_of_other_words_or_year_stays(text, result):
    assert targets(text)[result] is None
