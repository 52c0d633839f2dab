"""The targets table in the build: ``targets.parquet`` and ``targets.csv`` beside the other tables, computed once
with the reports' texts and used for the measurements.

Invented reports written the way the genre writes: a province's congress setting yearly targets, its later annual
review (with next year's plan as a list under its heading) and a district's review of the same year.
"""
from __future__ import annotations

import json

import pandas as pd
import pytest

from wuanalysis import build
from wuanalysis.linking import TARGET_TABLE_COLUMNS

CONGRESS = """Đại hội đại biểu Phụ nữ tỉnh Bắc Kạn lần thứ XV, nhiệm kỳ 2025 - 2030
Ngày 20/8/2025, Hội LHPN tỉnh Bắc Kạn long trọng tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XV, nhiệm kỳ 2025 - 2030.
Nhiệm kỳ qua, các cấp Hội trong tỉnh đã kết nạp mới 12.400 hội viên, giúp 1.450 hộ thoát nghèo.
Đại hội đề ra mục tiêu: hằng năm kết nạp ít nhất 2.500 hội viên mới; mỗi năm giúp 300 hộ thoát nghèo.
"""
ANNUAL_2026 = """Hội LHPN tỉnh Bắc Kạn tổng kết công tác Hội năm 2026
Ngày 15/12/2026, Hội LHPN tỉnh Bắc Kạn tổ chức Hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2026.
Năm 2026, các cấp Hội trong tỉnh đã kết nạp 2.700 hội viên mới, giúp 280 hộ thoát nghèo.
Phương hướng, nhiệm vụ năm 2027:
- Kết nạp ít nhất 3.000 hội viên mới.
- Giúp 350 hộ thoát nghèo.
"""
DISTRICT_2026 = """Hội LHPN huyện Chợ Đồn tổng kết công tác Hội năm 2026
Ngày 10/12/2026, Hội LHPN huyện Chợ Đồn, tỉnh Bắc Kạn tổ chức Hội nghị tổng kết công tác Hội năm 2026.
Năm 2026, Hội LHPN huyện đã kết nạp 310 hội viên mới, giúp 45 hộ thoát nghèo.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    reports = tmp_path_factory.mktemp("bac_kan")
    for name, text in (("dai_hoi", CONGRESS), ("tong_ket_2026", ANNUAL_2026), ("huyen_cho_don_2026", DISTRICT_2026)):
        (reports / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("out") / "out"
    return reports, out, build(reports, out, briefings=False, workers=1)


def result_row(m: pd.DataFrame, org_level: str, indicator: str) -> pd.Series:
    rows = m[(m["org_level"] == org_level) & (m["period_year"] == 2026) & (m["indicator"] == indicator)
             & (m["role"] == "result")]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_the_targets_table_is_written_beside_the_other_tables(built):
    _reports, out, result = built
    targets = pd.read_parquet(out / "targets.parquet")
    assert list(targets.columns) == TARGET_TABLE_COLUMNS
    stated = targets[targets["source"] == "text"]
    assert {(r.indicator, r.value, r.cadence, r.doc) for r in stated.itertuples()} >= {
        ("members_new", 2500, "per_year", "dai_hoi.txt"), ("households_out_of_poverty", 300, "per_year", "dai_hoi.txt")}
    # next year's plan, a list under its heading, is for 2027 (the heading's year needs the report's text)
    plan = stated[stated["doc"] == "tong_ket_2026.txt"]
    assert set(plan["value"]) == {3000, 350} and set(plan["period"].astype(str)) == {"2027"}
    assert result.targets[["target_id", "value"]].values.tolist() == targets[["target_id", "value"]].values.tolist()
    csv = pd.read_csv(out / "targets.csv", encoding="utf-8-sig")  # the CSV copies carry a BOM for Excel
    assert list(csv.columns) == TARGET_TABLE_COLUMNS and len(csv) == len(targets)
    assert {"targets.parquet", "targets.csv"} <= {p.name for p in result.files}


def test_the_provinces_results_are_measured_against_its_congress_and_the_districts_are_not(built):
    _reports, _out, result = built
    m = result.measurements
    members = result_row(m, "province", "members_new")
    assert (members["value"], members["target"], members["achievement_pct"]) == (2700, 2500, 108.0)
    assert members["target_doc"] == "dai_hoi.txt"
    poor = result_row(m, "province", "households_out_of_poverty")
    assert (poor["value"], poor["target"], poor["achievement_pct"]) == (280, 300, 93.3)
    for indicator in ("members_new", "households_out_of_poverty"):
        district = result_row(m, "district", indicator)
        assert pd.isna(district["target"]) and pd.isna(district["achievement_pct"])


def test_a_build_with_nothing_changed_is_up_to_date_and_keeps_the_targets(built):
    reports, out, _result = built
    manifest = json.loads((out / "wuanalysis-manifest.json").read_text(encoding="utf-8"))
    assert {"targets.parquet", "targets.csv"} <= set(manifest["outputs"])
    again = build(reports, out, briefings=False, workers=1)
    assert again.stats.get("up_to_date")
    assert (again.targets["value"] == 2500).any()
    (out / "targets.csv").unlink()  # an output gone: built again, and written again
    third = build(reports, out, briefings=False, workers=1)
    assert not third.stats.get("up_to_date") and (out / "targets.csv").is_file()
