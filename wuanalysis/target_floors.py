"""Floors set as targets: a floor asked of each member by a campaign ("vận động mỗi hội viên tiết kiệm ít nhất
20.000đ/tháng"), a floor a writer sets with "ít nhất", "tối thiểu", "không dưới" ("kết nạp tối thiểu 300 hội viên",
"20 HTX trở lên" after one), and a floor set for every year ("mỗi năm kết nạp ít nhất 200 hội viên", "Hằng năm huy
động từ 500 triệu đồng trở lên"), never one a sentence reports. Rules of
:func:`wuanalysis.target_statements.decide_rates_and_targets`, split from :mod:`wuanalysis.target_sentences`; patterns
run on the lower-cased match form of the text.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clause_bounds import Bounds
from .target_sentences import STATEMENT_RESULT

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# "phát động …; vận động mỗi hội viên tiết kiệm ít nhất 20.000đ/tháng": a launch asks each one for a floor
_ASKS = re.compile(r"vận động|kêu gọi|phát động")
_PER_ONE = re.compile(r"\bmỗi\b")
# "(từ 300.000 - 500.000 đồng/trẻ/tháng)", "300.000 đến 500.000đ": a ceiling right after the floor spans what is given
_CEILING_NEXT = re.compile(r"\s*(?:đồng|đ)?\s*(?:[-–—]|đến|tới)\s*\d")
_DONE_JUST_BEFORE = re.compile(r"\b(?:đã|vừa)\s+$")  # "Hội đã vận động …" (iv25 P11)


# "xây mới 12 "Mái ấm tình thương" (mỗi căn từ 50 triệu đồng trở lên)": the bracket right after a count says what each
# one is worth
_EACH_IN_BRACKET = re.compile(r"[^()\d;.\n]{0,60}\(\s*mỗi\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*(?:từ\s*)?")


def _describes_the_count_before(low: str, before: Figure, f: Figure) -> bool:
    """"Hội xây 12 nhà (mỗi căn từ 50 triệu đồng trở lên)" (iv23 P18): a per-unit floor in a bracket after a count
    that is no target describes what was done, not a floor set."""
    return not before.is_target and before.target is None and before.unit_class == "count" and (
        _EACH_IN_BRACKET.fullmatch(low, before.end, f.start) is not None)


def mark_campaign_floors(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """A floor asked of each member by a campaign ("vận động hội viên góp ít nhất 5.000đ/người/tháng", "kêu gọi mỗi
    hội viên ủng hộ tối thiểu 50.000 đồng") is its target; what was collected ("vận động được …") is not, nor is the
    floor of a range given ("300.000 – 500.000đ/trẻ/tháng": a ceiling follows it)."""
    for i, f in enumerate(figures):
        if f.qualifier != "at_least" or f.is_target or f.achievement_pct is not None:
            continue
        if _CEILING_NEXT.match(low, f.end) or (i and _describes_the_count_before(low, figures[i - 1], f)):
            continue
        lo = bounds.clause(f.num_start)[0]
        asks = list(_ASKS.finditer(low, max(lo, f.start - 200), f.start))
        if not asks:
            continue
        between = low[asks[-1].end():f.start]
        if "được" in between or "đã " in between or _DONE_JUST_BEFORE.search(low, max(lo, asks[-1].start() - 12),
                                                                              asks[-1].start()):
            continue  # (nor what was done: "Hội đã vận động xây 164 căn nhà, mỗi căn từ 60 triệu đồng trở lên")
        if (f.unit and "/" in f.unit) or _PER_ONE.search(between):
            f.is_target, f.target = True, f.value


# the floors a writer sets, never reports: every "ít nhất"/"tối thiểu" figure of the annotated sets is a target
_FLOOR_WORDS = ("ít nhất", "tối thiểu", "không dưới", "không ít hơn")
_FLOOR_AFTER = re.compile(r"[^\d,;.:()\n]{0,40}?\btrở lên\b")
_GOT_BEFORE = re.compile(r"\bđược\b")


def mark_floors(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Năm 2026: kết nạp tối thiểu 300 hội viên", "Các cấp Hội nỗ lực thu hút không dưới 80% phụ nữ …", "vận động
    hội viên tham gia ít nhất 2 buổi sinh hoạt": a floor set with "ít nhất", "tối thiểu", "không dưới" is a target
    (a threshold inside an indicator's definition, "có ít nhất 1 phụ nữ", is no figure and never reaches this rule);
    not in a sentence that reports ("đã giúp ít nhất 30 hộ", "thu được tối thiểu …"). A floor read from other words
    ("20 HTX trở lên") is one too after such a floor in its sentence: "… giúp ít nhất 1.300 hộ thoát nghèo, thành lập
    20 HTX trở lên"."""
    floor_in = -1  # the sentence of the last floor set
    for f in figures:
        if f.qualifier != "at_least" or f.is_target or f.achievement_pct is not None or f.target is not None:
            continue
        start = bounds.sentence_start(f.num_start)
        if not low.startswith(_FLOOR_WORDS, f.start) and not (start == floor_in and _FLOOR_AFTER.match(low, f.end)):
            continue  # "90% trở lên", "từ 100 - 500 ngàn": a floor read from other words
        lo = bounds.clause(f.num_start)[0]
        if _reports_before(low, start, f.start) or _GOT_BEFORE.search(low, lo, f.start):
            continue
        f.is_target, f.target = True, f.value
        floor_in = start


def _reports_before(low: str, start: int, end: int) -> bool:
    """Result words outside a closed bracket: "… chỉ tiêu … (đến nay mới đạt 49%), đồng thời … ít nhất 50 căn" asks."""
    for said in STATEMENT_RESULT.finditer(low, start, end):
        opened = low.rfind("(", start, said.start())
        if opened == -1 or low.rfind(")", opened, said.start()) != -1 or low.find(")", said.end(), end) == -1:
            return True
    return False


_CADENCE = re.compile(r"\b(?:hằng năm|hàng năm|mỗi năm)\b")


# "từ 500 triệu đồng trở lên": the reader leaves money "exact" (its "trở lên" comes after the unit), a floor still
_MONEY_FLOOR_BEFORE = re.compile(r"\btừ\s*$")
_MONEY_FLOOR_AFTER = re.compile(r"\s*trở lên\b")


def _a_floor(low: str, f: Figure) -> bool:
    return f.qualifier == "at_least" or (
        f.unit_class == "vnd" and _MONEY_FLOOR_AFTER.match(low, f.end) is not None
        and _MONEY_FLOOR_BEFORE.search(low, max(0, f.start - 6), f.start) is not None)


def mark_yearly_floors(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Hội LHPN huyện mỗi năm kết nạp ít nhất 200 hội viên", "Hằng năm huy động từ 500 triệu đồng trở lên": a floor
    set for every year is a target."""
    for f in figures:
        if f.is_target or f.achievement_pct is not None or not _a_floor(low, f):
            continue
        lo = bounds.clause(f.num_start)[0]
        start, end = bounds.sentence(f.num_start)
        if _CADENCE.search(low, lo, f.start) and not STATEMENT_RESULT.search(low, start, end):
            f.is_target, f.target = True, f.value
