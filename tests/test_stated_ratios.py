"""A result over its target with the noun said after both numbers (issue 11, benchmarks/TARGETS.md "Left"):
"thành lập 643 tổ hợp tác/742 tổ hợp tác chỉ tiêu, đạt 86,7%" is the result (its target 742, its rate 86,7) and the
target stated beside it, two figures, whatever the noun: one word not in the vocabulary ("căn"), several words ("tổ
hợp tác", "hợp tác xã", "ngôi nhà"), followed by "chỉ tiêu", "kế hoạch", "KH" or "theo chỉ tiêu". Guards: a real
ratio ("45/52 chi hội", "12 chi hội/15 chi hội đạt vững mạnh": the noun twice, no target word), two things counted
("105 tổ/1.616 thành viên"), a target after the slash without its noun ("520 hội viên/500 chỉ tiêu"), the shape that
already worked ("1.978 hộ/2.000 hộ chỉ tiêu")."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def read(text: str) -> list[tuple]:
    """(quote, value, unit_class, target, achievement, is_target) of each figure."""
    return [(f["quote"], f["value"], f["unit_class"], f["target"], f["achievement_pct"], f["is_target"])
            for f in extract_facts(normalize_text(text))]


@pytest.mark.parametrize("text, expected", [
    ("Hội đã thành lập 643 tổ hợp tác/742 tổ hợp tác chỉ tiêu, đạt 86,7%.",
     [("643 tổ hợp tác", 643.0, "count", 742.0, 86.7, False), ("742 tổ hợp tác", 742.0, "count", 742.0, None, True),
      ("86,7%", 86.7, "percent", None, 86.7, False)]),
    ("Kết quả, các cấp Hội đã thành lập 264 tổ hợp tác/256 tổ hợp tác chỉ tiêu, đạt 103,1%.",
     [("264 tổ hợp tác", 264.0, "count", 256.0, 103.1, False),
      ("256 tổ hợp tác", 256.0, "count", 256.0, None, True), ("103,1%", 103.1, "percent", None, 103.1, False)]),
    ("Hội đã xây dựng “Mái ấm tình thương” 434 căn/339 căn chỉ tiêu, đạt 128%.",
     [("434 căn", 434.0, "count", 339.0, 128.0, False), ("339 căn", 339.0, "count", 339.0, None, True),
      ("128%", 128.0, "percent", None, 128.0, False)]),
    ("Trong năm, Hội thành lập 8 hợp tác xã/10 hợp tác xã theo chỉ tiêu, đạt 80%.",
     [("8 hợp tác xã", 8.0, "count", 10.0, 80.0, False), ("10 hợp tác xã", 10.0, "count", 10.0, None, True),
      ("80%", 80.0, "percent", None, 80.0, False)]),
    ("Vận động xây mới 21 căn nhà/25 căn nhà KH, đạt 84%.",
     [("21 căn nhà", 21.0, "count", 25.0, 84.0, False), ("25 căn nhà", 25.0, "count", 25.0, None, True),
      ("84%", 84.0, "percent", None, 84.0, False)]),
    ("Hỗ trợ thành lập 14 câu lạc bộ/12 câu lạc bộ kế hoạch, vượt 16,7%.",
     [("14 câu lạc bộ", 14.0, "count", 12.0, 116.7, False), ("12 câu lạc bộ", 12.0, "count", 12.0, None, True),
      ("16,7%", 16.7, "percent", None, 116.7, False)]),
])
def test_a_result_over_its_target_with_the_noun_said_twice(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a ratio: the noun said twice without a target word; once with it
    ("Có 12 chi hội/15 chi hội đạt vững mạnh.", [("12 chi hội/15", 12.0, "ratio", None, None, False)]),
    ("Toàn huyện có 45/52 chi hội đạt vững mạnh.", [("45/52 chi hội", 45.0, "ratio", None, None, False)]),
    # two things counted
    ("Toàn xã có 105 tổ/1.616 thành viên.",
     [("105 tổ", 105.0, "count", None, None, False), ("1.616 thành viên", 1616.0, "count", None, None, False)]),
    # the target after the slash without the noun: one figure, the result with its target
    ("Kết nạp 520 hội viên/500 chỉ tiêu, đạt 104%.",
     [("520 hội viên/500", 520.0, "count", 500.0, 104.0, False), ("104%", 104.0, "percent", None, 104.0, False)]),
    # the shape that worked before
    ("Số hộ được giúp thoát nghèo là 1.978 hộ/2.000 hộ chỉ tiêu, đạt 98,9%.",
     [("1.978 hộ", 1978.0, "count", 2000.0, 98.9, False), ("2.000 hộ", 2000.0, "count", 2000.0, None, True),
      ("98,9%", 98.9, "percent", None, 98.9, False)]),
])
def test_ratios_and_other_slashes_are_left_as_they_are(text, expected):
    assert read(text) == expected
