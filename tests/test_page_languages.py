"""Both languages complete (issue 12 item 7): the English Bình Phước briefing has no Vietnamese interface words —
the report's own words (quotes, sentences, a stated rate's clause, a unit the unit table does not know) stay
Vietnamese because they are evidence, and are shown as such: in the evidence table, in ``<mark>``, in the
targets' sentence folds or between “ ”; place names are names. The Vietnamese page has no English notes and no
raw ids. The seeds go through the real pipeline and the real notebook; the pages are parsed as HTML.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

from wuanalysis.catalogue import load_provinces

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
# letters only Vietnamese writes (ASCII letters and these make every Vietnamese word with a tone or a hat)
VI_LETTER = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)


@pytest.fixture(scope="module")
def pages(seeds_site, seeds_briefing_en) -> dict[str, str]:
    """Bình Phước in Vietnamese (the main job's page) and rendered again in English (both conftest.py)."""
    return {"vi": (seeds_site / "briefings" / "binh-phuoc.html").read_text(encoding="utf-8"),
            "en": seeds_briefing_en.read_text(encoding="utf-8")}


def interface_text(page: str) -> str:
    """The page's visible words outside the evidence: no styles, no evidence table, no marked quotes, no folded
    sentences, nothing between “ ”, no place names."""
    doc = lxml_html.fromstring(page)
    for el in doc.xpath('//style|//script|//*[@id="evidence"]|//mark|//details[contains(@class,"wu-quote")]'):
        el.drop_tree()  # keeps the text after the element (a sentence after its <mark>)
    text = re.sub(r"“[^”]*”", " ", " ".join(doc.itertext()))
    provinces = load_provinces()
    names = {n for c in provinces.columns if "name" in c for n in provinces[c].dropna().astype(str)}
    for name in sorted((n for n in names if n.strip()), key=len, reverse=True):
        text = text.replace(name, " ")
    return text


def test_english_page_has_no_vietnamese_interface_words(pages):
    text = interface_text(pages["en"])
    words = sorted({w for w in re.findall(r"\w+", text) if VI_LETTER.search(w)})
    assert words == [], words
    assert "4,094 members" in pages["en"] and "4.094 hội viên" not in text


def test_vietnamese_page_has_no_english_notes_and_no_raw_ids(pages):
    text = interface_text(pages["vi"])
    assert not re.findall(r"\b[a-z]+(?:_[a-z0-9]+)+\b", text)  # women_fund_outstanding_vnd and the like
    english = re.findall(r"\b(?:the|without|reported|target|result|achievement|members|households|no data)\b",
                         text, flags=re.I)
    assert english == []


def test_overview_conflicts_name_indicators_and_word_money():
    """The overview's conflicts table: the indicator's name, not its id; money in tỷ / billion."""
    import pandas as pd

    from wuanalysis import present

    conflicts = pd.DataFrame({"province": ["Bình Phước"], "period_year": [2023], "period_span": ["year"],
                              "indicator": ["women_fund_outstanding_vnd"], "unit": ["VND"], "value": [12.1e9],
                              "conflict_values": [[12.1e9, 1.293e12]], "docs": ["a.txt"], "quote": ["12,1 tỷ đồng"]})
    for lang, money in (("vi", "12,1 tỷ đồng"), ("en", "12.1 billion VND")):
        page = present.table_conflicts(conflicts, lang).as_raw_html()
        assert "women_fund_outstanding_vnd" not in page and money in page


def test_overview_names_a_stated_rate_by_its_clause():
    """"Achievement rate of an unnamed indicator" said nothing: the overview names the rate by its clause."""
    from wuanalysis import charts, present
    from wuanalysis.comparisons import compute_overview
    from test_scorecard import frame, m_row

    m = frame(m_row("Bình Phước", "unassigned", None, achievement=83.0, unit=None,
                    rate_label="hoạt động đối thoại chính sách"))
    achievement = compute_overview(m)["achievement"]
    assert achievement["rate_label"].tolist() == ["hoạt động đối thoại chính sách"]
    chart = str(charts.chart_overview_achievement(achievement, "vi").to_dict())
    table = present.table_achievement(achievement, "vi").as_raw_html()
    for shown in (chart, table):
        assert "Hoạt động đối thoại chính sách" in shown and "chưa rõ" not in shown
