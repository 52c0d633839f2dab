"""The pages read as a provincial leader reads them (benchmarks/PAGES_READ.md): a real build of invented reports
in the genre, then what the overview's targets table, the briefing's targets section and the list of pages show.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pytest

from wuanalysis import charts, comparisons, datadir, page_data, pages, present, scorecard, sections, wording

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TEMPLATE = Path(__file__).resolve().parent.parent / "wuanalysis" / "templates" / "notebooks" / "overview.ipynb"

REPORTS = {
    # provinces whose name the 2025 merger kept (Cà Mau took in Bạc Liêu, Hưng Yên took in Thái Bình)
    "ca_mau_2025.txt": "Hội LHPN tỉnh Cà Mau tổng kết công tác Hội năm 2025\n\nNăm 2025, các cấp Hội trong tỉnh đã "
                       "kết nạp 5.120 hội viên mới, đạt 102% chỉ tiêu. Hội đã giúp 410 hộ phụ nữ thoát nghèo, đạt 82% "
                       "chỉ tiêu năm.\n",
    "hung_yen_2025.txt": "Hội LHPN tỉnh Hưng Yên sơ kết công tác Hội 9 tháng năm 2025\n\n9 tháng năm 2025, Hội LHPN "
                         "tỉnh Hưng Yên đã hỗ trợ thành lập mới 12 hợp tác xã, đạt 60% chỉ tiêu năm.\n",
    # a year's plan, then the first quarter's results: hedged, and rates stated against the plan's targets
    "lai_chau_2026.txt": "Lai Châu: Quý I/2026, Hội LHPN tỉnh kết nạp hơn 1.200 hội viên mới\n\nNăm 2026, Hội LHPN "
                         "tỉnh Lai Châu đặt chỉ tiêu kết nạp 4.000 hội viên mới, thành lập 10 hợp tác xã và 20 tổ hợp "
                         "tác.\n\nQuý I/2026, Hội LHPN tỉnh Lai Châu kết nạp hơn 1.200 hội viên mới. Từ đầu năm, Hội "
                         "hỗ trợ thành lập 3 hợp tác xã, 5 tổ hợp tác do phụ nữ làm chủ, đạt lần lượt 30% và 25% chỉ "
                         "tiêu năm.\n",
    # a report without figures: it names its province, which has nothing to brief
    "son_la_2026.txt": "Hội LHPN tỉnh Sơn La tập huấn nghiệp vụ công tác Hội\n\nNgày 12/3/2026, Hội LHPN tỉnh Sơn La "
                       "tổ chức hội nghị tập huấn nghiệp vụ công tác Hội cho cán bộ Hội cơ sở trong tỉnh.\n",
    "dien_bien_2025.txt": "Hội LHPN tỉnh Điện Biên gặp mặt cán bộ Hội nhân ngày 20/10\n\nSáng 18/10/2025, Hội LHPN "
                          "tỉnh Điện Biên tổ chức gặp mặt kỷ niệm 95 năm Ngày thành lập Hội LHPN Việt Nam.\n",
    # provinces whose only figures are a ward's and a special zone's (the province's own union: none)
    "hoang_mai_2025.txt": "Hội LHPN phường Hoàng Mai (Hà Nội) sơ kết công tác Hội 6 tháng đầu năm 2025\n\n6 tháng "
                          "đầu năm 2025, Hội LHPN phường Hoàng Mai đã kết nạp 120 hội viên mới, vận động 35 hộ tham "
                          "gia tiết kiệm với số tiền 210 triệu đồng.\n",
    "phu_quoc_2025.txt": "Đại hội đại biểu Phụ nữ đặc khu Phú Quốc, tỉnh An Giang lần thứ I, nhiệm kỳ 2025 - 2030\n\n"
                         "Nhiệm kỳ qua, Hội LHPN đặc khu Phú Quốc đã hỗ trợ 240 phụ nữ khởi nghiệp, phối hợp tổ chức "
                         "36 lớp dạy nghề cho 1.050 lao động nữ.\n",
    # one province's two years: sessions counted alike, participants in two units ("lượt hội viên", "lượt người")
    "lang_son_2024.txt": "Hội LHPN tỉnh Lạng Sơn tổng kết công tác Hội năm 2024\n\nNăm 2024, các cấp Hội tổ chức "
                         "1.250 buổi tuyên truyền, thu hút 95.000 lượt hội viên tham dự.\n",
    "lang_son_2025.txt": "Hội LHPN tỉnh Lạng Sơn tổng kết công tác Hội năm 2025\n\nNăm 2025, các cấp Hội tổ chức "
                         "1.310 buổi tuyên truyền, thu hút 21.600 lượt người tham dự.\n",
    # a district's year plan and a commune's congress: targets only, all their provinces' pages can show
    "dong_hoa_2025.txt": "Hội LHPN thị xã Đông Hòa (Phú Yên) triển khai nhiệm vụ năm 2025\n\nCác cơ sở hội LHPN trên "
                         "địa bàn TX Đông Hòa phấn đấu trong năm 2025 giúp đỡ 30 hộ phụ nữ thoát nghèo, thoát cận "
                         "nghèo; hỗ trợ nâng cao năng lực cho 20 phụ nữ là chủ doanh nghiệp.\n",
    "quang_uyen_2025.txt": "Đại hội đại biểu Phụ nữ xã Quảng Uyên, tỉnh Cao Bằng lần thứ I, nhiệm kỳ 2025 - 2030\n\n"
                           "Đại hội đề ra mục tiêu nhiệm kỳ 2025 - 2030: mỗi năm kết nạp ít nhất 150 hội viên mới; "
                           "giúp 20 hộ phụ nữ thoát nghèo.\n",
    # a district's plan with targets for each grassroots union
    "tra_on_2025.txt": "Hội LHPN huyện Trà Ôn (Vĩnh Long) triển khai nhiệm vụ năm 2025\n\nNăm 2025, Hội LHPN huyện "
                       "phấn đấu: toàn huyện giúp 40 hộ phụ nữ thoát nghèo; mỗi cơ sở hội vận động ít nhất 5 hộ gia "
                       "đình đạt tiêu chí “gia đình 5 không, 3 sạch”.\n",
}


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    """The tables of one build (``--no-briefings``) of the reports above and seed 003 (Bình Phước, merged into
    Đồng Nai in 2025 under Đồng Nai's name)."""
    from wuanalysis import build

    root = tmp_path_factory.mktemp("pages_read")
    reports = root / "reports"
    reports.mkdir()
    for name, text in REPORTS.items():
        (reports / name).write_text(text, encoding="utf-8")
    shutil.copy(next(SEEDS.glob("003_*.txt")), reports)
    build(reports, root / "out", briefings=False, workers=1)
    return datadir.load_tables(root / "out")


@pytest.fixture(scope="module")
def data_dir(tables) -> Path:
    return Path(tables.folder)


def _section(tables, province: str):
    card = scorecard.compute_scorecards(tables.measurements, [province])[province]
    return page_data.compute_targets_section(tables.targets, tables.measurements, province, scorecard=card)


def _text(html_object) -> str:
    raw = html_object if isinstance(html_object, str) else html_object.data
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", raw))


def test_overview_targets_name_every_province_its_reports_name(tables):
    grid = comparisons.compute_target_overview(tables.targets, tables.measurements)
    shown = set(grid["province"])
    # a name the 2025 merger kept is the province its reports name: its targets are on the overview
    assert {"Cà Mau", "Hưng Yên", "Lai Châu", "Bình Phước"} <= shown
    assert (grid.loc[grid["province"] == "Cà Mau", "outcome"].tolist().count("below") == 1)  # 82% of the year's
    # guard: a merged province no report names is no row (its predecessor Bình Phước has its own)
    assert "Đồng Nai" not in shown


def test_every_province_given_a_page_has_figures_to_show(tables):
    every = scorecard.provinces_with_data(tables.measurements, tables.documents)
    assert "Sơn La" not in every and "Điện Biên" not in every  # reports without figures: no failing page
    for province in every:
        datadir.check_province(tables.measurements, province)  # the briefing's first check passes
    assert {"Cà Mau", "Hưng Yên", "Lai Châu", "Bình Phước"} <= set(every)  # guard: reporting provinces keep theirs


def test_targets_section_says_the_result_as_the_report_said_it(tables):
    section = _section(tables, "Lai Châu")
    members = section[section["indicator"] == "members_new"]
    assert len(members) == 1 and members["result_qualifier"].iloc[0] == "more_than"
    text = _text(sections.html_targets(section, "vi"))
    assert "hơn 1.200 hội viên" in text  # "kết nạp hơn 1.200 hội viên mới", not "1.200 hội viên"
    assert "more than 1,200 members" in _text(sections.html_targets(section, "en"))
    assert "hơn 3 hợp tác xã" not in text and "3 hợp tác xã" in text  # guard: an exact result stays bare


def test_a_stated_rate_of_a_target_row_fills_that_row(tables):
    section = _section(tables, "Lai Châu")
    for indicator, result, pct in (("cooperatives_new", 3, 30), ("coop_groups_new", 5, 25)):
        rows = section[section["indicator"] == indicator]
        assert len(rows) == 1, rows[["kind", "value", "result_value", "status"]]  # one line, not two
        row = rows.iloc[0]
        assert (row["kind"], row["result_value"], row["achievement_pct"]) == ("target", result, pct)
    counts = sections.targets_summary(section)
    assert counts["no_data"] == 0
    # guard: rates with a clause of their own stay their own lines, below target (issue 11's measure)
    stated = _section(tables, "Bình Phước")
    stated = stated[stated["kind"] == "stated"]
    below = stated.loc[stated["status"] == "below", "achievement_pct"].tolist()
    assert sorted(below) == [38.0, 50.0, 83.0]


def test_a_quarter_reads_as_words():
    assert wording.period_text(2026, "quarter") == "một quý năm 2026"
    assert wording.period_text(2026, "quarter", "en") == "a quarter of 2026"
    assert wording.period_text(2025, "month") == "một tháng năm 2025"
    assert wording.period_text(None, "quarter") == "quý"  # guard: without its year, the bare word
    assert wording.period_text(2023, "6m") == "6 tháng 2023"  # guard: the other spans as they were


def test_a_quarter_on_the_targets_section(tables):
    text = _text(sections.html_targets(_section(tables, "Lai Châu"), "vi"))
    assert "(một quý năm 2026)" in text and "quý, 2026" not in text


def test_overview_opens_on_targets_by_province():
    """Issue 11: the overview shows provinces × targets first (before the central union's reports)."""
    headings = [c.source.splitlines()[0] for c in nbformat.read(TEMPLATE, as_version=4).cells
                if c.cell_type == "markdown" and c.source.startswith("## ")]
    assert headings[0].startswith("## Targets by province")
    assert any(h.startswith("## Central reports") for h in headings[1:])  # guard: still on the page


@pytest.mark.parametrize(("province", "place", "period"), [("Hà Nội", "phường Hoàng Mai", "6 tháng 2025"),
                                                           ("An Giang", "đặc khu Phú Quốc", "nhiệm kỳ đến 2025")])
def test_a_province_with_only_local_figures_says_where_they_come_from(tables, data_dir, province, place, period):
    card = scorecard.compute_scorecard(tables.measurements, province)
    local = page_data.compute_local_reports(tables.measurements, province)
    assert card.empty and len(local)
    title = _text(sections.html_title(card, province, "vi", local=local))
    assert "Chưa có số liệu của Hội LHPN cấp tỉnh" in title and f"{place} ({period})" in title
    # the index line says the same, instead of nothing beside a rendered page
    line = pages._headline_text(province, str(data_dir), None, None, "en")
    assert line.startswith("No figures from the provincial union yet") and f"“{place}”" in line


def test_a_province_with_figures_of_its_own_keeps_its_period_and_headlines(tables, data_dir):
    """Guard: a province union's own figures lead its title and index line, whatever else its reports hold."""
    card = scorecard.compute_scorecard(tables.measurements, "Lai Châu")
    title = _text(sections.html_title(card, "Lai Châu", "vi", local=page_data.compute_local_reports(
        tables.measurements, "Lai Châu")))
    assert "Một quý năm 2026" in title and "cấp huyện" not in title
    assert pages._headline_text("Lai Châu", str(data_dir), None, None, "vi").startswith("một quý năm 2026 — ")


def test_the_page_of_a_province_with_only_local_figures_shows_them(data_dir, tmp_path, pages_here):
    """The rendered briefing: the local figures unfolded (they are all the page has), no empty scorecard or
    evidence to unfold."""
    from wuanalysis import briefing

    with pages_here():
        result = briefing.render_all(data_dir, tmp_path, provinces=["Hà Nội"], workers=1)
    row = result.set_index("province").loc["Hà Nội"]
    assert row["status"] == "ok", row["error"]
    assert row["headlines"].startswith("Chưa có số liệu của Hội LHPN cấp tỉnh")  # the index line, from the page
    page = Path(row["html"]).read_text(encoding="utf-8")
    assert re.search(r'<details class="wu-local" open', page)
    assert "(0 nội dung" not in page and "(0 câu trích dẫn" not in page and "Ghi chú dữ liệu (0)" not in page
    assert "120 hội viên" in _text(type("H", (), {"data": page})())


def test_a_trend_joins_figures_of_one_unit_only(tables):
    """A panel per indicator and unit: 95.000 "lượt hội viên" (2024) and 21.600 "lượt người" (2025) are no fall
    from one to the other, so no panel; the sessions, counted alike both years, are a trend (guard)."""
    trend = comparisons.compute_trend(tables.measurements, "Lạng Sơn")
    assert {"propaganda_sessions", "propaganda_participants"} <= set(trend["indicator"])
    spec = str(charts.chart_trend(trend, "vi").to_dict())
    assert "1250" in spec.replace(".0", "") and "1310" in spec.replace(".0", "")
    assert "95000" not in spec.replace(".0", "") and "21600" not in spec.replace(".0", "")


@pytest.mark.parametrize(("unit", "english"), [("trẻ em", "children"), ("suất quà", "gift packages"),
                                               ("ủy viên", "committee members"), ("cá nhân", "individuals"),
                                               ("Mái ấm tình thương", "charity houses")])
def test_units_a_donor_reads_in_english(unit, english):
    """Units the build's English pages left in Vietnamese ("405 “suất quà”", "155 “ủy viên”")."""
    assert wording.result_text(405, "count", unit, "en") == f"405 {english}"
    assert wording.result_text(405, "count", unit, "vi") == f"405 {unit}"  # guard: the report's word in Vietnamese


def test_an_unknown_unit_stays_the_reports_word_in_english():
    assert wording.result_text(3, "count", "đoạn đường rợp bóng", "en") == "3 “đoạn đường rợp bóng”"  # guard


@pytest.mark.parametrize(("province", "place", "figure"), [("Phú Yên", "thị xã Đông Hòa", "30 hộ"),
                                                           ("Cao Bằng", "xã Quảng Uyên", "150 hội viên")])
def test_a_local_plan_is_shown_on_its_provinces_page(tables, province, place, figure):
    """A district's or commune's targets, with no result yet, were on no page (an empty briefing): they are the
    local section's lines, marked as targets."""
    local = page_data.compute_local_reports(tables.measurements, province)
    assert len(local) and set(local["role"]) == {"target"} and set(local["place"]) == {place}
    text = _text(present.table_local_reports(local, "vi").as_raw_html())
    assert f"Chỉ tiêu: {figure}" in text or f"Chỉ tiêu: ít nhất {figure}" in text
    assert "Chưa có số liệu của Hội LHPN cấp tỉnh" in sections.local_only_line(local, "vi")


def test_local_results_are_not_marked_as_targets(tables):
    """Guard: a ward's results stay results."""
    local = page_data.compute_local_reports(tables.measurements, "Hà Nội")
    assert set(local["role"]) == {"result"}
    assert "Chỉ tiêu:" not in _text(present.table_local_reports(local, "vi").as_raw_html())


def test_a_local_target_set_for_each_union_says_so(tables):
    """'mỗi cơ sở hội vận động ít nhất 5 hộ …' (TX Đông Hòa's plan in dev d027 says it too) is 5 households for
    each grassroots union, not 5 in all."""
    local = page_data.compute_local_reports(tables.measurements, "Vĩnh Long", targets=tables.targets)
    text = _text(present.table_local_reports(local, "vi").as_raw_html())
    assert "Chỉ tiêu: ít nhất 5 hộ gia đình mỗi cơ sở Hội" in text
    assert "Chỉ tiêu: 30 hộ" in _text(present.table_local_reports(page_data.compute_local_reports(
        tables.measurements, "Phú Yên", targets=tables.targets), "vi").as_raw_html())  # guard: a total stays bare
