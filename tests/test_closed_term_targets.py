"""A target keeps the term its statement names: a congress that opens 2025-2030 (or 2026-2031) and looks back on
the term it closes ("nhiệm kỳ qua", "5 năm qua", "nhiệm kỳ 2020-2025") dates those targets to the closed term, not
to the one it opens. Invented reports."""
from __future__ import annotations

import pandas as pd
import pytest

from wuanalysis import read_reports
from wuanalysis.linking import compute_targets

CONGRESS = ("Đại hội đại biểu Phụ nữ tỉnh {p} lần thứ XIX, nhiệm kỳ {term}\n\n"
            "Sáng 20/8/{y}, Hội LHPN tỉnh {p} tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XIX, nhiệm kỳ {term}.\n")


def targets(tmp_path, body: str, province: str = "Hà Nam", term: str = "2025-2030") -> pd.DataFrame:
    head = CONGRESS.format(p=province, term=term, y=term[:4])
    (tmp_path / "r.txt").write_text(head + body + "\n", encoding="utf-8")
    corpus = read_reports(tmp_path, workers=1)
    t = compute_targets(corpus.documents, corpus.facts, None, corpus.texts)
    return t[t["source"] == "text"]


def period_of(t: pd.DataFrame, value: float) -> set[str]:
    return set(t.loc[t["value"] == value, "period"])


@pytest.mark.parametrize("body", [
    "Trong nhiệm kỳ qua, toàn tỉnh giúp 1.200 hộ thoát nghèo (chỉ tiêu 1.000 hộ).",
    "Nhiệm kỳ vừa qua, các cấp Hội giúp 1.200 hộ thoát nghèo, vượt chỉ tiêu Đại hội (chỉ tiêu 1.000 hộ).",
    "5 năm qua, Hội đã giúp 1.200 hộ thoát nghèo (chỉ tiêu 1.000 hộ).",
    "Thực hiện Nghị quyết Đại hội nhiệm kỳ trước, Hội giúp 1.200 hộ thoát nghèo (chỉ tiêu 1.000 hộ).",
])
def test_a_result_of_the_closed_term_keeps_its_target_in_that_term(tmp_path, body):
    assert period_of(targets(tmp_path, body), 1000) == {"2020-2025"}


def test_a_term_of_2021_2026_closes_when_2026_2031_opens(tmp_path):
    t = targets(tmp_path, "Trong nhiệm kỳ qua, Hội kết nạp 12.500 hội viên mới (chỉ tiêu 10.000 hội viên).",
                province="Ninh Bình", term="2026-2031")
    assert period_of(t, 10000) == {"2021-2026"}


def test_each_target_takes_the_term_named_nearest_before_it(tmp_path):
    t = targets(tmp_path, "Nhiệm kỳ 2020-2025, Hội kết nạp 12.000 hội viên mới (chỉ tiêu 10.000 hội viên); nhiệm kỳ "
                          "2025-2030 phấn đấu kết nạp ít nhất 15.000 hội viên mới.")
    assert period_of(t, 10000) == {"2020-2025"} and period_of(t, 15000) == {"2025-2030"}


@pytest.mark.parametrize(("body", "value"), [
    # the term the congress opens: its own targets
    ("Nhiệm kỳ 2025-2030, Đại hội đề ra chỉ tiêu: hằng năm kết nạp ít nhất 2.500 hội viên mới.", 2500),
    ("Trong nhiệm kỳ tới, phấn đấu giúp ít nhất 1.500 hộ thoát nghèo.", 1500),
    ("Đại hội đề ra chỉ tiêu đến cuối nhiệm kỳ có 30 hợp tác xã do phụ nữ quản lý.", 30),
    # "năm qua" (the past year) is no closed term
    ("Năm qua, Hội giúp 300 hộ thoát nghèo (chỉ tiêu 250 hộ); nhiệm kỳ này phấn đấu giúp 1.500 hộ.", 250),
])
def test_the_opened_term_keeps_its_own_targets(tmp_path, body, value):
    assert period_of(targets(tmp_path, body), value) == {"2025-2030"}
