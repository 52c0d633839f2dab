"""Reports above the province (issue 12, "Scope"): the competition cluster's report of the seeds (004: "Cụm thi đua
Đồng bằng sông Hồng", 7.046 hộ thoát nghèo …) has its own page, naming the cluster's member provinces and linked
from the index; the central union's reports are a section of the overview. Their figures are shown as the report
said them and are no province's."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from wuanalysis import briefing, page_data, present, sections
from wuanalysis.catalogue import load_clusters
from wuanalysis.notebook_runs import render_cluster

ROOT = Path(__file__).resolve().parents[1]
PAGE = "cluster-cum-thi-dua-cac-tinh-dong-bang-song-hong.html"
MEMBERS = ("Bắc Ninh", "Hà Nam", "Hải Dương", "Hưng Yên", "Nam Định", "Ninh Bình", "Quảng Ninh", "Thái Bình",
           "Vĩnh Phúc")


@pytest.fixture(scope="module")
def site(seeds_site) -> Path:
    """The README's main job on the seeds (conftest.py): the cluster page is one of its pages."""
    return seeds_site


def test_the_cluster_report_has_a_page_showing_its_figures_and_members(site):
    page = (site / "briefings" / PAGE).read_text(encoding="utf-8")
    assert "<title>Cụm thi đua các tỉnh Đồng bằng sông Hồng</title>" in page
    assert "7.046 hộ" in page and "trên 3 tỷ đồng" in page and "gần 16,5 tỷ đồng" in page  # qualifiers kept
    assert "Tỉnh thành viên (9): " + ", ".join(MEMBERS) in page
    assert "18/11/2022" in page and "Năm 2022" in page
    assert "from wuanalysis import" not in page  # code hidden, as on a province's page


def test_the_index_links_the_cluster_page(site):
    index = (site / "index.html").read_text(encoding="utf-8")
    clusters = index[index.index('<table id="clusters">'):]
    assert f'href="briefings/{PAGE}"' in clusters and "7.046 hộ" in clusters
    assert "2 bản tin" in index  # the count is of the provinces' briefings


def test_the_page_count_includes_the_cluster_page(site):
    from wuanalysis.datadir import load_tables
    from wuanalysis.pages import page_count

    tables = load_tables(site)
    assert page_count(tables.measurements, tables.documents) == 4 == len(list(site.glob("briefings/*.html"))) + 1


def test_no_province_page_holds_the_cluster_figures(site):
    for province in ("binh-phuoc", "bac-kan"):
        assert "7.046" not in (site / "briefings" / f"{province}.html").read_text(encoding="utf-8")


def test_the_cluster_page_opens_offline(site, tmp_path):
    from test_browser import CHROMIUM, open_page, page_layout, static_remote_refs

    if not Path(CHROMIUM).exists():
        pytest.skip("headless Chromium not installed")
    page = site / "briefings" / PAGE
    assert static_remote_refs(page.read_text(encoding="utf-8")) == []
    dom, requests, _ = open_page(page, tmp_path, "cluster")
    assert requests == [] and "7.046 hộ" in dom and not re.search(r"<script\b", dom)
    layout = page_layout(page, tmp_path, "cluster")
    assert len(layout["cards"]) == 4 and max(c["bottom"] for c in layout["cards"]) <= 800  # on the first screen
    assert layout["clipped"] == []  # no chart text outside its chart or cut (test_browser.py leaves this page here)
    assert layout["height"] < 2500  # 11 figures with their sentences: one short page (1464 px at 1280)


def test_the_english_cluster_page_has_no_vietnamese_interface_words(site, tmp_path, pages_in_warm_kernel):
    from test_page_languages import VI_LETTER, interface_text

    page = render_cluster("red_river_delta", tmp_path, site, lang="en").read_text(encoding="utf-8")
    words = sorted({w for w in re.findall(r"\w+", interface_text(page)) if VI_LETTER.search(w)})
    assert words == [], words
    assert "Red River Delta" in page and "7,046 households" in page and "more than 3 billion VND" in page


def test_an_unknown_cluster_names_the_pages_there_are(site, tmp_path):
    with pytest.raises(ValueError, match="no cluster report.*cluster pages: red_river_delta"):
        render_cluster("central_cities", tmp_path, site)


# ---------------------------------------------------------------- the tables behind the page


def documents(*rows: dict) -> pd.DataFrame:
    base = {"doc": "a.txt", "title": None, "published": None, "org_level": "cluster", "province": None,
            "period_year": 2022, "period_span": "year"}
    return pd.DataFrame([{**base, **r} for r in rows])


def test_a_report_is_matched_to_the_cluster_its_title_names():
    docs = documents({"doc": "a.txt", "title": "Cụm thi đua Đồng bằng sông Hồng: Đạt và vượt 8 chỉ tiêu"},
                     {"doc": "b.txt", "title": "Hội nghị cụm thi đua số 3"},
                     {"doc": "c.txt", "title": "Báo cáo tỉnh", "org_level": "province"})
    reports = page_data.compute_above_reports(docs, load_clusters())
    assert list(reports["doc"]) == ["a.txt", "b.txt"]
    assert list(reports["cluster_id"]) == ["red_river_delta", None]
    assert reports["members"].iloc[0] == MEMBERS and reports["members"].iloc[1] == ()
    assert page_data.cluster_pages(reports) == {"red_river_delta": ["a.txt"], "b.txt": ["b.txt"]}


def hostile() -> tuple[pd.DataFrame, pd.DataFrame]:
    evil = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    reports = pd.DataFrame([{"doc": "e.txt", "org_level": "cluster", "cluster_id": None, "cluster_name": evil,
                             "members": (), "title": evil + " Cụm thi đua", "published": "2022-11-18",
                             "period_year": 2022, "period_span": "year"}])
    figures = pd.DataFrame([{"doc": "e.txt", "indicator": "households_out_of_poverty", "rate_label": None,
                             "unit_class": "count", "unit": "hộ", "value": 7046.0, "qualifier": "more_than",
                             "estimate": False, "achievement_pct": None, "status": "no_target",
                             "quote": "hơn 7.046 hộ", "sentence": evil + " giúp hơn 7.046 hộ thoát nghèo.",
                             "combined": False}])
    return reports, figures


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_hostile_cluster_report_is_escaped(lang):
    reports, figures = hostile()
    parts = [sections.html_cluster_title(reports, lang).data,
             sections.html_headlines(page_data.headline_figures(figures), lang).data,
             present.table_report_figures(figures, reports, lang).as_raw_html(),
             present.html_central_reports(reports, figures, lang).data]
    for part in parts:
        assert "<script>" not in part and "<img src=x" not in part
    assert "&lt;script&gt;" in parts[0] and "&lt;script&gt;" in parts[2]
    assert ("hơn 7.046 hộ" if lang == "vi" else "more than 7,046 households") in parts[1]


def test_a_hostile_cluster_line_on_the_index_is_escaped(tmp_path):
    result = pd.DataFrame([{"province": "<b>Cụm</b>", "slug": "cluster-x", "status": "ok",
                            "html": str(tmp_path / "briefings" / "cluster-x.html"), "notebook": None, "error": None,
                            "headlines": "<script>x</script>", "seconds": 1.0}], columns=briefing.RESULT_COLUMNS)
    page = briefing.render_index(result, tmp_path).read_text(encoding="utf-8")
    assert "<script>x" not in page and "&lt;script&gt;x" in page and "&lt;b&gt;Cụm" in page
    assert '<table id="clusters">' in page and "0 bản tin" in page


def test_the_overview_lists_central_reports_and_nothing_without_them():
    docs = documents({"doc": "tw.txt", "org_level": "central", "title": "Báo cáo Trung ương Hội năm 2022"})
    measurements = pd.DataFrame([{"doc": "tw.txt", "docs": "tw.txt", "org_level": "central", "role": "result",
                                  "province": None, "indicator": "households_out_of_poverty", "rate_label": None,
                                  "unit_class": "count", "unit": "hộ", "value": 55000.0, "qualifier": "at_least",
                                  "estimate": False, "achievement_pct": None, "status": None,
                                  "quote": "ít nhất 55.000 hộ", "sentence": "Giúp ít nhất 55.000 hộ thoát nghèo."}])
    central = page_data.compute_above_reports(docs, load_clusters(), "central")
    figures = page_data.compute_report_figures(measurements, central["doc"])
    vi = present.html_central_reports(central, figures, "vi").data
    assert "Báo cáo cấp Trung ương" in vi and "ít nhất 55.000 hộ" in vi and "Báo cáo Trung ương Hội năm 2022" in vi
    en = present.html_central_reports(central, figures, "en").data
    assert "Central reports" in en and "at least 55,000 households" in en
    none = page_data.compute_above_reports(documents({"org_level": "province"}), load_clusters(), "central")
    assert present.html_central_reports(none, figures.iloc[:0], "vi").data == ""


# ---------------------------------------------------------------- the cluster a cluster report is about


@pytest.mark.parametrize("text, place", [
    # seed 004: the headline's short form, the body's full one
    ((ROOT / "seeds" / "004_3e3c112e424d7ca8.txt").read_text(encoding="utf-8"),
     "Cụm thi đua các tỉnh Đồng bằng sông Hồng"),
    ("Cụm thi đua số 1 tổng kết năm 2024\nNgày 10/12/2024, tại tỉnh Lào Cai, Cụm thi đua số 1 tổ chức hội nghị tổng "
     "kết công tác thi đua năm 2024.", "Cụm thi đua số 1"),
    ("CỤM THI ĐUA 5 THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG TỔNG KẾT NĂM 2023\nNgày 5/12, Cụm thi đua 5 thành phố trực thuộc "
     "Trung ương tổ chức hội nghị tổng kết.", "Cụm thi đua 5 thành phố trực thuộc Trung ương"),
    ("Cụm thi đua các tỉnh Tây Nguyên ký kết giao ước thi đua năm 2025\nHội nghị do Hội LHPN tỉnh Gia Lai đăng cai.",
     "Cụm thi đua các tỉnh Tây Nguyên"),
])
def test_a_cluster_reports_place_is_its_cluster_as_the_report_names_it(text, place):
    from wuanalysis.documents import extract_document_info
    from wuanalysis.text import normalize_text

    got = extract_document_info(normalize_text(text))
    assert (got["org_level"], got["province"], got["place"]) == ("cluster", None, place)


def test_two_clusters_reports_of_one_period_stay_two():
    from wuanalysis.documents import extract_document_info

    north = extract_document_info("Cụm thi đua các tỉnh miền núi phía Bắc tổng kết năm 2023\nNăm 2023, Cụm thi đua "
                                  "các tỉnh miền núi phía Bắc giúp 1.200 hộ thoát nghèo.")
    south = extract_document_info("Cụm thi đua các tỉnh Tây Nam Bộ tổng kết năm 2023\nNăm 2023, Cụm thi đua các "
                                  "tỉnh Tây Nam Bộ giúp 900 hộ thoát nghèo.")
    assert (north["period_year"], north["period_span"]) == (south["period_year"], south["period_span"])
    assert north["place"] == "Cụm thi đua các tỉnh miền núi phía Bắc" != south["place"]
