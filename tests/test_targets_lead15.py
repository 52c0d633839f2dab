"""The lead's rules of the fifteenth session: an election after a congress's target list is no target (iv22 FINDINGS
P10); a bracketed plan cut off from a count whose stated rate is not its quotient is not that count's plan (the
round-two guard of tests/test_rates_genre13b.py, broken by 2e18d53)."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text

CONGRESS = "Đại hội đại biểu Phụ nữ xã Tân Hòa lần thứ I, nhiệm kỳ 2025 - 2030\n"


def targets(text: str) -> dict[float, float | None]:
    return {f["value"]: f["target"] for f in extract_facts(normalize_text(text))}


@pytest.mark.parametrize("lists", [
    "2. Thông qua các chỉ tiêu nhiệm kỳ 2025 - 2030:\na) Hằng năm kết nạp mới 200 hội viên trở lên.\n"
    "b) Cả nhiệm kỳ giúp 40 hộ thoát nghèo.\n3. Đại hội bầu Ban Chấp hành gồm 15 đồng chí; bầu 5 đại biểu dự "
    "Đại hội Phụ nữ tỉnh.\n4. Giao Ban Chấp hành xây dựng chương trình hành động.",
    "Đại hội đề ra 2 chỉ tiêu chủ yếu:\n- Hằng năm kết nạp mới 200 hội viên trở lên.\n- Cả nhiệm kỳ giúp 40 hộ "
    "thoát nghèo.\n- Đại hội đã bầu 15 đồng chí vào Ban Chấp hành khóa I.",
])
def test_an_election_after_the_targets_is_no_target(lists):
    got = targets(CONGRESS + lists)
    assert got[200] == 200 and got[40] == 40  # the list's items stay targets
    assert got[15] is None


def test_a_rate_that_is_no_quotient_disowns_the_bracket():
    got = extract_facts(normalize_text("Hội LHPN tỉnh sơ kết công tác Hội 9 tháng đầu năm 2026\n"
                                       "Chi hội vận động 4 suất học bổng trị giá 8 triệu đồng, bằng 50% kế hoạch năm "
                                       "(10 suất)."))
    four = next(f for f in got if f["value"] == 4)
    assert four["target"] is None and four["achievement_pct"] == 50


def test_a_rate_that_is_its_quotient_keeps_the_bracket():
    got = extract_facts(normalize_text("Hội LHPN tỉnh sơ kết công tác Hội 9 tháng đầu năm 2026\n"
                                       "Chi hội vận động 4 suất học bổng trị giá 8 triệu đồng, bằng 40% kế hoạch năm "
                                       "(10 suất)."))
    four = next(f for f in got if f["value"] == 4)
    assert four["target"] == 10
