"""Targets and linking (issue 11): the targets table, results measured against the target that applies, every
stated rate in the measurements, and a status that respects qualifiers and kinds.

The reports are invented but written the way the genre writes (a province's congress with its list of targets,
its annual reviews, a district's review), and run through the real extractor.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import wuanalysis
from wuanalysis import Corpus
from wuanalysis.catalogue import load_targets
from wuanalysis.linking import (TARGET_TABLE_COLUMNS, compute_status, compute_targets, target_basis, target_period,
                                PROGRESS_COLUMNS, compute_target_progress, with_user_targets)
from wuanalysis.measures import MEASUREMENT_COLUMNS, compute_measurements
from wuanalysis.rate_ties import UNASSIGNED

from acceptance_reports import ANNUAL_2026, CONGRESS, DISTRICT_2026

ROOT = Path(__file__).resolve().parent.parent


def read_reports(paths) -> Corpus:
    """The reports read in this process (``workers=1``): a handful of files, where a pool of one process per CPU
    would cost more to fork than to read them; its tables are the same whatever the number (test_parallel.py)."""
    return wuanalysis.read_reports(paths, workers=1)


def write(folder: Path, **texts: str) -> Path:
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def pick(m: pd.DataFrame, **where) -> pd.DataFrame:
    for k, v in where.items():
        m = m[m[k] == v]
    return m


@pytest.fixture(scope="module")
def province_folder(tmp_path_factory):
    folder = write(tmp_path_factory.mktemp("bac_kan"), dai_hoi=CONGRESS, tong_ket_2026=ANNUAL_2026,
                   huyen_cho_don_2026=DISTRICT_2026)
    corpus = read_reports(folder)
    return corpus, compute_measurements(corpus.documents, corpus.facts, load_targets())


# ---------------------------------------------------------------- the acceptance test of issue 11


def test_annual_results_are_measured_against_the_congresss_yearly_targets(province_folder):
    _corpus, m = province_folder
    members = pick(m, org_level="province", period_year=2026, indicator="members_new", role="result").iloc[0]
    assert (members["value"], members["target"], members["achievement_pct"]) == (2700, 2500, 108.0)
    assert members["achievement_source"] == "computed" and members["link"] == "per_year"
    assert members["target_cadence"] == "per_year" and members["target_period"] == "2025-2030"
    assert members["target_qualifier"] == "at_least" and members["status"] == "exceeded"
    assert "Hằng năm kết nạp ít nhất 2.500 hội viên mới" in members["target_sentence"]
    assert "đã kết nạp 2.700 hội viên mới" in members["sentence"]  # both sentences are the evidence
    assert members["target_doc"] == "dai_hoi.txt" and members["target_source"] == "text"
    poor = pick(m, org_level="province", period_year=2026, indicator="households_out_of_poverty", role="result").iloc[0]
    assert (poor["value"], poor["target"], poor["achievement_pct"]) == (280, 300, 93.3)
    assert poor["status"] == "below"


def test_the_districts_figures_are_not_the_provinces(province_folder):
    _corpus, m = province_folder
    district = pick(m, org_level="district", period_year=2026, role="result")
    assert sorted(district["value"]) == [45, 310]
    assert district["target"].isna().all() and district["achievement_pct"].isna().all()
    assert (district["place"] == "huyện Chợ Đồn").all() and (district["province"] == "Bắc Kạn").all()
    assert district["measurement_id"].str.startswith("Bắc Kạn/huyện Chợ Đồn|2026|year|").all()
    province = pick(m, org_level="province", period_year=2026, indicator="members_new", role="result")
    assert list(province["value"]) == [2700] and not province["conflict"].any()  # 310 is no rival figure


def test_a_congress_closes_one_term_and_opens_the_next(province_folder):
    _corpus, m = province_folder
    # the results of the closing term are not measured by the targets of the term the congress opens
    closing = pick(m, org_level="province", period_span="term", role="result")
    assert set(closing["value"]) == {12400, 1450} and closing["target"].isna().all()


# ---------------------------------------------------------------- the targets table


def test_the_targets_table_holds_every_target_statement(province_folder):
    corpus, _m = province_folder
    t = compute_targets(corpus.documents, corpus.facts, load_targets())
    assert list(t.columns) == TARGET_TABLE_COLUMNS
    text = t[t["source"] == "text"].set_index("value")
    got = {v: (r["indicator"], r["period"], r["cadence"], r["basis"], r["qualifier"]) for v, r in text.iterrows()}
    assert got[2500] == ("members_new", "2025-2030", "per_year", "total", "at_least")
    assert got[300] == ("households_out_of_poverty", "2025-2030", "per_year", "total", "exact")
    assert got[25] == ("cooperatives_new", "2025-2030", "by_end", "total", "exact")
    assert got[3][1:] == ("2025-2030", "by_end", "per_grassroots_union", "at_least")
    assert got[85][1:] == ("2025-2030", "by_end", "share", "more_than")
    assert (text["org_level"] == "province").all() and (text["province"] == "Bắc Kạn").all()
    assert (text["province_2025"] == "Thái Nguyên").all()
    for r in text.itertuples():  # each target leads back to its phrase in the report
        assert corpus.texts[r.doc][int(r.start):int(r.end)] in r.sentence
        assert r.fact_id.startswith(r.doc + "#")
    defaults = t[t["source"] == "national default"]
    assert len(defaults) == len(load_targets()) and (defaults["org_level"] == "central").all()
    assert defaults["province"].isna().all()


def test_a_users_targets_file_is_in_the_table_with_its_source(province_folder, tmp_path):
    corpus, _m = province_folder
    path = tmp_path / "targets.csv"
    path.write_text("indicator,scope,period,period_span,value,unit,label_vi,source\n"
                    "members_new,Bắc Kạn,2026,year,2.800,hội viên,Kết nạp 2.800 hội viên,KH 2026\n"
                    "households_out_of_poverty,Bắc Kạn,2025-2030,year,320,hộ,Mỗi năm giúp 320 hộ,NQ\n",
                    encoding="utf-8")
    t = compute_targets(corpus.documents, corpus.facts, load_targets(path))
    mine = t[t["source"] == "targets file"].set_index("indicator")
    assert mine.loc["members_new", "cadence"] == "once" and mine.loc["members_new", "period"] == "2026"
    assert mine.loc["households_out_of_poverty", "cadence"] == "per_year"
    assert mine.loc["households_out_of_poverty", "period"] == "2025-2030"
    assert (mine["org_level"] == "province").all() and mine["label_vi"].tolist()[0] == "Kết nạp 2.800 hội viên"
    # the reports' yearly target beats the file's for the same year; the file's plan of the year beats neither
    m = compute_measurements(corpus.documents, corpus.facts, load_targets(path))
    members = pick(m, org_level="province", period_year=2026, indicator="members_new", role="result").iloc[0]
    assert members["target"] == 2500 and members["target_source"] == "text"


def test_a_users_target_for_the_province_never_measures_a_district(province_folder, tmp_path):
    corpus, _m = province_folder
    path = tmp_path / "targets.csv"
    path.write_text("indicator,scope,period,period_span,value,unit,label_vi,source\n"
                    "members_new,Bắc Kạn,2026,year,2.800,hội viên,x,KH 2026\n", encoding="utf-8")
    m = compute_measurements(corpus.documents, corpus.facts, load_targets(path))
    assert pick(m, org_level="district", indicator="members_new")["target"].isna().all()


@pytest.mark.parametrize("year, span, label, sentence, expected", [
    (2025, "term", "Đại hội … nhiệm kỳ 2025 - 2030", "Hằng năm kết nạp ít nhất 2.500 hội viên",
     (2025, 2030, "term", "per_year")),
    (2025, "term", "Đại hội đại biểu Phụ nữ tỉnh lần thứ XV", "Mỗi năm giúp 300 hộ", (2025, 2030, "term", "per_year")),
    (2025, "term", "nhiệm kỳ 2025 - 2030", "Đến cuối nhiệm kỳ, thành lập 25 hợp tác xã",
     (2025, 2030, "term", "by_end")),
    (2023, "year", "năm 2023", "phấn đấu đến năm 2030 có 100% cơ sở Hội có trang mạng", (2023, 2030, "term", "by_end")),
    (2026, "year", "năm 2026", "Năm 2027, phấn đấu kết nạp 3.000 hội viên", (2027, 2027, "year", "once")),
    (2026, "year", "năm 2026", "Phương hướng năm tới: kết nạp 3.000 hội viên", (2027, 2027, "year", "once")),
    (2026, "year", "năm 2026", "so với năm 2025, phấn đấu kết nạp 3.000 hội viên", (2026, 2026, "year", "once")),
    (2026, "9m", "9 tháng", "Chỉ tiêu năm: giúp 300 hộ", (2026, 2026, "year", "once")),
])
def test_the_period_and_cadence_of_a_target(year, span, label, sentence, expected):
    assert target_period(year, span, label, sentence) == expected


def test_the_cadence_is_the_cue_nearest_the_figure():
    # as in a real congress's list (dev d012, d003): one sentence, two cadences
    s = "Phấn đấu hàng năm 100% Hội LHPN cấp xã thực hiện vận động; đến năm 2030 có trên 90% hộ gia đình đạt tiêu chí."
    assert target_period(2025, "term", "nhiệm kỳ 2025-2030", s, s.index("100%"))[3] == "per_year"
    assert target_period(2025, "term", "nhiệm kỳ 2025-2030", s, s.index("90%")) == (2025, 2030, "term", "by_end")
    s = ("Chỉ tiêu 1: Đến cuối nhiệm kỳ, tham mưu đề xuất được ít nhất 05 chính sách. Chỉ tiêu 2: Hằng năm, mỗi cơ sở "
         "Hội tổ chức ít nhất 02 hoạt động")
    assert target_period(2017, "term", "nhiệm kỳ 2017 - 2022", s, s.index("05"))[3] == "by_end"
    assert target_period(2017, "term", "nhiệm kỳ 2017 - 2022", s, s.index("02"))[3] == "per_year"
    s = "Kết nạp ít nhất 2.500 hội viên mỗi năm; thành lập 25 hợp tác xã"
    assert target_period(2025, "term", "", s, s.index("2.500"))[3] == "per_year"
    assert target_period(2025, "term", "", s, s.index("25 hợp"))[3] == "by_end"
    assert target_basis(s, "count", s.index("25 hợp")) == "total"
    s = "Mỗi cơ sở Hội giúp 3 hộ thoát nghèo; toàn tỉnh thành lập 25 hợp tác xã"
    assert target_basis(s, "count", s.index("3 hộ")) == "per_grassroots_union"
    assert target_basis(s, "count", s.index("25 hợp")) == "total"


@pytest.mark.parametrize("sentence, unit_class, basis", [
    ("Mỗi cơ sở Hội giúp ít nhất 3 hộ thoát nghèo", "count", "per_grassroots_union"),
    ("Mỗi chi hội xây dựng 1 mô hình", "count", "per_branch"),
    ("Trên 85% hội viên tham gia sinh hoạt", "percent", "share"),
    ("Hằng năm kết nạp ít nhất 2.500 hội viên", "count", "total"),
])
def test_the_basis_of_a_target(sentence, unit_class, basis):
    assert target_basis(sentence, unit_class) == basis


# ---------------------------------------------------------------- linking by cadence and kind


def test_a_plan_for_the_year_beats_the_terms_yearly_target(tmp_path):
    plan = ANNUAL_2026 + "Phương hướng, nhiệm vụ năm 2027: phấn đấu kết nạp 2.800 hội viên mới.\n"
    annual_2027 = ("Hội LHPN tỉnh Bắc Kạn tổng kết công tác Hội năm 2027\nNgày 14/12/2027, Hội LHPN tỉnh Bắc Kạn tổ "
                   "chức Hội nghị tổng kết năm 2027.\n"
                   "Năm 2027, các cấp Hội trong tỉnh đã kết nạp 2.940 hội viên mới.\n")
    corpus = read_reports(write(tmp_path, dai_hoi=CONGRESS, tong_ket_2026=plan, tong_ket_2027=annual_2027))
    m = compute_measurements(corpus.documents, corpus.facts)
    row = pick(m, period_year=2027, indicator="members_new", role="result").iloc[0]
    assert (row["target"], row["achievement_pct"], row["link"]) == (2800, 105.0, "same_period")
    # the 2026 results are still measured by the congress's yearly target, not by the plan for 2027
    row = pick(m, period_year=2026, indicator="members_new", role="result").iloc[0]
    assert row["target"] == 2500


def test_a_half_year_result_is_progress_toward_the_year(tmp_path):
    half = ("Hội LHPN tỉnh Bắc Kạn sơ kết công tác Hội 6 tháng đầu năm 2026\nNgày 10/7/2026, Hội LHPN tỉnh Bắc Kạn tổ "
            "chức Hội nghị sơ kết công tác Hội 6 tháng đầu năm 2026.\n6 tháng đầu năm 2026, các cấp Hội trong tỉnh đã "
            "kết nạp 1.300 hội viên mới.\n")
    corpus = read_reports(write(tmp_path, dai_hoi=CONGRESS, so_ket=half))
    assert corpus.documents.set_index("doc").loc["so_ket.txt", "period_span"] == "6m"
    row = pick(compute_measurements(corpus.documents, corpus.facts), indicator="members_new", period_span="6m").iloc[0]
    assert (row["target"], row["achievement_pct"], row["link"]) == (2500, 52.0, "progress")
    assert row["achievement_source"] == "progress" and row["status"] == "in_progress"  # not "below": half a year


def test_a_term_total_measures_the_term_to_date_sum(tmp_path):
    annual_2027 = ("Hội LHPN tỉnh Bắc Kạn tổng kết công tác Hội năm 2027\nNgày 14/12/2027, Hội LHPN tỉnh Bắc Kạn tổ "
                   "chức Hội nghị tổng kết năm 2027.\nTrong năm, Hội đã hỗ trợ thành lập mới 10 hợp tác xã do phụ nữ "
                   "quản lý.\n")
    corpus = read_reports(write(tmp_path, dai_hoi=CONGRESS, tong_ket_2026=ANNUAL_2026, tong_ket_2027=annual_2027))
    m = compute_measurements(corpus.documents, corpus.facts)
    coops = pick(m, indicator="cooperatives_new", role="result").set_index("period_year")
    assert coops.loc[2026, "compared_value"] == 8 and coops.loc[2027, "compared_value"] == 18
    assert coops.loc[2027, "link"] == "term_to_date" and coops.loc[2027, "target"] == 25
    assert coops.loc[2027, "achievement_pct"] == 72.0 and coops.loc[2027, "achievement_source"] == "term_to_date"
    assert coops.loc[2027, "status"] == "in_progress"  # the term runs to 2030
    # 18 of 25 after 3 of the term's 6 years (2025-2030): ahead of pace
    assert coops.loc[2027, "elapsed_pct"] == 50.0 and coops.loc[2027, "on_pace"]
    assert coops.loc[2026, "elapsed_pct"] == 33.3 and not coops.loc[2026, "on_pace"]  # 8 of 25 is 32 %
    assert coops.loc[2027, "value"] == 10  # the year's own figure is kept


def test_a_share_against_the_terms_share_is_judged_in_points(tmp_path):
    congress = CONGRESS.replace("- Trên 85% hội viên tham gia sinh hoạt thường xuyên.",
                                "- Đến cuối nhiệm kỳ, có ít nhất 90% cơ sở Hội hoàn thành tốt nhiệm vụ trở lên.")
    annual = ANNUAL_2026 + "Năm 2026, có 82% cơ sở Hội hoàn thành tốt nhiệm vụ trở lên.\n"
    corpus = read_reports(write(tmp_path, dai_hoi=congress, tong_ket_2026=annual))
    m = compute_measurements(corpus.documents, corpus.facts)
    rows = pick(m, period_year=2026, unit_class="percent", role="result")
    rows = rows[rows["target"].notna()]
    if rows.empty:
        pytest.skip("the extractor gives the share no indicator of the catalogue (E1's indicators.csv)")
    row = rows.iloc[0]
    assert row["target_basis"] == "share" and row["link"] == "latest_level" and row["gap"] == -8
    assert row["status"] == "in_progress" and row["target_qualifier"] == "at_least"


def test_a_stated_rate_and_a_computed_one_are_both_kept_and_a_disagreement_flagged(tmp_path):
    annual = ANNUAL_2026.replace("đã kết nạp 2.700 hội viên mới,", "đã kết nạp 2.700 hội viên mới, đạt 120% kế hoạch,")
    corpus = read_reports(write(tmp_path, dai_hoi=CONGRESS, tong_ket_2026=annual))
    row = pick(compute_measurements(corpus.documents, corpus.facts), period_year=2026, indicator="members_new").iloc[0]
    assert (row["achievement_pct"], row["achievement_source"], row["computed_pct"]) == (120, "stated", 108.0)
    assert row["rate_mismatch"]
    agreeing = ANNUAL_2026.replace("đã kết nạp 2.700 hội viên mới,",
                                   "đã kết nạp 2.700 hội viên mới, đạt 108% kế hoạch,")
    (tmp_path / "tong_ket_2026.txt").write_text(agreeing, encoding="utf-8")
    corpus = read_reports(tmp_path)
    row = pick(compute_measurements(corpus.documents, corpus.facts), period_year=2026, indicator="members_new").iloc[0]
    assert row["computed_pct"] == 108.0 and not row["rate_mismatch"]


def test_a_target_per_grassroots_union_is_never_compared_with_a_total(province_folder):
    _corpus, m = province_folder
    poor = pick(m, period_year=2026, org_level="province", indicator="households_out_of_poverty", role="result")
    assert poor["target"].tolist() == [300]  # the 300 a year, never the 3 per cơ sở Hội


def test_an_estimate_is_marked(tmp_path):
    annual = ANNUAL_2026.replace("đã kết nạp 2.700 hội viên mới,", "ước thực hiện kết nạp 2.700 hội viên mới,")
    corpus = read_reports(write(tmp_path, dai_hoi=CONGRESS, tong_ket_2026=annual))
    m = compute_measurements(corpus.documents, corpus.facts)
    assert pick(m, period_year=2026, indicator="members_new")["estimate"].tolist() == [True]
    assert not pick(m, period_year=2026, indicator="cooperatives_new")["estimate"].any()
    # a figure one report gives as an estimate and another as final is final
    (tmp_path / "tong_ket_2026_ban_2.txt").write_text(ANNUAL_2026, encoding="utf-8")
    corpus = read_reports(tmp_path)
    m = compute_measurements(corpus.documents, corpus.facts)
    row = pick(m, period_year=2026, indicator="members_new").iloc[0]
    assert row["n_sources"] == 2 and not row["estimate"]


# ---------------------------------------------------------------- every stated rate reaches the measurements


def test_seed_003s_rates_of_the_period_are_measurements_below_target():
    corpus = read_reports(ROOT / "seeds" / "003_1bd7b950d73e6ed6.txt")
    m = compute_measurements(corpus.documents, corpus.facts)
    rates = m[m["rate_label"].notna()].set_index("achievement_pct")
    assert {83, 50, 38} <= set(rates.index)
    assert (rates.loc[[83, 50, 38], "status"] == "below").all()
    assert (rates.loc[[83, 50, 38], "achievement_source"] == "stated").all() and rates["value"].isna().all()
    assert rates.loc[83, "indicator"] == UNASSIGNED and rates.loc[83, "rate_label"] == "hoạt động đối thoại chính sách"
    assert "đạt 83% chỉ tiêu giai đoạn" in rates.loc[83, "sentence"]
    assert rates.loc[38, "rate_label"].startswith("tập huấn lồng ghép giới cho cán bộ thôn")
    assert m["measurement_id"].is_unique


def test_a_rate_after_its_clauses_figure_goes_to_that_figure():
    corpus = read_reports(ROOT / "seeds" / "003_1bd7b950d73e6ed6.txt")
    m = compute_measurements(corpus.documents, corpus.facts)
    # "… có 488 hộ phụ nữ thoát cận nghèo (…), đạt 462% (dự kiến vượt 362% chỉ tiêu)"
    row = pick(m, indicator="households_out_of_near_poverty", value=488.0).iloc[0]
    assert row["achievement_pct"] == 462 and row["status"] == "exceeded"
    assert 462 not in set(m.loc[m["rate_label"].notna(), "achievement_pct"])  # not a second time


def test_targets_met_is_the_reports_own_completion(tmp_path):
    text = ("Hội LHPN tỉnh Bắc Kạn tổng kết công tác Hội năm 2024\nNăm 2024, Hội LHPN tỉnh đã hoàn thành và vượt 7/9 "
            "chỉ tiêu Đại hội giao; hoạt động đối thoại chính sách đạt 83% chỉ tiêu giai đoạn.\n")
    corpus = read_reports(write(tmp_path, r=text))
    m = compute_measurements(corpus.documents, corpus.facts)
    row = pick(m, indicator="targets_met").iloc[0]
    assert (row["value"], row["target"], row["achievement_pct"], row["status"]) == (7, 9, 77.8, "below")
    assert pick(m, indicator=UNASSIGNED)["achievement_pct"].tolist() == [83]


def test_the_measurement_columns_keep_their_order():
    # the scorecard reads the first 26 columns by name; the new ones come after them
    assert MEASUREMENT_COLUMNS[:4] == ["measurement_id", "province", "province_2025", "org_level"]
    assert MEASUREMENT_COLUMNS.index("sentence") == 25 and MEASUREMENT_COLUMNS[26] == "place"


# ---------------------------------------------------------------- status


@pytest.mark.parametrize("value, qualifier, target, target_qualifier, basis, status", [
    (2500, "exact", 2500, "at_least", "total", "achieved"),     # "ít nhất 2.500" is met by 2.500
    (2499, "exact", 2500, "at_least", "total", "below"),
    (2600, "exact", 2500, "at_least", "total", "exceeded"),
    (85, "exact", 85, "more_than", "share", "below"),           # "trên 85%" needs more than 85
    (85.3, "exact", 85, "more_than", "share", "achieved"),
    (85, "more_than", 85, "more_than", "share", "achieved"),    # "trên 85%" reported for "trên 85%"
    (92, "exact", 85, "exact", "share", "exceeded"),            # points: 7 points ahead, not 108 %
    (84.6, "exact", 85, "exact", "share", "achieved"),          # rounding
    (84, "exact", 85, "exact", "share", "below"),
    (996, "exact", 1000, "exact", "total", "achieved"),         # today's thresholds for a plain target
    (994, "exact", 1000, "exact", "total", "below"),
    (1005, "exact", 1000, None, "total", "exceeded"),
    (4, "exact", 5, "less_than", "share", "achieved"),          # "dưới 5%"
    (6, "exact", 5, "less_than", "share", "below"),
    (100, "exact", None, None, "total", "no_target"),
    (None, "exact", 100, None, "total", "no_result"),
])
def test_status_respects_qualifiers_and_kinds(value, qualifier, target, target_qualifier, basis, status):
    assert compute_status(value, qualifier, target, target_qualifier, basis) == status


def test_a_hedged_target_in_a_users_file_is_judged_as_a_bound(tmp_path):
    corpus = read_reports(write(tmp_path / "", tong_ket_2026=ANNUAL_2026))
    path = tmp_path / "targets.csv"
    path.write_text("indicator,scope,period,period_span,value,unit,label_vi,source,qualifier\n"
                    "members_new,Bắc Kạn,2026,year,2.700,hội viên,Kết nạp ít nhất 2.700 hội viên,KH 2026,ít nhất\n"
                    "households_out_of_poverty,Bắc Kạn,2026,year,280,hộ,Giúp trên 280 hộ,KH 2026,trên\n",
                    encoding="utf-8")
    m = compute_measurements(corpus.documents, corpus.facts, load_targets(path)).set_index("indicator")
    assert m.loc["members_new", "target_source"] == "targets file" and m.loc["members_new", "link"] == "same_period"
    assert m.loc["members_new", "status"] == "achieved" and m.loc["members_new", "target_qualifier"] == "at_least"
    assert m.loc["households_out_of_poverty", "status"] == "below"  # 280 is not more than 280
    assert m.loc["members_new", "target_sentence"] == "Kết nạp ít nhất 2.700 hội viên"
    assert m.loc["members_new", "target_doc"] == "KH 2026"


def test_a_province_report_of_unknown_level_is_the_provinces(province_folder):
    corpus, _m = province_folder
    documents = corpus.documents.copy()
    documents.loc[documents["doc"] == "tong_ket_2026.txt", "org_level"] = None
    m = compute_measurements(documents, corpus.facts)
    row = pick(m, period_year=2026, indicator="members_new", value=2700.0).iloc[0]
    assert row["target"] == 2500 and row["link"] == "per_year"
    assert pick(m, period_year=2026, indicator="members_new", value=310.0)["target"].isna().all()


def test_a_term_target_for_a_stock_measures_the_latest_level(tmp_path):
    congress = CONGRESS.replace("- Mỗi năm giúp 300 hộ phụ nữ thoát nghèo.",
                                "- Đến cuối nhiệm kỳ, tổng số hội viên toàn tỉnh đạt 60.000 hội viên.")
    annual = ANNUAL_2026 + "Nâng tổng số hội viên toàn tỉnh là 52.000 hội viên.\n"
    annual_2027 = ("Hội LHPN tỉnh Bắc Kạn tổng kết công tác Hội năm 2027\nNgày 14/12/2027, Hội LHPN tỉnh Bắc Kạn tổ "
                   "chức Hội nghị tổng kết năm 2027.\nNâng tổng số hội viên toàn tỉnh là 54.500 hội viên.\n")
    corpus = read_reports(write(tmp_path, dai_hoi=congress, tong_ket_2026=annual, tong_ket_2027=annual_2027))
    total = pick(compute_measurements(corpus.documents, corpus.facts), indicator="members_total", role="result")
    total = total[total["target"].notna()].set_index("period_year")
    assert total.loc[2027, "link"] == "latest_level" and total.loc[2027, "compared_value"] == 54500  # not 106.500
    assert total.loc[2027, "target"] == 60000 and total.loc[2027, "status"] == "in_progress"


def test_a_rates_words_start_after_the_figure_before_it(tmp_path):
    # as in dev d029: two rates in one clause, each naming its own target
    text = ("Hội LHPN huyện Tiên Phước, tỉnh Quảng Nam tổng kết năm 2021\nTrong nhiệm kỳ, một số chỉ tiêu đạt và vượt "
            "cao như chỉ tiêu hỗ trợ phụ nữ khởi nghiệp vượt 200%, chỉ tiêu giúp hộ thoát nghèo vượt 141%.\n")
    corpus = read_reports(write(tmp_path, r=text))
    rates = compute_measurements(corpus.documents, corpus.facts).set_index("achievement_pct")
    assert rates.loc[300, "indicator"] == "women_startups_supported"
    assert rates.loc[241, "indicator"] == "households_out_of_poverty"
    assert rates.loc[241, "rate_label"] == "chỉ tiêu giúp hộ thoát nghèo"


def test_a_list_item_takes_its_period_from_the_heading_it_sits_under(tmp_path):
    annual = ANNUAL_2026 + ("Phương hướng, nhiệm vụ năm 2027:\n- Kết nạp ít nhất 3.000 hội viên mới.\n"
                            "- Giúp 320 hộ phụ nữ thoát nghèo.\n")
    corpus = read_reports(write(tmp_path, dai_hoi=CONGRESS, tong_ket_2026=annual))
    t = compute_targets(corpus.documents, corpus.facts, None, corpus.texts)
    plan = t[t["doc"] == "tong_ket_2026.txt"].set_index("value")
    assert plan.loc[3000, "period"] == "2027" and plan.loc[320, "period"] == "2027"
    m = compute_measurements(corpus.documents, corpus.facts, texts=corpus.texts)
    row = pick(m, period_year=2026, indicator="members_new", role="result").iloc[0]
    assert row["target"] == 2500 and row["link"] == "per_year"  # next year's plan does not measure this year


def test_a_written_targets_table_is_remeasured_against_another_targets_file(tmp_path):
    annual = ANNUAL_2026 + "Phương hướng, nhiệm vụ năm 2027:\n- Kết nạp ít nhất 3.000 hội viên mới.\n"
    corpus = read_reports(write(tmp_path, dai_hoi=CONGRESS, tong_ket_2026=annual))
    table = compute_targets(corpus.documents, corpus.facts, None, corpus.texts)
    table.to_parquet(tmp_path / "targets.parquet")
    path = tmp_path / "mine.csv"
    path.write_text("indicator,scope,period,period_span,value,unit,label_vi,source\n"
                    "households_out_of_poverty,Bắc Kạn,2026,year,250,hộ,x,KH\n", encoding="utf-8")
    again = with_user_targets(pd.read_parquet(tmp_path / "targets.parquet"), load_targets(path))
    assert list(again.columns) == TARGET_TABLE_COLUMNS
    assert set(again["source"]) == {"text", "targets file", "national default"}
    assert again.loc[again["value"] == 3000, "period"].tolist() == ["2027"]  # read with the texts, kept
    m = compute_measurements(corpus.documents, corpus.facts, again)  # no texts needed any more
    assert pick(m, period_year=2026, indicator="members_new", role="result")["target"].tolist() == [2500]


def test_each_target_with_its_latest_result(province_folder):
    corpus, m = province_folder
    targets = compute_targets(corpus.documents, corpus.facts, load_targets(), corpus.texts)
    progress = compute_target_progress(targets, m).set_index("value")
    assert list(compute_target_progress(targets, m).columns) == PROGRESS_COLUMNS
    assert progress.loc[2500, "result_value"] == 2700 and progress.loc[2500, "status"] == "exceeded"
    assert progress.loc[2500, "result_period_year"] == 2026 and "2.700" in progress.loc[2500, "result_sentence"]
    assert progress.loc[300, "achievement_pct"] == 93.3 and progress.loc[300, "status"] == "below"
    assert progress.loc[25, "result_value"] == 8 and progress.loc[25, "status"] == "in_progress"
    assert progress.loc[25, "elapsed_pct"] == pytest.approx(33.3) and not progress.loc[25, "on_pace"]
    assert progress.loc[3, "status"] == "not_comparable"  # per grassroots union
    assert progress.loc[85, "status"] == "no_data"
    assert "national default" not in set(progress["source"])


def test_a_list_item_takes_its_cadence_from_the_heading(tmp_path):
    items = "- Hằng năm kết nạp ít nhất 2.500 hội viên mới.\n- Mỗi năm giúp 300 hộ phụ nữ thoát nghèo.\n"
    congress = CONGRESS.replace(items, "Hằng năm, các cấp Hội phấn đấu:\n- Kết nạp ít nhất 2.500 hội viên mới;\n"
                                       "- Giúp 300 hộ phụ nữ thoát nghèo.\n")
    corpus = read_reports(write(tmp_path, dai_hoi=congress, tong_ket_2026=ANNUAL_2026))
    t = compute_targets(corpus.documents, corpus.facts, None, corpus.texts).set_index("value")
    if 2500 not in t.index:
        pytest.skip("the extractor does not read the items as targets")
    assert t.loc[2500, "cadence"] == "per_year" and t.loc[2500, "period"] == "2025-2030"
    m = compute_measurements(corpus.documents, corpus.facts, texts=corpus.texts)
    row = pick(m, period_year=2026, indicator="members_new", role="result").iloc[0]
    assert (row["target"], row["achievement_pct"], row["link"]) == (2500, 108.0, "per_year")
