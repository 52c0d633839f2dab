"""The overview is a page a leader reads (issue 10), not a dump of every ranking and conflict: the rankings folded
to each indicator's latest ranked period with its highest and lowest few provinces, the conflicts counted per
province with the first few shown, and the whole tables one click away in the files the build writes beside the
page (said in both languages). The seeds' figures are reported again by other provinces, as the benchmarks'
corpus does, so that there is something to rank and to disagree on; the pages are the real notebook's.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from wuanalysis import pages, sections
from wuanalysis.comparisons import compute_conflicts_summary, compute_overview, compute_rankings_summary

# Bình Phước's 2023 figures again, each province's scaled: 9 provinces rank "members_new" (Bình Phước 4.094)
OTHERS = {"Hà Nam": 0.5, "Nam Định": 0.7, "Thái Bình": 0.9, "Ninh Bình": 1.1, "Hưng Yên": 1.3, "Hải Dương": 1.5,
          "Bắc Ninh": 1.7, "Vĩnh Phúc": 1.9}
# Lào Cai's two reports of 2023 disagree on five figures (two in the 9 months, three in the first half)
DISAGREE = [("9m", "members_new", 1200.0, 1350.0), ("9m", "gifts", 300.0, 320.0), ("6m", "members_new", 700.0, 760.0),
            ("6m", "households_out_of_poverty", 40.0, 44.0), ("6m", "charity_houses", 3.0, 4.0)]


@pytest.fixture(scope="module")
def nation(seeds_tables) -> pd.DataFrame:
    """The seeds' measurements, Bình Phước's 2023 results reported by eight more provinces (and an older period by
    two of them), and Lào Cai's two disagreeing reports."""
    m = pd.read_parquet(seeds_tables / "measurements.parquet")
    bp = m[(m["province"] == "Bình Phước") & (m["role"] == "result") & m["value"].notna()]
    parts = [m]
    for province, factor in OTHERS.items():
        parts.append(bp.assign(province=province, province_2025=None, value=(bp["value"] * factor).round(),
                               docs=f"{province}.txt", measurement_id=bp["measurement_id"] + province))
    for province in ("Hà Nam", "Nam Định"):  # 2022: an older period, two provinces rank in it
        parts.append(bp.assign(province=province, province_2025=None, period_year=2022, docs=f"{province}-2022.txt",
                               measurement_id=bp["measurement_id"] + province + "2022"))
    template = bp[bp["indicator"] == "members_new"].iloc[:1]
    clash = []
    for span, indicator, *values in DISAGREE:
        for value, doc in zip(values, ("lao-cai/a.txt", "lao-cai/<b>.txt")):
            clash.append(template.assign(province="Lào Cai", province_2025=None, period_span=span, indicator=indicator,
                                         value=value, conflict=True, docs=doc, quote=f"{value:g}",
                                         measurement_id=f"lc|{span}|{indicator}|{value}"))
    parts += clash
    out = pd.concat(parts, ignore_index=True)
    out["period_year"] = out["period_year"].astype("Int64")
    return out


def test_rankings_fold_to_the_latest_period_and_its_ends(nation):
    overview = compute_overview(nation)
    summary = overview["rankings_summary"]
    new = summary[summary["indicator"] == "members_new"]
    # 2023 is the latest period ranked (2022 ranks two provinces; Lào Cai's 9 months are its own)
    assert set(zip(new["period_year"], new["period_span"])) == {(2023, "year")} and set(new["n"]) == {9}
    top, bottom = new[new["end"] == "top"], new[new["end"] == "bottom"]
    assert list(zip(top["rank"], top["province"], top["value"])) == [
        (1, "Vĩnh Phúc", 7779.0), (2, "Bắc Ninh", 6960.0), (3, "Hải Dương", 6141.0)]
    assert list(zip(bottom["rank"], bottom["province"])) == [(7, "Thái Bình"), (8, "Nam Định"), (9, "Hà Nam")]
    # one row per indicator and unit class at most 2 × 3 provinces; the whole table has them all
    assert summary.groupby(["indicator", "unit_class"]).size().max() == 6
    assert len(summary) < len(overview["rankings"])
    assert set(summary["indicator"]) <= set(overview["rankings"]["indicator"])
    assert summary["value"].notna().all()  # a rate stated without its figure ranks nothing


def test_few_provinces_are_all_shown_once():
    rankings = pd.DataFrame({"period_year": [2023] * 4, "period_span": ["year"] * 4, "indicator": ["members_new"] * 4,
                             "province": ["A", "B", "C", "D"], "value": [4.0, 3.0, 2.0, 1.0],
                             "unit_class": ["count"] * 4, "unit": ["hội viên"] * 4, "rank": [1, 2, 3, 4], "n": [4] * 4})
    summary = compute_rankings_summary(rankings, few=3)
    assert list(summary["province"]) == ["A", "B", "C", "D"] and set(summary["end"]) == {"top"}
    assert compute_rankings_summary(rankings.iloc[:0]).empty


def test_conflicts_are_counted_per_province_and_the_first_shown(nation):
    overview = compute_overview(nation)
    summary = compute_conflicts_summary(overview["conflicts"], few=3)
    assert set(summary["province"]) == {"Lào Cai"}
    assert set(summary["n_figures"]) == {5} and set(summary["n_rows"]) == {10}
    # the latest period first, then the catalogue's order
    assert list(zip(summary["period_span"], summary["indicator"])) == [
        ("9m", "members_new"), ("9m", "gifts"), ("6m", "members_new")]
    first = summary.iloc[0]
    assert first["values"] == [1200.0, 1350.0] and first["units"] == ["hội viên", "hội viên"]
    assert first["docs"] == "lao-cai/a.txt; lao-cai/<b>.txt"
    assert compute_conflicts_summary(overview["conflicts"].iloc[:0]).empty


@pytest.mark.parametrize("lang, words", [
    ("vi", ["Cao nhất", "Thấp nhất", "1. Vĩnh Phúc", "7.779 hội viên", "và 2 số liệu khác", "Bảng đầy đủ"]),
    ("en", ["Highest", "Lowest", "1. Vĩnh Phúc", "7,779 members", "and 2 more", "The whole table"]),
])
def test_the_folded_sections_say_where_the_whole_tables_are(nation, lang, words):
    overview = compute_overview(nation)
    page = (sections.html_rankings_summary(overview["rankings_summary"], len(overview["rankings"]), lang).data
            + sections.html_conflicts_summary(overview["conflicts_summary"], len(overview["conflicts"]), lang).data)
    for word in words:
        assert word in page, word
    assert page.count('href="measurements.csv"') == 2 and page.count('href="scorecards.xlsx"') == 2
    assert "lao-cai/&lt;b&gt;.txt" in page and "<b>.txt" not in page  # report text escaped


def test_empty_sections_say_so_in_both_languages():
    empty = pd.DataFrame()
    for lang, none in (("vi", "Chưa có nội dung nào"), ("en", "No indicator is reported")):
        assert none in sections.html_rankings_summary(empty, 0, lang).data
    for lang, none in (("vi", "Không có số liệu nào"), ("en", "No two reports disagree")):
        assert none in sections.html_conflicts_summary(empty, 0, lang).data


def test_the_seeds_overview_is_folded_and_has_no_empty_whole_table_line(seeds_site):
    page = (seeds_site / "overview.html").read_text(encoding="utf-8")
    assert 'class="wu-rankings"' in page and 'class="wu-conflicts"' in page
    assert 'id="rankings"' not in page and 'id="conflicts"' not in page  # the great-tables dumps are gone
    assert "Chưa có nội dung nào được hai tỉnh trở lên báo cáo cùng kỳ" in page  # the seeds: one period each
    assert "Không có số liệu nào các báo cáo ghi khác nhau" in page
    assert "Bảng đầy đủ" not in page  # nothing folded away, so no "whole table (0 rows)" line to follow


@pytest.fixture
def nation_folder(nation, seeds_tables, tmp_path) -> Path:
    """A build folder whose measurements are the nation's."""
    data = tmp_path / "data"
    shutil.copytree(seeds_tables, data, ignore=shutil.ignore_patterns(".wuanalysis"))
    nation.to_parquet(data / "measurements.parquet", index=False)
    return data


def test_the_whole_tables_are_one_click_away_beside_the_page(nation_folder, pages_in_warm_kernel):
    data = nation_folder
    # one page, here, in this process's warm kernel (conftest.py) rather than a new one
    result = pages.render_all(data, data, provinces=[], workers=1, warm=False)
    page = Path(result["html"].iloc[0]).read_text(encoding="utf-8")
    assert "Bảng đầy đủ" in page
    for name in ("measurements.csv", "scorecards.xlsx"):  # relative links: the overview sits beside the files
        assert f'href="{name}"' in page
    assert (Path(result["html"].iloc[0]).parent / "measurements.csv").is_file()  # (the workbook comes with pages)


def test_an_english_overview_of_many_provinces(nation_folder, pages_in_warm_kernel, tmp_path):
    """The real notebook on a build folder whose measurements are the nation's: the page shows the folds."""
    result = pages.render_all(nation_folder, tmp_path / "site", provinces=[], workers=1, warm=False, lang="en")
    assert list(result["status"]) == ["ok"], result["error"].tolist()
    page = Path(result["html"].iloc[0]).read_text(encoding="utf-8")
    for word in ("Highest", "1. Vĩnh Phúc", "Lào Cai", "and 2 more", "The whole table"):
        assert word in page, word
