"""Stated achievement rates and targets, decided clause by clause once the figures of a text are read.

"đạt 195% so với chỉ tiêu" gives 195 to the percent and to the figure it qualifies; "vượt 362% chỉ tiêu"
means 462; "gấp 6 lần mục tiêu" means 600; "(đạt 100%)" right after "12/12" belongs to that ratio. A figure
after a target cue in its sentence ("giao chỉ tiêu … ít nhất 2.500 hộ", "Phấn đấu …") is itself a target,
unless result language comes in between ("Kết quả, … đã …"); "(chỉ tiêu 200 hộ)" right after a result is
that result's target. Patterns run on the lower-cased match form of the text (see ``wuanalysis.text``).
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure

_TARGET_CUE = re.compile(
    r"chỉ tiêu|phấn đấu|mục tiêu(?! quốc gia)|đăng ký thi đua|kế hoạch giao|nghị quyết đề ra|nghị quyết đại hội đề ra",
    re.IGNORECASE,
)
_CUE_WORDS = ("chỉ tiêu", "phấn đấu", "mục tiêu", "đăng ký thi đua", "kế hoạch giao", "nghị quyết")
_NOT_A_CUE = re.compile(r"(?:%|so với|đạt|vượt|hoàn thành|thực hiện|bằng|lần|\d)\s*(?:các\s+)?$")
_CUE_THEN_RESULT = re.compile(r"\s*(?:đề ra|giao)?\s*(?:của|đều|đạt)")
_RESULT_MARK = re.compile(r"kết quả|\bđã\b|đạt được|thực hiện được|tổ chức được", re.IGNORECASE)
_TARGET_REF = re.compile(r"^\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch|kh\b|mục tiêu|nghị quyết|nq\b|chỉ tiêu giao)", re.IGNORECASE)
_RATE_VERB = re.compile(r"(?:đạt|đạt được|vượt|vượt mức|hoàn thành|bằng|thực hiện được|tương đương)\s*(?:tỷ lệ\s*)?$", re.IGNORECASE)
_VERSUS_PAST = re.compile(r"\s*so với\s+(?:cùng kỳ|năm|kỳ|tháng|quý|đầu năm)", re.IGNORECASE)
_TIMES_BEFORE = re.compile(r"gấp\s*$", re.IGNORECASE)
_LINKED_TARGET = re.compile(
    r"^[^,;()\d.]{0,40}?[(,]\s*(?:chỉ tiêu|kế hoạch|kh|mục tiêu)(?:\s+(?:giao|là|đề ra|được giao|năm))?\s*:?\s*$", re.IGNORECASE
)



_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|[\n;]")


class _Bounds:
    """Sentence and clause boundaries of a text, found once and looked up by bisection."""

    def __init__(self, m: str):
        self.n = len(m)
        self.sentence_ends = [mt.start() for mt in _SENTENCE_END.finditer(m)]
        self.clause_ends = [mt.start() for mt in _CLAUSE_END.finditer(m)]

    @staticmethod
    def _around(ends: list[int], pos: int, n: int) -> tuple[int, int]:
        k = bisect.bisect_left(ends, pos)
        return (ends[k - 1] + 1 if k else 0), (ends[k] if k < len(ends) else n)

    def clause(self, pos: int) -> tuple[int, int]:
        return self._around(self.clause_ends, pos, self.n)

    def sentence_start(self, pos: int) -> int:
        return self._around(self.sentence_ends, pos, self.n)[0]


def _target_cues(low: str):
    """_TARGET_CUE matches, found from a literal search first (a full regex scan costs a tenth of extraction)."""
    starts = sorted({i for word in _CUE_WORDS for i in _find_all(low, word)})
    for i in starts:
        if (mt := _TARGET_CUE.match(low, i)):
            yield mt


def _find_all(text: str, word: str):
    i = text.find(word)
    while i != -1:
        yield i
        i = text.find(word, i + 1)


def _depth(m: str, lo: int, pos: int) -> int:
    seg = m[lo:pos]
    return seg.count("(") - seg.count(")")


def attach_rates_and_targets(m: str, figures: list[Figure]) -> None:
    """Stated achievement rates, multiples of a target, and target figures, decided within each clause."""
    low = m.lower()
    bounds = _Bounds(m)
    for i, f in enumerate(figures):
        lo, hi = bounds.clause(f.num_start)
        left = low[max(lo, f.start - 40):f.start]
        right = low[f.end:min(hi, f.end + 40)]
        prev = figures[i - 1] if i else None
        if f.unit_class == "percent" or (f.unit == "lần" and _TIMES_BEFORE.search(left)):
            verb = _RATE_VERB.search(left)
            in_paren_after = (
                prev is not None and re.fullmatch(r"\s*\(\s*(?:đạt|bằng)\s*", m[prev.end:f.start].lower()) is not None
            )
            ref = _TARGET_REF.match(right)
            rate = None
            if f.unit == "lần":
                if ref:
                    rate = f.value * 100
            elif verb and ref:
                rate = f.value + 100 if verb.group(0).strip().startswith("vượt") else f.value
            elif verb and not verb.group(0).strip().startswith("vượt") and (f.value > 100 or in_paren_after) and not (
                _VERSUS_PAST.match(right)  # "bằng 102% so với cùng kỳ" compares with last year, not with a target
            ):
                rate = f.value
            if rate is None:
                continue
            f.achievement_pct = rate
            # the figure the rate qualifies: right before it in parentheses ("12/12 (đạt 100%)"), or the
            # nearest figure of the clause outside parentheses when the rate names the target it is measured by
            if in_paren_after and prev.unit_class not in ("percent",):
                prev.achievement_pct = rate
            elif ref and _depth(m, lo, f.num_start) == 0:
                # only when the clause has one candidate outside parentheses: "phát triển mới 4.094 hội viên
                # (trong đó …), đạt 195% so với chỉ tiêu"; with two ("kết nạp 2.345 …, nâng tổng số lên 245.678 …,
                # đạt 101,5% chỉ tiêu") it is unclear which one the rate measures, so only the percent carries it
                before = [g for g in figures[:i] if g.num_start >= lo and _depth(m, lo, g.num_start) == 0]
                if before and before[-1].unit_class == "percent":
                    continue  # "đạt 462% (… vượt 362% chỉ tiêu)": the same rate restated
                heads = [g for g in before if g.unit_class != "percent" and g.unit != "lần"]
                if len(heads) == 1 and heads[0].achievement_pct is None:
                    heads[0].achievement_pct = rate
    # targets: a figure after a target cue in its sentence, with no result language in between.
    # "đạt 195% so với chỉ tiêu", "vượt chỉ tiêu", "8 chỉ tiêu" measure or count targets: not target cues.
    cues = [(c.start(), c.end()) for c in _target_cues(low)
            if not _NOT_A_CUE.search(low, max(0, c.start() - 16), c.start())]
    cue_starts = [c[0] for c in cues]
    for i, f in enumerate(figures):
        if f.unit and f.unit.lower() == "chỉ tiêu":
            continue
        k = bisect.bisect_left(cue_starts, f.start) - 1
        if k >= 0 and cues[k][1] <= f.start and cues[k][0] >= bounds.sentence_start(f.num_start) and f.achievement_pct is None:
            between = low[cues[k][1]:f.start]
            if not _RESULT_MARK.search(between) and not _CUE_THEN_RESULT.match(between[:12]):
                f.is_target = True
                f.target = f.value
        # "… 4.094 hội viên (chỉ tiêu 2.100)": the second figure is the first one's target
        if i and _LINKED_TARGET.match(low[figures[i - 1].end:f.start]) and figures[i - 1].unit_class == f.unit_class:
            f.is_target, f.target = True, f.value
            figures[i - 1].target = f.value
