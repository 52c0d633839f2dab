"""Issue 11: targets in bare sentences of a congress's or a plan's list, whatever the writing of their number ("02 lớp",
"hơn 09 hợp tác xã", "07 hộ"): a sentence opened by a cadence ("Bình quân mỗi năm …", "Hằng năm …") or by the text's
own union and a plain verb ("Hội LHPN xã … giúp 07 hộ …") continues a list of targets right after a sentence whose
figures are all targets, whichever rule set them ("Giai đoạn 2026 – 2030, 100% chi hội …", "Trong năm 2026, …").
Invented passages; guards: such a sentence after a review's result, one that reports ("đã", "được 3"), a union's stock
("có 1.250 hội viên"), a cadence that follows no target."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text

CONGRESS = ("Đại hội đại biểu Phụ nữ xã An Hòa lần thứ I, nhiệm kỳ 2025 – 2030\nNgày 12/7/2025, Hội LHPN xã An Hòa "
            "tổ chức Đại hội đại biểu Phụ nữ lần thứ I, nhiệm kỳ 2025 – 2030.\nĐại hội xác định tiếp tục đổi mới nội "
            "dung, phương thức hoạt động. ")
PLAN = ("Hội LHPN phường Tân Lập ban hành Kế hoạch công tác Hội và phong trào phụ nữ năm 2026\nNgày 20/1/2026, Hội "
        "LHPN phường Tân Lập ban hành Kế hoạch công tác Hội năm 2026.\nCác chỉ tiêu chủ yếu:\n")


def target_of(text: str, quote: str) -> float | None:
    facts = [f for f in extract_facts(normalize_text(text)) if f["quote"] == quote]
    assert len(facts) == 1, [f["quote"] for f in extract_facts(normalize_text(text))]
    return facts[0]["target"]


@pytest.mark.parametrize("body, quote, value", [
    ("Giai đoạn 2026 – 2030, 95% hội viên được tuyên truyền pháp luật. Bình quân mỗi năm Hội LHPN xã An Hòa tổ chức "
     "02 lớp tập huấn kỹ năng số cho hội viên.", "02 lớp", 2),
    ("Giai đoạn 2026 – 2030, 95% hội viên được tuyên truyền pháp luật. Bình quân mỗi năm Hội LHPN xã An Hòa tổ chức "
     "2 lớp tập huấn kỹ năng số cho hội viên.", "2 lớp", 2),
    ("Giai đoạn 2026 – 2030, 100% cán bộ Hội được học tập Nghị quyết. Mỗi năm, Hội Phụ nữ xã An Hòa vận động thành "
     "lập mới hơn 09 hợp tác xã có phụ nữ quản lý.", "hơn 09 hợp tác xã", 9),
    ("Giai đoạn 2026 – 2030, mỗi thôn giúp hơn 04 hộ gia đình đạt tiêu chí “5 không, 3 sạch”. Hàng năm hỗ trợ thành "
     "lập hơn 07 tổ hợp tác.", "hơn 07 tổ hợp tác", 7),
    ("Giai đoạn 2026 – 2030, 90% chi hội có mô hình tiết kiệm. Hằng năm, các chi hội nhận đỡ đầu 05 trẻ em mồ côi.",
     "05 trẻ em", 5),
])
def test_a_cadence_sentence_continues_a_congress_list(body, quote, value):
    assert target_of(CONGRESS + body, quote) == value


@pytest.mark.parametrize("body, quote, value", [
    ("Trong năm 2026, mỗi chi hội giúp từ 3 hộ trở lên thoát nghèo.\nHội LHPN phường Tân Lập giúp 07 hộ phụ nữ thoát "
     "nghèo trong năm.", "07 hộ", 7),
    ("Mỗi tổ dân phố tổ chức ít nhất 4 buổi sinh hoạt chuyên đề.\nHội LHPN phường Tân Lập hỗ trợ 06 phụ nữ khởi "
     "nghiệp.", "06 phụ nữ", 6),
    ("Phấn đấu 90% hội viên tham gia sinh hoạt.\nHội Liên hiệp Phụ nữ phường Tân Lập kết nạp 150 hội viên mới.",
     "150 hội viên", 150),
])
def test_the_plan_s_own_union_continues_a_list_of_lines(body, quote, value):
    assert target_of(PLAN + body, quote) == value


REVIEW = ("Hội LHPN xã An Hòa tổng kết công tác Hội năm 2025\nNgày 5/12/2025, Hội LHPN xã An Hòa tổ chức hội nghị tổng "
          "kết công tác Hội năm 2025.\n")


@pytest.mark.parametrize("text, quote", [
    # a cadence after a result: a review tells what it does each year
    (REVIEW + "Năm 2025, Hội kết nạp 120 hội viên mới. Hằng năm, Hội tổ chức 15 lớp tập huấn cho cán bộ chi hội.",
     "15 lớp"),
    # after a target, but reporting
    (CONGRESS + "Giai đoạn 2026 – 2030, 95% hội viên được tuyên truyền pháp luật. Hằng năm, Hội đã tổ chức 12 lớp "
     "tập huấn.", "12 lớp"),
    (PLAN + "Trong năm 2026, mỗi chi hội giúp từ 3 hộ trở lên thoát nghèo.\nHội LHPN phường Tân Lập vận động được 8 "
     "hộ thoát nghèo.", "8 hộ"),
    # the union's stock, no verb of a plan
    (PLAN + "Trong năm 2026, mỗi chi hội giúp từ 3 hộ trở lên thoát nghèo.\nHội LHPN phường Tân Lập có 1.250 hội "
     "viên.", "1.250 hội viên"),
    # the union's deed in a review
    (REVIEW + "Năm 2025, Hội kết nạp 120 hội viên mới. Hội LHPN xã An Hòa giúp 7 hộ thoát nghèo.", "7 hộ"),
])
def test_a_sentence_that_follows_no_target_or_reports_is_no_target(text, quote):
    assert target_of(text, quote) is None


LIST = CONGRESS + "Các chỉ tiêu chủ yếu:\nHàng năm giảm trên 5 % số hộ hội viên nghèo.\n"


@pytest.mark.parametrize("line, value", [
    ("Từ 85 % trở lên chi hội xếp loại vững mạnh trong nhiệm kỳ.", 85),
    ("Từ 90% trở lên hội viên được tuyên truyền pháp luật.", 90),
    ("Từ 300 hội viên trở lên được tập huấn kỹ năng số mỗi năm.", 300),
])
def test_a_line_opened_by_a_floor_from_continues_the_list(line, value):
    facts = [f for f in extract_facts(normalize_text(LIST + line)) if f["value"] == value]
    assert [f["target"] for f in facts] == [value]


@pytest.mark.parametrize("line, quote", [
    ("Từ 2021 đến nay, Hội kết nạp 320 hội viên.", "320 hội viên"),  # a span since a year, then a result
    ("Từ 15 chi hội ban đầu, nay toàn xã có 24 chi hội.", "24 chi hội"),  # a start, no floor
])
def test_a_line_opened_by_from_without_a_floor_is_no_continuation(line, quote):
    facts = [f for f in extract_facts(normalize_text(LIST + line)) if f["quote"] == quote]
    assert [f["target"] for f in facts] == [None]
