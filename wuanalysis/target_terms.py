"""Times a target sentence is read against: the year a text names as its own time ("năm 2025", a date's year, a
term's first year; not a horizon "đến năm 2030") and whether a named term is closed ("Đến cuối nhiệm kỳ 2020 – 2025,
… đạt 82%" in the congress of 2025 – 2030 tells a result). Used by :mod:`wuanalysis.target_openers` (a horizon ahead
of the text, a closed term's horizon is no cue), :mod:`wuanalysis.target_sentences`, :mod:`wuanalysis.target_statements`
and :mod:`wuanalysis.target_plans`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .text import finditer_at

_SENTENCE_REST = re.compile(r"(?:[^.!?\n]+|\.(?=\d))*")  # (as target_openers': the rest of a sentence)
# words that tell a result in a sentence (a horizon in it then reports; a cue followed by them reports)
RESULT_MARK = re.compile(
    # ("giữ vững kết quả", "phát huy kết quả" name results to keep: a goal's words)
    r"(?<!giữ vững )(?<!phát huy )(?<!nâng cao )kết quả|\bđã\b|đạt được|thực hiện được|tổ chức được|đến nay"
    r"|(?:năm|vừa|nhiệm kỳ|thời gian) qua\b"
    r"|(?:chỉ|mới) đạt\b"  # "…; số chi hội sinh hoạt định kỳ chỉ đạt 81/96": a shortfall, told
    # "… 3 tuyến đường hoa mới làm được 2 tuyến", "chỉ vận động được 40 hội viên": a shortfall's deed, done
    r"|(?<![^\W\d_])(?:chỉ|mới)(?:\s+[^\W\d_]+){0,2}\s+được(?=\s*$|\s+\d)", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(r"(?:\btừ\b(?!\s+nay\b)[^.,;:\n\d]{0,20}(?:(?:19|20)\d\d)?|(?:19|20)\d\d|\btính|\bcho)\s*$")

# a year the text names as its own time: a date's, a term's first, "năm 2025" (not a term's last, "2025 - 2030", nor a
# horizon, "đến/vào năm 2030")
_TEXTS_YEAR = re.compile(r"(?<![\d.,/])(?<!đến năm )(?<!vào năm )(?<![-–] )(?<![-–])(20\d\d)(?![\d.,]\d)")


@lru_cache(maxsize=4)
def texts_year(low: str) -> int:
    """The latest year a text names as its own time (0 when none)."""
    return max((int(m.group(1)) for m in finditer_at(_TEXTS_YEAR, low, "2")), default=0)  # (every match opens on "2")


# A horizon that names its term: "đến cuối nhiệm kỳ 2020 - 2025", "Tính đến cuối nhiệm kỳ …" (a period told so far)
_NAMED_TERM = re.compile(r"\s*(?:(?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)")
_TERMS = re.compile(r"nhiệm kỳ\s*(?:(?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)")
_SO_FAR_BEFORE = re.compile(r"\btính\s*$")
_REVIEWS_A_TERM = re.compile(r"tổng kết|báo cáo kết quả|đánh giá kết quả|kết quả thực hiện nghị quyết")
_RAISED_DONE = re.compile(r"\bđược\s+(?:nâng|tăng)\s+lên\b|\bđạt được\b|\btăng lên\b")


def closed_term_at(low: str, start: int, end: int) -> bool:
    """"Đến cuối nhiệm kỳ 2020 – 2025, tỷ lệ … đạt 82%" in the congress of 2025 – 2030 tells the closed term's
    result (the horizon at ``start:end`` names a term that ends before another the text names), and so do "Tính đến
    cuối nhiệm kỳ …", a named term's share "được nâng lên 94%", or a named term in a text that reviews it ("Báo cáo
    tổng kết nhiệm kỳ 2021 - 2026"). "Đến cuối nhiệm kỳ, tỷ lệ … đạt 85%" (no term named) stays the new term's target,
    and so does "Đến cuối nhiệm kỳ 2025 - 2030, …" in the congress of 2025 – 2030."""
    if _SO_FAR_BEFORE.search(low, max(0, start - 8), start):
        return True
    named = _NAMED_TERM.match(low, end)
    if named is None:
        return False
    ends = [int(m.group(1)) for m in _TERMS.finditer(low)]
    if ends and int(named.group(1)) < max(ends):
        return True
    rest = _SENTENCE_REST.match(low, named.end())
    if _RAISED_DONE.search(low, named.end(), rest.end() if rest else len(low)):
        return True
    return _REVIEWS_A_TERM.search(low, 0, 400) is not None


def ahead_of_text(low: str, cue: tuple[int, int]) -> bool:
    """"đến năm 2030" in a text of 2025 looks ahead; "đến năm 2025 đạt 60 tỷ đồng" in the congress of 2025 tells the
    closed term's result."""
    return int(low[cue[1] - 4:cue[1]]) > texts_year(low) if low[cue[1] - 4:cue[1]].isdigit() else False


def horizon_sets_targets(low: str, cue: re.Match) -> bool:
    """"Đến năm 2030, …" sets targets unless it closes a period told ("Từ năm 2015 đến năm 2020"), a closed term or a
    sentence that reports results."""
    if low.startswith("đến năm", cue.start()) and _PERIOD_BEFORE.search(low, max(0, cue.start() - 24), cue.start()):
        return False  # "Từ năm 2015 đến năm 2020, Hội giúp 300 hộ", "tính đến năm 2024": a period, told
    if low.startswith("nhiệm kỳ", cue.end() - len("nhiệm kỳ")) and closed_term_at(low, cue.start(), cue.end()):
        return False  # "Đến cuối nhiệm kỳ 2020 – 2025, tỷ lệ … đạt 82%" in the congress of 2025 – 2030
    # a horizon sets targets only in a sentence that tells nothing done ("Đến năm 2025, toàn tỉnh có 120 mô hình, đã
    # giúp 300 hộ" reports)
    rest = _SENTENCE_REST.match(low, cue.end())  # always matches (it may match nothing)
    return RESULT_MARK.search(low, cue.end(), rest.end() if rest else len(low)) is None
