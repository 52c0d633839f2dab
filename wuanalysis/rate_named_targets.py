"""A target named by what it counts, then how far it got: the rate a named target reached, a review's verdict
("Riêng chỉ tiêu thành lập tổ hợp tác mới đạt 60%", "Chỉ tiêu giúp hộ thoát nghèo đạt 105% (thực hiện 42 hộ)",
named targets told in turn), not a share's own rate ("Chỉ tiêu tỷ lệ tập hợp mới đạt 78%"). Read by
:func:`wuanalysis.rates.attach_rates`, split from :mod:`wuanalysis.rates`; patterns run on the lower-cased match form of
the text.
"""
from __future__ import annotations

import re


# "Riêng chỉ tiêu thành lập tổ hợp tác mới đạt 60%", "chỉ tiêu thu hồi nợ chỉ đạt 93,5%", "hai chỉ tiêu còn lại đạt
# trên 70%": a target named by what it counts, then how far it got ("mới/chỉ đạt", a review's words)
_NAMED_TARGET_REACHED = re.compile(
    r"(?<![^\W\d_])chỉ tiêu(?:\s+[^\d,;:()\n%]{2,80}?\s(?:chỉ|mới|chỉ mới)|\s+còn lại)\s+đạt\s*$")
_NOT_A_REVIEW = re.compile(r"tỷ lệ|tỉ lệ|phấn đấu|đề ra|đến năm|đến cuối")  # a share named, or a goal


# "Chỉ tiêu giúp hộ thoát nghèo đạt 72,1% (thực hiện 421/584 hộ)": a plain "đạt" is a verdict too when what was done
# follows in brackets
_NAMED_TARGET_PLAIN = re.compile(r"(?<![^\W\d_])chỉ tiêu\s+[^\d,;:()\n%]{2,80}?\s+đạt\s*$")
_DONE_IN_BRACKETS_NEXT = re.compile(r"\s*\(\s*(?:thực hiện|kết quả|đã thực hiện)\b")


# "chỉ tiêu giúp hộ nghèo đạt 134%; chỉ tiêu xây dựng mô hình kinh tế tập thể đạt 75%": named targets told one by one
_NAMED_ITEM = re.compile(r"(?<![^\W\d_])chỉ tiêu\s+[^\d,;:()\n%]{2,80}?\s+(?:(?:chỉ|mới)\s+)?đạt\b")


def _named_targets_in_turn(low: str, sentence: tuple[int, int]) -> bool:
    """Whether a sentence tells two named targets or more, each with how far it got (a review's list, not a goal's)."""
    items = [mt.group() for mt in _NAMED_ITEM.finditer(low, *sentence)]
    return len(items) > 1 and not any(_NOT_A_REVIEW.search(item) for item in items) and not _NOT_A_REVIEW.search(
        low, sentence[0], low.find("chỉ tiêu", *sentence))


def a_named_target_reached(low: str, lo: int, start: int, right: str = "",
                           sentence: tuple[int, int] | None = None) -> bool:
    """"Riêng chỉ tiêu thành lập tổ hợp tác mới đạt 60%", "Chỉ tiêu giúp hộ thoát nghèo đạt 72,1% (thực hiện 421/584
    hộ)": the rate a named target reached, a review's verdict (not "Chỉ tiêu 3: Tỷ lệ … đạt 85%", a target; nor "chỉ
    tiêu tỷ lệ tập hợp mới đạt 78%", the share itself)."""
    k = low.rfind("chỉ tiêu", lo, start)
    if k == -1:
        return False
    named = _NAMED_TARGET_REACHED.search(low, max(lo, k - 1), start)
    if named is None and (_DONE_IN_BRACKETS_NEXT.match(right) or (
            sentence is not None and _named_targets_in_turn(low, sentence))):
        named = _NAMED_TARGET_PLAIN.search(low, max(lo, k - 1), start)
    return named is not None and not _NOT_A_REVIEW.search(named.group())
