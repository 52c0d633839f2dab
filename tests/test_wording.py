"""Wording: one label table (data/labels.csv) and one module word every number, period, status and label."""
from __future__ import annotations

import csv
from importlib import resources

import pandas as pd
import pytest

from wuanalysis import charts, present, wording
from wuanalysis.page_data import NOTE_COLUMNS, compute_data_notes


def test_label_table_is_complete_for_every_language():
    with resources.files("wuanalysis").joinpath("data", "labels.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "an id twice"
    assert wording.languages() == ("vi", "en")
    for r in rows:
        for lang in wording.languages():
            assert r[lang], f"labels.csv: {r['id']} has no {lang} text"


def test_numbers_money_and_periods():
    assert wording.format_number(4094) == "4.094" and wording.format_number(4094, "en") == "4,094"
    assert wording.format_number(12.5) == "12,5" and wording.format_number(12.5, "en") == "12.5"
    assert wording.format_money(1.293e12) == "1.293 tỷ đồng" and wording.format_money(6e8) == "600 triệu đồng"
    assert wording.format_money(4.2e9, "en") == "4.2 billion VND" and wording.format_money(5e5, "en") == "500,000 VND"
    assert wording.format_figure(4094, "count", "hội viên") == "4.094 hội viên"
    assert wording.format_figure(95, "percent", "%", "en") == "95%"
    assert wording.format_values([12.1e9, 1.293e12], "vnd", "VND") == "12,1 tỷ đồng; 1.293 tỷ đồng"
    assert wording.period_text(2024, "9m") == "9 tháng 2024" and wording.period_text(2023, "year", "en") == "2023"
    assert wording.period_text(2023, "6m", "en") == "H1 2023" and wording.period_text(None, "quarter") == "quý"
    assert wording.period_text(2023, "unknown") == "2023" and wording.period_text(None, None) == "?"
    assert wording.label("status.below", "en") == "Below target"
    assert wording.indicator_labels(["members_new", "no_such_id"], "en")[1] == "no_such_id"


def test_an_unknown_language_is_named():
    with pytest.raises(ValueError, match="lang must be one of vi, en, not 'fr'"):
        wording.label("status.below", "fr")
    with pytest.raises(ValueError, match="'fr'"):
        present.table_data_notes(pd.DataFrame(columns=NOTE_COLUMNS), "fr")


def _notes_text(notes: pd.DataFrame, lang: str) -> str:
    return present.table_data_notes(notes, lang).as_raw_html()


def test_data_notes_word_each_problem_plainly_in_both_languages():
    issues = pd.DataFrame([
        {"doc": "bac-kan.html", "path": "out/bac-kan.html", "reason": "own_output", "detail": "a page"},
        {"doc": "targets.csv", "path": "targets.csv", "reason": "target_unmatched", "detail": "target members_new"},
        {"doc": "scorecards.xlsx", "path": "out/scorecards.xlsx", "reason": "write_failed", "detail": "locked"},
    ])
    notes = compute_data_notes(None, issues)
    vi, en = _notes_text(notes, "vi"), _notes_text(notes, "en")
    assert "Không đọc được" not in vi and "Unreadable" not in en
    for key in ("note.own_output", "note.target_unmatched", "note.write_failed"):
        assert wording.label(key, "vi") in vi and wording.label(key, "en") in en


def test_conflict_notes_are_worded_in_the_page_language():
    """The values reports disagree on, from numbers: "1.109; 34.874" in Vietnamese, "1,109; 34,874" in English,
    and no English sentence in a Vietnamese page."""
    card = pd.DataFrame([{"province": "Bình Phước", "predecessor": "Bình Phước", "combined": False,
                          "indicator": "borrowers", "conflict": True, "conflict_values": [1109.0, 34874.0],
                          "status": "achieved", "docs": "a.txt; b.txt"}])
    notes = compute_data_notes(card)
    vi, en = _notes_text(notes, "vi"), _notes_text(notes, "en")
    assert "1.109; 34.874" in vi and "values reported" not in vi
    assert "values reported: 1,109; 34,874" in en


def test_an_indicator_outside_the_catalogue_is_named_in_words():
    """A stated rate whose clause names no indicator is measured under ``unassigned``: pages name it in words."""
    assert wording.indicator_labels(["unassigned", "members_new"], "vi") == [
        "Tỷ lệ đạt chưa rõ nội dung", "Hội viên kết nạp / phát triển mới"]
    assert wording.indicator_labels(["unassigned"], "en") == ["Achievement rate of an unnamed indicator"]
    card = pd.DataFrame({"indicator": ["unassigned"], "predecessor": ["Bình Phước"], "achievement_pct": [83.0],
                         "status": ["below"]})
    spec = charts.chart_achievement(card, "en").to_dict()
    assert [r["label"] for rows in spec["datasets"].values() for r in rows if "label" in r] == [
        "Achievement rate of an unnamed indicator"]


def test_scores_never_import_presentation_and_rendering_modules():
    """Scores carry numbers and codes; words, charts and pages come after them and never the other way round."""
    import ast
    from pathlib import Path

    package = Path(wording.__file__).parent
    later = {"wording", "present", "charts", "sections", "fonts", "briefing", "pages", "kernels", "notebook_runs",
             "workbook", "datadir", "processes"}
    for module in ("scorecard", "comparisons"):
        tree = ast.parse((package / f"{module}.py").read_text(encoding="utf-8"))
        imported = {(n.module or "").split(".")[-1] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        imported |= {a.name.split(".")[-1] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        assert not imported & later, f"{module}.py imports {sorted(imported & later)}"


def test_a_target_is_worded_as_the_report_said_it():
    from wuanalysis.wording import result_text, row_label, target_text

    assert target_text(2500, "at_least", "count", "hội viên", "per_year", "total", "2025-2030") == \
        "ít nhất 2.500 hội viên/năm"
    assert target_text(2500, "at_least", "count", "hội viên", "per_year", "total", "2025-2030", "en") == \
        "at least 2,500 members a year"
    assert target_text(25, "exact", "count", "hợp tác xã", "by_end", "total", "2025-2030") == \
        "25 hợp tác xã đến cuối nhiệm kỳ 2025-2030"
    assert target_text(3, "at_least", "count", "hộ", "by_end", "per_grassroots_union", "2025-2030") == \
        "ít nhất 3 hộ mỗi cơ sở Hội đến cuối nhiệm kỳ 2025-2030"
    assert target_text(90, "at_least", "percent", "%", "once", "share", "2023") == "ít nhất 90%"
    assert result_text(2700, "count", "hội viên", estimate=True) == "ước 2.700 hội viên"
    assert result_text(1e12, "vnd", "VND", qualifier="more_than") == "trên 1.000 tỷ đồng"
    # a stated rate with no figure is named by its own clause, not "an unnamed indicator"
    assert row_label("unassigned", "hoạt động đối thoại chính sách") == "Hoạt động đối thoại chính sách"
    assert row_label("members_new", None) == "Hội viên kết nạp / phát triển mới"
    assert row_label("members_new", "kết nạp hội viên", "en") == "New members: “kết nạp hội viên”"


def test_row_labels_name_each_row_with_or_without_a_rate_label_column():
    frame = pd.DataFrame({"indicator": ["members_new", "unassigned"],
                          "rate_label": [None, "hoạt động đối thoại chính sách"]})
    assert wording.row_labels(frame) == ["Hội viên kết nạp / phát triển mới", "Hoạt động đối thoại chính sách"]
    assert wording.row_labels(frame[["indicator"]], "en") == [wording.row_label("members_new", None, "en"),
                                                               wording.row_label("unassigned", None, "en")]


def test_units_are_translated_through_the_unit_table():
    """English pages say "4,094 members", "Target: 2,500 households" (issue 12 item 7); a unit the table does not
    know stays as the report wrote it; Vietnamese is untouched."""
    from wuanalysis.wording import format_figure, result_text, unit_text

    assert format_figure(4094, "count", "hội viên", "en") == "4,094 members"
    assert format_figure(4094, "count", "hội viên", "vi") == "4.094 hội viên"
    assert result_text(2500, "count", "hộ", "en", qualifier="at_least") == "at least 2,500 households"
    assert [unit_text(u, "en") for u in ("lượt", "người", "chi hội", "tổ", "mô hình", "HTX", "Hợp tác xã")] == \
        ["times", "people", "branches", "groups", "models", "co-ops", "co-ops"]
    assert unit_text("đoạn đường hoa lạ", "en") == "“đoạn đường hoa lạ”"  # unknown: as written, quoted
    assert unit_text("hội viên", "vi") == "hội viên" and unit_text(None, "en") is None


def test_more_than_says_the_reports_word():
    """"hơn 1.000 tỷ đồng" stays "hơn" on a Vietnamese page; "trên 4,2 tỷ" stays "trên" (both are more_than)."""
    from wuanalysis.wording import result_text

    assert result_text(1e12, "vnd", "VND", qualifier="more_than", quote="hơn 1.000 tỷ đồng") == "hơn 1.000 tỷ đồng"
    assert result_text(4.2e9, "vnd", "VND", qualifier="more_than", quote="trên 4,2 tỷ đồng") == "trên 4,2 tỷ đồng"
    assert result_text(1e12, "vnd", "VND", "en", qualifier="more_than", quote="hơn 1.000 tỷ") == \
        "more than 1,000 billion VND"


def test_coverage_names_every_period_a_province_reported_in_the_page_language():
    """The overview's coverage table words its ``periods`` codes ("2023:6m; 2024:9m") one by one, a year-less
    code (":quarter") included: mypy read ``period_text(*_split_period(p), lang)`` as one argument too many while the
    split's type said nothing of its length."""
    coverage = pd.DataFrame({"province": ["Bắc Kạn"], "province_2025": ["Thái Nguyên"], "n_documents": [2],
                             "periods": ["2023:6m; 2024:9m; :quarter"], "n_indicators": [3], "n_with_rate": [1],
                             "n_conflicts": [0], "latest_year": [2024], "latest_span": ["9m"]})
    en = present.table_coverage(coverage, "en").as_raw_html()
    vi = present.table_coverage(coverage, "vi").as_raw_html()
    assert "H1 2023, 9 months 2024, quarter" in en
    assert "6 tháng 2023, 9 tháng 2024, quý" in vi


def test_a_group_of_labels_is_gathered_once_per_language_and_callers_get_their_own_copy(monkeypatch):
    # a page words ~190 rows: each row's name must not rescan the whole label table (labels.csv, ~280 rows)
    wording.labels("status", "en")  # gathered (if not already)
    scans = []
    table = wording._table
    monkeypatch.setattr(wording, "_table", lambda: scans.append(1) or table())
    for _ in range(50):
        words = wording.labels("status", "en")
    assert words["below"] == "Below target" and not scans
    words["below"] = "changed by a caller"
    assert wording.labels("status", "en")["below"] == "Below target"
    assert wording.labels("status", "vi")["below"] != "Below target"
    with pytest.raises(ValueError, match="not 'fr'"):
        wording.labels("status", "fr")


def test_great_tables_locale_tables_are_read_once_a_process(monkeypatch):
    # every fmt_number(locale=...) read great-tables' locale CSV files again: ~15 reads of ~570 rows a page
    import great_tables._locale

    rankings = pd.DataFrame({"indicator": ["members_new", "members_new"], "period_year": [2023, 2023],
                             "period_span": ["year", "year"], "province": ["Bình Phước", "Bắc Kạn"],
                             "value": [4094.0, 12.5], "unit": ["hội viên", "hội viên"], "rank": [1, 2], "n": [2, 2]})
    present.table_rankings(rankings, "vi").as_raw_html()  # read (if not already)
    reads = []
    real = great_tables._locale.read_csv
    monkeypatch.setattr(great_tables._locale, "read_csv", lambda name: reads.append(name) or real(name))
    for lang in ("vi", "en", "vi"):
        html = present.table_rankings(rankings, lang).as_raw_html()
    assert ">4.094<" in html and ">12,5<" in html and not reads
    # and one cell written at a time by iat: both checked on great-tables 1.1 (present._quicker_great_tables)
    from great_tables import _tbl_data

    assert _tbl_data._set_cell.dispatch(pd.DataFrame).__module__ == "wuanalysis.present", \
        "great-tables upgraded: check present._quicker_great_tables against it (tables byte-identical, faster)"


_SAME_BYTES = r'''
import pandas as pd
from great_tables import GT

rows = pd.DataFrame({
    "place": ["Huyện Bù Đăng", "Huyện Bù Đăng", None],
    "indicator": ["Hội viên kết nạp mới", "Vốn vay <b>ủy thác</b>", "Tổ hợp tác"],
    "value": [4094.0, 1.293e12, None],
    "sentence": ["tính đến ngày 30/10/2023 đã phát triển mới được <mark>4.094</mark> hội viên",
                 "<script>alert(1)</script> dư nợ", None],
    "note": ["", None, "Số liệu khác nhau: 12,1; 1.293"],
})
assert isinstance(rows["indicator"].dtype, pd.StringDtype)  # pandas' Arrow-backed strings, as on a page


def table(make):
    gt = make(rows, groupname_col="place", id="local-reports").fmt(lambda v: v, columns="sentence")
    gt = gt.fmt_number(columns="value", rows=[0], decimals=2, drop_trailing_zeros=True, locale="vi")
    gt = gt.fmt(lambda v: "1.293 tỷ đồng", columns="value", rows=[1]).sub_missing(columns="value", missing_text="")
    return gt.tab_header(title="Báo cáo cấp huyện, xã").tab_options(heading_align="left").as_raw_html()


plain = table(lambda data, **kw: GT(data, **kw).tab_options(
    table_font_names=["Wuanalysis Sans", "Noto Sans", "Arial", "sans-serif"]))
from wuanalysis import present
ours = table(present._table)
assert ours == plain, "present._table's HTML differs from great-tables' own"
assert "Vốn vay &lt;b&gt;ủy thác&lt;/b&gt;" in ours and ">4.094<" in ours
print("same")
'''


def test_tables_are_the_same_bytes_as_great_tables_own(fresh_python):
    """present's quicker great-tables (Python-held strings, locale tables read once, one-cell writes) changes no
    byte: a plain great-tables run in a fresh process (conftest.py: great-tables imported, the package not), then
    ours, on the same rows."""
    run = fresh_python(_SAME_BYTES)
    assert run.returncode == 0 and run.stdout.strip() == "same", run.stderr[-2000:]
