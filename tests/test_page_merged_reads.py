"""What a leader reads wrong on a merged province's page and an old-era page: a 2026 page of a province the 2025
reform made from several says so; a target named only by its table row shows the row's subject, not "… | 95%"; on
an English page those words are the report's, between “ ”. Invented scorecards and sentences."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from wuanalysis import sections, wording


def _text(h) -> str:
    return re.sub(r"<[^>]+>", " ", h.data)


def card(province: str, year: int, span: str = "year") -> pd.DataFrame:
    return pd.DataFrame({"predecessor": [province], "period_year": [year], "period_span": [span],
                         "docs": ["r.txt"], "indicator": ["members_new"]})


@pytest.mark.parametrize(("province", "year", "others"), [
    ("Hưng Yên", 2026, "Thái Bình"),   # the name the reform kept: its 2026 figures are of both old provinces
    ("Lào Cai", 2027, "Yên Bái"),
    ("Cà Mau", 2026, "Bạc Liêu"),
])
def test_a_page_after_the_reform_names_the_provinces_merged(province, year, others):
    title = _text(sections.html_title(card(province, year), province, "vi"))
    assert "hợp nhất từ" in title and others in title, title
    assert "merged from" in _text(sections.html_title(card(province, year), province, "en"))


@pytest.mark.parametrize(("province", "year"), [
    ("Hưng Yên", 2024),   # before the reform Hưng Yên was Hưng Yên alone
    ("Hà Nội", 2026),     # a province the reform left whole
])
def test_a_page_of_one_province_says_no_merger(province, year):
    assert "hợp nhất" not in _text(sections.html_title(card(province, year), province, "vi"))


def test_an_old_era_page_still_names_its_new_province():
    assert "từ 1/7/2025 thuộc Đồng Nai" in _text(sections.html_title(card("Bình Phước", 2023), "Bình Phước", "vi"))


@pytest.mark.parametrize(("sentence", "words"), [
    ('Hộ gia đình đạt tiêu chí "5 không, 3 sạch" | 95%', 'Hộ gia đình đạt tiêu chí "5 không, 3 sạch"'),
    ("Phụ nữ dân tộc thiểu số được tuyên truyền | 100%", "Phụ nữ dân tộc thiểu số được tuyên truyền"),
    ("3 | Xây dựng mô hình sinh kế | 12 mô hình", "Xây dựng mô hình sinh kế"),   # a row number is no subject
    ("Tỷ lệ chi hội có mô hình\t90%", "Tỷ lệ chi hội có mô hình"),
])
def test_a_target_named_by_its_table_row_shows_the_row_s_subject(sentence, words):
    assert sections._target_words(sentence) == words


@pytest.mark.parametrize("sentence", [
    "- Phấn đấu 100% chi hội có mô hình tiết kiệm.",  # no table: the sentence as written, marker off
    "Mỗi chi hội xây dựng ít nhất 1 mô hình “5 không, 3 sạch”",
])
def test_a_sentence_target_keeps_its_words(sentence):
    assert sections._target_words(sentence) == sentence.lstrip("- ").rstrip(".")


TABLE = """Đại hội đại biểu Phụ nữ tỉnh Hà Nam lần thứ XX, nhiệm kỳ 2026 - 2031

Sáng 12/3/2026, Hội LHPN tỉnh Hà Nam tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XX, nhiệm kỳ 2026 - 2031.
Đại hội thông qua các chỉ tiêu chủ yếu:
Chỉ tiêu | Mục tiêu đến năm 2031
Gia đình được công nhận đạt chuẩn văn hóa kiểu mẫu | 92%
Chi hội duy trì sinh hoạt câu lạc bộ gia đình hạnh phúc | 100%
"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_targets_section_names_a_table_row_by_its_subject(tmp_path, lang):
    from wuanalysis import read_reports
    from wuanalysis.measures import compute_measurements
    from wuanalysis.linking import compute_targets
    from wuanalysis.page_data import compute_targets_section

    (tmp_path / "r.txt").write_text(TABLE, encoding="utf-8")
    corpus = read_reports(tmp_path, workers=1)
    targets = compute_targets(corpus.documents, corpus.facts, None, corpus.texts)
    m = compute_measurements(corpus.documents, corpus.facts, targets, corpus.texts)
    section = compute_targets_section(targets, m, "Hà Nam")
    rows = [r for r in re.findall(r"<tr>(.*?)</tr>", sections.html_targets(section, lang).data, flags=re.S)
            if "<td" in r]
    names = [re.sub(r"<[^>]+>", "", re.findall(r"<td[^>]*>(.*?)</td>", r, flags=re.S)[0]) for r in rows]
    subject = "Gia đình được công nhận đạt chuẩn văn hóa kiểu mẫu"
    assert (subject if lang == "vi" else f"“{subject}”") in names, names
    assert not any("| 92%" in n for n in names)


@pytest.mark.parametrize("unit", ["%", "‰"])
def test_a_unit_of_symbols_is_no_report_word_in_english(unit):
    """The scorecard's unit column read “%” on an English page: a sign is no Vietnamese word to quote."""
    assert wording.unit_text(unit, "en") == unit


@pytest.mark.parametrize(("unit", "english"), [("hộ", "households"), ("chiếc nón lá", "“chiếc nón lá”"),
                                               ("m2", "m²")])
def test_a_unit_in_words_is_translated_or_quoted(unit, english):
    assert wording.unit_text(unit, "en") == english  # guards: the table's words, and a word it lacks quoted


@pytest.mark.parametrize(("lang", "shown"), [("vi", "571.930 hội viên"), ("en", "“571.930 hội viên”")])
def test_another_figure_is_the_report_s_words(lang, shown):
    other = pd.DataFrame({"doc": ["r.txt"], "topic": ["membership"], "unit_class": ["count"], "unit": ["hội viên"],
                          "value": [571930.0], "qualifier": ["exact"], "estimate": [False],
                          "quote": ["571.930 hội viên"], "sentence": ["Đại biểu thay mặt cho 571.930 hội viên."]})
    items = re.findall(r"<li.*?</li>", sections.html_other_figures(other, lang).data, flags=re.S)
    assert re.sub(r"<[^>]+>", "", items[0].split("<details")[0]).endswith(shown)


EVIDENCE = pd.DataFrame({
    "indicator": ["propaganda_participants", "households_out_of_poverty", "members_new"],
    "predecessor": ["Gia Lai"] * 3, "value": [215000.0, 1129.0, 6874.0], "unit_class": ["count"] * 3,
    "unit": ["lượt hội viên", "hộ", "hội viên"], "qualifier": ["more_than", "exact", "exact"],
    "estimate": [False, True, False], "target": [None, None, None], "achievement_pct": [None, None, 57.0],
    "quote": ["hơn 215.000 lượt hội viên", "1.129 hộ", "6.874 hội viên"],
    "sentence": ["Tuyên truyền cho hơn 215.000 lượt hội viên.", "Dự kiến có 1.129 hộ thoát nghèo.",
                 "Kết nạp 6.874 hội viên mới, đạt 57% kế hoạch năm."],
    "rate_label": [None] * 3, "correction_note": [None] * 3, "doc": ["r.txt"] * 3, "title": ["T"] * 3,
    "published": [None] * 3,
})


@pytest.mark.parametrize(("lang", "said"), [
    ("vi", ["hơn 215.000 lượt hội viên", "ước 1.129 hộ", "6.874 hội viên"]),
    ("en", ["more than 215,000", "1,129 households", "6,874 members"]),
])
def test_the_evidence_shows_each_figure_with_the_report_s_hedge(lang, said):
    from wuanalysis.present import table_evidence

    page = table_evidence(EVIDENCE, lang).as_raw_html()
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r'headers="[^"]*figure"[^>]*>(.*?)</td>', page,
                                                                      flags=re.S)]
    assert len(cells) == 3
    for cell, words in zip(cells, said):
        assert words in cell, (cell, words)
    assert not cells[2].startswith(("hơn", "ước", "more", "est"))  # guard: an exact final figure stays bare


def test_a_local_target_sits_under_the_period_it_is_for():
    from wuanalysis.present import table_local_reports

    local = pd.DataFrame({
        "province": ["Quảng Nam"] * 2, "org_level": ["district"] * 2, "place": ["thị xã Điện Bàn"] * 2,
        "period_year": [2024, 2024], "period_span": ["year", "year"], "indicator": ["members_new"] * 2,
        "rate_label": [None] * 2, "unit_class": ["count"] * 2, "unit": ["hội viên"] * 2,
        "value": [1052.0, 1000.0], "qualifier": ["exact"] * 2, "estimate": [False] * 2,
        "achievement_pct": [104.0, None], "status": ["exceeded", None], "quote": ["1.052 hội viên", "1.000 hội viên"],
        "sentence": ["Kết nạp mới 1.052 hội viên, đạt 104% kế hoạch.", "Năm 2025 phấn đấu kết nạp 1.000 hội viên."],
        "docs": ["r.txt"] * 2, "role": ["result", "target"], "target_basis": [None, "total"],
        "target_cadence": [None, "once"], "target_period": [None, "2025"]})
    page = table_local_reports(local, "vi").as_raw_html()
    periods = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r'headers="[^"]*period"[^>]*>(.*?)</td>', page,
                                                                        flags=re.S)]
    assert periods == ["năm 2024", "năm 2025"]  # the result its report's year, the target the year it is set for


NINE = ("Nhiệm kỳ 2021 - 2026, Đại hội thông qua 9 chỉ tiêu chủ yếu: Hằng năm, 100% cơ sở Hội được hướng dẫn tổ "
        "chức ít nhất 2 hoạt động tuyên truyền; kết nạp mới 25.000 hội viên trong nhiệm kỳ; 60% chi hội có mô hình "
        "tiết kiệm; giảm 5% số hộ phụ nữ chưa có nhà tiêu hợp vệ sinh.")


@pytest.mark.parametrize(("value", "words"), [
    (100, "Hằng năm, 100% cơ sở Hội được hướng dẫn tổ chức ít nhất 2 hoạt động tuyên truyền"),
    (60, "60% chi hội có mô hình tiết kiệm"),
    (5, "giảm 5% số hộ phụ nữ chưa có nhà tiêu hợp vệ sinh"),
])
def test_a_target_of_a_list_is_named_by_its_own_item(value, words):
    """A list of a congress's targets in one sentence: each row its item, not the list's heading cut at 90."""
    assert sections._target_words(NINE, value=value) == words


def test_a_target_found_in_no_item_or_in_two_keeps_the_sentence():
    assert sections._target_words(NINE, value=7).startswith("Nhiệm kỳ 2021 - 2026, Đại hội")  # not in any item
    two = "Giúp 20 hộ thoát nghèo; xây 20 mái ấm."
    assert sections._target_words(two, value=20) == "Giúp 20 hộ thoát nghèo; xây 20 mái ấm"


@pytest.mark.parametrize(("unit", "english"), [
    ("mét", "metres"), ("ha", "ha"), ("em", "children"), ("học sinh", "pupils"), ("THT", "co-op groups"),
    ("Địa chỉ tin cậy", "trusted addresses"), ("gian hàng", "stalls"), ("tuyến", "routes"),
    ("VND/suất", "VND per package"), ("VND/tháng", "VND a month"), ("VND/em/tháng", "VND per child a month"),
    ("VND/hộ", "VND per household"), ("VND/người/năm", "VND per person a year"),
])
def test_units_the_merged_pages_left_in_vietnamese(unit, english):
    """Units of the reports' figures that English pages showed between “ ” ("1,100 “mét”", "“VND/suất”")."""
    assert wording.unit_text(unit, "en") == english
    assert wording.unit_text(unit, "vi") == unit  # guard: the report's word on a Vietnamese page
