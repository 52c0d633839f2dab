"""The catalogue tells apart what a reader tells apart: a stock (outstanding loans, borrowers with a balance, the
union's branches) from a flow (loans disbursed, people given a loan in the period), the total of all the sources the
union manages from the policy bank's and the women's own fund, and a figure that says where something was held from
a structure of the union. Real sentences of seed 003 (Bình Phước) and invented ones in the same genre.
"""
from __future__ import annotations

import pandas as pd
import pytest

from wuanalysis.catalogue import KINDS, load_indicators
from wuanalysis.indicators import assign_indicators


def assign(sentence: str, figures: list[tuple[str, str, str]]) -> list[str | None]:
    """The indicators of figures of one sentence: (figure text, unit_class, unit), found left to right."""
    rows, pos = [], 0
    for text, unit_class, unit in figures:
        start = sentence.index(text, pos)
        pos = start + len(text)
        subject = text if unit_class in ("count", "ratio") else ""
        rows.append(dict(doc="d.txt", value=1.0, unit_class=unit_class, unit=unit, subject=subject,
                         sentence=sentence, start=start, end=pos, sentence_start=0))
    return assign_indicators(pd.DataFrame(rows))["indicator"].tolist()


V, C = "vnd", "count"


# ---------------------------------------------------------------- the catalogue's kind column


def test_every_indicator_has_a_kind_and_shares_are_percentages():
    cat = load_indicators()
    assert set(cat["kind"]) <= set(KINDS)
    assert (cat["kind"] == "share").equals(cat["unit_class"] == "percent")


@pytest.mark.parametrize("stock, flow", [
    ("loans_outstanding_vnd", "loans_disbursed_vnd"), ("borrowers_outstanding", "borrowers"),
    ("members_total", "members_new"), ("cooperatives_total", "cooperatives_new"), ("branches", "members_new"),
])
def test_stocks_and_flows(stock, flow):
    kind = load_indicators().set_index("id")["kind"]
    assert (kind[stock], kind[flow]) == ("stock", "flow")


# ---------------------------------------------------------------- the seed's sentences (Bình Phước, 2023)

DISBURSED = ("Chương trình hỗ trợ phụ nữ giảm nghèo Hội LHPN tỉnh đã giải ngân số tiền 12,1 tỷ đồng cho 1.109 "
             "thành viên vay.")
TOTAL = ("Với tổng dư nợ các nguồn vốn Hoạt động ủy thác Ngân hàng Chính sách xã Hội, Chương trình hỗ trợ phụ nữ giảm "
         "nghèo…do Hội quản lý hiện nay gần 1.293 tỷ đồng (tăng 242 tỷ đồng so với cùng kỳ năm 2022) có 34.874 hộ "
         "đang vay đầu tư sản xuất, kinh doanh, phát triển kinh tế gia đình.")


def test_a_disbursement_of_the_womens_programme_is_a_flow():
    assert assign(DISBURSED, [("12,1 tỷ đồng", V, "VND"), ("1.109 thành viên", C, "thành viên")]) == [
        "loans_disbursed_vnd", "borrowers"]


def test_the_outstanding_of_all_sources_is_the_total_even_when_the_womens_programme_is_named():
    assert assign(TOTAL, [("gần 1.293 tỷ đồng", V, "VND"), ("242 tỷ đồng", V, "VND"), ("34.874 hộ", C, "hộ")]) == [
        "loans_outstanding_vnd", None, "borrowers_outstanding"]


# ---------------------------------------------------------------- invented phrasings of the genre


@pytest.mark.parametrize("sentence, figures, expected", [
    # a stock then a flow in one sentence: each figure takes the kind of the lending word before it
    ("Tổng dư nợ ủy thác qua NHCSXH đạt 2.150 tỷ đồng với 41.200 hộ vay; trong năm giải ngân 610 tỷ đồng cho "
     "9.870 hộ.",
     [("2.150 tỷ đồng", V, "VND"), ("41.200 hộ", C, "hộ"), ("610 tỷ đồng", V, "VND"), ("9.870 hộ", C, "hộ")],
     ["policy_bank_outstanding_vnd", "borrowers_outstanding", "loans_disbursed_vnd", "borrowers"]),
    # a flow first, then the balance it leaves
    ("Hội Phụ nữ tỉnh Kon Tum cho vay mới hơn 35 tỷ đồng, nâng dư nợ Quỹ hỗ trợ phụ nữ phát triển lên 96 tỷ đồng.",
     [("hơn 35 tỷ đồng", V, "VND"), ("96 tỷ đồng", V, "VND")],
     ["loans_disbursed_vnd", "women_fund_outstanding_vnd"]),
    # "dư nợ cho vay" is an outstanding balance, though "cho vay" alone is lending in the period
    ("Dư nợ cho vay của chương trình tài chính vi mô là 18,6 tỷ đồng.", [("18,6 tỷ đồng", V, "VND")],
     ["women_fund_outstanding_vnd"]),
    # a borrower count right before its stock word
    ("Toàn tỉnh Hà Giang có khoảng 27.000 hộ còn dư nợ tại Ngân hàng Chính sách xã hội.", [("27.000 hộ", C, "hộ")],
     ["borrowers_outstanding"]),
    ("Năm 2024, Hội đã hỗ trợ vay 4,6 tỷ đồng cho 230 hội viên.", [("4,6 tỷ đồng", V, "VND"),
                                                                   ("230 hội viên", C, "hội viên")],
     ["loans_disbursed_vnd", "borrowers"]),
])
def test_stock_or_flow_follows_the_lending_word(sentence, figures, expected):
    assert assign(sentence, figures) == expected


@pytest.mark.parametrize("sentence, figure, expected", [
    # several sources named under "do Hội quản lý": the total, whichever source comes first
    ("Tổng dư nợ nguồn vốn Quỹ hỗ trợ phụ nữ phát triển, ủy thác NHCSXH do Hội quản lý đạt trên 3.400 tỷ đồng.",
     "trên 3.400 tỷ đồng", "loans_outstanding_vnd"),
    # "các nguồn vốn": all sources, named or not
    ("Dư nợ các nguồn vốn Hội Phụ nữ tỉnh Bến Tre đang quản lý là 1.870 tỷ đồng.", "1.870 tỷ đồng",
     "loans_outstanding_vnd"),
    ("Tổng dư nợ do Hội quản lý gần 760 tỷ đồng.", "gần 760 tỷ đồng", "loans_outstanding_vnd"),
    # one source named: that source's balance, though the union manages it
    ("Dư nợ ủy thác NHCSXH do Hội quản lý 1.050 tỷ đồng.", "1.050 tỷ đồng", "policy_bank_outstanding_vnd"),
    ("Dư nợ chương trình tài chính vi mô do Hội quản lý đạt hơn 42 tỷ đồng.", "hơn 42 tỷ đồng",
     "women_fund_outstanding_vnd"),
])
def test_the_total_of_all_sources_against_one_source(sentence, figure, expected):
    assert assign(sentence, [(figure, V, "VND")]) == [expected]


# ---------------------------------------------------------------- where something was held


@pytest.mark.parametrize("sentence, figure, unit", [
    ("Các cấp Hội tham gia, định hướng sinh hoạt tại 243 chi hội, câu lạc bộ.", "243 chi hội", "chi hội"),
    ("Hội đã tổ chức sinh hoạt chuyên đề ở 56 chi hội trong tỉnh Quảng Trị.", "56 chi hội", "chi hội"),
    ("Mô hình được nhân rộng tại các 18 cơ sở Hội.", "18 cơ sở Hội", "cơ sở"),
    ("Hội thi được tổ chức tại 15 xã, thị trấn của huyện.", "15 xã", "xã"),
    ("Duy trì sinh hoạt ở 32 tổ hợp tác, tổ liên kết.", "32 tổ hợp tác", "tổ hợp tác"),
])
def test_a_place_where_something_was_held_is_no_structure_of_the_union(sentence, figure, unit):
    assert assign(sentence, [(figure, C, unit)]) == [None]


@pytest.mark.parametrize("sentence, figure, unit, expected", [
    ("Toàn tỉnh có 1.245 chi hội phụ nữ.", "1.245 chi hội", "chi hội", "branches"),
    # a flow held somewhere is still the flow: the sessions are the conferences
    ("Tuyên truyền tại 35 hội nghị của thôn, bản.", "35 hội nghị", "hội nghị", "propaganda_sessions"),
    ("Trưng bày tại 20 gian hàng.", "20 gian hàng", "gian hàng", "startup_shops"),
])
def test_the_place_rule_leaves_other_figures_alone(sentence, figure, unit, expected):
    assert assign(sentence, [(figure, C, unit)]) == [expected]


def test_a_place_with_no_activity_held_there_is_still_counted():
    # seed 001: the households saving at the groups, not an activity held at some of them
    sentence = "Tiết kiệm tại NHCSXH có 25.709 hộ tham gia tại 582 tổ TK&VV với dư nợ 77,83 tỷ đồng."
    assert assign(sentence, [("25.709 hộ", C, "hộ"), ("582 tổ", C, "tổ")]) == ["savings_members", "savings_groups"]
