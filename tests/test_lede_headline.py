"""A report's headline figure of an indicator: a lede's rounded, hedged figure ("hơn 3.000 hội viên") gives way to
the exact figure of the same indicator the report states with its rate or target ("kết nạp 3.126 hội viên, đạt 104%
kế hoạch"); a breakdown ("trong đó …") and an exact figure without a rate never do. Invented reports."""
from __future__ import annotations

import pandas as pd
import pytest

from wuanalysis import read_reports
from wuanalysis.measures import compute_measurements
from wuanalysis.page_data import headline_figures
from wuanalysis.scorecard import compute_scorecard
from wuanalysis.wording import result_text

HEAD = "Hội LHPN tỉnh Hà Nam tổng kết công tác Hội năm 2024\n\n"


def measure(tmp_path, body: str) -> pd.DataFrame:
    (tmp_path / "r.txt").write_text(HEAD + body, encoding="utf-8")
    corpus = read_reports(tmp_path, workers=1)
    return compute_measurements(corpus.documents, corpus.facts, None, corpus.texts)


def headline(m: pd.DataFrame, indicator: str) -> pd.Series:
    rows = m[(m["indicator"] == indicator) & (m["role"] == "result") & m["headline"].astype(bool)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


@pytest.mark.parametrize(("body", "indicator", "value"), [
    ("Năm 2024, Hội LHPN tỉnh Hà Nam đã kết nạp hơn 3.000 hội viên mới. Kết quả cụ thể: toàn tỉnh kết nạp 3.126 "
     "hội viên mới, đạt 104% kế hoạch.", "members_new", 3126),
    ("Năm 2024, toàn tỉnh giúp gần 500 hộ thoát nghèo. Cụ thể, Hội đã giúp 487 hộ thoát nghèo (chỉ tiêu 450 hộ).",
     "households_out_of_poverty", 487),
    ("Trong năm, các cấp Hội kết nạp trên 2.000 hội viên mới. Toàn tỉnh kết nạp được 2.140 hội viên mới, vượt 7% "
     "chỉ tiêu.", "members_new", 2140),
    ("Năm 2024, toàn tỉnh có khoảng 120 hợp tác xã do phụ nữ quản lý được thành lập mới. Hội hỗ trợ thành lập "
     "mới 118 hợp tác xã, đạt 98% kế hoạch.", "cooperatives_new", 118),
])
def test_the_exact_figure_with_its_rate_or_target_speaks_for_the_indicator(tmp_path, body, indicator, value):
    m = measure(tmp_path, body)
    head = headline(m, indicator)
    assert head["value"] == value and head["qualifier"] == "exact"
    assert pd.notna(head["achievement_pct"])
    hedged = m[(m["indicator"] == indicator) & (m["role"] == "result") & (m["qualifier"] != "exact")]
    assert len(hedged) == 1 and not bool(hedged["headline"].iloc[0])  # the lede's figure is still kept, not lost


def test_the_card_shows_the_exact_figure_and_its_rate(tmp_path):
    m = measure(tmp_path, "Năm 2024, Hội LHPN tỉnh Hà Nam đã kết nạp hơn 3.000 hội viên mới. Kết quả cụ thể: toàn "
                          "tỉnh kết nạp 3.126 hội viên mới, đạt 104% kế hoạch.")
    cards = headline_figures(compute_scorecard(m, "Hà Nam"))
    card = cards[cards["indicator"] == "members_new"].iloc[0]
    assert card["value"] == 3126 and card["achievement_pct"] == 104


@pytest.mark.parametrize(("body", "indicator", "value"), [
    # a breakdown with its own rate is no headline: 600 is not "hơn 3.000"
    ("Năm 2024, Hội LHPN tỉnh Hà Nam đã kết nạp hơn 3.000 hội viên mới; riêng khối doanh nghiệp kết nạp 600 hội "
     "viên mới, đạt 120% kế hoạch.", "members_new", 3000),
    # an exact figure without a rate or target does not displace the lede
    ("Năm 2024, Hội LHPN tỉnh Hà Nam đã kết nạp hơn 3.000 hội viên mới. Riêng quý IV kết nạp 3.050 hội viên mới.",
     "members_new", 3000),
    # an exact lede stays the headline even when a later figure has a rate
    ("Năm 2024, Hội LHPN tỉnh Hà Nam kết nạp 3.126 hội viên mới. Khối doanh nghiệp kết nạp 3.200 hội viên mới, đạt "
     "104% kế hoạch.", "members_new", 3126),
    # a figure far from the hedge is another count, not the lede's exact figure
    ("Năm 2024, Hội LHPN tỉnh Hà Nam đã kết nạp hơn 3.000 hội viên mới. Lũy kế từ đầu nhiệm kỳ kết nạp 9.800 hội "
     "viên mới, đạt 98% chỉ tiêu nhiệm kỳ.", "members_new", 3000),
])
def test_near_misses_keep_the_first_figure(tmp_path, body, indicator, value):
    assert headline(measure(tmp_path, body), indicator)["value"] == value


def test_the_hedge_is_shown_as_the_report_wrote_it():
    assert result_text(3000, "count", "hội viên", "vi", qualifier="more_than", quote="hơn 3.000 hội viên") \
        == "hơn 3.000 hội viên"
    assert result_text(500, "count", "hộ", "vi", qualifier="nearly", quote="gần 500 hộ") == "gần 500 hộ"


@pytest.mark.parametrize(("body", "label"), [
    ('Chỉ tiêu xây dựng chi hội "5 có, 3 sạch" chỉ đạt 90% kế hoạch do một số xã còn chậm kiện toàn tổ chức.',
     'Chỉ tiêu xây dựng chi hội "5 có, 3 sạch"'),
    ("Số hội viên tham gia học tập trực tuyến cũng chỉ đạt 68% kế hoạch.", "Số hội viên tham gia học tập trực tuyến"),
    # guard: "mới" after a noun is "new" ("hội viên mới": new members), no adverb of the rate
    ("Chỉ tiêu kết nạp hội viên mới đạt 85% kế hoạch.", "Chỉ tiêu kết nạp hội viên mới"),
    ("Việc giới thiệu hội viên ưu tú cho Đảng xem xét kết nạp vẫn chưa đạt, chỉ bằng 88% kế hoạch.",
     "Việc giới thiệu hội viên ưu tú cho Đảng xem xét kết nạp"),
    ("Hoạt động đối thoại chính sách đạt 83% chỉ tiêu giai đoạn.", "Hoạt động đối thoại chính sách"),  # guard
])
def test_a_stated_rate_s_clause_ends_before_its_adverbs(tmp_path, body, label):
    """"… chỉ đạt 90%", "… vẫn chưa đạt, chỉ bằng 88%": the clause a rate names is the row's words on the page; "chỉ"
    (only), "chưa" (not yet) are the rate's, not the clause's last words."""
    m = measure(tmp_path, body)
    labels = set(m["rate_label"].dropna())
    assert label in labels, labels
