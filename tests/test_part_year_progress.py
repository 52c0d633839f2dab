"""A quarter's, half-year's or nine months' result measured against a year's or a term's target is on its way, not
short of it ("Quý I/2026 … kết nạp 3.126 hội viên mới, đạt 28% kế hoạch năm"): status ``in_progress``, whether the
report states the rate or the target comes from a plan; a whole year's result below its target stays ``below``."""
from __future__ import annotations

import pandas as pd
import pytest

from wuanalysis import build

PLAN = ("date 2026-01-10 Hội LHPN tỉnh Quảng Ngãi triển khai nhiệm vụ năm 2026\n\nNgày 9/1/2026, Hội LHPN tỉnh "
        "Quảng Ngãi tổ chức hội nghị triển khai nhiệm vụ năm 2026. Năm 2026, Hội phấn đấu kết nạp 11.000 hội viên "
        "mới, thành lập mới 25 tổ hợp tác.\n")
REPORTS = {
    "quarter": ("date 2026-04-08 Hội LHPN tỉnh Quảng Ngãi sơ kết quý I/2026\n\nNgày 7/4/2026, Hội LHPN tỉnh Quảng "
                "Ngãi sơ kết công tác Hội quý I/2026. Trong quý I, toàn tỉnh kết nạp 3.126 hội viên mới, đạt 28% kế "
                "hoạch năm; thành lập mới 11 tổ hợp tác.\n"),
    "half-year": ("date 2026-07-09 Hội LHPN tỉnh Quảng Ngãi sơ kết 6 tháng đầu năm 2026\n\nNgày 8/7/2026, Hội LHPN "
                  "tỉnh Quảng Ngãi sơ kết công tác Hội 6 tháng đầu năm 2026. Trong 6 tháng, toàn tỉnh kết nạp 5.200 "
                  "hội viên mới, đạt 47% kế hoạch năm; thành lập mới 11 tổ hợp tác.\n"),
    "year": ("date 2027-01-12 Hội LHPN tỉnh Quảng Ngãi tổng kết năm 2026\n\nNgày 11/1/2027, Hội LHPN tỉnh Quảng "
             "Ngãi tổng kết công tác Hội năm 2026. Năm 2026, toàn tỉnh kết nạp 9.900 hội viên mới, đạt 90% kế hoạch "
             "năm; thành lập mới 11 tổ hợp tác.\n"),
}


@pytest.mark.parametrize("kind, expected", [("quarter", "in_progress"), ("half-year", "in_progress"),
                                            ("year", "below")])
def test_a_part_of_the_year_is_on_its_way(tmp_path, kind, expected):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "plan.txt").write_text(PLAN, encoding="utf-8")
    (reports / f"{kind}.txt").write_text(REPORTS[kind], encoding="utf-8")
    build(reports, tmp_path / "out", briefings=False, workers=1)
    m = pd.read_parquet(tmp_path / "out" / "measurements.parquet")
    results = m[(m["role"] == "result") & m["period_year"].eq(2026)]
    members = results[results["indicator"] == "members_new"]
    coops = results[results["indicator"] == "coop_groups_new"]
    assert len(members) == 1 and len(coops) == 1, results[["indicator", "value", "period_span"]]
    assert members["status"].iloc[0] == expected  # the report's own rate
    assert coops["target"].iloc[0] == 25 and coops["status"].iloc[0] == expected  # the plan's target
