"""Issue 11, sixth round: the last rounds' leftovers and a generalisation sweep of the target and achievement rules,
each family written the way another provincial secretary would write it (other verbs, word orders, units, bullets,
capitals, a sentence split over a line), in invented wordings rather than one report's sentence.

Leftovers: a goal counted in targets ("Phấn đấu hoàn thành 12/12 chỉ tiêu"), a contribution of a day's or a month's
wage ("1 ngày lương": a count, as rc6's gold has it), numbers in words whose last "năm" is a year ("Năm nghìn năm
lịch sử", "Bốn mươi năm qua"), and the i/y spellings ("tỉ lệ", "quĩ", "kĩ năng") in every match form, the indicator
cues included."""
from __future__ import annotations

import pandas as pd
import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.indicators import assign_indicators
from wuanalysis.text import match_form, normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"], f["achievement_pct"]) for f in facts(text)]


# --- leftovers: a goal counted in targets is a target statement; a review of them is not ---

@pytest.mark.parametrize("text, value", [
    ("Phấn đấu hoàn thành 12/12 chỉ tiêu Nghị quyết đề ra.", 12),
    ("Năm 2026, Hội LHPN tỉnh quyết tâm hoàn thành và vượt 9/9 chỉ tiêu thi đua.", 9),
    ("Các cấp Hội bảo đảm đến cuối nhiệm kỳ đạt 10/10 chỉ tiêu Nghị quyết Đại hội.", 10),
    ("Phấn đấu đến năm 2030 hoàn thành 15/15 chỉ tiêu chủ yếu.", 15),
])
def test_a_goal_counted_in_targets_is_a_target(text, value):
    found = facts(text)
    assert [(f["value"], f["denominator"], f["target"], f["is_target"]) for f in found] == [
        (float(value), float(value), float(value), True)]


@pytest.mark.parametrize("text", [
    "Năm 2024, Hội đã hoàn thành 12/12 chỉ tiêu.",
    "Nhờ nỗ lực phấn đấu, Hội hoàn thành 9/9 chỉ tiêu Nghị quyết.",
    "Trong nhiệm kỳ 2016-2021, các cấp hội đã bám sát nghị quyết; nỗ lực phấn đấu hoàn thành đạt và vượt 7/7 chỉ "
    "tiêu đề ra.",
    "Kết quả, Hội phấn đấu hoàn thành 8/9 chỉ tiêu.",
])
def test_targets_met_in_a_review_stay_a_result(text):
    assert [f["target"] for f in facts(text)] == [None]


# --- leftovers: a day's or a month's wage contributed is a count ---

@pytest.mark.parametrize("text, value, unit", [
    ("Cán bộ phụ nữ cấp huyện ủng hộ 1 ngày lương, cấp xã 20 ngàn đồng.", 1, "ngày lương"),
    ("Mỗi cán bộ, công chức trích 01 ngày lương ủng hộ Quỹ vì người nghèo.", 1, "ngày lương"),
    ("Lãnh đạo Hội đóng góp 1 tháng lương cho chương trình Mái ấm tình thương.", 1, "tháng lương"),
    ("Toàn thể cán bộ chuyên trách ủng hộ 2 ngày lương.", 2, "ngày lương"),
])
def test_a_wage_contributed_is_a_count(text, value, unit):
    found = facts(text)
    assert (found[0]["value"], found[0]["unit_class"], found[0]["unit"]) == (float(value), "count", unit)


@pytest.mark.parametrize("text", [
    "Sau 5 ngày, lớp học kết thúc.",
    "Trong 3 tháng, Hội tổ chức nhiều hoạt động.",
])
def test_days_and_months_stay_periods(text):
    assert facts(text) == []


# --- leftovers: numbers in words with scale words read as their value; a last "năm" after a scale is a year ---

@pytest.mark.parametrize("text, value, unit", [
    ("Hơn hai mươi nghìn lượt phụ nữ được tuyên truyền.", 20000, "lượt"),
    ("Hội vận động được ba trăm triệu đồng.", 3e8, "VND"),
    ("Dư nợ đạt gần một nghìn tỷ đồng.", 1e12, "VND"),
    ("Hội trao hai trăm năm mươi suất quà.", 250, "suất quà"),
    ("Mười lăm nghìn hội viên đã tham gia.", 15000, "hội viên"),
    ("Đã giúp một nghìn hai trăm hộ thoát nghèo.", 1200, "hộ"),
])
def test_numbers_in_words_read_as_their_value(text, value, unit):
    found = facts(text)
    assert [(f["value"], f["unit"]) for f in found] == [(float(value), unit)]


@pytest.mark.parametrize("text", [
    "Năm nghìn năm lịch sử của dân tộc.",
    "Bốn mươi năm qua, Hội luôn đồng hành cùng phụ nữ.",
    "Một trăm năm trước, phụ nữ chưa được đi học.",
    "Hội kỷ niệm chín mươi năm ngày thành lập.",
    "Có hàng trăm hội viên tham gia.",
])
def test_a_year_counted_in_words_is_no_figure(text):
    assert facts(text) == []


# --- leftovers: i and y spellings in every match form, so cue words and indicator cues read both ---

@pytest.mark.parametrize("i_spelling, y_spelling", [
    ("Tỉ lệ hộ nghèo còn 2,1%", "Tỷ lệ hộ nghèo còn 2,1%"),
    ("Quĩ hỗ trợ phụ nữ nghèo", "Quỹ hỗ trợ phụ nữ nghèo"),
    ("tập huấn kĩ năng số, quản lí", "tập huấn kỹ năng số, quản lý"),
    ("nhiệm kì 2021-2026, kỉ niệm", "nhiệm kỳ 2021-2026, kỷ niệm"),
])
def test_match_form_reads_the_i_spelling_as_the_y(i_spelling, y_spelling):
    assert match_form(i_spelling) == y_spelling
    assert len(match_form(i_spelling)) == len(i_spelling)


@pytest.mark.parametrize("text", ["Chỉ tiêu năm, thì, tí, quì", "Hòa Bình, thủy lợi, khỏe"])
def test_match_form_leaves_other_i_words(text):
    assert match_form(text).replace("hòa", "hoà") == text.replace("hòa", "hoà")


def _indicator_of(sentence: str) -> str | None:
    rows = pd.DataFrame(facts(sentence))
    rows["doc_id"] = "d1"
    out = assign_indicators(rows)
    return out["indicator"].iloc[0]


@pytest.mark.parametrize("i_spelling, y_spelling", [
    ("Dư nợ Quĩ hỗ trợ phụ nữ phát triển đạt 12 tỷ đồng.", "Dư nợ Quỹ hỗ trợ phụ nữ phát triển đạt 12 tỷ đồng."),
    ("Tập huấn kĩ năng số cho 320 cán bộ, hội viên.", "Tập huấn kỹ năng số cho 320 cán bộ, hội viên."),
])
def test_indicator_cues_read_the_i_spelling(i_spelling, y_spelling):
    assert _indicator_of(y_spelling) is not None
    assert _indicator_of(i_spelling) == _indicator_of(y_spelling)


# === the sweep: each target and achievement rule family in other secretaries' words ===

def targets(text: str) -> list[tuple]:
    return [(f["value"], f["target"]) for f in facts(text)]


# --- target list openers and their items: other verbs, bullets, capitals ---

@pytest.mark.parametrize("text, values", [
    ("Đại hội đề ra 6 chỉ tiêu chủ yếu:\n+ Hằng năm kết nạp mới ít nhất 1.200 hội viên.\n+ Mỗi cơ sở Hội giúp ít nhất "
     "2 hộ thoát nghèo.\n+ Đến cuối nhiệm kỳ, 100% chi hội có mô hình tiết kiệm.", [1200, 2, 100]),
    ("ĐẠI HỘI ĐỀ RA 5 CHỈ TIÊU CHỦ YẾU:\n* Thu hút trên 85% phụ nữ tham gia tổ chức Hội.\n* Thành lập mới 15 hợp tác "
     "xã do phụ nữ quản lý.", [85, 15]),
    ("Nghị quyết Đại hội xác định 7 chỉ tiêu:\na) Kết nạp mới 3.000 hội viên;\nb) Hỗ trợ 500 hộ thoát nghèo;\nc) Thành "
     "lập 20 tổ hợp tác.", [3000, 500, 20]),
    ("Nhiệm kỳ 2025-2030, Đại hội thông qua 8 chỉ tiêu. Một là, hằng năm tập hợp trên 90% phụ nữ. Hai là, mỗi năm giúp "
     "300 hộ thoát nghèo.", [90, 300]),
    ("Đại hội thống nhất 6 chỉ tiêu:\n1. Phát triển mới 2.500 hội viên.\n2. Vận động 100% hội viên tham gia tiết kiệm.",
     [2500, 100]),
    ("Các chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030:\n- Mỗi năm kết nạp tối thiểu 500 hội viên;\n- Hỗ trợ thành lập 10 CLB;"
     "\n- Duy trì 45 tổ liên kết.", [500, 10, 45]),
    ("Chỉ tiêu cụ thể:\n1. Kết nạp 2.000 hội viên.\n2. 100% chi hội có tổ tiết kiệm.", [2000, 100]),
    ("Hội xác định 3 khâu đột phá và 10 chỉ tiêu, trong đó: hằng năm kết nạp 1.000 hội viên, giúp 200 hộ thoát nghèo.",
     [1000, 200]),
    ("Đại hội biểu quyết thông qua 9 chỉ tiêu chủ yếu, cụ thể: 100% cơ sở Hội có mô hình giảm nghèo; mỗi năm giúp 150 "
     "hộ.", [100, 150]),
    ("PHẤN ĐẤU NĂM 2026 KẾT NẠP 1.500 HỘI VIÊN MỚI", [1500]),
])
def test_target_lists_in_other_words(text, values):
    assert targets(text) == [(float(v), float(v)) for v in values]


# --- "phấn đấu / bảo đảm / quyết tâm / cam kết …" and floors ("ít nhất", "tối thiểu", "không dưới") ---

@pytest.mark.parametrize("text, values", [
    ("Hội bảo đảm mỗi năm giúp ít nhất 50 hộ thoát nghèo.", [50]),
    ("Hội quyết tâm đến năm 2030 thành lập mới 12 hợp tác xã.", [12]),
    ("Các cấp Hội nỗ lực thu hút không dưới 80% phụ nữ tham gia sinh hoạt trong năm 2026.", [80]),
    ("Năm 2026, Hội phấn đấu có 20 mô hình sinh kế mới.", [20]),
    ("Mỗi chi hội xây dựng ít nhất 1 mô hình \"Chi hội 5 có, 3 sạch\".", [1]),
    ("Phấn đấu đến năm 2030, 95% trở lên cơ sở Hội xếp loại vững mạnh.", [95]),
    ("Đến năm 2030, hỗ trợ thành lập tối thiểu 30 tổ hợp tác.", [30]),
    ("Chỉ tiêu năm 2026: kết nạp 350 hội viên mới, huy động 500 triệu đồng.", [350, 5e8]),
    ("Hội đặt mục tiêu năm 2026 vận động 1,5 tỷ đồng xây nhà tình thương.", [1.5e9]),
    ("Trong năm 2026, Hội cam kết giúp đỡ 30 hộ phụ nữ nghèo.", [30]),
    ("Hội đăng ký thi đua hỗ trợ 25 suất học bổng cho trẻ em nghèo.", [25]),
    ("Phấn đấu hằng năm có trên 70% chi hội đạt khá trở lên.", [70]),
    ("Năm 2026: kết nạp tối thiểu 300 hội viên; giúp ít nhất 25 hộ thoát nghèo.", [300, 25]),
    ("Các chi hội vận động hội viên tham gia ít nhất 2 buổi sinh hoạt chuyên đề.", [2]),
    ("Mục tiêu: có ít nhất 3 mô hình sinh kế/xã; 100% hộ hội viên nghèo được hỗ trợ.", [3, 100]),
    ("Năm 2026, Hội đề ra mục tiêu giúp không dưới 40 hộ thoát nghèo.", [40]),
    ("Phấn đấu đến hết nhiệm kỳ, thành lập mới 20 chi hội, 50 tổ hội nghề nghiệp.", [20, 50]),
])
def test_goals_and_floors_in_other_words(text, values):
    assert targets(text) == [(float(v), float(v)) for v in values]


@pytest.mark.parametrize("text", [
    "Năm 2025, Hội đã kết nạp 300 hội viên, giúp 25 hộ thoát nghèo.",
    "Hội có 95% trở lên chi hội xếp loại khá.",
    "Hộ có thu nhập từ 50 triệu đồng trở lên chiếm 30%.",
])
def test_results_without_a_floor_word_stay_results(text):
    assert all(t is None for _v, t in targets(text))


# --- a result and its target: other orders (target first, in parentheses, rate first, no comma) ---

@pytest.mark.parametrize("text, result, target, rate", [
    ("Chỉ tiêu giao 500 hội viên, kết quả kết nạp được 560 hội viên, đạt 112%.", 560, 500, 112),
    ("Kế hoạch năm 2025 giao 40 hộ thoát nghèo; thực hiện được 46 hộ, vượt 15%.", 46, 40, 115),
    ("Năm 2025, Hội kết nạp 560 hội viên, đạt 112% (chỉ tiêu 500 hội viên).", 560, 500, 112),
    ("Kết nạp mới 1.350 hội viên (kế hoạch 1.200 hội viên), đạt 112,5%.", 1350, 1200, 112.5),
    ("Thành lập mới 6 tổ hợp tác (chỉ tiêu: 5 tổ), đạt 120%.", 6, 5, 120),
    ("Tổng số hội viên mới: 2.345 chị (KH: 2.000 chị), đạt 117,3% KH.", 2345, 2000, 117.3),
    ("Số hội viên mới là 820 người, so với chỉ tiêu 700 người đạt 117%.", 820, 700, 117),
    ("Hội đã giúp 46 hộ thoát nghèo\n(chỉ tiêu 40 hộ).", 46, 40, None),
])
def test_a_result_and_its_target_in_other_orders(text, result, target, rate):
    found = {f["value"]: (f["target"], f["achievement_pct"], f["is_target"]) for f in facts(text)}
    assert found[float(result)] == (float(target), rate, False)
    assert found[float(target)][0::2] == (float(target), True)


# --- stated rates: "đạt/vượt …% (kế hoạch|chỉ tiêu|so với …)", rate first, a sentence over a line break ---

@pytest.mark.parametrize("text, value, rate", [
    ("Năm 2025, Hội kết nạp 1.350 hội viên mới, đạt 112,5% kế hoạch.", 1350, 112.5),
    ("Giúp 48 hộ thoát nghèo, vượt 20% chỉ tiêu được giao.", 48, 120),
    ("Huy động 2,4 tỷ đồng xây nhà, đạt 120% so với kế hoạch năm.", 2.4e9, 120),
    ("Có 1.520 lượt hội viên tham gia tập huấn, đạt 101,3% so với chỉ tiêu.", 1520, 101.3),
    ("Số hội viên tăng 420 chị, bằng 105% chỉ tiêu.", 420, 105),
    ("Hội đã xây dựng 12 mô hình, hoàn thành 100% chỉ tiêu năm.", 12, 100),
    ("Năm 2025 kết nạp được 820 hội viên, vượt kế hoạch 17%.", 820, 117),
    ("Kết nạp mới 842 hội viên, gấp 2 lần chỉ tiêu giao.", 842, 200),
    ("KẾT QUẢ: KẾT NẠP MỚI 1.250 HỘI VIÊN, ĐẠT 125% KẾ HOẠCH.", 1250, 125),
    ("Đạt 105% kế hoạch, Hội đã kết nạp 420 hội viên mới.", 420, 105),
    ("Đạt 136% chỉ tiêu, Hội vận động 680 phụ nữ tham gia BHXH tự nguyện.", 680, 136),
    ("Hội đã kết nạp 560 hội viên\nmới, đạt 112% kế hoạch năm.", 560, 112),
    ("Các chi hội vận động được 1.200 hộ hội viên tham gia\ntiết kiệm, vượt 20% so với kế hoạch.", 1200, 120),
])
def test_stated_rates_in_other_words(text, value, rate):
    found = {f["value"]: f["achievement_pct"] for f in facts(text)}
    assert found[float(value)] == rate


@pytest.mark.parametrize("text", [
    "Tổng dư nợ đạt 356,8 tỷ đồng, tăng 12% so với cùng kỳ.",
    "Đạt 105% so với cùng kỳ, dư nợ là 120 tỷ đồng.",
    "Hội đã kết nạp 560 hội viên.\nDư nợ đạt 112% so với năm 2024.",
])
def test_growth_and_paragraphs_carry_no_achievement(text):
    assert all(f["achievement_pct"] in (None, 105, 112) and f["unit_class"] == "percent" or f["achievement_pct"] is None
               for f in facts(text))
    assert all(f["achievement_pct"] is None for f in facts(text) if f["unit_class"] != "percent")


# --- a share, its verdict and its target share ---

@pytest.mark.parametrize("text, share, target", [
    ("Đã có 85% chi hội đạt vững mạnh, đạt chỉ tiêu đề ra (80%).", 85, 80),
    ("Tỷ lệ tập hợp hội viên đạt 92,5% (chỉ tiêu trên 90%).", 92.5, 90),
    ("Có 78% hội viên tham gia sinh hoạt thường xuyên, chưa đạt chỉ tiêu (85%).", 78, 85),
    ("2 chỉ tiêu chưa đạt là tỷ lệ hội viên tham gia sinh hoạt (đạt 78%, chỉ tiêu 85%).", 78, 85),
])
def test_a_share_and_its_target_share(text, share, target):
    found = [(f["value"], f["target"], f["achievement_pct"]) for f in facts(text) if f["unit_class"] == "percent"]
    assert found == [(float(share), float(target), None), (float(target), float(target), None)]


# --- "hoàn thành …/… chỉ tiêu": counts of targets met carry no target and no rate ---

@pytest.mark.parametrize("text", [
    "Hội hoàn thành 8/10 chỉ tiêu, 2 chỉ tiêu chưa đạt.",
    "Kết quả có 9/11 chỉ tiêu đạt và vượt, 2/11 chỉ tiêu chưa đạt.",
    "Hội đã thực hiện đạt 18/20 chỉ tiêu thi đua.",
    "Toàn tỉnh hoàn thành 11/12 chỉ tiêu, trong đó 8 chỉ tiêu vượt kế hoạch.",
    "Hội hoàn thành và vượt 10/10 chỉ tiêu thi đua năm 2025.",
    "Có 7/9 chỉ tiêu đạt và vượt so với Nghị quyết.",
])
def test_counts_of_targets_met_are_plain_results(text):
    assert [(f["target"], f["achievement_pct"]) for f in facts(text)] == [(None, None)] * len(facts(text))


# --- estimates: "ước đạt", "ước thực hiện", "ước cả năm", "ước đến …" ---

@pytest.mark.parametrize("text", [
    "Dư nợ ước đạt 120 tỷ đồng, bằng 104% kế hoạch.",
    "Ước thực hiện cả năm kết nạp 2.100 hội viên, ước đạt 105% kế hoạch.",
    "Dự kiến đến cuối năm giúp 60 hộ thoát nghèo.",
    "Ước cả năm, Hội kết nạp 2.150 hội viên, đạt 107,5% kế hoạch.",
    "Ước đến 31/12/2025, dư nợ đạt 450 tỷ đồng.",
    "Dư nợ ước thực hiện 450 tỷ đồng, đạt 102% kế hoạch năm.",
    "Ước thực hiện đến 31/12/2025: kết nạp 850 hội viên; giúp 40 hộ thoát nghèo.",
    "Dự kiến đến hết năm 2025, Hội kết nạp 1.200 hội viên, đạt 100% kế hoạch.",
    "Ước tính đến cuối năm, dư nợ đạt 560 tỷ đồng.",
])
def test_estimates_in_other_words(text):
    assert all(f["estimate"] for f in facts(text))


def test_an_estimate_ends_with_its_sentence():
    found = facts("Ước thực hiện đến 31/12/2025: kết nạp 850 hội viên; giúp 40 hộ. Năm 2024, Hội giúp 35 hộ.")
    assert [f["estimate"] for f in found] == [True, True, False]


# --- a plan and what was done, told as a pair, and the rate the pair states ---

@pytest.mark.parametrize("text, plan, done, rate", [
    ("Kết nạp hội viên mới: kế hoạch 1.000, thực hiện 1.250, đạt 125%.", 1000, 1250, 125),
    ("Giúp hộ thoát nghèo: kế hoạch 40 hộ, thực hiện 38 hộ, đạt 95%.", 40, 38, 95),
    ("Huy động vốn: kế hoạch 500 triệu đồng; thực hiện được 560 triệu đồng, đạt 112%.", 5e8, 5.6e8, 112),
])
def test_a_plan_and_its_result_as_a_pair_with_its_rate(text, plan, done, rate):
    plan, done = float(plan), float(done)
    assert marks(text) == [(plan, plan, None), (done, plan, rate), (float(rate), None, rate)]


@pytest.mark.parametrize("text, values", [
    ("Trong nhiệm kỳ 2025 - 2030, Đại hội đề ra các mục tiêu chủ yếu sau:\n- 100% cơ sở Hội có ít nhất 01 mô hình hỗ "
     "trợ phụ nữ phát triển kinh tế.\n- Hằng năm, mỗi chi hội giúp đỡ 01 - 02 hộ.", [100, 1, 2]),
    ("Nhiệm kỳ 2025-2030 phấn đấu: kết nạp mới 5.000 hội viên; thành lập 30 CLB \"Gia đình hạnh phúc\"; hỗ trợ 200 "
     "lượt phụ nữ vay vốn.", [5000, 30, 200]),
    ("Đại hội đề ra 05 chỉ tiêu, 03 nhiệm vụ trọng tâm. Cụ thể: tập hợp 92% phụ nữ trở lên vào tổ chức Hội; 100% chi "
     "hội xây dựng \"Chi hội 5 có, 3 sạch\".", [92, 100]),
    ("Mục tiêu đến năm 2030: 70% hộ hội viên có tài khoản thanh toán; mỗi năm trao 50 suất học bổng.", [70, 50]),
    ("Hội phấn đấu đến năm 2030 có trên 1.000 phụ nữ khởi nghiệp, duy trì 25 tổ hợp tác do phụ nữ làm chủ.",
     [1000, 25]),
    ("Chỉ tiêu nhiệm kỳ: mỗi cơ sở Hội vận động ít nhất 20 triệu đồng xây nhà \"Mái ấm tình thương\".", [2e7]),
    ("Đại hội quyết nghị các chỉ tiêu: 1. Hằng năm kết nạp 150 hội viên mới; 2. Giúp 10 hộ thoát nghèo; 3. 100% chi "
     "hội có tổ phụ nữ tiết kiệm.", [150, 10, 100]),
    ("Hội LHPN xã phấn đấu hằng năm: vận động 95% hội viên đóng hội phí, kết nạp 40 hội viên mới.", [95, 40]),
    ("Phấn đấu năm 2026:\n+ Kết nạp 400 hội viên mới;\n+ Hỗ trợ 15 hộ thoát nghèo;\n+ Huy động 120 triệu đồng.",
     [400, 15, 1.2e8]),
    ("Năm 2026, Hội sẽ giúp 20 hộ thoát nghèo và kết nạp 300 hội viên.", [20, 300]),
    ("Đến năm 2030, tỷ lệ tập hợp phụ nữ vào Hội đạt 90% trở lên.", [90]),
    ("Chỉ tiêu đến năm 2030, có 80% hội viên được tập huấn chuyển đổi số.", [80]),
])
def test_more_target_statements_in_other_words(text, values):
    assert targets(text) == [(float(v), float(v)) for v in values]


@pytest.mark.parametrize("text, value, rate", [
    ("Kết nạp 512 hội viên = 102,4% KH.", 512, 102.4),
    ("Kết nạp 512 hội viên, đạt 102,4% so KH năm.", 512, 102.4),
    ("Phát triển 1.024 hội viên mới, đạt tỷ lệ 128% so với chỉ tiêu Nghị quyết.", 1024, 128),
    ("Dư nợ 45,6 tỷ đồng, đạt 114% chỉ tiêu (chỉ tiêu 40 tỷ đồng).", 45.6e9, 114),
    ("Thành lập 4 hợp tác xã, đạt 133% NQ.", 4, 133),
    ("Vận động 1.200 hội viên tham gia BHYT, hoàn thành vượt mức 20% kế hoạch.", 1200, 120),
    ("Có 45 chi hội đạt \"5 có, 3 sạch\", đạt 112,5% chỉ tiêu giao.", 45, 112.5),
    ("Số hộ được vay vốn tăng 130 hộ, đạt 108% kế hoạch.", 130, 108),
])
def test_more_stated_rates_in_other_words(text, value, rate):
    found = {f["value"]: f["achievement_pct"] for f in facts(text)}
    assert found[float(value)] == rate


# === rc8 §B: figure patterns of the eighth check set, in invented wordings ===

def values(text: str) -> list[float]:
    return [f["value"] for f in facts(text)]


# B1: a count of merged or listed communes naming their unions is an enumeration
@pytest.mark.parametrize("text, kept", [
    ("Hội Phụ nữ 4 phường cũ đã bàn giao hồ sơ hội viên.", []),
    ("Hội LHPN của 3 xã cũ luôn đề ra nhiều cách làm hay.", []),
    ("Ban Chấp hành Hội LHPN 3 xã cũ bàn giao hồ sơ, bảo đảm hoạt động thông suốt.", []),
    ("Làm việc với Hội LHPN 3 xã: Chiên Đàn, Tây Hồ và Phú Ninh. Hội LHPN 3 xã báo cáo kết quả, kết nạp 120 hội viên.",
     [120]),
    ("Nhiệm kỳ qua, Hội LHPN 10 xã không ngừng đổi mới nội dung sinh hoạt.", [10]),
    ("Hội đã kết nạp 320 hội viên tại 3 xã.", [320, 3]),
    ("Hội LHPN huyện hỗ trợ 3 xã xây dựng mô hình.", [3]),
])
def test_the_unions_of_merged_or_listed_places_are_no_count(text, kept):
    assert values(text) == [float(v) for v in kept]


# B2: a campaign named after its number, without quote marks (also when the excerpt cuts it off)
@pytest.mark.parametrize("text, kept", [
    ("Đợt thi đua đặc biệt 130 công trình, phần việc vượt khó được phát động.", []),
    ("Hưởng ứng đợt thi đua 100 ngày đêm vì phụ nữ nghèo, Hội trao 30 suất quà.", [30]),
    ("Các cấp Hội triển khai phong trào thi đua 50 công trình chào mừng Đại hội, hoàn thành 52 công trình.", [52]),
    ("Hội tổ chức các hoạt động hưởng ứng Đợt thi đua đặc biệt 1", []),
    ("Hoạt động này góp phần giảm số hộ nghèo từ 2.900 hộ xuống còn 1.933", [2900, 1933]),
])
def test_a_campaigns_number_and_a_number_cut_off_are_no_figures(text, kept):
    assert values(text) == [float(v) for v in kept]


# B3: the make-up of each team after a count
@pytest.mark.parametrize("text, kept", [
    ("Hội thi có 6 đội, mỗi đội 4 thành viên.", [6]),
    ("Hội thi với 09 đội (mỗi đội có 05 thành viên) tham gia.", [9]),
    ("Thành lập 12 tổ tiết kiệm, mỗi tổ gồm 15 thành viên.", [12]),
    ("Trao 20 suất quà, mỗi suất 500 nghìn đồng.", [20, 5e5]),
    ("Hằng năm, mỗi chi hội giúp 1 hộ thoát nghèo.", [1]),
])
def test_the_make_up_of_each_one_is_no_count(text, kept):
    assert values(text) == [float(v) for v in kept]


# B4: a bar on the membership rate, whatever the hedge word
@pytest.mark.parametrize("text, kept", [
    ("Còn 12 xã có tỷ lệ tập hợp dưới 70% phụ nữ.", [12]),
    ("Số cơ sở có tỷ lệ tập hợp dưới 50% phụ nữ giảm mạnh.", []),
    ("Toàn tỉnh có 45 chi hội có tỷ lệ tập hợp trên 80% phụ nữ.", [45]),
    ("Tỷ lệ tập hợp phụ nữ vào Hội đạt trên 85%.", [85]),
])
def test_a_bar_on_a_rate_is_no_figure(text, kept):
    assert values(text) == [float(v) for v in kept]


# B5: the number of units reporting
@pytest.mark.parametrize("text, kept", [
    ("Theo báo cáo của 34 tỉnh, thành Hội, tổng số hội viên tăng 120.000 người.", [120000]),
    ("Theo số liệu báo cáo từ 15 huyện, thị, các cấp Hội giúp 420 hộ.", [420]),
])
def test_the_units_reporting_are_no_count(text, kept):
    assert values(text) == [float(v) for v in kept]


# B6: a date right after a dateline mark in brackets and a dash
@pytest.mark.parametrize("text, kept", [
    ("(PV)-Ngày 5-9, Hội LHPN tỉnh tổ chức hội nghị với 200 đại biểu.", [200]),
    ("(GLO)-Ngày 2-10, Trung ương Hội tổ chức hội thảo.", []),
    ("(ABO) Ngày 25-4, Hội trao 30 suất quà.", [30]),
])
def test_a_date_after_a_dateline_mark(text, kept):
    assert values(text) == [float(v) for v in kept]


# B7: a money range with a glued dash
@pytest.mark.parametrize("text, low, high", [
    ("Mỗi tháng hỗ trợ từ 100.000đ-200.000đ cho các cháu.", 1e5, 2e5),
    ("Hội hỗ trợ từ 50.000đ-150.000đ mỗi suất.", 5e4, 1.5e5),
    ("Mức vay từ 10 triệu đồng-30 triệu đồng mỗi hộ.", 1e7, 3e7),
])
def test_a_money_range_with_a_glued_dash(text, low, high):
    found = [(f["value"], f["qualifier"]) for f in facts(text)]
    assert found == [(low, "at_least"), (high, "less_than")]


# --- a target handed down ("được … giao", "Với chỉ tiêu …") and a rate in parentheses after a count ---

@pytest.mark.parametrize("text, result, target, rate", [
    ("Được Hội cấp trên giao 300 hội viên mới, Hội đã kết nạp 345 hội viên, đạt 115%.", 345, 300, 115),
    ("Năm 2025, Hội được giao chỉ tiêu kết nạp 500 hội viên. Kết quả, đã kết nạp 560 hội viên, đạt 112%.", 560, 500,
     112),
    ("Với chỉ tiêu 1.000 hội viên, đến nay Hội đã kết nạp 1.120 hội viên.", 1120, 1000, None),
    ("Hội được giao chỉ tiêu giúp 20 hộ thoát nghèo; kết quả giúp 22 hộ, vượt 10%.", 22, 20, 110),
    ("Chỉ tiêu giao năm 2025 là 40 hộ thoát nghèo. Đến nay, Hội đã giúp 46 hộ thoát nghèo.", 46, 40, None),
    ("Đến ngày 30/11, Hội đã kết nạp 480 hội viên, đạt 96% kế hoạch năm (500 hội viên).", 480, 500, 96),
])
def test_a_target_handed_down_then_its_result(text, result, target, rate):
    found = {f["value"]: (f["target"], f["achievement_pct"], f["is_target"]) for f in facts(text)}
    assert found[float(result)] == (float(target), rate, False)
    assert found[float(target)] == (float(target), None, True)


@pytest.mark.parametrize("text", [
    "Hội đã bàn giao 3 căn nhà tình thương.",
    "Hội được giao 5 nhiệm vụ trọng tâm và đã hoàn thành.",
    "Các chi hội được giao quản lý 45 tổ vay vốn.",
])
def test_handing_over_sets_no_target(text):
    assert all(f["target"] is None for f in facts(text))


@pytest.mark.parametrize("text, value, rate", [
    ("Kết nạp 2.130 hội viên mới (vượt 6,5% chỉ tiêu).", 2130, 106.5),
    ("Giúp 56 hộ thoát nghèo (vượt 12% kế hoạch).", 56, 112),
    ("Huy động 1,2 tỷ đồng (đạt 120% kế hoạch).", 1.2e9, 120),
])
def test_a_rate_in_parentheses_after_its_result(text, value, rate):
    assert {f["value"]: f["achievement_pct"] for f in facts(text)}[float(value)] == rate


# --- congress lists in other layouts: "(3) 100% …" inline, an item's topic first, "Đại hội đã thống nhất đề ra …" ---

@pytest.mark.parametrize("text, values", [
    ("Đại hội đề ra 10 chỉ tiêu, trong đó: (1) Hằng năm kết nạp ít nhất 800 hội viên; (2) Mỗi năm giúp 100 hộ thoát "
     "nghèo; (3) 100% chi hội có mô hình.", [800, 100, 100]),
    ("- Về công tác hội viên: phấn đấu tỷ lệ tập hợp đạt 85% trở lên.\n- Về giảm nghèo: mỗi năm giúp 50 hộ thoát "
     "nghèo.", [85, 50]),
    ("Đại hội đã thống nhất đề ra 07 chỉ tiêu. Cụ thể:\n- 100% cán bộ Hội được tập huấn nghiệp vụ.\n- Mỗi năm vận động "
     "2 tỷ đồng.", [100, 2e9]),
    ("Chỉ tiêu 1: Hằng năm kết nạp mới 1.500 hội viên.\nChỉ tiêu 2: Đến năm 2030, có 90% hộ hội viên không vi phạm "
     "pháp luật.", [1500, 90]),
    ("NHIỆM KỲ 2025 – 2030, HỘI PHẤN ĐẤU THÀNH LẬP MỚI 20 HỢP TÁC XÃ.", [20]),
    ("Đại hội thông qua Nghị quyết với 8 chỉ tiêu chủ yếu:\n1- Kết nạp mới 6.000 hội viên;\n2- Hỗ trợ 150 phụ nữ khởi "
     "nghiệp.", [6000, 150]),
    ("Hội LHPN tỉnh xác định các chỉ tiêu trọng tâm nhiệm kỳ 2025-2030 như sau: thu hút trên 88% phụ nữ tham gia tổ "
     "chức Hội; hằng năm có 85% cơ sở Hội xếp loại hoàn thành tốt nhiệm vụ trở lên.", [88, 85]),
    ("Phấn đấu trong nhiệm kỳ:\n• Thành lập mới 30 tổ hợp tác;\n• Hỗ trợ 1.000 lượt phụ nữ tiếp cận vốn vay.",
     [30, 1000]),
    ("Mục tiêu của Đề án đến năm 2027: hỗ trợ 500 phụ nữ khởi nghiệp, thành lập 20 hợp tác xã.", [500, 20]),
])
def test_congress_lists_in_other_layouts(text, values):
    assert targets(text) == [(float(v), float(v)) for v in values]


@pytest.mark.parametrize("text, values", [
    ("Đại hội đã đánh giá kết quả 5 năm qua:\n- 100% chi hội đạt khá.\n- Giúp 300 hộ thoát nghèo.", [100, 300]),
    ("- Về công tác hội viên: năm 2025 đã kết nạp 320 hội viên.\n- Về giảm nghèo: đã giúp 50 hộ thoát nghèo.",
     [320, 50]),
])
def test_reviews_in_the_same_layouts_set_no_target(text, values):
    assert targets(text) == [(float(v), None) for v in values]


# --- a result over fewer of the same, written with a slash after its own words ---

@pytest.mark.parametrize("text, result, target, rate", [
    ("Giúp 126 hộ thoát nghèo/120 hộ, đạt 105%.", 126, 120, 105),
    ("Hỗ trợ 35 phụ nữ khởi nghiệp/30 phụ nữ, đạt 116,7%.", 35, 30, 116.7),
    ("Thành lập 14 mô hình sinh kế/12 mô hình.", 14, 12, None),
])
def test_a_result_over_fewer_of_the_same_is_over_its_target(text, result, target, rate):
    found = marks(text)
    assert found[:2] == [(float(result), float(target), rate), (float(target), float(target), None)]


@pytest.mark.parametrize("text, kept", [
    ("Có 12 xã, phường/15 xã, phường tổ chức Đại hội.", [12]),
    ("Có 45 hội viên tham gia/50 hội viên của chi hội.", [45]),
    ("Với 105 tổ/1.616 thành viên, giúp 127/127 hộ.", [105, 1616, 127]),
])
def test_a_part_over_its_whole_stays_as_it_was(text, kept):
    assert values(text) == [float(v) for v in kept]


# --- a goal after a result in the same sentence ---

@pytest.mark.parametrize("text, found", [
    ("Năm 2025 Hội kết nạp 300 hội viên, phấn đấu năm 2026 kết nạp 350 hội viên.", [(300, None), (350, 350)]),
    ("Hội đã giúp 25 hộ thoát nghèo và phấn đấu đến cuối năm giúp thêm 10 hộ.", [(25, None), (10, 10)]),
    ("Hội đã hoàn thành 12/12 chỉ tiêu năm 2025; năm 2026 phấn đấu hoàn thành 13/13 chỉ tiêu.", [(12, None), (13, 13)]),
    ("Hội đã giúp 25 hộ thoát nghèo và 12 hộ có việc làm nhờ nỗ lực phấn đấu.", [(25, None), (12, None)]),
])
def test_a_goal_after_a_result_in_its_sentence(text, found):
    assert targets(text) == [(float(v), None if t is None else float(t)) for v, t in found]


# --- pledges listed after "đăng ký thi đua:" or "cam kết:" ---

@pytest.mark.parametrize("text, values", [
    ("Các chi hội đăng ký thi đua:\n+ Chi hội ấp 1: vận động 20 hội viên tham gia tiết kiệm;\n+ Chi hội ấp 2: giúp 2 "
     "hộ thoát nghèo.", [20, 2]),
    ("Chi hội cam kết: 100% hội viên không vi phạm pháp luật; 90% gia đình đạt danh hiệu gia đình văn hóa.", [100, 90]),
    ("Hội LHPN huyện giao chỉ tiêu kết nạp hội viên cho các cơ sở: xã An Bình 50 hội viên, xã Tân Lập 40 hội viên.",
     [50, 40]),
])
def test_pledges_listed(text, values):
    assert targets(text) == [(float(v), float(v)) for v in values]


@pytest.mark.parametrize("text, values", [
    ("Kết quả thực hiện cam kết: 100% hội viên không vi phạm pháp luật; 92% gia đình đạt gia đình văn hóa.", [100, 92]),
    ("Kết quả đăng ký thi đua:\n+ Chi hội ấp 1 vận động được 22 hội viên tham gia tiết kiệm.", [22]),
])
def test_pledges_reviewed_stay_results(text, values):
    assert targets(text) == [(float(v), None) for v in values]


@pytest.mark.parametrize("text, kept", [
    ("Đề án được triển khai qua 3 giai đoạn, hỗ trợ 120 phụ nữ khởi nghiệp.", [120]),
    ("Chương trình chia làm 2 giai đoạn.", []),
])
def test_stages_of_a_programme_are_periods(text, kept):
    assert values(text) == [float(v) for v in kept]


# --- abbreviations: "/KH", "(NQ 500)", "%KH" ---

@pytest.mark.parametrize("text, result, target, rate", [
    ("Dư nợ 230 tỷ đồng/KH 200 tỷ đồng, đạt 115%.", 230e9, 200e9, 115),
    ("Kết nạp 520 hội viên (NQ 500), đạt 104%.", 520, 500, 104),
    ("Giúp 45 hộ thoát nghèo (KH: 40 hộ), đạt 112,5%.", 45, 40, 112.5),
    ("Kết nạp 520 HV, đạt 104%KH.", 520, None, 104),
    ("Kết nạp 520 hội viên, vượt 4%KH.", 520, None, 104),
])
def test_plans_and_rates_abbreviated(text, result, target, rate):
    found = {f["value"]: (f["target"], f["achievement_pct"]) for f in facts(text)}
    assert found[float(result)] == (None if target is None else float(target), rate)


def test_money_per_unit_is_no_plan():
    assert [f["unit"] for f in facts("Hỗ trợ 500.000 đồng/suất, 10 triệu/hộ.")] == ["VND/suất", "VND/hộ"]
