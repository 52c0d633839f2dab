"""A plan's or a new term's aims listed under their own heading, no target word per item (issue 11, iv9 FINDINGS P6,
P8), on invented phrasings, with guards: results after the list, an earlier year's amount, a review of the targets,
a closed term's review, a table of results.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"]) for f in extract_facts(text)]


def _floats(expected: list[tuple]) -> list[tuple]:
    return [tuple(None if x is None else float(x) for x in row) for row in expected]


@pytest.mark.parametrize("text, expected", [
    # a congress's second part: its title names aims and the new term; "đạt" in an item reaches for the amount
    ("PHẦN THỨ HAI\nMỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2026 - 2031\n1. Tỷ lệ tập hợp phụ nữ vào Hội đạt từ 90% trở lên.\n"
     "2. Dư nợ ủy thác qua Hội đến năm 2031 đạt 120 tỷ đồng.\n3. Mỗi năm giúp ít nhất 30 hộ thoát nghèo.",
     [(90, 90), (120e9, 120e9), (30, 30)]),
    # a plan's section of targets; last year's target in brackets is no target of this year's item
    ("KẾ HOẠCH\nCông tác Hội năm 2027\nII. CHỈ TIÊU\n1. Kết nạp mới 400 hội viên (chỉ tiêu năm 2026 là 350 hội viên).\n"
     "2. 85% chi hội xếp loại khá trở lên.\n3. Hỗ trợ 25 hộ phụ nữ nghèo; xây 03 nhà tình thương.\n"
     "III. TỔ CHỨC THỰC HIỆN\nCác chi hội triển khai kế hoạch.",
     [(400, 400), (350, 350), (85, 85), (25, 25), (3, 3)]),
    # a lead-in on a colon, plain sentences one a line
    ("Hội LHPN xã xây dựng kế hoạch năm 2027 với các chỉ tiêu sau:\nKết nạp mới 210 hội viên.\n"
     "Thành lập mới 2 tổ hợp tác.\nDư nợ ủy thác đạt trên 35 tỷ đồng.",
     [(210, 210), (2, 2), (35e9, 35e9)]),
    ("III. MỤC TIÊU VÀ CHỈ TIÊU CHỦ YẾU NĂM 2027\nPhát triển 500 hội viên mới.\n"
     "Tỷ lệ phụ nữ tham gia sinh hoạt đạt 88%.\nVận động xây dựng 4 mái ấm.",
     [(500, 500), (88, 88), (4, 4)]),
    ("Đại hội thống nhất các mục tiêu nhiệm kỳ 2026 - 2031 như sau:\nTỷ lệ tập hợp hội viên đạt từ 92% trở lên.\n"
     "Dư nợ ủy thác đến năm 2031 đạt 80 tỷ đồng.\nMỗi năm hỗ trợ 15 hộ khởi nghiệp.",
     [(92, 92), (80e9, 80e9), (15, 15)]),
    ("Nghị quyết Đại hội đề ra các mục tiêu nhiệm kỳ 2026 - 2031:\na) Tỷ lệ tập hợp hội viên đạt 93%.\n"
     "b) Hằng năm giúp 25 hộ thoát nghèo.", [(93, 93), (25, 25)]),
    ("KẾ HOẠCH\nHoạt động năm 2027\n2.1. Các chỉ tiêu chủ yếu\nKết nạp mới 350 hội viên.\n"
     "Dư nợ ủy thác đạt 48 tỷ đồng.", [(350, 350), (48e9, 48e9)]),
    # "+" items, up to the next part's title
    ("MỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2026 - 2031\n+ Tập hợp 95% phụ nữ vào Hội.\n+ Dư nợ ủy thác đến năm 2031 đạt 100 tỷ "
     "đồng.\nPHẦN THỨ BA\nTỔ CHỨC THỰC HIỆN\nNăm 2026 Hội có 52 chi hội.", [(95, 95), (100e9, 100e9), (52, None)]),
    # a political report dated in the year its new term opens: the term's aims follow its review
    ("BÁO CÁO CHÍNH TRỊ\nXã Ea Tân, ngày 05 tháng 8 năm 2026\nKẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2021 - 2026\n"
     "Nhiệm kỳ qua, Hội đã giúp 140 hộ thoát nghèo.\nMỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2026 - 2031\n"
     "1. Tỷ lệ tập hợp hội viên đạt từ 90% trở lên.", [(140, None), (90, 90)]),
    # titles that pair the aims with their content, or call them "phấn đấu"
    ("KẾ HOẠCH\nThực hiện công tác Hội năm 2026\nII. NỘI DUNG, CHỈ TIÊU\n1. Kết nạp 150 hội viên.\n"
     "2. Dư nợ ủy thác đạt 22 tỷ đồng.", [(150, 150), (22e9, 22e9)]),
    ("KẾ HOẠCH\nCông tác Hội năm 2026\n2. Chỉ tiêu phấn đấu năm 2026\n- Kết nạp 170 hội viên.\n"
     "- Dư nợ ủy thác đạt 24 tỷ đồng.", [(170, 170), (24e9, 24e9)]),
    ("B. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 - 2030\n- Tỷ lệ tập hợp hội viên đạt 86%.\n"
     "- Mỗi năm giúp 10 hộ thoát nghèo.", [(86, 86), (10, 10)]),
    # next year's aims at the end of a year's review
    ("BÁO CÁO\nTổng kết công tác Hội năm 2026\nIII. MỤC TIÊU, CHỈ TIÊU NĂM 2027\nKết nạp mới 380 hội viên.\n"
     "Dư nợ ủy thác đạt 52 tỷ đồng.", [(380, 380), (52e9, 52e9)]),
])
def test_the_items_under_a_plans_heading_are_targets(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # the results told after the list are no targets
    ("KẾ HOẠCH NĂM 2027\nII. CHỈ TIÊU\n1. Kết nạp mới 300 hội viên.\n2. Giúp 20 hộ thoát nghèo.\n"
     "Năm 2026, Hội đã kết nạp 280 hội viên và giúp 18 hộ thoát nghèo.",
     [(300, 300), (20, 20), (280, None), (18, None)]),
    # an earlier year's result inside an item
    ("MỤC TIÊU, CHỈ TIÊU NĂM 2027\n- Tỷ lệ tập hợp hội viên năm 2025 đạt 86%, năm 2027 nâng lên 90%.\n"
     "- Vận động 40 hộ tham gia mô hình.",
     [(86, None), (90, 90), (40, 40)]),
    # "đến nay đã có" reports: the list ends there
    ("II. MỤC TIÊU NHIỆM KỲ 2026 - 2031\n- Giữ vững 100% chi hội.\n- Đến nay đã có 12 hợp tác xã do phụ nữ quản lý.",
     [(100, 100), (12, None)]),
    # an event told after plain items ends the list
    ("MỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2026 - 2031\nKết nạp mới 800 hội viên.\nDịp này, Hội trao 40 suất quà cho hội viên.",
     [(800, 800), (40, None)]),
    # a review of the targets: a stated rate
    ("II. CHỈ TIÊU\n1. Kết nạp 420 hội viên, đạt 105%.\n2. Giúp 32 hộ thoát nghèo.",
     [(420, None), (105, None), (32, None)]),
    # the closing term's review, titled by its results
    ("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NHIỆM KỲ 2021 - 2026\n1. Tỷ lệ tập hợp hội viên đạt 87%.\n"
     "2. Dư nợ ủy thác đạt 55 tỷ đồng.",
     [(87, None), (55e9, None)]),
    # the closed term's aims in the new term's congress, then its results
    ("BÁO CÁO CHÍNH TRỊ NHIỆM KỲ 2026 - 2031\nMỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2021 - 2026\n"
     "1. Tỷ lệ tập hợp hội viên đạt 87%.\n2. Dư nợ ủy thác đạt 55 tỷ đồng.",
     [(87, None), (55e9, None)]),
    ("BÁO CÁO\nTổng kết công tác Hội năm 2026\nII. NỘI DUNG, CHỈ TIÊU\n1. Kết nạp 150 hội viên.\n"
     "2. Dư nợ ủy thác đạt 22 tỷ đồng.", [(150, None), (22e9, None)]),
    # a year's review: a title with no later period heads its results
    ("BÁO CÁO\nTổng kết công tác Hội năm 2026\n2.1. Các chỉ tiêu chủ yếu\nKết nạp mới 350 hội viên.\n"
     "Dư nợ ủy thác đạt 48 tỷ đồng.", [(350, None), (48e9, None)]),
    ("MỤC TIÊU, CHỈ TIÊU NĂM 2027\n1. Kết nạp 300 hội viên.\nKết quả thực hiện năm 2026: kết nạp 280 hội viên.",
     [(300, 300), (280, None)]),
])
def test_results_near_a_plans_heading_stay_results(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # P8: a congress's target for a later year told as reached ("đến năm 2030 đạt …"), in a plain sentence
    ("Đại hội đại biểu Phụ nữ xã Tân Lập lần thứ I, nhiệm kỳ 2025 - 2030 diễn ra ngày 10/8/2025. Dư nợ ủy thác đến năm "
     "2030 đạt 90 tỷ đồng.", [(90e9, 90e9)]),
    ("Báo cáo chính trị nhiệm kỳ 2026 - 2031 nêu rõ: số hộ tham gia mô hình đến năm 2031 đạt 600 hộ.", [(600, 600)]),
    # a demand to complete the year's targets, then the ones it stresses
    ("Đồng chí Chủ tịch yêu cầu các cấp Hội tập trung hoàn thành các chỉ tiêu năm, trong đó kết nạp mới từ 4.000 hội "
     "viên trở lên.", [(4000, 4000)]),
    ("Phát biểu bế mạc, đồng chí Phó Chủ tịch đề nghị các chi hội phải hoàn thành chỉ tiêu năm 2026, nhất là giúp 12 "
     "hộ thoát nghèo.", [(12, 12)]),
])
def test_a_later_years_amount_and_a_demand_are_targets(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # the closed term's horizon in the new term's congress
    ("Đại hội nhiệm kỳ 2025 - 2030. Nhiệm kỳ 2020 - 2025, dư nợ ủy thác đến năm 2025 đạt 60 tỷ đồng.", [(60e9, None)]),
    ("Năm 2024, dư nợ ủy thác đạt 70 tỷ đồng.", [(70e9, None)]),
    # the targets completed, not demanded
    ("Năm 2025, các cấp Hội đã tập trung hoàn thành các chỉ tiêu năm, trong đó kết nạp 420 hội viên.", [(420, None)]),
    ("Hội LHPN xã hoàn thành các chỉ tiêu, trong đó giúp 15 hộ thoát nghèo.", [(15, None)]),
])
def test_a_past_horizon_and_targets_completed_stay_results(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # P8: the year's target asked of the rest of the year measures the result so far of its noun
    ("Sáu tháng đầu năm 2025, các cấp Hội kết nạp 317 hội viên; tổng số hội viên 27.614 người.\nCông tác giảm nghèo "
     "được quan tâm.\n6 tháng cuối năm, Hội phấn đấu hoàn thành kết nạp 600 hội viên theo chỉ tiêu năm.",
     [(317, 600), (27614, None), (600, 600)]),
    ("9 tháng, Hội đã kết nạp 380 hội viên. Quý IV, Hội phấn đấu kết nạp 450 hội viên theo kế hoạch năm.",
     [(380, 450), (450, 450)]),
    ("6 tháng đầu năm, Hội giúp 22 hộ thoát nghèo. Những tháng cuối năm, các chi hội phấn đấu giúp 40 hộ thoát nghèo "
     "theo chỉ tiêu cả năm.", [(22, 40), (40, 40)]),
    ("Sáu tháng đầu năm, Hội đã vận động được 1,2 tỷ đồng xây nhà. Thời gian còn lại, Hội phấn đấu vận động 2 tỷ đồng "
     "theo kế hoạch năm.", [(1.2e9, 2e9), (2e9, 2e9)]),
])
def test_the_years_target_asked_of_the_rest_of_the_year_measures_the_result_so_far(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # another year's result, another noun, a remainder ("thêm"), next year's target
    ("Năm 2024, Hội kết nạp 280 hội viên. 6 tháng cuối năm 2025, Hội phấn đấu kết nạp 600 hội viên theo chỉ tiêu năm.",
     [(280, None), (600, 600)]),
    ("Sáu tháng đầu năm, Hội giúp 12 hộ thoát nghèo. 6 tháng cuối năm, Hội phấn đấu kết nạp 600 hội viên theo chỉ tiêu "
     "năm.", [(12, None), (600, 600)]),
    ("6 tháng đầu năm, Hội giúp 22 hộ thoát nghèo. Những tháng cuối năm, Hội phấn đấu giúp thêm 18 hộ thoát nghèo "
     "theo chỉ tiêu năm.", [(22, None), (18, 18)]),
    ("Sáu tháng đầu năm, Hội kết nạp 317 hội viên. Năm 2026, Hội phấn đấu kết nạp 600 hội viên.",
     [(317, None), (600, 600)]),
])
def test_a_rest_of_year_target_leaves_other_results(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # P8: an amount told for a later year after it, in a sentence that reports nothing done
    ("Đại hội nhiệm kỳ 2025 - 2030 đề ra phương hướng mới. Dư nợ ủy thác đạt 70 tỷ đồng vào năm 2030.", [(70e9, 70e9)]),
    ("Đại hội nhiệm kỳ 2025 - 2030. Số hộ thoát nghèo tăng lên 300 hộ vào năm 2030.", [(300, 300)]),
    # guards: the text's own year, a deed told done, a text naming no time of its own
    ("Đại hội nhiệm kỳ 2025 - 2030. Nhiệm kỳ qua, dư nợ ủy thác đạt 60 tỷ đồng vào năm 2025.", [(60e9, None)]),
    ("Báo cáo năm 2025. Hội đã trao 50 suất quà vào năm 2026.", [(50, None)]),
    ("Hội trao 50 suất quà cho hội viên vào năm 2026.", [(50, None)]),
])
def test_an_amount_told_for_a_later_year(text, expected):
    assert marks(text) == _floats(expected)
