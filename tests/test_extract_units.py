"""Unit reading in the grammar (issue 9): ``units.read_unit`` reads what follows a number — %, scale words, money,
measures, the counted noun — as a pure function of the text and a position, on invented phrasings."""
from __future__ import annotations

import re

import pytest

from wuanalysis.text import match_form, normalize_text
from wuanalysis.units import UnitReading, read_unit


def read(phrase: str, left: str = "") -> UnitReading | None:
    """The unit after the first number of ``phrase`` (the words before it, lower-cased, as ``left``)."""
    m = match_form(normalize_text(phrase))
    number = re.search(r"\d+(?:[.,]\d+)*", m)
    assert number is not None
    return read_unit(m, number.end(), left or m[:number.start()].lower())


@pytest.mark.parametrize("phrase, unit_class, unit, scale", [
    ("4,2 tỷ đồng", "vnd", "VND", 1e9),
    ("200.000đ", "vnd", "VND", 1.0),
    ("250.000 đồng/suất", "vnd", "VND/suất", 1.0),
    ("50.000 đồng / người / tháng", "vnd", "VND/người/tháng", 1.0),
    ("10 triệu/hộ", "vnd", "VND/hộ", 1e6),
    ("dư nợ 77,83 tỷ so với", "vnd", "VND", 1e9),
    ("kinh phí 15 triệu để", "vnd", "VND", 1e6),
    ("3,5 ha", "area", "ha", 1.0),
    ("20kg", "mass", "kg", 1.0),
    ("50 USD", "other", "USD", 1.0),
    ("gấp 2 lần", "other", "lần", 1.0),
    ("87%", "percent", "%", 1.0),
    ("1.838 ngày công", "count", "ngày công", 1.0),
    ("kết nạp 320 hội viên mới", "count", "hội viên", 1.0),
    ("thu hút 32 ngàn lượt người", "count", "lượt người", 1e3),
    ("có 12 và", "count", None, 1.0),
    ("bầu 31 đồng chí vào", "count", "đồng chí", 1.0),
])
def test_read_unit(phrase, unit_class, unit, scale):
    got = read(phrase)
    assert got is not None
    assert (got.unit_class, got.unit, got.scale) == (unit_class, unit, scale)


@pytest.mark.parametrize("phrase", ["3 đ/c tham gia", "bầu 17 đ", "31 đồng bào", "5 đ xã"])
def test_a_comrade_or_a_cut_d_is_no_money(phrase):
    got = read(phrase)
    assert got is not None and got.unit_class != "vnd"


def test_the_reading_ends_after_the_unit():
    m = "Hỗ trợ 250.000 đồng/suất cho 20 hộ"
    got = read_unit(m, m.index(" đồng"))
    assert got is not None and m[got.end:] == " cho 20 hộ"


def test_a_compound_adds_its_second_part_after_scaling():
    got = read("vận động 2 tỷ 565 triệu đồng")
    assert got is not None and (got.unit_class, got.unit, got.scale, got.plus) == ("vnd", "VND", 1e9, 5.65e8)


def test_money_talk_before_makes_a_bare_million_money():
    assert read("tăng 15 triệu, cao nhất") is not None  # a clause break after: money
    assert read("hỗ trợ vốn 15 triệu hộ", left="hỗ trợ vốn ").unit_class == "count"  # a counted noun follows


@pytest.mark.parametrize("phrase", ["2 nghìn năm", "3 trăm tháng"])
def test_a_period_after_a_scale_word_is_no_quantity(phrase):
    assert read(phrase) is None


def test_a_period_right_after_the_number_is_left_to_the_skip_rules():
    got = read("trong 3 năm qua")  # no scale word: the rule period_or_structure_after passes it over first
    assert got is not None and got.unit_class == "count"
