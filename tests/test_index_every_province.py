"""Every province the build's reports name is on the index: one without a page (its reports hold no figure, or none
the catalogue measures) says so in words, with how many reports were read, instead of being absent. Invented
reports and page results; pages are written only into the test's temporary folder."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from wuanalysis import briefing
from wuanalysis.comparisons import compute_overview
from wuanalysis.pages import RESULT_COLUMNS


def result(*provinces: str) -> pd.DataFrame:
    rows = [{"province": p, "slug": p.lower().replace(" ", "-"), "status": "ok", "html": None, "notebook": None,
             "error": None, "headlines": f"năm 2024 — {p}: 100 hội viên", "seconds": 1.0, "reused": False}
            for p in provinces]
    return pd.DataFrame(rows, columns=RESULT_COLUMNS)


DOCS = pd.DataFrame({
    "doc": ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"],
    "province": ["Hà Nam", "Lai Châu", "Lai Châu", "Điện Biên", None, "Hà Nam"],
    "province_2025": ["Ninh Bình", "Lai Châu", "Lai Châu", "Điện Biên", None, "Ninh Bình"],
    "org_level": ["province", "province", "district", "province", "central", "province"],
    "n_facts": [5, 0, 0, 3, 2, 1],
})


def rows_of(page: str) -> dict[str, str]:
    body = page[page.index('<table id="briefings">'):page.index("</table>")]
    out = {}
    for row in re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)[1:]:
        cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td>(.*?)</td>", row, flags=re.S)]
        out[cells[0]] = " | ".join(cells[1:])
    return out


def test_a_province_without_figures_is_on_the_index_in_words(tmp_path):
    page = briefing.render_index(result("Hà Nam"), tmp_path, documents=DOCS).read_text(encoding="utf-8")
    rows = rows_of(page)
    assert set(rows) == {"Hà Nam", "Lai Châu", "Điện Biên"}  # the central union's report names no province
    assert "2 báo cáo" in rows["Lai Châu"] and "không nêu số liệu nào" in rows["Lai Châu"]
    assert "1 báo cáo" in rows["Điện Biên"] and "3 số liệu" in rows["Điện Biên"]
    assert "Chưa có bản tin" in rows["Điện Biên"] and "Chưa có bản tin" not in rows["Hà Nam"]
    assert '<a href' not in page.split("Lai Châu")[0].rsplit("<tr>", 1)[-1]  # no link to a page that is not there


def test_in_english_too(tmp_path):
    page = briefing.render_index(result("Hà Nam"), tmp_path, lang="en", documents=DOCS).read_text(encoding="utf-8")
    rows = rows_of(page)
    assert "No briefing" in rows["Lai Châu"] and "reports read: 2; none states a figure" in rows["Lai Châu"]


def test_without_documents_the_index_is_the_pages_alone(tmp_path):
    """A batch of chosen provinces (``render_all(provinces=…)``) lists only those: no documents are passed."""
    page = briefing.render_index(result("Hà Nam"), tmp_path).read_text(encoding="utf-8")
    assert set(rows_of(page)) == {"Hà Nam"}


def test_the_overview_counts_a_province_without_figures(seeds_tables):
    m = pd.read_parquet(seeds_tables / "measurements.parquet")
    docs = pd.concat([pd.read_parquet(seeds_tables / "documents.parquet"), DOCS[DOCS["province"] == "Lai Châu"]])
    cov = compute_overview(m, docs)["coverage"].set_index("province")
    assert cov.loc["Lai Châu", "n_documents"] == 2 and cov.loc["Lai Châu", "n_indicators"] == 0


def test_the_overview_says_in_words_that_a_province_has_no_figures(seeds_tables):
    from wuanalysis.present import table_coverage

    m = pd.read_parquet(seeds_tables / "measurements.parquet")
    docs = pd.concat([pd.read_parquet(seeds_tables / "documents.parquet"), DOCS[DOCS["province"] == "Lai Châu"]])
    html = table_coverage(compute_overview(m, docs)["coverage"], "vi").as_raw_html()
    row = next(r for r in re.findall(r"<tr>(.*?)</tr>", html, flags=re.S) if "Lai Châu" in r)
    assert "Chưa có số liệu" in row
    bac_kan = next(r for r in re.findall(r"<tr>(.*?)</tr>", html, flags=re.S) if "Bắc Kạn" in r)
    assert "Chưa có số liệu" not in bac_kan  # guard: a province with figures names its latest period


@pytest.mark.parametrize(("lang", "said"), [("vi", "năm 2026 — chỉ có chỉ tiêu (2 nội dung), chưa có kết quả"),
                                            ("en", "2026 — targets only (2 indicators), no results yet")])
def test_a_page_of_targets_only_says_so_on_the_index(lang, said):
    """A province whose reports set a year's plan and state no result yet read "năm 2026 — " and nothing."""
    from wuanalysis.pages import headline_of
    from wuanalysis.scorecard import compute_scorecard

    rows = [{"province": "Quảng Ngãi", "province_2025": "Quảng Ngãi", "org_level": "province", "place": None,
             "period_year": 2026, "period_span": "year", "indicator": i, "topic": "membership", "role": "target",
             "headline": True, "unit_class": "count", "unit": u, "value": v, "qualifier": "exact", "target": v,
             "achievement_pct": None, "conflict": False, "n_sources": 1, "docs": "r.txt", "quote": f"{v} {u}",
             "sentence": "Năm 2026 phấn đấu …", "estimate": False, "measurement_id": f"Quảng Ngãi|2026|{i}"}
            for i, u, v in (("members_new", "hội viên", 6500.0), ("cooperatives_new", "hợp tác xã", 6.0))]
    card = compute_scorecard(pd.DataFrame(rows), "Quảng Ngãi")
    assert headline_of(card, lang) == said


def test_a_page_with_results_keeps_its_figures_on_the_index(seeds_tables):
    from wuanalysis.pages import headline_of
    from wuanalysis.scorecard import compute_scorecard

    card = compute_scorecard(pd.read_parquet(seeds_tables / "measurements.parquet"), "Bình Phước")
    assert headline_of(card, "vi").startswith("năm 2023 — ") and "4.094 hội viên" in headline_of(card, "vi")


PLAN = """Hội LHPN tỉnh Quảng Ngãi triển khai nhiệm vụ năm 2026

Năm 2026, Hội LHPN tỉnh Quảng Ngãi phấn đấu phát triển mới ít nhất 6.500 hội viên; hỗ trợ tối thiểu 650 phụ nữ khởi
nghiệp; thành lập mới 6 hợp tác xã do phụ nữ quản lý.
"""
REVIEW = """Hội LHPN tỉnh Hà Nam tổng kết công tác Hội năm 2026

Năm 2026, Hội LHPN tỉnh Hà Nam kết nạp 3.126 hội viên mới, đạt 104% kế hoạch (kế hoạch 3.000 hội viên).
"""


def test_the_overview_s_targets_name_a_province_with_a_plan_and_no_result(tmp_path):
    from wuanalysis import read_reports
    from wuanalysis.comparisons import compute_target_overview
    from wuanalysis.linking import compute_targets
    from wuanalysis.measures import compute_measurements

    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "review.txt").write_text(REVIEW, encoding="utf-8")
    corpus = read_reports(tmp_path, workers=1)
    targets = compute_targets(corpus.documents, corpus.facts, None, corpus.texts)
    m = compute_measurements(corpus.documents, corpus.facts, targets, corpus.texts)
    overview = compute_target_overview(targets, m)
    plan = overview[overview["province"] == "Quảng Ngãi"]
    assert len(plan) >= 2 and set(plan["outcome"]) == {"no_data"}
    assert set(overview.loc[overview["province"] == "Hà Nam", "outcome"]) == {"met"}  # guard: a result met
