"""A target stated in brackets beside its result ("đạt 108,7% kế hoạch (kế hoạch 1.500 hộ)") is one target: the
result's stated target, never also a second row without an indicator that the briefing shows as an extra line
named by its sentence. Invented reports."""
from __future__ import annotations

import pandas as pd
import pytest

from wuanalysis import read_reports
from wuanalysis.linking import compute_targets

HEAD = "Hội LHPN tỉnh Hà Nam tổng kết công tác Hội năm 2026\n\n"


def text_targets(tmp_path, body: str) -> pd.DataFrame:
    (tmp_path / "r.txt").write_text(HEAD + body + "\n", encoding="utf-8")
    corpus = read_reports(tmp_path, workers=1)
    t = compute_targets(corpus.documents, corpus.facts, None, corpus.texts)
    return t[t["source"] == "text"]


@pytest.mark.parametrize(("body", "value"), [
    ("Năm 2026, Hội hỗ trợ 1.630 hộ phụ nữ nghèo, cận nghèo phát triển kinh tế, đạt 108,7% kế hoạch (kế hoạch "
     "1.500 hộ).", 1500),
    ("Năm 2026, các cấp Hội giúp 320 hộ thoát nghèo, đạt 106% (kế hoạch 300 hộ); vận động 86 căn nhà.", 300),
    ("Năm 2026, Hội kết nạp 2.650 hội viên mới, vượt 6% (chỉ tiêu: 2.500 hội viên).", 2500),
])
def test_a_bracketed_target_is_one_row_with_its_result_s_indicator(tmp_path, body, value):
    t = text_targets(tmp_path, body)
    rows = t[t["value"] == value]
    assert len(rows) >= 1 and rows["indicator"].notna().all(), rows[["target_id", "indicator"]]


def test_a_target_of_its_own_sentence_stays(tmp_path):
    t = text_targets(tmp_path, "Năm 2026, Hội hỗ trợ 1.630 hộ phụ nữ nghèo phát triển kinh tế, đạt 108,7% kế hoạch "
                               "(kế hoạch 1.500 hộ). Năm 2027, Hội đặt mục tiêu hỗ trợ 1.600 hộ phụ nữ phát triển "
                               "kinh tế.")
    assert 1600 in set(t["value"])  # a plan of its own, whatever its indicator, is kept


@pytest.mark.parametrize(("body", "value", "indicator"), [
    ("Năm 2026, Hội thành lập mới 17 tổ hợp tác, vượt chỉ tiêu năm (15 tổ hợp tác).", 15, "coop_groups_new"),
    ("Năm 2026, Hội kết nạp mới 1.280 hội viên, vượt 28% kế hoạch năm (1.000 hội viên), nâng tổng số hội viên lên "
     "48.915 người.", 1000, "members_new"),
])
def test_the_bracketed_target_is_its_result_s_whatever_indicator_its_words_suggest(tmp_path, body, value, indicator):
    rows = text_targets(tmp_path, body)
    rows = rows[rows["value"] == value]
    assert list(rows["indicator"]) == [indicator], rows[["target_id", "indicator"]]


def test_a_total_is_never_measured_against_the_new_members_target_beside_it(tmp_path):
    """"kết nạp mới 1.280 hội viên, vượt 28% kế hoạch năm (1.000 hội viên), nâng tổng số hội viên lên 48.915
    người": the 1.000 is the new members' target; the total read 4.891,5 % of it."""
    from wuanalysis.measures import compute_measurements

    (tmp_path / "r.txt").write_text(HEAD + "Năm 2026, Hội kết nạp mới 1.280 hội viên, vượt 28% kế hoạch năm (1.000 hội "
                                           "viên), nâng tổng số hội viên lên 48.915 người.\n", encoding="utf-8")
    corpus = read_reports(tmp_path, workers=1)
    m = compute_measurements(corpus.documents, corpus.facts, None, corpus.texts)
    total = m[(m["indicator"] == "members_total") & (m["role"] == "result")]
    assert len(total) == 1 and pd.isna(total["target"].iloc[0]) and pd.isna(total["achievement_pct"].iloc[0])
    new = m[(m["indicator"] == "members_new") & (m["role"] == "result")]
    assert new["achievement_pct"].iloc[0] == 128  # guard: the new members keep their stated rate
