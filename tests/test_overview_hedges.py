"""The overview's rankings and its strongest and weakest rates show each figure as the report said it: "hơn 2.300 tỷ
đồng", not a bare 2.300 (nor 2.300.000.000.000 VND as a count). Invented measurements."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from wuanalysis import present, sections
from wuanalysis.comparisons import compute_overview


def row(province: str, value: float, qualifier: str, quote: str, rate: float | None = None) -> dict:
    return {"measurement_id": f"{province}|2025|year|policy_bank_outstanding_vnd|result|{value:.0f}",
            "province": province, "province_2025": province, "org_level": "province", "place": None,
            "period_year": 2025, "period_span": "year", "indicator": "policy_bank_outstanding_vnd",
            "topic": "credit", "role": "result", "headline": True, "unit_class": "vnd", "unit": "VND",
            "value": value, "qualifier": qualifier, "target": None, "achievement_pct": rate,
            "achievement_source": "stated" if rate else None, "conflict": False, "conflict_values": None,
            "n_sources": 1, "docs": f"{province}.txt", "quote": quote, "sentence": f"Dư nợ đạt {quote}.",
            "estimate": False, "rate_label": None, "status": None}


M = pd.DataFrame([row("Cà Mau", 2.3e12, "more_than", "hơn 2.300 tỷ đồng", 108.0),
                  row("Hà Tĩnh", 3.915e12, "exact", "3.915 tỷ đồng"),
                  row("Phú Thọ", 5.742e12, "nearly", "gần 5.742 tỷ đồng", 96.0)])


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize(("lang", "said", "bare"), [
    ("vi", ["hơn 2.300 tỷ đồng", "gần 5.742 tỷ đồng", "3.915 tỷ đồng"], "trên 3.915"),
    ("en", ["more than 2,300 billion VND", "nearly 5,742 billion VND", "3,915 billion VND"], "more than 3,915"),
])
def test_the_rankings_show_the_reports_hedges(lang, said, bare):
    overview = compute_overview(M)
    text = _text(sections.html_rankings_summary(overview["rankings_summary"], len(overview["rankings"]), lang).data)
    for words in said:
        assert words in text, (words, text)
    assert bare not in text  # guard: an exact figure is not hedged


@pytest.mark.parametrize(("lang", "said"), [("vi", ["hơn 2.300 tỷ đồng", "gần 5.742 tỷ đồng"]),
                                            ("en", ["more than 2,300 billion VND", "nearly 5,742 billion VND"])])
def test_the_strongest_rates_show_money_as_money_with_its_hedge(lang, said):
    text = _text(present.table_achievement(compute_overview(M)["achievement"], lang).as_raw_html())
    for words in said:
        assert words in text, (words, text)
    assert "000.000.000" not in text and "000,000,000" not in text
