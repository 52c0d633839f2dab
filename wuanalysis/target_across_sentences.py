"""Results and targets told in different sentences: a result told in its own sentence after the sentence that set its
target ("Chỉ tiêu năm 2025 kết nạp 500 hội viên. Năm qua các chi hội đã kết nạp 560 hội viên"), linked by its noun,
its year and its place, and a share's result told after the share set as a target, linked by the words they share.
Rules of :func:`wuanalysis.target_statements.decide_rates_and_targets`, split from it; patterns run on the
lower-cased match form of the text.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, NamedTuple

from .clause_bounds import Bounds
from .target_lists import another_indicator
from .target_nouns import yearly_against_term
from .target_pairs import same_noun, same_persons

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# a result told in its own sentence: "Năm qua các chi hội đã kết nạp được 131 hội viên", "Cuối năm, kết quả đạt 812 hộ"
_RESULT_SAID = re.compile(r"\bđã\b|\bđược\b|kết quả|\bđạt\b|thực hiện|kết nạp|\bgiúp\b|hỗ trợ|thành lập|\bqua\b"
                          r"|đến nay|cuối năm")
# what keeps a figure from being the target's result: an estimate ("ước đạt"), a target of its own or the next year's
# ("phấn đấu", "kế hoạch năm 2026"), last year's count ("cùng kỳ năm trước", "năm ngoái"), a part ("trong đó", "riêng",
# "mỗi chi hội", "bình quân"), a term's figure ("nhiệm kỳ qua")
_NOT_THE_RESULT = re.compile(
    r"\bước\b|dự kiến|phấn đấu|chỉ tiêu|kế hoạch|mục tiêu|\bsẽ\b|năm tới|năm sau|cùng kỳ|năm trước|năm ngoái|trong đó"
    r"|\briêng\b|\bmỗi\b|bình quân|nhiệm kỳ|giai đoạn|(?:tăng|giảm|vượt)(?:\s+(?:thêm|được))?\s*$")
# a place named between the target and the result: another commune, district or province ("Riêng xã Tân Lập …"; not
# the union's body above, "Tỉnh Hội giao chỉ tiêu …")
_PLACE_WORD = re.compile(r"\b(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|chi hội|ấp|thôn|khu phố|tổ dân phố)"
                         r" (?=\w)(?!hội\b)")
# a target sentence opening on its words: "Chỉ tiêu Hội LHPN thành phố giao năm 2024 là 700 hội viên", "Kế hoạch năm
# là 40 hộ" (not the next year's: "Chỉ tiêu năm 2026 …" is checked by the years)
_TARGET_OPENS = re.compile(
    r"\W*(?:chỉ tiêu|kế hoạch)\b(?:(?!\b(?:tới|sau|mới)\b)(?:[^\d.;:\n]|20\d\d)){0,60}?\s(?:là|giao)\s*:?\s*"
    r"(?:(?:trên|hơn|ít nhất|tối thiểu|khoảng)\s+)?$")
_YEAR = re.compile(r"\b(20\d\d)\b")
# the plan of the year told of ("Kế hoạch năm giao 60 THT và 15 HTX", "Chỉ tiêu cả năm là 40 hộ"), no year named
_THE_YEARS_PLAN = re.compile(r"(?:chỉ tiêu|kế hoạch)\s+(?:cả\s+)?năm\b(?!\s+(?:20\d\d|tới|sau|mới)\b)")
# the target's clause, then the result's opened by "kết quả" ("…, kết quả các cơ sở Hội kết nạp …")
_THEN_ITS_RESULT = re.compile(r"[^\d.;:()\n]{0,60}[;,]\s*kết quả\b[^\d.;:()\n]{0,60}")
_MEASURED_AFTER = re.compile(r"[^.;\n]{0,40}?(?:chỉ tiêu|kế hoạch)")


def _named_place(m: str, low: str, start: int, end: int) -> bool:
    """Whether a place with its name ("xã Tân Lập", "huyện 2") is named in ``start:end``."""
    return any(m[p.end()].isupper() or m[p.end()].isdigit() for p in _PLACE_WORD.finditer(low, start, end))


def _years(low: str, start: int, end: int) -> set[str]:
    return set(_YEAR.findall(low, start, end))


class _Across(NamedTuple):
    """A text's sentence ends and its paragraphs, to tell how far apart two figures are."""

    m: str
    low: str
    bounds: Bounds

    def sentence_no(self, pos: int) -> int:
        return bisect.bisect_left(self.bounds.sentence_ends, pos)

    def gap(self, a: Figure, b: Figure) -> int | None:
        """How many sentences ``b`` comes after ``a``'s, None past the next three or the paragraph's end."""
        gap = self.sentence_no(b.num_start) - self.sentence_no(a.num_start)
        return gap if gap <= 3 and self.low.find("\n", a.end, b.start) == -1 else None

    def told_done(self, f: Figure) -> bool:
        """Whether ``f`` is a result told in its sentence: result words before it, nothing of a target, an estimate,
        last year, a part or a change."""
        start = self.bounds.sentence_start(f.num_start)
        told = self.low[max(start, self.low.rfind(";", start, f.start) + 1):f.start]
        return not f.estimate and bool(_RESULT_SAID.search(told)) and not _NOT_THE_RESULT.search(told)

    def same_period(self, target: Figure, result: Figure) -> bool:
        """No year named between the target's sentence and the result but the target's ("Chỉ tiêu năm 2025 … . Năm
        2024 kết nạp …" is last year's); a result told before a target of a named year, in a sentence naming none,
        is of the year named last before it."""
        t0, t1 = self.bounds.sentence(target.num_start)
        r0 = self.bounds.sentence_start(result.num_start)
        set_for = _years(self.low, t0, t1)
        forward = target.num_start < result.num_start
        between = _years(self.low, t1, result.start) if forward else _years(self.low, r0, t0)
        if not set_for:
            return not between  # "Hội phấn đấu kết nạp 500 hội viên. Năm 2025, kết nạp 450 …": which year's?
        if len(set_for) > 1 or between - set_for:
            return False
        if between or forward:
            return True
        before = _YEAR.findall(self.low, max(0, r0 - 300), r0)
        return bool(before) and before[-1] in set_for


_PER_UNIT = re.compile(r"\bmỗi (?!năm|quý|tháng|kỳ|đợt)\w")


def link_results_across_sentences(m: str, low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """A target set in one sentence and its result told in one of the next three of its paragraph ("Hội được giao chỉ
    tiêu hỗ trợ 700 hộ phụ nữ nghèo thoát nghèo. Cuối năm, kết quả đạt 812 hộ, vượt 16%."), or the result first and a
    sentence opening on the target after it ("… đã kết nạp 412 hội viên, bằng 58,9% chỉ tiêu năm. Chỉ tiêu … giao
    năm 2024 là 700 hội viên"): the result, of the target's noun, takes it, when no place or other year is named
    between and the result is no estimate, target, part or change; its stated rate must agree."""
    targets = [k for k, g in enumerate(figures) if g.is_target and g.target == g.value and g.unit and (
        g.unit_class in ("count", "vnd"))]
    if not targets:
        return  # (most texts: no target with a noun)
    across = _Across(m, low, bounds)
    measured = {f.target for f in figures if not f.is_target and f.target is not None}
    for k in targets:
        g = figures[k]
        if g.value in measured:
            continue  # "kết nạp được 38 hội viên mới (chỉ tiêu năm 150 hội viên)": its result is told already
        if "mỗi " in low and _PER_UNIT.search(low, bounds.sentence_start(g.num_start), g.start):
            continue  # "mỗi cơ sở Hội giúp 3 hộ": a target for each unit is no target of a total told later
        f = _first_of_its_noun(across, figures, k, 1)
        if f is None and _opens_on_targets(across, figures, k):
            f = _first_of_its_noun(across, figures, k, -1)
        if f is not None and not yearly_against_term(low, g, f):  # (not "mỗi năm giúp 15 hộ" on "cả nhiệm kỳ … 87 hộ")
            f.target = g.value


# a share set: "80% hội viên được học tập chính sách, pháp luật" (who, then what they do, to the sentence's end); the
# share reached, named after "tỷ lệ" in its clause: "tỷ lệ hội viên được tuyên truyền pháp luật hằng năm bình quân 86%"
_SHARE_SET = re.compile(r"\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s+([^.;:\n\d]{4,80})")
_SHARE_NAMED = re.compile(r"tỷ lệ\s+([^.;:\n\d]{4,100}?)\s*(?:(?:đạt|là|ở mức|bình quân|trên|hơn|từ)\s+)*$")
_SHARE_NOT_RESULT = re.compile(r"phấn đấu|chỉ tiêu|kế hoạch|mục tiêu|\bsẽ\b|năm tới|năm sau|cùng kỳ|năm trước|trong đó"
                               r"|\briêng\b")
_SHARE_DONE = re.compile(r"\bđã\b|\bđạt\b|\bqua\b|cuối năm|sau \d+ năm|kết quả|đến nay")
_COMMON_SYLLABLES = frozenset(("được", "có", "các", "và", "năm", "hằng", "trở", "lên", "trên", "đạt", "từ", "mỗi",
                               "của", "trong", "là", "bình", "quân", "hơn", "tổ", "chức"))


def link_shares_across_sentences(m: str, low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """A share set in one sentence ("mỗi năm có 70% hội viên được học tập chính sách, pháp luật") and the share
    reached told in one of the next three sentences (its paragraph or the next), after "tỷ lệ" naming the same people
    and two more of its words ("tỷ lệ hội viên được tuyên truyền pháp luật hằng năm bình quân 78%"): the share
    reached takes the target, when no place or other year is named between and its clause tells it done."""
    if "tỷ lệ" not in low:
        return
    across = _Across(m, low, bounds)
    for k, g in enumerate(figures):
        if not (g.is_target and g.target == g.value and g.unit_class == "percent") or not (
                set_for := _SHARE_SET.match(low, g.end)):
            continue
        who, what = set_for.group(1), set(set_for.group(2).replace(",", " ").split()) - _COMMON_SYLLABLES
        for f in figures[k + 1:]:
            if not 0 <= (gap := across.sentence_no(f.num_start) - across.sentence_no(g.num_start)) <= 3 or low.count(
                    "\n", g.end, f.start) > 1:
                break  # (the next three sentences, into the next paragraph: "… pháp luật.\nSau 5 năm, …")
            if f.unit_class != "percent" or f.is_target or f.target is not None or f.achievement_pct is not None:
                continue
            start = bounds.sentence_start(f.num_start)
            clause = low[max(start, low.rfind(";", start, f.start) + 1):f.start]
            named = _SHARE_NAMED.search(clause)
            if named is None:
                continue
            if (named.group(1).startswith(who + " ") and len(set(named.group(1).split()) & what) >= 2
                    and gap and not _SHARE_NOT_RESULT.search(clause)
                    and _SHARE_DONE.search(low, start, f.start) and not _named_place(m, low, g.end, f.start)
                    and across.same_period(g, f)):
                f.target = g.value
            break  # (the first share named after "tỷ lệ" is the one told)


def _opens_on_targets(across: _Across, figures: list[Figure], k: int) -> bool:
    """Whether target ``k``'s sentence opens on the target's words, with only targets before it ("Kế hoạch năm
    giao 60 THT và 15 HTX")."""
    start = across.bounds.sentence_start(figures[k].num_start)
    first = k
    while first and figures[first - 1].num_start >= start:
        first -= 1
        if not figures[first].is_target:
            return False
    return _TARGET_OPENS.match(across.low, start, figures[first].start) is not None or _looks_back_on_the_result(
        across.low, start, figures[first].start)


# a sentence opening on the result just told: "Con số này …", "Kết quả này …", "Số liệu trên …"
_LOOKS_BACK = re.compile(r"\W*(?:con số|kết quả|số liệu|số lượng|mức)\s+(?:này|đó|trên|nói trên)\b")


def _looks_back_on_the_result(low: str, start: int, end: int) -> bool:
    """"Con số này vẫn còn thấp so với yêu cầu, bởi Nghị quyết … giao chỉ tiêu năm 2026 là 1.300 hộ": a sentence
    looking back on the result names the target later on, in a clause of the target's words."""
    if not _LOOKS_BACK.match(low, start):
        return False
    at = max(low.rfind("chỉ tiêu", start, end), low.rfind("kế hoạch", start, end))
    return at != -1 and _TARGET_OPENS.match(low, at, end) is not None


def _first_of_its_noun(across: _Across, figures: list[Figure], k: int, step: int) -> Figure | None:
    """The first figure of target ``k``'s noun after it (``step`` 1) or before it (-1), when it is its result."""
    g, j = figures[k], k + step
    low = across.low
    while 0 <= j < len(figures):
        f = figures[j]
        a, b = (g, f) if step > 0 else (f, g)
        if (gap := across.gap(a, b)) is None:
            return None
        if f.unit_class == g.unit_class and f.unit and (same_noun(low, f, g) or same_persons(f, g)):
            if f.is_target or f.target is not None or another_indicator(low, f, g) or (
                    f.achievement_pct is not None and abs(f.value * 100 / g.value - f.achievement_pct) > 1):
                return None
            if step > 0 and _THEN_ITS_RESULT.fullmatch(low, g.end, f.start):
                return f  # "chỉ tiêu … giao 600 người, kết quả các cơ sở Hội kết nạp 742 hội viên": its own sentence
            if not gap or _named_place(across.m, low, a.end, b.start) or not across.told_done(f):
                return None
            if step < 0 and f.achievement_pct is None and not _MEASURED_AFTER.match(low, f.end) and (
                    not across.same_period(g, f) or not _years(low, *across.bounds.sentence(g.num_start)) and (
                    not _THE_YEARS_PLAN.search(low, across.bounds.sentence_start(g.num_start), g.start))):
                return None  # a result, then a target sentence naming no year (or "năm") nor a measure: next year's?
            return f if across.same_period(g, f) else None
        j += step
    return None


# a ceiling set on a named rate (iv15 P7): "tỷ lệ nợ quá hạn tại các tổ tiết kiệm không quá 0,5%", "tỷ lệ hộ tái nghèo
# dưới 2%"; its indicator's first words name the rate reached later ("nợ quá hạn chiếm 0,27% tổng dư nợ")
_CEILING_ON = re.compile(r"tỷ lệ\s+((?:[^\W\d_]+\s+){1,3})(?:[^.;:\n\d]{0,80}?\s)?"
                         r"(?:không quá|không vượt quá|dưới|ở mức dưới)\s*$")
_RATE_NAMED_AFTER = re.compile(r"[^.;:\n\d]{0,30}$")


def link_ceilings_across_sentences(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"Kế hoạch yêu cầu tỷ lệ nợ quá hạn không quá 0,5% …. Đến 31/3, nợ quá hạn chiếm 0,27% tổng dư nợ": the first
    later percent whose clause names the ceiling's indicator ("nợ quá hạn", "tỷ lệ hộ tái nghèo") takes the ceiling,
    in the next sentences or sections, unless its sentence sets a target or compares with a past period."""
    if "tỷ lệ" not in low or ("không quá" not in low and "dưới" not in low):
        return
    for k, g in enumerate(figures):
        if not (g.is_target and g.target == g.value and g.unit_class == "percent") or (
                ceiling := _CEILING_ON.search(low, max(0, g.num_start - 160), g.num_start)) is None:
            continue
        head = ceiling.group(1).strip()
        for f in figures[k + 1:]:
            if f.unit_class != "percent" or f.is_target or f.target is not None or f.achievement_pct is not None:
                continue
            start, end = bounds.sentence(f.num_start)
            at = low.rfind(head, start, f.num_start)
            if at < start or not _RATE_NAMED_AFTER.fullmatch(low, at + len(head), f.num_start):
                continue
            clause_end = low.find(";", f.end, end)  # (its own clause: "…, tăng 412 tỷ đồng so với cùng kỳ; tỷ lệ …")
            if not _SHARE_NOT_RESULT.search(low, max(start, low.rfind(";", start, f.num_start) + 1),
                                            end if clause_end == -1 else clause_end):
                f.target = g.value
            break


# a verdict naming a share unmet, its target in a bracket (iv23 P16): "2 chỉ tiêu chưa đạt là giảm hộ cận nghèo và tỷ lệ
# tập hợp phụ nữ (chỉ tiêu 85%)"
_UNMET_SHARE = re.compile(r"(?:chưa|không)\s+(?:đạt|hoàn thành)\b[^.\n]{0,80}?tỷ lệ\s+([^\W\d_]+\s+[^\W\d_]+)"
                          r"[^.;:()\n\d]{0,50}\(\s*(?:chỉ tiêu|kế hoạch|mục tiêu)\s*:?\s*(?:(?:trên|từ)\s+)?$")


def link_unmet_shares_back(low: str, figures: list[Figure]) -> None:
    """"… tập hợp được 81,6% phụ nữ …. Đánh giá chung: … chưa đạt là … tỷ lệ tập hợp phụ nữ (chỉ tiêu 85%)": the
    bracket's share is the target of the latest share before it told with the share's first two words."""
    if "tỷ lệ" not in low or ("chưa" not in low and "không" not in low):
        return
    for k, g in enumerate(figures):
        if not (g.is_target and g.target == g.value and g.unit_class == "percent") or (
                unmet := _UNMET_SHARE.search(low, max(0, g.num_start - 200), g.num_start)) is None:
            continue
        words = unmet.group(1)
        for f in reversed(figures[:k]):
            if g.start - f.start > 3000:
                break  # (the review's own pages, not another part of the text)
            if f.unit_class == "percent" and f.target is None and f.achievement_pct is None and not f.is_target and (
                    low.find(words, max(0, f.start - 30), f.start) != -1):
                f.target = g.value
                break


# what opens an estimate of the whole year: "Ước cả năm kết nạp khoảng 9.600 hội viên", "…, ước cả năm đạt 16 hộ"; a
# forecast of the year's end: "dự kiến (đến) cuối năm đạt khoảng 125 hộ", "dự kiến cả năm giúp được 35 hộ" (not "dự
# kiến năm 2027 …", a later year's plan)
_YEAR_ESTIMATE = re.compile(r"(?:\bước\s+(?:(?:tính|thực hiện)\s+)?(?:cả\s+năm|đến\s+(?:hết|cuối)\s+năm|năm\s+20\d\d)"
                            r"|\bdự kiến\s+(?:cả\s+năm|(?:đến\s+)?(?:hết|cuối)\s+năm))\b"
                            r"(?:(?!\b(?:chỉ tiêu|kế hoạch|mục tiêu|năm tới|năm sau)\b)[^.;:\d\n]){0,40}$")

_MORE_OF_IT = re.compile(r"\b(?:thêm|nữa)\b")


def _opens_year_estimate(low: str, e: Figure) -> bool:
    """Whether ``e`` is told as the year's estimate or forecast ("ước cả năm …", "dự kiến đến cuối năm đạt …")."""
    opened = max(low.rfind("ước", max(0, e.start - 60), e.start), low.rfind("dự kiến", max(0, e.start - 60), e.start))
    return opened != -1 and _YEAR_ESTIMATE.search(low, opened, e.start) is not None and not _MORE_OF_IT.search(
        low, opened, e.start)  # (not "dự kiến đến hết năm hỗ trợ thêm 6 hộ": what is left to do)


def _the_results_own_target(g: Figure, before: list[Figure]) -> bool:
    """Whether target ``g`` between a result and the estimate is that result's own, told in its bracket or its clause
    ("…, bằng 70% kế hoạch năm (300 hội viên); ước cả năm …")."""
    return any(not f.is_target and f.target == g.value and f.unit_class == g.unit_class and 0 < g.start - f.end < 120
               for f in before[-3:])


def link_year_estimates_to_the_target(low: str, bounds: Bounds, figures: list[Figure]) -> None:
    """"… đã kết nạp 7.245 hội viên. Ước cả năm kết nạp khoảng 9.600 hội viên" ("… hỗ trợ được 101 hộ; dự kiến đến
    cuối năm đạt khoảng 125 hộ"): the year's estimate of a result that has its target, of the result's noun, told in
    its sentence or the next two of its paragraph, takes that target."""
    if "ước" not in low and "dự kiến" not in low:
        return
    across = _Across("", low, bounds)
    for k, e in enumerate(figures):
        if not e.estimate or e.is_target or e.target is not None or e.unit_class not in ("count", "vnd"):
            continue
        if not _opens_year_estimate(low, e):
            continue
        for j in range(k - 1, -1, -1):
            f = figures[j]
            gap = across.gap(f, e)
            if gap is None or gap > 2:
                break
            if f.is_target:
                if _the_results_own_target(f, figures[:j]):
                    continue  # (the result's plan in its bracket: "… (300 hội viên); ước cả năm …")
                break  # (another target between: the estimate is of what follows it)
            if f.target is not None and f.unit_class == e.unit_class and (same_noun(low, f, e) or same_persons(f, e)):
                e.target = f.target
                break


_NOUN_WORDS = re.compile(r"\s*((?:[^\W\d_]+\s+){3}[^\W\d_]+)")  # the four words after a number: "hộ phụ nữ khó khăn"
_DONE_VERB_BEFORE = re.compile(r"\bđã\s+(?:[^\W\d_]+\s+){1,2}$")  # "Hội đã hỗ trợ 22 …"


def _sentence_end(low: str, at: int) -> int:
    """Where the sentence holding ``at`` ends (its stop or its line's end)."""
    ends = [e for e in (low.find("\n", at), low.find(". ", at)) if e != -1]
    return min(ends, default=len(low))


def link_results_paragraphs_later(low: str, figures: list[Figure]) -> None:
    """"… vận động ít nhất 30 hộ phụ nữ khó khăn được hỗ trợ sinh kế …" then, paragraphs later, "Hội đã hỗ trợ 22 hộ
    phụ nữ khó khăn …": a result told as done, whose four words after the number repeat the target's and whose verb
    the target's words hold, takes it when no other figure of those words comes between and no other year is named."""
    targets = [g for g in figures if g.is_target and g.target == g.value and g.unit_class == "count" and g.unit]
    if not targets or "đã" not in low:
        return
    for g in targets:
        words = _NOUN_WORDS.match(low, g.end)
        if words is None:
            continue
        for f in figures:
            if f.start <= g.end or f.start - g.end > 2000:
                continue
            if (same := _NOUN_WORDS.match(low, f.end)) is not None and same.group(1) == words.group(1):
                if not f.is_target and f.target is None and f.unit_class == "count" and f.unit == g.unit and (
                        verb := _DONE_VERB_BEFORE.search(low, max(0, f.start - 30), f.start)) and (
                        verb.group(0)[3:].strip() in low[max(0, g.start - 80):_sentence_end(low, g.end)]) and not (
                        _YEAR.search(low, g.end, f.start)) and f.value < g.value:
                    f.target = g.value
                break  # (the first figure of those words after the target decides)


# a result, then the running total after it in its clause: "…, lũy kế 9 tháng là 128 người", ", luỹ kế từ đầu năm
# 45 hộ", ", cộng dồn đến nay đạt 310 hội viên" (not last year's: "lũy kế cùng kỳ năm trước")
_RUNNING_TOTAL = re.compile(r"[^\d.;:()\n]{0,20}?,\s*(?:lũy kế|luỹ kế|cộng dồn)(?:\s+\d{1,2}\s+tháng)?"
                            r"(?:(?!cùng kỳ|năm trước|năm 20)[^\d.;:()\n]){0,25}$")


def link_running_totals(low: str, figures: list[Figure]) -> None:
    """"Quý III, Hội kết nạp 52 hội viên, lũy kế 6 tháng là 190 người" then the year's target of either: the
    period's result and its running total count toward one year's target, so the one without a target takes the
    other's (its stated rate must agree)."""
    if "lũy kế" not in low and "luỹ kế" not in low and "cộng dồn" not in low:
        return
    for a, b in zip(figures, figures[1:]):
        if a.is_target or b.is_target or a.unit_class != b.unit_class or a.unit_class not in ("count", "vnd") or (
                (a.target is None) == (b.target is None)) or b.value < a.value:
            continue
        if not _RUNNING_TOTAL.fullmatch(low, a.end, b.start) or not (same_noun(low, a, b) or same_persons(a, b)):
            continue
        takes, target = (a, b.target) if a.target is None else (b, a.target)
        if target is not None and (takes.achievement_pct is None or abs(
                takes.value * 100 / target - takes.achievement_pct) <= 1):
            takes.target = target


# a result told in the passive after its noun: "6 hợp tác xã mới được thành lập", "12 tổ hợp tác đã được ra mắt"
_PASSIVE_DONE = re.compile(r"[ \t]+(?:(?:mới|đã|vừa)[ \t]+)?được[ \t]+([^\W\d_]+(?:[ \t]+[^\W\d_]+)?)")


def link_passive_results_later(low: str, figures: list[Figure]) -> None:
    """"… đặt chỉ tiêu … thành lập 30 hợp tác xã." then, paragraphs later, "6 hợp tác xã mới được thành lập": the
    first later figure of the target's unit, told done in the passive with the target's own verb, takes it when no
    year is named between and it stays below the target."""
    if "được" not in low:
        return
    for g in figures:
        if not (g.is_target and g.target == g.value and g.unit_class == "count" and g.unit):
            continue
        before = low[max(0, g.start - 30):g.start].rstrip()
        for f in figures:
            if f.start <= g.end or f.unit != g.unit:
                continue
            if f.start - g.end > 3000 or f.is_target or f.target is not None:
                break  # (the first figure of its unit after the target decides)
            done = _PASSIVE_DONE.match(low, f.end)
            if done is not None and f.value < g.value and not _YEAR.search(low, g.end, f.start) and any(
                    before.endswith(" " + verb) for verb in (done.group(1), done.group(1).split()[0])):
                f.target = g.value
            break
