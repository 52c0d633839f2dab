"""Genre patterns found on a third fresh real set (checksets/rc3 FINDINGS A1–A3): each rule with invented
phrasings of other programmes, numbers and word orders."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def facts(text: str) -> list[dict]:
    return extract_facts(normalize_text(text))


def achievements(text: str) -> list[tuple]:
    """(value, achievement_pct) of every figure."""
    return [(f["value"], f["achievement_pct"]) for f in facts(text)]


# -- A1: an achievement stated as a multiple of the goal, with a hedge and "so với" -----------------------------
@pytest.mark.parametrize("text, expected", [
    ("Các cấp hội đã hỗ trợ hơn 25.000 phụ nữ khởi nghiệp (đạt gần gấp 4 lần so với mục tiêu đề ra).",
     [(25000, 400), (4, 400)]),
    ("Thành lập mới 312 tổ hợp tác do nữ làm chủ (đạt hơn 3,2 lần so với kế hoạch).",
     [(312, 320), (3.2, 320)]),
    ("Toàn tỉnh có hơn 9.400 doanh nghiệp nữ (đạt 1,3 lần so với chỉ tiêu).",
     [(9400, 130), (1.3, 130)]),
    ("Năm 2024, hội kết nạp 740 hội viên mới, đạt 1,5 lần so với kế hoạch năm.",
     [(740, 150), (1.5, 150)]),
    # the parenthesis far from its figure, after a comma
    ("Sau 8 năm, các cấp hội đã hỗ trợ hơn 42.000 phụ nữ khởi sự kinh doanh và khởi nghiệp, trong đó nhiều chị em "
     "dân tộc thiểu số ở vùng sâu, vùng xa (đạt gần gấp 5 lần so với mục tiêu đề ra).",
     [(42000, 500), (5, 500)]),
    ("Hơn 8.000 doanh nghiệp nữ được hỗ trợ tiếp cận vốn, thị trường và chuyển đổi số (đạt 1,6 lần so với mục tiêu).",
     [(8000, 160), (1.6, 160)]),
    # two figures joined by "và" before the parenthesis: unclear owner, only the multiple carries it
    ("Hỗ trợ thành lập hơn 160 hợp tác xã và trên 600 tổ hợp tác (đạt hơn 5,5 lần so với mục tiêu).",
     [(160, None), (600, None), (5.5, 550)]),
])
def test_multiple_of_the_goal_is_an_achievement(text, expected):
    assert achievements(text) == expected


@pytest.mark.parametrize("text", [
    "Số hội viên mới kết nạp năm 2023 tăng gấp 2 lần so với cùng kỳ.",
    "Tổng dư nợ ủy thác đạt 48 tỷ đồng, gấp 1,8 lần so với năm 2020.",
    "Số tổ hợp tác do nữ làm chủ đạt gần gấp 3 lần so với đầu nhiệm kỳ.",
])
def test_multiple_of_a_past_figure_is_growth(text):
    assert all(a is None for _, a in achievements(text))


def targets(text: str) -> list[tuple]:
    """(value, target) of every figure."""
    return [(f["value"], f["target"]) for f in facts(text)]


# -- A2: a new-term target list whose cue is in an earlier sentence of the same paragraph ------------------------
@pytest.mark.parametrize("text, expected", [
    ("Trong nhiệm kỳ tới, các cấp hội phụ nữ huyện Krông Pắc xác định tiếp tục đổi mới nội dung, phương thức hoạt "
     "động. Bên cạnh đó, 100% chi hội, 85% hội viên phụ nữ được học tập các nghị quyết của Đảng. Hằng năm có 15% "
     "phụ nữ được hỗ trợ vay vốn. Mỗi năm thành lập 2 tổ hợp tác.",
     [(100, 100), (85, 85), (15, 15), (2, 2)]),
    ("Nhiệm kỳ 2021-2026, Hội LHPN xã Tân Lập xác định tập trung vào ba khâu đột phá. Đồng thời, 95% hội viên được "
     "tuyên truyền về bình đẳng giới, 70% chi hội có mô hình tiết kiệm.",
     [(95, 95), (70, 70)]),
    ("Trong nhiệm kỳ đến, Hội phụ nữ phường An Khê phấn đấu xây dựng tổ chức hội vững mạnh. Ngoài ra, 90% hộ gia "
     "đình hội viên đạt danh hiệu gia đình văn hóa.",
     [(90, 90)]),
])
def test_target_scope_runs_on_in_the_paragraph(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize("text", [
    # a paragraph break and a caption end the scope: past-term results follow
    "Trong nhiệm kỳ tới, Đại hội xác định tiếp tục đổi mới phương thức hoạt động.\n\nCác đại biểu dự Đại hội.\n\n"
    "Bên cạnh đó, 92% hội viên tham gia các phong trào; 100% chi hội duy trì sinh hoạt.",
    # a sentence that reports results ends it
    "Trong nhiệm kỳ tới, Hội xác định tiếp tục đổi mới phương thức hoạt động. Nhiệm kỳ qua, Hội đã vận động 96% "
    "hội viên tham gia. Bên cạnh đó, 100% chi hội duy trì sinh hoạt.",
    # a mention of "mục tiêu, phương hướng" does not reach across a paragraph and a caption into past results
    "Đại hội thảo luận phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2021-2026 và xây dựng mục tiêu, phương hướng.\n\n"
    "Hình ảnh tại điểm cầu huyện.\n\n5 năm qua, phụ nữ huyện đã đóng góp tích cực, thu hút trên 88% hội viên "
    "tham gia; 100% chi hội tiếp tục thực hiện phong trào.",
])
def test_target_scope_stops_at_results_and_paragraphs(text):
    assert all(t is None for _, t in targets(text))


@pytest.mark.parametrize("text, expected", [
    # a past-term sentence without figures between a target and results ends the list of targets (rc3 A3)
    ("Nhiệm kỳ 2021-2026, Hội phấn đấu 95% hội viên được tập huấn kỹ năng.\n\nCác đại biểu dự Đại hội\n\n"
     "5 năm qua, phụ nữ thành phố đã đóng góp tích cực vào phát triển kinh tế. Trên 91% hội viên tham gia phong "
     "trào thi đua; 100% cơ sở hội tiếp tục thực hiện cuộc vận động.",
     [(95, 95), (91, None), (100, None)]),
    ("Phấn đấu mỗi năm giúp 40 hộ thoát nghèo. Nhiệm kỳ qua, các cấp hội đã tích cực vận động hội viên. 87% hộ "
     "hội viên đạt gia đình văn hóa.",
     [(40, 40), (87, None)]),
])
def test_past_term_sentence_ends_a_target_list(text, expected):
    assert targets(text) == expected
