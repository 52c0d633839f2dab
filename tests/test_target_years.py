"""A target belongs to the period it is set for: a year's review that closes on next year's aims ("Năm 2026, Hội
phấn đấu …") measures those aims in 2026, not in the year reviewed (they were rows of the 2025 scorecard, "no result
yet", beside that year's results); a scorecard asked for no period shows the latest one with results. The reports
are invented, written the way the genre writes, and run through the real extractor."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import wuanalysis
from wuanalysis.measures import compute_measurements
from wuanalysis.scorecard import compute_scorecard
from wuanalysis.target_table import compute_targets

REVIEW_2025 = """HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH
Hội LHPN tỉnh tổng kết công tác Hội năm 2025
Ngày 22/12/2025, Hội LHPN tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025.
Trong năm, các cấp Hội kết nạp 4.120 hội viên mới, đạt 103% kế hoạch (4.000 hội viên); giúp 615 hộ thoát \
nghèo.
Năm 2026, Hội LHPN tỉnh phấn đấu kết nạp ít nhất 4.500 hội viên mới; hỗ trợ 800 hộ có sinh kế bền vững; \
thành lập mới 12 tổ hợp tác do phụ nữ làm chủ."""

CONGRESS_2025 = """HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH
Đại hội đại biểu Phụ nữ tỉnh Hà Tĩnh lần thứ XVIII, nhiệm kỳ 2025 - 2030
Ngày 12/8/2025, Đại hội đại biểu Phụ nữ tỉnh Hà Tĩnh lần thứ XVIII, nhiệm kỳ 2025 - 2030 đã khai mạc.
Nhiệm kỳ qua, các cấp Hội kết nạp 21.300 hội viên mới. Đại hội đề ra các chỉ tiêu: hằng năm kết nạp ít nhất \
4.000 hội viên mới; đến cuối nhiệm kỳ, thành lập mới 60 tổ hợp tác do phụ nữ làm chủ."""


def _write(folder: Path, **texts: str) -> Path:
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _measured(folder: Path, **texts: str) -> pd.DataFrame:
    corpus = wuanalysis.read_reports(_write(folder, **texts), workers=1)
    targets = compute_targets(corpus.documents, corpus.facts, None, corpus.texts)
    return compute_measurements(corpus.documents, corpus.facts, targets, corpus.texts)


def _targets(m: pd.DataFrame) -> set[tuple]:
    rows = m[m["role"] == "target"]
    return set(zip(rows["indicator"], rows["value"], rows["period_year"], rows["period_span"]))


@pytest.fixture(scope="module")
def review(tmp_path_factory) -> pd.DataFrame:
    return _measured(tmp_path_factory.mktemp("review"), tong_ket_2025=REVIEW_2025)


def test_next_years_aims_are_measured_in_next_year(review):
    assert {("members_new", 4500.0, 2026, "year"), ("livelihood_support_households", 800.0, 2026, "year")} <= \
        _targets(review)
    assert not any(year == 2025 and value in (4500, 800, 12) for _, value, year, _ in _targets(review))


def test_the_reviewed_years_results_keep_their_year_and_target(review):
    members = review[(review["role"] == "result") & (review["indicator"] == "members_new")].iloc[0]
    assert (members["period_year"], members["value"], members["target"], members["achievement_pct"]) == (
        2025, 4120, 4000, 103)


def test_the_default_scorecard_is_the_year_with_results_without_next_years_aims(review):
    card = compute_scorecard(review, "Hà Tĩnh")
    assert set(zip(card["period_year"], card["period_span"])) == {(2025, "year")}
    assert "livelihood_support_households" not in set(card["indicator"])
    assert not (card["status"] == "no_result").any()
    ahead = compute_scorecard(review, "Hà Tĩnh", 2026, "year")  # asked for: next year's aims, no result yet
    assert set(ahead["status"]) == {"no_result"} and 4500 in set(ahead["target"])


def test_a_plan_alone_is_read_for_its_own_year(tmp_path):
    head, aims = REVIEW_2025.split("\nNăm 2026")
    plan = head.split("\nTrong năm")[0] + "\nNăm 2026" + aims
    m = _measured(tmp_path, ke_hoach=plan.replace("tổng kết công tác Hội năm 2025", "triển khai kế hoạch năm 2026"))
    card = compute_scorecard(m, "Hà Tĩnh")
    assert set(card["period_year"]) == {2026} and 4500 in set(card["target"])


def test_a_terms_targets_stay_with_the_congress(tmp_path):
    """Guard: a congress's yearly and end-of-term targets are the term's, not moved to one year."""
    m = _measured(tmp_path, dai_hoi=CONGRESS_2025)
    years = {(value, year) for _, value, year, _ in _targets(m)}
    assert (4000.0, 2025) in years and (60.0, 2025) in years


def test_the_briefings_targets_section_lists_next_years_aims_apart(review, tmp_path):
    """The page of 2025 shows 2026's aims under their own heading, not yet due, and counts them in no outcome."""
    from wuanalysis.page_data import compute_targets_section
    from wuanalysis.sections import html_targets, targets_summary

    corpus = wuanalysis.read_reports(_write(tmp_path, tong_ket_2025=REVIEW_2025), workers=1)
    targets = compute_targets(corpus.documents, corpus.facts, None, corpus.texts)
    section = compute_targets_section(targets, review, "Hà Tĩnh", scorecard=compute_scorecard(review, "Hà Tĩnh"))
    ahead = section[section["kind"] == "ahead"]
    assert set(ahead["value"]) >= {4500, 800} and set(ahead["status"]) == {"upcoming"}
    assert not (section.loc[section["kind"] != "ahead", "period_start"] == 2026).any()
    assert ((section["kind"] == "stated") & (section["result_value"] == 4120)).any()
    assert sum(targets_summary(section).values()) == (section["kind"] != "ahead").sum()
    page = html_targets(section, "vi").data
    assert "Chỉ tiêu kỳ tới (2026)" in page and "Chưa đến kỳ" in page
    assert "Targets ahead (2026)" in html_targets(section, "en").data
