"""A figure the catalogue cannot place goes to an "other figures" list, not under a wrong label (issue 12, "The
catalogue distinguishes what users distinguish"). The seeds go through the real pipeline: Bình Phước's "sinh hoạt
tại 243 chi hội, câu lạc bộ" (where activities were held, not its number of branches) is no scorecard row but one
of its other figures, shown as the report said it, in its sentence, folded in ``<details>``, in both languages.
"""
from __future__ import annotations

import re

import pandas as pd
import pytest
from lxml import html as lxml_html

from wuanalysis import page_data, scorecard, sections
from wuanalysis.datadir import load_tables


@pytest.fixture(scope="module")
def tables(seeds_tables):
    """The seeds' tables (``build(seeds, briefings=False)``, built once per run: conftest.py); read-only."""
    return load_tables(seeds_tables)


@pytest.fixture(scope="module")
def binh_phuoc(tables):
    card = scorecard.compute_scorecard(tables.measurements, "Bình Phước")
    return card, page_data.compute_other_figures(tables.facts, tables.documents, "Bình Phước", scorecard=card)


def test_the_venue_of_activities_is_an_other_figure_not_the_branches(binh_phuoc):
    card, other = binh_phuoc
    assert "243 chi hội" in set(other["quote"])
    assert "branches" not in set(card["indicator"])
    row = other[other["quote"] == "243 chi hội"].iloc[0]
    assert "sinh hoạt tại 243 chi hội, câu lạc bộ" in row["sentence"] and row["topic"] == "membership"


def test_other_figures_are_the_provinces_own_unplaced_results_of_the_period(tables, binh_phuoc):
    card, other = binh_phuoc
    facts, docs = tables.facts, tables.documents
    own = set(docs.loc[(docs["province"] == "Bình Phước") & (docs["org_level"] == "province")
                       & (docs["period_year"] == card["period_year"].iloc[0]), "doc"])
    assert set(other["doc"]) <= own and len(other) == len(set(zip(other["doc"], other["quote"], other["sentence"])))
    unplaced = facts[facts["doc"].isin(own) & facts["indicator"].isna()]
    # the stated rates ("đạt 83% chỉ tiêu") are the targets section's, never an other figure
    assert {"83%", "50%", "38%"} <= set(unplaced["quote"]) and not {"83%", "50%", "38%"} & set(other["quote"])
    assert "1.000 áo thun" in set(other["quote"]) and "242 tỷ đồng" in set(other["quote"])
    # a figure with an indicator is in the scorecard, never in the list
    assert not set(other["quote"]) & set(facts.loc[facts["indicator"].notna() & facts["doc"].isin(own), "quote"])


def test_bac_kan_lists_its_own_and_not_the_citys(tables):
    other = page_data.compute_other_figures(tables.facts, tables.documents, "Bắc Kạn")
    city = set(tables.documents.loc[tables.documents["org_level"] == "district", "doc"])
    assert len(other) and not set(other["doc"]) & city
    assert "hơn 76.000 lượt người" in set(other["quote"])  # as said, with its hedge


def test_a_province_without_reports_has_none(tables):
    assert page_data.compute_other_figures(tables.facts, tables.documents, "Cà Mau").empty
    assert sections.html_other_figures(pd.DataFrame(columns=page_data.OTHER_COLUMNS), "vi").data == ""


@pytest.mark.parametrize("lang, summary", [
    ("vi", "Số liệu khác (8 số liệu các báo cáo nêu"),
    ("en", "Other figures (8 figures the reports give"),
])
def test_the_list_is_folded_and_shows_each_figure_in_its_sentence(binh_phuoc, lang, summary):
    _, other = binh_phuoc
    page = sections.html_other_figures(other, lang).data
    doc = lxml_html.fromstring(page)
    assert doc.tag == "details" and summary in doc.xpath("string(./summary)")
    items = doc.xpath("//li")
    assert len(items) == len(other) == 8
    venue = next(li for li in items if "243 chi hội" in li.text_content())
    # the figure as the report said it (its words between “ ” on an English page)
    said = "243 chi hội" if lang == "vi" else "“243 chi hội”"
    assert venue.xpath("string(./mark)") == said
    sentence = venue.xpath('./details[@class="wu-quote"]')[0]  # its sentence a click away, the figure marked
    assert "định hướng sinh hoạt tại 243 chi hội, câu lạc bộ" in sentence.text_content()
    assert sentence.xpath("string(.//mark)") == "243 chi hội"
    assert sentence.xpath("string(./summary)") == ("Sentence" if lang == "en" else "Câu gốc")
    topic = "Membership" if lang == "en" else "Công tác hội viên"
    assert venue.text_content().startswith(f"{topic}: {said}")


def test_the_english_list_has_no_vietnamese_interface_words(binh_phuoc):
    from test_page_languages import VI_LETTER, interface_text

    page = sections.html_other_figures(binh_phuoc[1], "en").data
    words = sorted({w for w in re.findall(r"\w+", interface_text(f"<html><body>{page}</body></html>"))
                    if VI_LETTER.search(w)})
    assert words == []
