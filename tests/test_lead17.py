"""The lead's fixes of the seventeenth session, each with invented phrasings of the genre (and guards)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import wuanalysis
from wuanalysis.measures import compute_measurements
from wuanalysis.rate_ties import UNASSIGNED


def _measure(tmp_path: Path, body: str) -> pd.DataFrame:
    (tmp_path / "r.txt").write_text("Hội LHPN tỉnh Nghệ An tổng kết công tác Hội năm 2025\n" + body + "\n",
                                    encoding="utf-8")
    corpus = wuanalysis.read_reports(tmp_path, workers=1)
    return compute_measurements(corpus.documents, corpus.facts)


# A rate told after a tally of targets is another target's ("riêng chỉ tiêu …", "các chỉ tiêu còn lại"), never the
# tally's: the tally's own achievement is its quotient (9/10 → 90 %); the rate stands alone, under the indicator its
# own words name.
@pytest.mark.parametrize("body, rate, indicator", [
    ("Năm 2025, Hội đạt và vượt 9/10 chỉ tiêu thi đua, riêng chỉ tiêu phụ nữ được hỗ trợ chuyển đổi số mới đạt 82%.",
     82, "digital_trained"),
    ("Hội LHPN tỉnh hoàn thành và vượt 9/10 chỉ tiêu, trong đó nhiều chỉ tiêu vượt xa nghị quyết: hỗ trợ hộ phụ nữ "
     "thoát nghèo vượt 52%.", 152, "households_out_of_poverty"),
    ("Trong 10 chỉ tiêu Đại hội giao, có 9/10 chỉ tiêu đạt và vượt, chỉ tiêu còn lại đạt trên 90%.", 90, UNASSIGNED),
])
def test_a_rate_after_a_tally_of_targets_is_not_the_tallys(tmp_path, body, rate, indicator):
    m = _measure(tmp_path, body)
    tally = m[(m["indicator"] == "targets_met") & (m["value"] == 9)].iloc[0]
    assert (tally["target"], tally["achievement_pct"]) == (10, 90)
    rates = m[m["rate_label"].notna()]
    assert rates["achievement_pct"].tolist() == [rate]
    assert rates["indicator"].tolist() == [indicator]  # (a rate's words naming "chỉ tiêu" name no tally)


def test_a_rates_label_starts_after_the_lists_colon(tmp_path):
    m = _measure(tmp_path, "Năm 2025 nhiều chỉ tiêu vượt xa nghị quyết: hỗ trợ hộ phụ nữ thoát nghèo vượt 52%.")
    assert m.loc[m["rate_label"].notna(), "rate_label"].tolist() == ["hỗ trợ hộ phụ nữ thoát nghèo"]


@pytest.mark.parametrize("body, value, rate", [
    ("Năm 2025, Hội kết nạp 1.200 hội viên mới, đạt 120% kế hoạch.", 1200, 120),  # the rate's words name nothing
    ("Hội kết nạp 600 hội viên mới, vượt chỉ tiêu 20%.", 600, 120),  # "vượt chỉ tiêu" is a verdict, not a tally
    ("Hội vận động kết nạp 1.200 hội viên mới, hoàn thành chỉ tiêu kết nạp hội viên đạt 120%.", 1200, 120),
])
def test_guard_a_rate_still_goes_to_its_result(tmp_path, body, value, rate):
    m = _measure(tmp_path, body)
    row = m[(m["indicator"] == "members_new") & (m["value"] == value)].iloc[0]
    assert row["achievement_pct"] == rate
    assert rate not in set(m.loc[m["rate_label"].notna(), "achievement_pct"])
    assert UNASSIGNED not in set(m["indicator"])


@pytest.mark.parametrize("body, label", [
    ("Đến nay, 7/9 chỉ tiêu đạt và vượt, 2 chỉ tiêu còn lại đều đạt từ 80%.", "còn lại"),
    ("Năm 2025, Hội đạt 7/9 chỉ tiêu; các chỉ tiêu còn lại đều đạt từ 85%.", "các chỉ tiêu còn lại"),
])
def test_a_rates_label_leaves_out_the_rates_own_adverbs(tmp_path, body, label):
    m = _measure(tmp_path, body)
    assert m.loc[m["rate_label"].notna(), "rate_label"].tolist() == [label]
