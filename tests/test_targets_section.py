"""The briefing's first section: each target of the province's current term and year, with the latest result,
achievement, status and pace, and both sentences a click away (issue 11 item 5); the overview's provinces × targets.

The reports are invented but written the way the genre writes (a congress with its list of targets, the next
annual review, a district's review of the same year) and go through the real pipeline (``wuanalysis.build``).
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from wuanalysis import build, charts, datadir, present, sections
from wuanalysis.comparisons import compute_target_overview
from wuanalysis.page_data import compute_targets_section
from wuanalysis.scorecard import compute_scorecard

from acceptance_reports import ANNUAL_2026, CONGRESS, DISTRICT_2026

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def bac_kan(tmp_path_factory):
    reports = tmp_path_factory.mktemp("reports")
    for name, text in {"dai_hoi": CONGRESS, "tong_ket_2026": ANNUAL_2026, "huyen_cho_don_2026": DISTRICT_2026}.items():
        (reports / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "out"
    build(reports, out, briefings=False, workers=1)
    return datadir.load_tables(out)


@pytest.fixture(scope="module")
def estimated(tmp_path_factory) -> Path:
    """The congress and the annual review whose 2.700 new members are an estimate ("ước thực hiện"), built."""
    reports = tmp_path_factory.mktemp("estimated")
    (reports / "dai_hoi.txt").write_text(CONGRESS, encoding="utf-8")
    (reports / "tong_ket.txt").write_text(ANNUAL_2026.replace("đã kết nạp 2.700", "ước thực hiện kết nạp 2.700"),
                                          encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "out"
    build(reports, out, briefings=False, workers=1)
    return out


@pytest.fixture(scope="module")
def seeds(seeds_tables):
    return datadir.load_tables(seeds_tables)


def said(row, lang="vi") -> str:
    from wuanalysis.wording import target_text

    return target_text(row.name, row["qualifier"], row["unit_class"], row["unit"], row["cadence"], row["basis"],
                       row["period"], lang)


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_load_tables_has_the_targets(bac_kan):
    t = bac_kan.targets
    assert {2500, 300, 25, 3, 85} <= set(t.loc[t["source"] == "text", "value"])


def test_each_target_of_the_term_with_its_latest_result(bac_kan):
    section = compute_targets_section(bac_kan.targets, bac_kan.measurements, "Bắc Kạn").set_index("value")
    assert list(section.index) == [2500, 300, 25, 3, 85]  # the order the congress listed them
    members = section.loc[2500]
    assert (members["result_value"], members["achievement_pct"], members["status"]) == (2700, 108.0, "exceeded")
    assert said(members) == "ít nhất 2.500 hội viên/năm" and said(members, "en") == "at least 2,500 members a year"
    assert section.loc[300, "status"] == "below" and section.loc[300, "achievement_pct"] == 93.3
    coops = section.loc[25]
    assert coops["status"] == "in_progress" and coops["elapsed_pct"] == pytest.approx(33.3) and not coops["on_pace"]
    assert said(coops) == "25 hợp tác xã đến cuối nhiệm kỳ 2025-2030"
    assert said(section.loc[3]).startswith("ít nhất 3 hộ mỗi cơ sở Hội")
    assert section.loc[85, "status"] == "no_data" and said(section.loc[85]).startswith("trên 85%")
    assert (section["year"] == 2026).all()


def test_a_districts_results_never_meet_the_provinces_targets(bac_kan):
    section = compute_targets_section(bac_kan.targets, bac_kan.measurements, "Bắc Kạn")
    assert not section["result_value"].isin([310, 45]).any()
    card = compute_scorecard(bac_kan.measurements, "Bắc Kạn", 2026, "year")
    assert not card["value"].isin([310, 45]).any()


def test_the_section_shows_both_sentences_a_click_away(bac_kan):
    section = compute_targets_section(bac_kan.targets, bac_kan.measurements, "Bắc Kạn")
    page = sections.html_targets(section, lang="vi").data
    assert "<script" not in page and page.count("<details") >= 4
    words = text_of(page)
    assert "ít nhất 2.500 hội viên/năm" in words and "2.700 hội viên" in words and "108%" in words
    assert "Vượt chỉ tiêu" in words and "Chưa đạt" in words and "Chưa có số liệu" in words
    assert "Đang thực hiện" in words and "chậm so với tiến độ" in words  # 8 of 25 when a third of the term is gone
    details = re.findall(r"<details.*?</details>", page, flags=re.S)
    first = text_of(next(d for d in details if "2.500" in d))
    assert "Hằng năm kết nạp ít nhất 2.500 hội viên mới" in first and "đã kết nạp 2.700 hội viên mới" in first
    en = text_of(sections.html_targets(section, lang="en").data)
    assert "at least 2,500 members a year" in en and "In progress" in en and "Exceeded" in en


def test_the_seed_briefing_leads_with_every_rate_below_target(seeds):
    """Bình Phước's seed states 83 %, 50 % and 38 % of the period's targets; the first section shows them."""
    card = compute_scorecard(seeds.measurements, "Bình Phước")
    section = compute_targets_section(seeds.targets, seeds.measurements, "Bình Phước", scorecard=card)
    stated = section[section["kind"] == "stated"]
    assert {83.0, 50.0, 38.0} <= set(stated.loc[stated["status"] == "below", "achievement_pct"])
    words = text_of(sections.html_targets(section, lang="vi").data)
    assert "hoạt động đối thoại chính sách" in words and "83%" in words and "38%" in words
    assert "Tỷ lệ đạt chưa rõ nội dung" not in words


def test_an_estimate_is_marked(estimated):
    tables = datadir.load_tables(estimated)
    section = compute_targets_section(tables.targets, tables.measurements, "Bắc Kạn").set_index("value")
    assert bool(section.loc[2500, "estimate"])
    assert "ước 2.700 hội viên" in text_of(sections.html_targets(section.reset_index(), lang="vi").data)


def test_the_overview_shows_provinces_by_targets(bac_kan, seeds):
    grid = compute_target_overview(bac_kan.targets, bac_kan.measurements)
    row = grid.set_index("value").loc[2500]
    assert (row["province"], row["outcome"]) == ("Bắc Kạn", "met")
    assert dict(zip(grid["value"], grid["outcome"])) == {2500: "met", 300: "below", 25: "in_progress",
                                                        3: "no_data", 85: "no_data"}
    page = present.table_target_overview(grid, lang="vi").as_raw_html()
    assert "Bắc Kạn" in page and "Đạt" in page and "Chưa đạt" in page


def test_load_tables_reads_a_written_targets_table(bac_kan, seeds_tables, tmp_path):
    """When build writes targets.parquet, load_tables reads it (and does not recompute it)."""
    from wuanalysis.corpus import write_table

    out = Path(shutil.copytree(seeds_tables, tmp_path / "out"))  # a private copy of the shared build
    marked = bac_kan.targets.assign(label_vi="đọc từ targets.parquet")
    write_table(marked, out / "targets.parquet")
    assert (datadir.load_tables(out).targets["label_vi"] == "đọc từ targets.parquet").all()


def test_a_users_targets_file_keeps_the_reports_targets(seeds_tables, tmp_path):
    path = tmp_path / "targets.csv"
    path.write_text("indicator,scope,period,period_span,value,unit,label_vi,source\n"
                    "members_new,Bình Phước,2023,year,4000,hội viên,Kết nạp 4.000 hội viên mới,kế hoạch 2023\n",
                    encoding="utf-8")
    tables = datadir.load_tables(seeds_tables, targets_path=path)
    assert "targets file" in set(tables.targets["source"]) and "text" in set(tables.targets["source"])
    m = tables.measurements
    members = m[(m["province"] == "Bình Phước") & (m["indicator"] == "members_new") & (m["role"] == "result")]
    assert 4000 in set(members["target"])


def test_the_scorecard_names_each_stated_rate_and_marks_estimates(seeds):
    card = compute_scorecard(seeds.measurements, "Bình Phước")
    page = present.table_scorecard(card, "vi").as_raw_html()
    words = text_of(page)
    assert "Hoạt động đối thoại chính sách" in words and "Tỷ lệ đạt chưa rõ nội dung" not in words
    assert "tập huấn lồng ghép giới cho cán bộ thôn, ấp (chương trình 3)" in words
    assert "ước 1.129" in words  # "dự kiến có 1.129 hộ": an estimate, not a result
    chart = charts.chart_achievement(card, "vi").to_dict()
    labels = {v["label"] for d in chart["datasets"].values() for v in d if "label" in v}
    assert "Hoạt động đối thoại chính sách" in labels


def test_the_workbook_and_the_index_say_what_the_report_said(seeds, tmp_path):
    from openpyxl import load_workbook

    from wuanalysis.workbook import write_scorecards

    wb = load_workbook(write_scorecards(seeds.measurements, tmp_path)[1])
    ws = wb["Bình Phước"]
    headers = [c.value for c in ws[1]]
    rows = [dict(zip(headers, r)) for r in ws.iter_rows(min_row=2, values_only=True)]
    by_label = {r["Nội dung"]: r for r in rows}
    assert by_label["Hoạt động đối thoại chính sách"]["Tỷ lệ đạt (%)"] == 83
    assert "Tỷ lệ đạt chưa rõ nội dung" not in by_label
    poor = [r for r in rows if r["Mã chỉ tiêu"] == "households_out_of_poverty"][0]
    assert poor["Kết quả như báo cáo ghi"] == "ước 1.129 hộ" and poor["Kết quả"] == 1129


def test_the_index_line_marks_an_estimate(estimated):
    from wuanalysis.pages import _headline_text

    line = _headline_text("Bắc Kạn", str(estimated), None, None, "vi")
    assert "ước 2.700 hội viên (108%)" in line


def test_a_stated_rate_that_disagrees_with_the_computed_one_is_marked():
    from wuanalysis.measures import MEASUREMENT_COLUMNS

    row = dict.fromkeys(MEASUREMENT_COLUMNS)
    row.update(measurement_id="a", province="Hà Nam", org_level="province", period_year=2026, period_span="year",
               indicator="members_new", topic="membership", role="result", unit_class="count", unit="hội viên",
               value=2700.0, qualifier="exact", target=2500.0, achievement_pct=115.0, achievement_source="stated",
               computed_pct=108.0, rate_mismatch=True, status="exceeded", conflict=False, n_sources=1,
               sentence="Kết nạp 2.700 hội viên mới, đạt 115% chỉ tiêu.", quote="2.700 hội viên", docs="a.txt")
    m = pd.DataFrame([row], columns=MEASUREMENT_COLUMNS)
    m["period_year"] = m["period_year"].astype("Int64")
    card = compute_scorecard(m, "Hà Nam")
    words = text_of(present.table_scorecard(card, "vi").as_raw_html())
    assert "tỷ lệ báo cáo nêu khác tỷ lệ tính được (108%)" in words


def test_evidence_and_notes_name_rows_in_words(seeds):
    from wuanalysis.page_data import compute_data_notes, compute_evidence

    card = compute_scorecard(seeds.measurements, "Bình Phước")
    evidence = text_of(present.table_evidence(compute_evidence(card, seeds.documents), "vi").as_raw_html())
    assert "Hoạt động đối thoại chính sách" in evidence and "Tỷ lệ đạt chưa rõ nội dung" not in evidence
    notes = compute_data_notes(card, seeds.issues, seeds.documents)
    ids = set(notes["indicator"].dropna())
    assert "grassroots_unions_strong_pct" in ids  # the notes carry ids ...
    words = text_of(present.table_data_notes(notes, "vi").as_raw_html())
    assert not any(i in words for i in ids)  # ... pages words


def test_a_merged_provinces_targets_name_their_province(seeds):
    card = compute_scorecard(seeds.measurements, "Đồng Nai")
    section = compute_targets_section(seeds.targets, seeds.measurements, "Đồng Nai", scorecard=card)
    words = text_of(sections.html_targets(section, "vi", province="Đồng Nai").data)
    assert "Hoạt động đối thoại chính sách (Bình Phước)" in words
