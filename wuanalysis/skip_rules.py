"""Skip rules: the numbers of a report that are not its figures, each passed over by a small named rule.

A number is a date ("ngày 23/9", "2025-10-06"), a year or a period ("nhiệm kỳ 2020-2025", "6 tháng"), a name
("Đề án 939", "Trường THCS Nguyễn Du 2", "Chỉ thị 23-CT/TW"), a list marker ("1. Kết nạp …"), the text's own
items ("8 chỉ tiêu", "10 định hướng", "02 cuộc vận động"), a rank ("1 trong 3 địa phương"), a threshold inside an
indicator's definition ("100% cơ sở hội tổ chức ít nhất 2 hoạt động"), or page furniture ("72,790,124 lượt truy
cập", "Hôm nay2,057"). :data:`RULES` runs in order on each :class:`Token`; the first rule that answers names the
skip (``Skipped.reason`` is the rule's name), and its answer says what kind of thing the number is, so that a list
of names or dates goes on ("Đề án 938, 939"). A few steps marked "attach" read what the later rules need; they
live here, and the rules by family in :mod:`wuanalysis.skip_furniture` (page furniture, list markers),
:mod:`wuanalysis.skip_dates` (dates, times, years, ages), :mod:`wuanalysis.skip_names` (names, codes, addresses)
and :mod:`wuanalysis.skip_counts` (the text's own structure, thresholds) and :mod:`wuanalysis.skip_frame` (the places
and units a report works in). The order is kept here, in one place.

Every pattern runs on :func:`wuanalysis.text.match_form`, so "hoà"/"hòa" both match.
"""
from __future__ import annotations

from functools import lru_cache

from .quantities import parse_hedge, parse_number, parse_number_words
from .skip_patterns import LETTER_CODES, SLASH, Token
from .skip_counts import (
    bar_on_a_rate, bar_past_units, condition_bar, count_of_targets, criteria_bar, gom_structure, income_class,
    kin_count, make_up_of_each, merged_places, one_threshold, period_or_structure_after, place_enumeration,
    places_named_again, places_represented, rank_among, reporting_units, signers_of_a_pact, standing_programmes,
    targets_set, threshold_inside_a_share, unions_of_places, zero,
)
from .skip_dates import (
    age_range, clock_time, day_and_month, day_pair, dotted_or_dashed_date, english_date, full_date, iso_date,
    temperature, year,
)
from .skip_frame import (
    administrative_census, area_covered, breakdown_of_a_count, census_places, cluster_members, cluster_named,
    meeting_reach, owners_of_a_total, partner_banks, places_of_a_merger, places_they_came_from, targets_shared_out,
    union_and_its_places, unions_under_the_province,
)
from .skip_furniture import (
    comma_grouped_counter, cut_in_a_quote, dash_list_marker, footnote, furniture_line, inline_list_marker,
    line_list_marker, list_head, paren_list_marker, player_speed, screen_size, table_row_number,
    table_row_number_in_cells,
)
from .skip_names import (
    account_or_code, after_a_symbol, branch_name, campaign_number, covid_dash, dash_code, distance_away, file_name,
    glued_to_a_word, hamlet_name, labelled_phone, larger_over_smaller, letter_code, numbered_place, ocop_stars,
    name_word_before, phone_number, power_line, proper_name_before, quoted_name, school_name, slash_code,
    street_address, version_number,
)

# Each rule looks at one token and returns what the number is when it is not a figure ("date", "name", …), or
# None. The few steps marked "attach" read something every later rule needs (the value, a ratio, a hedge).

def read_value(t: Token) -> str | None:
    """(attach) The number's value and the words before it; "unparsable" when it is no number after all."""
    try:
        t.value = parse_number(t.text) if t.digits else parse_number_words(t.text)
    except ValueError:
        return "unparsable"
    t.left = t.m[max(0, t.start - 80):t.start]
    t.left_low = t.left.lower()
    t.tail = t.left_low[-36:]  # anchored-at-end patterns only need the last few words
    t.stripped_tail = t.tail.rstrip()
    t.last_word = t.stripped_tail.rsplit(None, 1)[-1].lstrip("(“\"‘,;:–-") if t.stripped_tail else ""
    if ")" in t.last_word:  # "(PV)-Ngày 5-9": a dateline's mark glued to the word
        t.last_word = t.last_word.rsplit(")", 1)[1].lstrip("–-")
    return None


def find_slash(t: Token) -> str | None:
    """(attach) "A/B" right after the number: a ratio, a date or a code, decided by the next rules."""
    if t.digits and t.m.startswith("/", t.end):
        t.slash = SLASH.match(t.m[t.end:t.end + 16])
        if t.slash and not _parses(t.slash.group(1)):
            t.slash = None  # "1/0,0,0": no number after the slash
    return None


def _parses(token: str) -> bool:
    try:
        parse_number(token)
    except ValueError:
        return False
    return True


def read_ratio(t: Token) -> str | None:
    """(attach) "111/111 cơ sở", "12/12 (đạt 100%)": the second number is the denominator."""
    if t.slash:
        t.denominator = parse_number(t.slash.group(1))
        t.end += t.slash.end()
    return None


def read_hedge(t: Token) -> str | None:
    """(attach) The hedge before the number: "hơn", "trên", "ít nhất", "khoảng", "gần", "dưới"."""
    t.qualifier, t.hedge_len = parse_hedge(t.left[-24:])
    return None


# ---- the rules, in the order they run ------------------------------------------------------------------------
_RULE_ORDER = (
    furniture_line, paren_list_marker, line_list_marker, dash_list_marker, table_row_number, table_row_number_in_cells,
    inline_list_marker,
    iso_date, english_date, glued_to_a_word, after_a_symbol, footnote, clock_time, temperature, player_speed,
    screen_size, file_name, power_line, ocop_stars, street_address, version_number, day_pair, dotted_or_dashed_date,
    phone_number, comma_grouped_counter, cut_in_a_quote,
    read_value,
    account_or_code, distance_away, labelled_phone, name_word_before, campaign_number, covid_dash, hamlet_name,
    numbered_place, branch_name, school_name, age_range, quoted_name, letter_code,
    find_slash, full_date, slash_code, day_and_month, larger_over_smaller, read_ratio, dash_code,
    year, standing_programmes, rank_among, period_or_structure_after, count_of_targets, list_head,
    place_enumeration, places_named_again, unions_of_places, places_represented, merged_places,
    make_up_of_each, breakdown_of_a_count,
    reporting_units, signers_of_a_pact, targets_shared_out, cluster_members, cluster_named, administrative_census,
    union_and_its_places, partner_banks, places_they_came_from, area_covered, owners_of_a_total, census_places,
    unions_under_the_province, meeting_reach, places_of_a_merger,
    gom_structure, targets_set,
    zero, proper_name_before,
    read_hedge, one_threshold, condition_bar, threshold_inside_a_share, bar_on_a_rate, bar_past_units, criteria_bar,
    kin_count, income_class,
)
# Rules that can only answer when the character before (or right after) the number is one of these: the loop
# checks that without calling them (most numbers stand between spaces).
_BEFORE = {paren_list_marker: "(", iso_date: "-", glued_to_a_word: "-.+", after_a_symbol: "@/\\:#._", footnote: "[",
           cut_in_a_quote: "“\""}
_AFTER = {line_list_marker: ".)", inline_list_marker: ".)", player_speed: "xX", screen_size: "p", find_slash: "/",
          full_date: "/",
          letter_code: LETTER_CODES, slash_code: "/", day_and_month: "/", larger_over_smaller: "/", read_ratio: "/",
          clock_time: ":hg", street_address: " ", day_pair: " ,", table_row_number: "\n"}
# the first character after the number and one optional space
_NEXT = {temperature: "°ºđ", power_line: "kKmM", distance_away: "kK", dash_list_marker: "-–", ocop_stars: "sS",
         table_row_number_in_cells: "|\t"}
# The rules that read a name in the words before the number: none of them reads across a table's cell border ("Thành
# lập tổ hợp tác⇥Tổ⇥587⇥604": "Tổ" is the row's unit cell and 587 its plan, not the group "Tổ 587"; "Đồng Xoài⇥980": a
# place's figure, not a proper name ending with a number). A name inside one cell ("Tổ 1⇥12") is still a name.
_NAMES_BEFORE = frozenset((name_word_before, campaign_number, covid_dash, hamlet_name, numbered_place, branch_name,
                           school_name, quoted_name, proper_name_before))
RULES: tuple = _RULE_ORDER
"""The rules, in the order they run."""
# Rules that can only answer when one of their words is in the document (its lower-cased match form): a literal each
# rule itself looks for before it answers (in ``t.low``, ``t.left_low`` or ``t.tail``, all pieces of that text), so a
# document without it has no number the rule answers for. Checked once per document (:func:`absent_rules`); a rule not
# listed here always runs. Only long, rare words: a literal search costs a pass over the text, more than a rule whose
# words are common saves (tests/test_extract_fast16.py: every text of the sets gated and not, the same).
_NEEDS = {
    campaign_number: ("thi đua",),
    school_name: ("trường",),
    places_represented: ("đại diện", "thay mặt"),
    signers_of_a_pact: ("giao ước",),
    cluster_members: ("thành viên",),
    cluster_named: ("cụm thi đua",),
    partner_banks: (" ngân hàng",),
    area_covered: ("địa bàn",),
    unions_under_the_province: ("trực thuộc",),
    criteria_bar: ("tiêu chí",),
    income_class: ("thu nhập",),
}


def absent_rules(low: str, furniture: bool) -> frozenset:
    """The rules that cannot answer anywhere in a document (``low``: its match form lower-cased): those of ``_NEEDS``
    whose words it lacks, and the furniture line's rule where the document has no furniture line (``furniture``
    false)."""
    absent = {rule for rule, words in _NEEDS.items() if not any(w in low for w in words)}
    if not furniture:
        absent.add(furniture_line)
    return frozenset(absent)


_GATE_CHARS = "".join(set("".join(_BEFORE.values()) + "".join(_AFTER.values()) + "".join(_NEXT.values())))


def rules_for(t: Token, absent: frozenset = frozenset()) -> tuple:
    """The rules that can answer for a token, in order: those gated on the characters around the number
    (``_BEFORE``, ``_AFTER``, ``_NEXT``) only where those characters are there (most numbers stand between spaces),
    no name rule after a cell border, and none of ``absent`` (:func:`absent_rules`, the document's)."""
    in_a_cell = t.before in "\t|" or (
        t.before == " " and t.start > 1 and t.m[t.start - 2] in _BORDER_OR_SPACE and _after_a_border(t))
    return _rules_for(t.before if t.before in _GATE_CHARS else "", t.after if t.after in _GATE_CHARS else "",
                      t.next if t.next in _GATE_CHARS else "", in_a_cell, absent)


_BORDER_OR_SPACE = (" ", "\t", "|")


def _after_a_border(t: Token) -> bool:
    """A tab or a bar before the number, with only spaces between ("Tổ⇥  587", "| Tổ | 587 |")."""
    i = t.start - 1
    while i > 0 and t.m[i] == " ":
        i -= 1
    return t.m[i] in "\t|"


@lru_cache(maxsize=4096)
def _rules_for(before: str, after: str, nxt: str, in_a_cell: bool = False, absent: frozenset = frozenset()) -> tuple:
    def can_answer(rule) -> bool:
        if rule in absent or in_a_cell and rule in _NAMES_BEFORE:
            return False
        gates = ((_BEFORE.get(rule), before), (_AFTER.get(rule), after), (_NEXT.get(rule), nxt))
        return all(gate is None or (char and char in gate) for gate, char in gates)
    return tuple(rule for rule in _RULE_ORDER if can_answer(rule))
