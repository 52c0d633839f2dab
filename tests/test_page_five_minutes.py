"""A briefing a provincial leader reads in five minutes (issue 12, "A five-minute page"): at most four headline cards
chosen by a documented rule that favours core indicators and never shows a decrease unless it is the story; the
full scorecard grouped by topic inside ``<details>`` after the targets and the cards; trend charts only for
indicators with two or more periods; cluster charts only with two or more provinces.

The seeds go through the real pipeline (``wuanalysis.build``) and the page through the real notebook; the page is
checked by parsing its HTML.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from wuanalysis import charts, fonts, present, sections
from wuanalysis.page_data import headline_figures
from wuanalysis.scorecard import compute_scorecard

from test_scorecard import frame, m_row

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_a_decrease_is_no_headline_beside_its_gain():
    m = frame(
        m_row("Hà Nam", "members_new", 4094, achievement=195.0),
        m_row("Hà Nam", "members_lost", 583, achievement=300.0),
        m_row("Hà Nam", "community_media_teams", 46, unit="tổ", achievement=100.0),
        m_row("Hà Nam", "households_out_of_poverty", 120, unit="hộ"),
    )
    heads = headline_figures(compute_scorecard(m, "Hà Nam"))
    assert "members_lost" not in set(heads["indicator"])
    # core indicators first (with a rate, then without), then the rest
    assert heads["indicator"].tolist() == ["members_new", "households_out_of_poverty", "community_media_teams"]


def test_a_decrease_leads_when_it_is_the_story():
    m = frame(m_row("Hà Nam", "members_new", 300), m_row("Hà Nam", "members_lost", 900))
    heads = headline_figures(compute_scorecard(m, "Hà Nam"))
    assert "members_lost" in set(heads["indicator"])


def test_at_most_four_cards():
    rows = [m_row("Hà Nam", i, 10 + k) for k, i in enumerate(
        ["members_new", "members_total", "households_out_of_poverty", "branches", "cooperatives_new", "gifts"])]
    assert len(headline_figures(compute_scorecard(frame(*rows), "Hà Nam"))) == 4


def test_trend_only_for_indicators_with_two_periods():
    one = pd.DataFrame({"indicator": ["members_new", "gifts", "gifts"], "period_order": [1, 1, 2],
                        "period_year": [2023, 2022, 2023], "period_span": ["year"] * 3, "unit": ["hội viên", "", ""],
                        "value": [5.0, 1.0, 2.0], "province": ["Hà Nam"] * 3})
    spec = charts.chart_trend(one, "vi").to_dict()
    assert "members_new" not in str(spec) and "Hội viên kết nạp" not in str(spec)
    assert charts.chart_trend(one[one["indicator"] == "members_new"], "vi") is None


def test_cluster_chart_only_with_two_provinces():
    alone = pd.DataFrame({"indicator": ["members_new"], "province": ["Bình Phước"], "value": [4094.0],
                          "is_self": [True]})
    assert charts.chart_cluster(alone, "vi") is None


@pytest.fixture(scope="module")
def binh_phuoc(seeds_site) -> str:
    """The Bình Phước page of the README's main job on the seeds (conftest.py)."""
    return (seeds_site / "briefings" / "binh-phuoc.html").read_text(encoding="utf-8")


def test_binh_phuoc_page_reads_in_five_minutes(binh_phuoc):
    html = binh_phuoc
    cards = re.findall(r'<div class="wu-card"', html)
    assert 1 <= len(cards) <= 4
    values = re.findall(r'<div class="wu-value"[^>]*>([^<]*)</div>', html)
    assert not any("583" in v for v in values)  # "583 hội viên — Hội viên giảm" is no headline
    # targets, then cards, then the full scorecard folded in <details> (no JavaScript needed)
    targets, cards_at = html.index("Chỉ tiêu và kết quả"), html.index('class="wu-headlines"')
    details = html.index('<details class="wu-scorecard"')
    assert targets < cards_at < details < html.index('id="scorecard"') < html.index("</details>", details)
    summary = re.search(r'<details class="wu-scorecard"[^>]*>\s*<summary[^>]*>([^<]*)</summary>', html).group(1)
    assert "Bảng số liệu đầy đủ" in summary


def test_evidence_and_notes_are_a_click_away(binh_phuoc):
    html = binh_phuoc
    for css, table in (("wu-evidence", 'id="evidence"'), ("wu-notes", 'id="data-notes"')):
        start = html.index(f'<details class="{css}"')
        assert start < html.index(table) < html.index("</details>", html.index(table))
    assert "Nguồn của từng số liệu" in html and "Ghi chú dữ liệu" in html


def test_long_panel_titles_wrap_instead_of_being_cut():
    """"Cơ sở Hội xếp loại vững mạnh / hoàn thành tốt nhiệm vụ (cơ sở)" over a 240 px panel: wrapped, not "…"."""
    import altair as alt

    trend = pd.DataFrame({"indicator": ["grassroots_unions_strong"] * 2 + ["members_new"] * 2,
                          "period_order": [0, 1, 0, 1], "period_year": [2022, 2023] * 2, "period_span": ["year"] * 4,
                          "unit": ["cơ sở"] * 2 + ["hội viên"] * 2, "value": [80.0, 95.0, 900.0, 1000.0],
                          "province": ["Bình Phước"] * 4})
    comparison = pd.DataFrame({"indicator": ["grassroots_unions_strong"] * 2, "province": ["Bình Phước", "Đồng Nai"],
                               "value": [95.0, 90.0], "is_self": [True, False]})
    fonts.enable_offline_charts("vi")
    for chart in (charts.chart_trend(trend, "vi"), charts.chart_cluster(comparison, "vi")):
        out = alt.renderers.get()(chart.to_dict())
        svg = out["image/svg+xml"] if isinstance(out, dict) else out[0]["image/svg+xml"]
        assert "…" not in svg
        assert "vững mạnh" in svg and "nhiệm vụ" in svg


def test_first_lines_name_the_period_and_the_sources(binh_phuoc):
    title = re.search(r'<div class="wu-title">.*?</div>', binh_phuoc, flags=re.S).group(0)
    assert "Năm 2023" in title and re.search(r"Nguồn: [1-9]\d* báo cáo", title), title


def test_title_counts_the_reports_behind_the_figures():
    card = compute_scorecard(frame(m_row("Hà Nam", "members_new", 10, docs="a.txt; b.txt"),
                                   m_row("Hà Nam", "households_out_of_poverty", 5, unit="hộ", docs="b.txt")), "Hà Nam")
    assert "Sources: 2 reports" in sections.html_title(card, "Hà Nam", "en").data


def test_local_reports_and_a_chart_without_rates_do_not_lengthen_the_page():
    """Bắc Kạn: thành phố Bắc Kạn's nine figures are folded (one click away); no empty achievement chart."""
    local = pd.DataFrame({"place": ["thành phố Bắc Kạn"], "period_year": [2023], "period_span": ["6m"],
                          "indicator": ["trainees"], "rate_label": [None], "value": [8538.0], "unit_class": ["count"],
                          "unit": ["lượt"], "qualifier": ["exact"], "estimate": [False],
                          "sentence": ["Cụ thể, có 8.538 lượt cán bộ được học tập."], "quote": ["8.538 lượt"]})
    page = present.html_local_reports(local, "vi").data
    assert page.startswith('<details class="wu-local"') and "Báo cáo cấp huyện, xã (1 số liệu" in page
    assert present.html_local_reports(local.iloc[:0], "vi").data == ""
    card = compute_scorecard(frame(m_row("Hà Nam", "members_new", 10)), "Hà Nam")
    assert charts.chart_achievement(card, "vi") is None


@pytest.mark.parametrize("notebook", sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb")),
                         ids=lambda p: p.name)
def test_every_presentation_call_of_the_notebooks_resolves(notebook):
    """Each ``module.name`` a notebook calls of the presentation and page modules exists there (a missing one fails
    only when the whole notebook is run): the notebooks call ``charts.chart_trend``, ``sections.html_targets``,
    ``page_data.headline_figures`` where those live, with no re-exports between modules."""
    import json

    from wuanalysis import comparisons, datadir, page_data, scorecard, wording

    modules = {"present": present, "charts": charts, "sections": sections, "fonts": fonts, "wording": wording,
               "page_data": page_data, "scorecard": scorecard, "comparisons": comparisons, "datadir": datadir}
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    code = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    called = set(re.findall(r"\b(" + "|".join(modules) + r")\.(\w+)", code))
    assert called, f"{notebook.name} calls no presentation function"
    missing = sorted(f"{m}.{name}" for m, name in called if not hasattr(modules[m], name))
    assert not missing, f"{notebook.name} calls {missing}"
