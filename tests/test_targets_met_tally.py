"""A report's count of targets met ("đạt và vượt 10/10 chỉ tiêu", "hoàn thành 11/12 chỉ tiêu", "8/9 chỉ tiêu đạt
và vượt") is its verdict on its targets: the ``targets_met`` headline, measured against the number of targets. A
breakdown of it ("trong đó 2/10 chỉ tiêu đạt", "2/10 chỉ tiêu đạt, 8 chỉ tiêu vượt", "vẫn còn 3 chỉ tiêu chưa đạt")
is never the headline and never measured against that number: a leader would read "20 % — chưa đạt". A real
shortfall ("đạt 6/9 chỉ tiêu, 3 chỉ tiêu chưa đạt") stays a shortfall. Invented reports (issue 11)."""
from __future__ import annotations

import pandas as pd
import pytest

from wuanalysis import read_reports
from wuanalysis.measures import compute_measurements
from wuanalysis.page_data import headline_figures
from wuanalysis.scorecard import compute_scorecard

HEAD = "Hội LHPN tỉnh Hà Nam tổng kết công tác Hội năm 2024\n\n"


def measure(tmp_path, body: str) -> pd.DataFrame:
    (tmp_path / "r.txt").write_text(HEAD + body, encoding="utf-8")
    corpus = read_reports(tmp_path, workers=1)
    return compute_measurements(corpus.documents, corpus.facts, None, corpus.texts)


def met_rows(m: pd.DataFrame) -> pd.DataFrame:
    return m[(m["indicator"] == "targets_met") & (m["role"] == "result")]


def the_headline(m: pd.DataFrame) -> pd.Series:
    rows = met_rows(m)
    rows = rows[rows["headline"].astype(bool)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


@pytest.mark.parametrize(("body", "value", "of"), [
    # the verdict and its breakdown in brackets; the verdict's words end on whose targets they are
    ("Năm 2024, Ban Chấp hành Hội LHPN tỉnh đã thực hiện đạt và vượt 12/12 chỉ tiêu so với Nghị quyết Trung ương "
     "giao (trong đó, có 9/12 chỉ tiêu vượt, 3/12 chỉ tiêu đạt).", 12, 12),
    ("Năm 2024, Hội LHPN tỉnh hoàn thành và vượt 9/9 chỉ tiêu Nghị quyết Đại hội, trong đó 2/9 chỉ tiêu đạt, "
     "7 chỉ tiêu vượt kế hoạch.", 9, 9),
    ("Năm 2024, 15/15 chỉ tiêu Nghị quyết Đại hội đại biểu phụ nữ tỉnh đề ra đều đạt và vượt.", 15, 15),
    ("Năm 2024, các cấp Hội đã hoàn thành 11/13 chỉ tiêu Nghị quyết Đại hội đề ra, trong đó 5 chỉ tiêu vượt "
     "kế hoạch.", 11, 13),
    # an exceeded count named first (a title's order) is a part of the verdict that follows it
    ("Năm 2024, Hội LHPN tỉnh vượt 4 chỉ tiêu, hoàn thành 10/12 chỉ tiêu thi đua.", 10, 12),
])
def test_the_count_of_targets_met_is_the_headline(tmp_path, body, value, of):
    head = the_headline(measure(tmp_path, body))
    assert head["value"] == value and head["target"] == of
    assert head["status"] == ("achieved" if value == of else "below")


@pytest.mark.parametrize("body", [
    "Năm 2024, Ban Chấp hành Hội LHPN tỉnh đã thực hiện đạt và vượt 12/12 chỉ tiêu so với Nghị quyết Trung ương "
    "giao (trong đó, có 9/12 chỉ tiêu vượt, 3/12 chỉ tiêu đạt).",
    # a breakdown alone: the targets met exactly and those exceeded
    "Năm 2024, Hội LHPN tỉnh có 3/12 chỉ tiêu đạt kế hoạch, 9 chỉ tiêu vượt kế hoạch.",
    "Năm 2024, trong 10 chỉ tiêu thi đua, Hội LHPN tỉnh đạt 2/10 chỉ tiêu, vượt 8 chỉ tiêu.",
    # the bracket opened by "trong đó" holds the breakdown, whatever else it lists
    "Năm 2024, Hội LHPN tỉnh đạt và vượt 10/10 chỉ tiêu Nghị quyết Đại hội (trong đó, có 8 nội dung vượt cao, "
    "2/10 chỉ tiêu đạt).",
])
def test_a_breakdown_is_never_a_shortfall(tmp_path, body):
    m = met_rows(measure(tmp_path, body))
    assert not m.empty
    assert not (m["status"] == "below").any(), m[["value", "target", "status"]]
    assert not ((m["value"] < 9) & m["headline"].astype(bool)).any()


def test_a_count_of_targets_not_met_is_no_headline(tmp_path):
    m = measure(tmp_path, "Năm 2024, các cấp Hội hoàn thành 9/12 chỉ tiêu. Tuy nhiên, vẫn còn 3 chỉ tiêu chưa đạt, "
                          "trong đó chỉ tiêu phát triển hội viên mới chỉ đạt 84,6%.")
    head = the_headline(m)
    assert head["value"] == 9 and head["status"] == "below"


@pytest.mark.parametrize(("body", "value", "of"), [
    # guards: a real shortfall stays one
    ("Năm 2024, Hội LHPN tỉnh đạt 6/9 chỉ tiêu, 3 chỉ tiêu chưa đạt.", 6, 9),
    ("Năm 2024, có 8/10 chỉ tiêu đạt và vượt so với lộ trình, 2 chỉ tiêu đạt thấp.", 8, 10),
    ("Năm 2024, Hội LHPN tỉnh hoàn thành 7/10 chỉ tiêu thi đua được giao.", 7, 10),
    ("Năm 2024, Hội LHPN tỉnh đạt 6/9 chỉ tiêu, trong đó 2 chỉ tiêu vượt kế hoạch.", 6, 9),
    ("Năm 2024, Hội LHPN tỉnh hoàn thành vượt mức 10/11 chỉ tiêu thi đua.", 10, 11),
])
def test_a_real_shortfall_stays_a_shortfall(tmp_path, body, value, of):
    head = the_headline(measure(tmp_path, body))
    assert head["value"] == value and head["target"] == of and head["status"] == "below"


def test_the_card_reads_the_verdict(tmp_path):
    m = measure(tmp_path, "Năm 2024, Ban Chấp hành Hội LHPN tỉnh đã thực hiện đạt và vượt 12/12 chỉ tiêu so với "
                          "Nghị quyết Trung ương giao (trong đó, có 9/12 chỉ tiêu vượt, 3/12 chỉ tiêu đạt).")
    cards = headline_figures(compute_scorecard(m, "Hà Nam"))
    card = cards[cards["indicator"] == "targets_met"]
    assert len(card) == 1 and card.iloc[0]["value"] == 12 and card.iloc[0]["status"] == "achieved"


def test_a_breakdown_with_its_rates_is_all_parts(tmp_path):
    m = met_rows(measure(tmp_path, "Năm 2024, Hội LHPN tỉnh hoàn thành 10/10 nhiệm vụ cụ thể, trong đó 9 chỉ tiêu "
                                   "đạt từ 120% - 300% và 1 chỉ tiêu đạt 100%."))
    assert set(m["value"].dropna()) == {9, 1} and not m["headline"].astype(bool).any()
