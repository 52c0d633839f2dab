"""Since the 2025 reform a commune's or ward's union is the grassroots union: "Mỗi Hội LHPN xã, phường, đặc khu xây
dựng ít nhất 01 mô hình" is a target per grassroots union (never the province's total of 1), as "mỗi cơ sở Hội"
is. Invented sentences."""
from __future__ import annotations

import pytest

from wuanalysis.target_table import target_basis


@pytest.mark.parametrize("sentence", [
    'Mỗi Hội LHPN xã, phường, đặc khu xây dựng ít nhất 01 mô hình "Chi hội 5 có, 3 sạch".',
    "Phấn đấu mỗi năm mỗi xã, phường hỗ trợ ít nhất 10 phụ nữ khởi nghiệp.",
    "Mỗi Hội Phụ nữ phường duy trì ít nhất 2 câu lạc bộ gia đình hạnh phúc.",
    "Mỗi đặc khu, xã giúp đỡ ít nhất 3 hộ phụ nữ nghèo.",
    "Mỗi thị trấn vận động xây dựng 1 mái ấm tình thương.",
])
def test_a_target_per_commune_union_is_per_grassroots_union(sentence):
    assert target_basis(sentence, "count") == "per_grassroots_union"


@pytest.mark.parametrize("sentence", [
    "Toàn tỉnh có 135 xã, phường; phấn đấu kết nạp 6.500 hội viên mới.",   # the communes counted, no "mỗi"
    "Mỗi xã viên hợp tác xã góp vốn 5 triệu đồng; thành lập mới 6 hợp tác xã.",  # a co-op member, no commune
    "Mỗi năm kết nạp ít nhất 2.500 hội viên mới.",                          # a cadence, not a basis
])
def test_a_province_total_stays_a_total(sentence):
    assert target_basis(sentence, "count") == "total"
