"""Aims under a part-prefixed heading, a pact's counted contents, a target told in a sentence that looks back on the
result, and a list that does not run on after rated results (issue 11, iv12 FINDINGS P1, P9, P13; R's note on
target_sentences.all_targets), on invented phrasings, with guards: a review part, a reviewed year's heading, a pact
reviewed, next year's target, a list of targets that goes on.
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts


def marks(text: str) -> list[tuple]:
    return [(f["value"], f["target"]) for f in extract_facts(text)]


def _floats(expected: list[tuple]) -> list[tuple]:
    return [tuple(None if x is None else float(x) for x in row) for row in expected]


@pytest.mark.parametrize("text, expected", [
    # P1: the aims' heading carries the report's part number ("Phần II.", "PHẦN THỨ HAI:", "Phần B.", "Mục II.")
    ("PHẦN THỨ HAI: MỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2025 - 2030\n1. Kết nạp mới 12.000 hội viên.\n"
     "2. Giúp 1.500 hộ thoát nghèo.", [(12000, 12000), (1500, 1500)]),
    ("Phần B. Chỉ tiêu chủ yếu năm 2026\n1. Kết nạp 300 hội viên mới.\n2. Thành lập 5 tổ hợp tác.",
     [(300, 300), (5, 5)]),
    ("Mục II. Mục tiêu, chỉ tiêu năm 2026\n1. Kết nạp 300 hội viên mới.\n2. Thành lập 5 tổ hợp tác.",
     [(300, 300), (5, 5)]),
    ("Phần I. Kết quả nhiệm kỳ 2020 - 2025\nNhiệm kỳ qua, Hội đã kết nạp 8.200 hội viên.\n"
     "Phần 2: Mục tiêu, chỉ tiêu nhiệm kỳ 2025 - 2030\n- Mỗi năm kết nạp hơn 2.000 hội viên mới.\n"
     "- Tỷ lệ tập hợp phụ nữ đạt 90% trở lên.", [(8200, None), (2000, 2000), (90, 90)]),
])
def test_aims_under_a_part_heading(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # a review part, and the reviewed year's aims in its review, stay results
    ("Phần I. Kết quả thực hiện Nghị quyết nhiệm kỳ 2021 - 2026\n1. Kết nạp 9.800 hội viên.\n"
     "2. Giúp 1.200 hộ thoát nghèo.", [(9800, None), (1200, None)]),
    ("BÁO CÁO tổng kết công tác Hội năm 2025\nPhần II. Các chỉ tiêu chủ yếu năm 2025\n1. Kết nạp 500 hội viên mới.\n"
     "2. Thành lập 5 tổ hợp tác.", [(500, None), (5, None)]),
    # "Mục tiêu" itself is no part prefix
    ("Mục tiêu, chỉ tiêu năm 2026 được thông qua tại hội nghị.\nHội đã kết nạp 300 hội viên.", [(300, None)]),
])
def test_guards_of_part_headings(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # P9: a pact or adoption counting its contents before the colon
    ("Năm 2027, Cụm thống nhất 06 nội dung giao ước, trong đó: mỗi tỉnh kết nạp ít nhất 5.000 hội viên mới; toàn Cụm "
     "giúp 3.200 hộ thoát nghèo; 100% chi hội sinh hoạt định kỳ.", [(5000, 5000), (3200, 3200), (100, 100)]),
    ("Năm 2026, khối thi đua thống nhất 8 nội dung giao ước như sau: giúp 900 hộ thoát nghèo; thành lập 30 tổ hợp "
     "tác.", [(900, 900), (30, 30)]),
    ("Các tỉnh trong Cụm ký kết 5 nội dung thi đua gồm: vận động 2.000 hộ thoát nghèo; 95% cơ sở Hội xếp loại khá.",
     [(2000, 2000), (95, 95)]),
])
def test_a_pact_with_counted_contents(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # the contents reviewed
    ("Đã thống nhất 3 nội dung, kết quả: giúp 900 hộ thoát nghèo; thành lập 30 tổ hợp tác.", [(900, None), (30, None)]),
    ("Năm 2025, Cụm đã thực hiện 7 nội dung giao ước, trong đó: giúp 900 hộ thoát nghèo; thành lập 30 tổ hợp tác.",
     [(900, None), (30, None)]),
    ("Kết quả thực hiện 7 nội dung giao ước, trong đó: giúp 900 hộ thoát nghèo; thành lập 30 tổ hợp tác.",
     [(900, None), (30, None)]),
])
def test_guards_of_counted_pacts(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # P13: the result, then a sentence looking back on it that names its target later on
    ("Năm 2025, Hội kết nạp được 2.150 hội viên. Con số này chưa đạt yêu cầu bởi Tỉnh Hội giao chỉ tiêu năm 2025 là "
     "2.500 hội viên.", [(2150, 2500), (2500, 2500)]),
    ("Trong 9 tháng năm 2026, Hội đã giúp đỡ 640 hộ phụ nữ nghèo. Kết quả này vẫn còn thấp so với yêu cầu, bởi "
     "Nghị quyết giao chỉ tiêu năm 2026 là 900 hộ.", [(640, 900), (900, 900)]),
    # the target given as the reason ("vì chỉ tiêu/kế hoạch … là N")
    ("Các cấp Hội đã giúp 420 hộ thoát nghèo trong năm. Kết quả này còn thấp so với yêu cầu, vì chỉ tiêu năm là 600 "
     "hộ.", [(420, 600), (600, 600)]),
    ("Năm 2025, các cấp Hội đã giúp 420 hộ thoát nghèo. Con số này còn thấp vì kế hoạch năm 2025 là 600 hộ.",
     [(420, 600), (600, 600)]),
    ("Kế hoạch năm 2026 là 650 hộ thoát nghèo.", [(650, 650)]),
])
def test_a_target_told_looking_back_on_the_result(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # next year's target; another noun's; a sentence that does not look back
    ("Năm 2025, Hội đã giúp 420 hộ thoát nghèo. Con số này sẽ tăng, vì chỉ tiêu năm 2026 là 600 hộ.",
     [(420, None), (600, 600)]),
    ("Năm 2025, Hội đã giúp 420 hộ thoát nghèo. Con số này còn thấp, bởi chỉ tiêu năm 2025 là 600 hội viên.",
     [(420, None), (600, 600)]),
    ("Năm 2025, Hội đã giúp 420 hộ thoát nghèo. Huyện đề nghị nâng chỉ tiêu năm tới là 600 hộ.",
     [(420, None), (600, 600)]),
    # a purpose, a target with no amount told
    ("Vì mục tiêu giảm nghèo bền vững, năm 2025 Hội đã giúp 30 hộ.", [(30, None)]),
    ("Vì chỉ tiêu năm nay cao, Hội đã giúp 30 hộ thoát nghèo trong quý I.", [(30, None)]),
    # another place's target
    ("Năm 2025, Hội đã kết nạp 2.150 hội viên. Con số này cao hơn xã Tân Lập, nơi chỉ tiêu năm 2025 là 900 hội viên.",
     [(2150, None), (900, 900)]),
])
def test_guards_of_looking_back(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # R: results with their own rates and no target yet, then a target: no list of targets runs on after it
    ("Năm 2025, Hội kết nạp 520 hội viên (đạt 104%) và giúp 30 hộ thoát nghèo (đạt 120%), kế hoạch 25 hộ. 95% chi "
     "hội sinh hoạt định kỳ.", [(520, None), (104, None), (30, None), (120, None), (25, 25), (95, None)]),
    ("Năm 2026, Hội vận động 1,5 tỷ đồng (đạt 75%) và giúp 18 hộ thoát nghèo (đạt 90%), kế hoạch 20 hộ. 100% chi hội "
     "có mô hình.", [(1.5e9, None), (75, None), (18, None), (90, None), (20, 20), (100, None)]),
])
def test_rated_results_end_a_list(text, expected):
    assert marks(text)[-1] == _floats(expected)[-1]


@pytest.mark.parametrize("text, expected", [
    # a list of targets goes on
    ("Phấn đấu năm 2026 kết nạp 500 hội viên; giúp 30 hộ thoát nghèo. 95% chi hội sinh hoạt định kỳ.",
     [(500, 500), (30, 30), (95, 95)]),
])
def test_guards_of_rated_results(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # a share set in one sentence, the share reached told in the next, named by the same people and words
    ("Nghị quyết đặt mục tiêu mỗi năm có 80% hội viên được học tập chính sách, pháp luật. Sau 5 năm, Hội đã giúp 300 "
     "hộ thoát nghèo; tỷ lệ hội viên được tuyên truyền pháp luật hằng năm bình quân 86%.",
     [(80, 80), (300, None), (86, 80)]),
    ("Nghị quyết đề ra mục tiêu 75% phụ nữ được tập huấn kỹ năng số.\nSau 5 năm, tỷ lệ phụ nữ được tập huấn kỹ năng số "
     "đạt 81%.", [(75, 75), (81, 75)]),
    ("Chỉ tiêu năm 2025 là 90% chi hội tổ chức sinh hoạt định kỳ. Cuối năm, tỷ lệ chi hội tổ chức sinh hoạt định kỳ "
     "đạt 94%.", [(90, 90), (94, 90)]),
])
def test_a_share_reached_after_its_target(text, expected):
    assert marks(text) == _floats(expected)


@pytest.mark.parametrize("text, expected", [
    # another share, next year's share, a share set again
    ("Phấn đấu 90% hội viên được tập huấn kỹ năng. Tỷ lệ hội viên tham gia bảo hiểm xã hội đạt 30%.",
     [(90, 90), (30, None)]),
    ("Năm 2026 phấn đấu 95% hội viên được tuyên truyền pháp luật. Năm 2025, tỷ lệ hội viên được tuyên truyền pháp "
     "luật đạt 92%.", [(95, 95), (92, None)]),
    ("Nghị quyết đề ra mục tiêu 75% phụ nữ được tập huấn kỹ năng số.\n\nBáo cáo nêu rõ điều này.\n\nSau 5 năm, tỷ lệ "
     "phụ nữ được tập huấn kỹ năng số đạt 81%.", [(75, 75), (81, None)]),
    ("Chỉ tiêu năm 2025 là 90% chi hội tổ chức sinh hoạt định kỳ. Riêng xã Tân Lập, tỷ lệ chi hội tổ chức sinh hoạt "
     "định kỳ đạt 94%.", [(90, 90), (94, None)]),
])
def test_guards_of_shares_after_their_target(text, expected):
    assert marks(text) == _floats(expected)
