"""Charts: what each one encodes, read from ``chart.to_dict()`` (the Vega-Lite spec), and one SVG golden file for
the drawing itself (vl-convert, in the shipped font)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from wuanalysis import charts, fonts, wording

GOLDEN = Path(__file__).parent / "golden" / "chart_achievement.svg"

CARD = pd.DataFrame({
    "indicator": ["members_new", "households_out_of_poverty", "policy_bank_outstanding_vnd"],
    "predecessor": ["Bình Phước"] * 3, "achievement_pct": [195.0, 98.5, 112.25],
    "status": ["exceeded", "below", "exceeded"],
})


def _rows(spec: dict) -> list[dict]:
    """Every data row of a spec (Altair puts inline data in ``datasets``)."""
    return [row for rows in spec.get("datasets", {}).values() for row in rows]


def _layers(spec: dict) -> list[dict]:
    return spec.get("layer", [spec])


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_achievement_bars_against_a_rule_at_100(lang):
    spec = charts.chart_achievement(CARD, lang).to_dict()
    bars, text, rule = _layers(spec)
    assert bars["mark"]["type"] == "bar" and text["mark"]["type"] == "text" and rule["mark"]["type"] == "rule"
    assert bars["encoding"]["x"]["field"] == "achievement" and bars["encoding"]["y"]["sort"] == "-x"
    status = wording.labels("status", lang)
    assert bars["encoding"]["color"]["scale"]["domain"] == [status["exceeded"], status["achieved"], status["below"]]
    assert bars["encoding"]["color"]["scale"]["range"] == ["#1a7f37", "#4c9a2a", "#d4700a"]
    assert spec["title"] == wording.label("word.achievement_chart", lang)
    rows = _rows(spec)
    assert {"x": 100.0} in rows
    bar_rows = [r for r in rows if "label" in r]
    assert [r["label"] for r in bar_rows] == wording.indicator_labels(CARD["indicator"], lang)
    assert [r["achievement"] for r in bar_rows] == [195.0, 98.5, 112.25]
    assert [r["status"] for r in bar_rows] == [status["exceeded"], status["below"], status["exceeded"]]


def test_achievement_of_a_merged_province_names_each_predecessor():
    card = pd.concat([CARD.head(1), CARD.head(1).assign(predecessor="Đồng Nai", achievement_pct=90.0, status="below")])
    labels = [r["label"] for r in _rows(charts.chart_achievement(card).to_dict()) if "label" in r]
    assert labels == ["Hội viên kết nạp / phát triển mới (Bình Phước)", "Hội viên kết nạp / phát triển mới (Đồng Nai)"]


def test_charts_without_data_say_so():
    assert charts.chart_achievement(CARD.iloc[:0]) is None  # the targets section already says no rate
    # no cluster or trend to draw: no chart at all (a province alone, one dot per panel is no comparison)
    assert charts.chart_cluster(pd.DataFrame(), "en") is None
    assert charts.chart_trend(pd.DataFrame(), "vi") is None


@pytest.mark.parametrize("lang, axis", [("vi", ",~f"), ("en", "~s")])
def test_cluster_chart_marks_the_province_among_its_cluster(lang, axis):
    comparison = pd.DataFrame({"indicator": ["members_new"] * 3, "province": ["Bình Phước", "Đồng Nai", "Bình Dương"],
                               "value": [4094.0, 3000.0, 5000.0], "unit": ["hội viên"] * 3,
                               "is_self": [True, False, False]})
    spec = charts.chart_cluster(comparison, lang).to_dict()
    w = wording.labels("word", lang)
    assert spec["facet"]["field"] == "indicator" and spec["columns"] == 2
    enc = spec["spec"]["encoding"]
    assert enc["color"]["scale"] == {"domain": [w["self"], w["others"]], "range": ["#0b6e99", "#b8c4cc"]}
    assert enc["x"]["axis"]["format"] == axis
    assert [r["who"] for r in _rows(spec)] == [w["self"], w["others"], w["others"]]


def test_trend_orders_periods_in_time_and_names_them_in_words():
    """A stock (members in total) is a level at a date: its half-year, year and 9 months are one line, in time."""
    trend = pd.DataFrame({"province": ["Bình Phước"] * 3, "period_year": [2023, 2023, 2024],
                          "period_span": ["6m", "year", "9m"], "period_order": [0, 1, 2],
                          "indicator": ["members_total"] * 3, "unit_class": ["count"] * 3, "unit": ["hội viên"] * 3,
                          "value": [180000.0, 180833.0, 182000.0], "achievement_pct": [None] * 3})
    spec = charts.chart_trend(trend, "en").to_dict()
    x = spec["spec"]["layer"][0]["encoding"]["x"]
    assert x["sort"] == ["H1 2023", "2023", "9 months 2024"]
    assert {r["indicator"] for r in _rows(spec)} == {"Total members"}  # the unit said once


def _flows(spans: list[str], years: list[int], indicator: str = "members_new") -> pd.DataFrame:
    return pd.DataFrame({"province": ["Hà Nam"] * len(spans), "period_year": years, "period_span": spans,
                         "period_order": range(len(spans)), "indicator": [indicator] * len(spans),
                         "unit_class": ["count"] * len(spans), "unit": ["hội viên"] * len(spans),
                         "value": [float(1000 + 100 * k) for k in range(len(spans))],
                         "achievement_pct": [None] * len(spans)})


@pytest.mark.parametrize(("spans", "years"), [
    (["6m", "year"], [2023, 2023]),           # a half-year's admissions and the year's: no fall or rise between them
    (["year", "9m"], [2023, 2024]),           # a year, then nine months of the next
    (["quarter", "6m", "year"], [2024, 2024, 2024]),
    (["term", "year"], [2020, 2021]),         # five years' admissions, then one year's
])
def test_a_trend_never_joins_flows_of_different_spans(spans, years):
    assert charts.chart_trend(_flows(spans, years), "vi") is None  # one point per span: no line to draw


def test_flows_make_one_line_per_span_each_in_time_order():
    trend = _flows(["6m", "year", "6m", "year", "9m"], [2023, 2023, 2024, 2024, 2024])
    spec = charts.chart_trend(trend, "en").to_dict()
    rows = _rows(spec)
    panels: dict[str, list[str]] = {}
    for r in rows:
        panels.setdefault(r["indicator"], []).append(r["period"])
    assert panels == {"New members\nfirst half of each year": ["H1 2023", "H1 2024"],
                      "New members\nwhole years": ["2023", "2024"]}  # the 9 months alone: no trend
    assert spec["resolve"]["scale"]["x"] == "independent"  # each panel only its own periods on its axis


def test_a_flow_of_one_span_is_one_line_and_stocks_keep_joining():
    spec = charts.chart_trend(_flows(["year", "year", "year"], [2022, 2023, 2024]), "vi").to_dict()
    assert [r["period"] for r in _rows(spec)] == ["năm 2022", "năm 2023", "năm 2024"]
    stock = _flows(["6m", "year"], [2024, 2024], indicator="members_total")
    assert {r["period"] for r in _rows(charts.chart_trend(stock, "vi").to_dict())} == {"6 tháng 2024", "năm 2024"}


def test_overview_achievement_shows_the_province_before_the_indicator():
    achievement = pd.DataFrame({"province": ["Bình Phước"], "indicator": ["members_new"], "achievement_pct": [195.0],
                                "status": ["exceeded"]})
    spec = charts.chart_overview_achievement(achievement, "vi").to_dict()
    assert [lay["mark"]["type"] for lay in _layers(spec)] == ["bar", "rule"]
    assert [r["label"] for r in _rows(spec) if "label" in r] == ["Bình Phước: Hội viên kết nạp / phát triển mới"]


def _svg(chart) -> str:
    import altair as alt

    fonts.enable_offline_charts("vi")
    out = alt.renderers.get()(chart.to_dict())
    return out["image/svg+xml"] if isinstance(out, dict) else out[0]["image/svg+xml"]


def test_achievement_chart_svg_matches_the_golden_file():
    """The drawing itself: vl-convert in the shipped font, Vietnamese axis numbers. After an intended change,
    write the new file (``WUANALYSIS_UPDATE_GOLDEN=1``) and review it in a browser before committing."""
    import os

    svg = _svg(charts.chart_achievement(CARD))
    if os.environ.get("WUANALYSIS_UPDATE_GOLDEN"):
        GOLDEN.write_text(svg, encoding="utf-8")
    assert svg == GOLDEN.read_text(encoding="utf-8")
    assert "<script" not in svg and "195" in svg and "Hội viên kết nạp" in svg
