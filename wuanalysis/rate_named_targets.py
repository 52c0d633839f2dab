"""A target named by what it counts, then how far it got: the rate a named target reached, a review's verdict
("Riêng chỉ tiêu thành lập tổ hợp tác mới đạt 60%", "Chỉ tiêu giúp hộ thoát nghèo đạt 105% (thực hiện 42 hộ)",
named targets told in turn), not a share's own rate ("Chỉ tiêu tỷ lệ tập hợp mới đạt 78%"), read by
:func:`wuanalysis.rates.attach_rates` (split from :mod:`wuanalysis.rates`); and the result a named target's rate
measures ("mới đạt 40% (thành lập 2/5 hợp tác xã)"), a rule of
:func:`wuanalysis.target_statements.decide_rates_and_targets` (split from :mod:`wuanalysis.target_cues`). Patterns
run on the lower-cased match form of the text.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .extract import Figure


# "Riêng chỉ tiêu thành lập tổ hợp tác mới đạt 60%", "chỉ tiêu thu hồi nợ chỉ đạt 93,5%", "hai chỉ tiêu còn lại đạt
# trên 70%": a target named by what it counts, then how far it got ("mới/chỉ đạt", a review's words)
# ("Chỉ tiêu hỗ trợ sinh kế cho hộ nghèo (50 hộ) mới đạt 44%": the target's number and noun in brackets after its name)
_NAMED_TARGET_REACHED = re.compile(
    r"(?<![^\W\d_])chỉ tiêu(?:\s+[^\d,;:()\n%]{2,80}?(?:\s*\(\s*[\d.,]+\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*\))?"
    r"\s(?:chỉ|mới|chỉ mới)|\s+còn lại)\s+đạt\s*$")
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
    if named is None and sentence is not None:
        named = _named_target_told_alone(low, lo, k, start, right, sentence)
    return named is not None and not _NOT_A_REVIEW.search(named.group())


# a goal's words in the sentence: the named target is asked for, not reviewed ("Phấn đấu năm 2026 chỉ tiêu … đạt 100%")
_ASKED = re.compile(r"phấn đấu|đề ra|đặt ra|mục tiêu|bảo đảm|đảm bảo|quyết tâm|cam kết|(?<![^\W\d_])(?:cần|phải|sẽ)"
                    r"(?![^\W\d_])|dự kiến|đến (?:năm|cuối|hết)|trong nhiệm kỳ|hằng năm|hàng năm|mỗi năm|trở lên")


# "Chỉ tiêu tập hợp hội viên đạt 92% (vượt 7%)": points over a share target after it, so the percent is the share
_POINTS_AFTER = re.compile(r"\s*[(,]?\s*(?:vượt|tăng|cao hơn)\s+\d[\d,.]*\s*%(?!\s*so với\s+(?:cùng kỳ|năm|kỳ))")
# "… đạt 75% (kết nạp 300 hội viên mới)": a bracket other than a done one (not "(tăng 5% so với cùng kỳ)", last year's)
_BRACKET_NOT_COMPARED = re.compile(r"\s*\((?![^()]*so với)")
# "trong đó chỉ tiêu tập hợp hội viên đạt 92%", "chỉ tiêu thu hút …": a share's target names the share reached
_SHARE_NAMES = ("tập hợp", "thu hút", "tỷ lệ")


def _named_target_told_alone(low: str, lo: int, k: int, start: int, right: str, sentence: tuple[int, int]
                             ) -> re.Match | None:
    """"chỉ tiêu phát triển hội viên ngoài Hội đạt 92%", "Chỉ tiêu giảm nghèo đạt 80% do …": a named target and how
    far it got, a review's verdict even with a plain "đạt", when nothing in its sentence asks for it (a goal, a bar),
    no bracket or points follow it, and it names no share."""
    if right.lstrip().startswith("trở lên") or _POINTS_AFTER.match(right) or _BRACKET_NOT_COMPARED.match(right) or (
            _ASKED.search(low, *sentence)):
        return None
    named = _NAMED_TARGET_PLAIN.search(low, max(lo, k - 1), start)
    return None if named is None or any(w in named.group() for w in _SHARE_NAMES) else named


# "giúp 38 hộ thoát nghèo, chưa đạt chỉ tiêu (đạt 95%)", "Chỉ tiêu thành lập HTX chưa đạt (mới đạt 81,7%)", "không
# hoàn thành kế hoạch (bằng 75%)": a negative verdict, then how far it got in brackets
_NEGATIVE_VERDICT = (r"(?<![^\W\d_])(?:chưa|không)\s+(?:đạt|hoàn thành)(?:\s+(?:chỉ tiêu|kế hoạch|mục tiêu)"
                     r"(?:\s+(?:đề ra|được giao|giao|năm|cả năm))?)?")
_NEGATIVE_VERDICT_THEN_BRACKET = re.compile(
    _NEGATIVE_VERDICT + r"\s*\(\s*(?:(?:chỉ|mới|chỉ mới)\s+)?(?:đạt|bằng)(?:\s+được)?\s*$")


def a_rate_after_a_negative_verdict(low: str, lo: int, start: int) -> bool:
    """"Chỉ tiêu phát triển hội viên chưa đạt (mới đạt 87,5%)": the rate in brackets after a negative verdict is how far
    the target got (the result before the verdict, if any, takes it as "12/12 (đạt 100%)" does)."""
    return "(" in low[max(lo, start - 12):start] and _NEGATIVE_VERDICT_THEN_BRACKET.search(
        low, max(lo, start - 70), start) is not None


# "96% hộ …, vượt mục tiêu 90% Cụm đề ra", "(93,1%), chưa đạt chỉ tiêu 100%": a verdict naming the target share;
# "ước đạt 94%, chưa đạt mức 100% đề ra": the level asked for
_VERDICT_NAMING_A_SHARE = re.compile(
    r"(?<![^\W\d_])(chưa đạt|không đạt|chưa hoàn thành|vượt|đạt)\s+(?:so với\s+)?(?:mục tiêu|chỉ tiêu|kế hoạch|mức)"
    r"(?:\s+(?:đề ra|đặt ra|được giao|giao|nghị quyết|năm|là))?\s*:?\s*$")


def a_target_share_in_a_verdict(low: str, figures: list[Figure], i: int, lo: int) -> bool:
    """"có 96% hộ … phân loại rác, vượt mục tiêu 90% Cụm đề ra", "27/29 chi hội … (93,1%), chưa đạt chỉ tiêu 100%": the
    percent a verdict names after its target word is the target share, no rate (never 190); it is the target of itself
    and of the share before it in the clause. A negative verdict always names it; "vượt"/"đạt" only after a share
    above it ("đạt 95%, vượt chỉ tiêu 5%" is points over the target, "vượt chỉ tiêu 12%" an excess)."""
    f = figures[i]
    verdict = _VERDICT_NAMING_A_SHARE.search(low, max(lo, f.start - 60), f.start)
    if verdict is None:
        return False
    share = next((g for g in reversed(figures[max(0, i - 4):i]) if g.num_start >= lo and g.unit_class == "percent"
                  and g.achievement_pct is None and not g.is_target), None)
    if verdict.group(1) in ("vượt", "đạt") and (share is None or not share.value / 2 < f.value <= share.value):
        return False
    f.is_target, f.target = True, f.value
    if share is not None and share.target is None:
        share.target = f.value
    return True


# "mới đạt 18,5%, chưa đạt mục tiêu 20%", "đạt 93%, vượt kế hoạch 90% đề ra": a share, the verdict, the target share
_SHARE_THEN_ITS_TARGET = re.compile(
    r"\s*[,;]\s*(?:(chưa đạt|không đạt|thấp hơn)|vượt|cao hơn)\s+(?:so với\s+)?(?:mục tiêu|chỉ tiêu|kế hoạch)"
    r"(?:\s+(?:đề ra|đặt ra|giao|nghị quyết|năm|là)){0,2}\s*:?\s*\(?\s*(?:(?:trên|dưới|từ)\s*)?(\d+(?:,\d+)?)\s*%")


def a_share_beside_its_target(low: str, f: Figure) -> bool:
    """"Chỉ tiêu phụ nữ tham gia cấp ủy mới đạt 18,5%, chưa đạt mục tiêu 20%": a share told against the target share
    after it is the share's level, no rate (the target rules pair them); never "đạt 112%, vượt kế hoạch 12%", a rate
    and its excess: the target share lies on the verdict's side of the share, and above half of it."""
    told = _SHARE_THEN_ITS_TARGET.match(low, f.end)
    if told is None or f.value > 100:
        return False
    bar = float(told.group(2).replace(",", "."))
    return bar >= f.value if told.group(1) else f.value / 2 < bar <= f.value


# the deed a rate's own words name after the last comma or colon: "riêng chỉ tiêu hỗ trợ hộ thoát nghèo mới đạt",
# "nhiều chỉ tiêu vượt xa nghị quyết: hỗ trợ hộ phụ nữ thoát nghèo vượt" (its target's word and its verb left out)
_DEED_NAMED = re.compile(r"(?:.*[,:;])?\s*(?:(?:riêng|trong đó|còn|nhưng|song)\s+)?(?:(?:các|những)\s+)?"
                         r"(?:chỉ tiêu\s+)?"
                         r"([^\W\d_]+(?:\s+[^\W\d_]+)+?)\s+(?:(?:chỉ|mới|chỉ mới|đã)\s+)?(?:đạt|vượt|bằng|hoàn thành)"
                         r"(?:\s+(?:được|mức))?\s*$", re.DOTALL)
# the head's own words: its number's noun and what it tells, up to the next comma or bracket
_OWN_WORDS = re.compile(r"[^,;:.()\n]{0,60}")


def _own_end(low: str, end: int) -> int:
    own = _OWN_WORDS.match(low, end)
    return own.end() if own is not None else end


# words any deed may share: a verb of help, a link word
_COMMON = frozenset(("hỗ", "trợ", "giúp", "cho", "các", "của", "và", "được", "mới", "tổ", "chức", "thực", "hiện"))


def a_rate_naming_another_deed(low: str, head: Figure, f: Figure) -> bool:
    """"Hội tổ chức 45 buổi tuyên truyền, riêng chỉ tiêu hỗ trợ hộ phụ nữ thoát nghèo mới đạt 75%": a rate whose own
    words name a target's deed after the head's clause, sharing no word with the head's own, measures another target:
    only the percent carries it (not "Hội giúp 120 hộ thoát nghèo, chỉ tiêu giúp hộ thoát nghèo đạt 120%")."""
    between = low[head.end:f.start]
    if "chỉ tiêu" not in between or any(c.isdigit() for c in between):
        return False
    deed = _DEED_NAMED.fullmatch(between)
    if deed is None or deed.group(1).startswith(("tỷ lệ", "tỉ lệ")):
        return False
    own = set(low[head.num_start:_own_end(low, head.end)].split()) - _COMMON
    return not own & (set(deed.group(1).split()) - _COMMON)


# "chỉ tiêu tiết kiệm vượt 17,5%", "riêng chỉ tiêu thương mại điện tử đạt 116%": a clause opened by a named target, then
# its rate (no figure, no share; after a label: "Đối chiếu:", "Đánh giá:")
_NAMED_TARGET_OPENS = re.compile(r"\W*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:\s*)?(?:(?:riêng|còn)\s+)?"
                                 r"chỉ tiêu\s+(?!tỷ lệ|tỉ lệ)[^\d,;:()%\n]{2,60}?\s+"
                                 r"(?:(?:chỉ|mới)\s+)?(?:đạt|vượt)(?:\s+(?:được|mức))?\s*")


def a_named_target_opens(low: str, lo: int, start: int) -> bool:
    """"Đối chiếu: chỉ tiêu kết nạp hội viên đạt; chỉ tiêu tiết kiệm vượt 17,5%": the clause opens on a named target and
    its rate, which measures the result whose quotient over that target's plan it is (read by the caller)."""
    return "chỉ tiêu" in low[lo:start] and _NAMED_TARGET_OPENS.fullmatch(low, lo, start) is not None


# "Chỉ tiêu thành lập hợp tác xã mới đạt 40% (thành lập 2/5 hợp tác xã)": the rate, then the part of the whole it is
_RATIO_IN_BRACKETS = re.compile(r"\s*\(\s*(?:[^\W\d_]+\s+){0,4}")
# "… chỉ đạt 84,6% (thực hiện 12.690/15.000 hội viên)", "(kết quả 45 hộ, kế hoạch 60 hộ)": what was done, in brackets
_DONE_IN_BRACKETS = re.compile(r"\s*\(\s*(?:thực hiện|kết quả|đã thực hiện)(?:\s+được)?\s*:?\s*")
# "Riêng chỉ tiêu thành lập tổ hợp tác mới đạt 80%": what the named target counts
_TARGET_NAMED_BEFORE = re.compile(r"chỉ tiêu\s+((?:[^\W\d_]+\s+){1,8}?)(?:chỉ|mới|chỉ mới)\s+đạt\s*$")


def link_rates_to_restated_results(low: str, figures: list[Figure]) -> None:
    """A named target's rate measures the result it restates: the ratio in brackets after it ("mới đạt 40% (thành
    lập 2/5 hợp tác xã)"; "(thực hiện 12.690/15.000 hội viên)" is done over planned, the whole its target), the
    result in brackets with its target ("(thực hiện 1.320 người, chỉ tiêu 1.500 người)"), or the one result told
    earlier against a target, on a line or in a clause naming what the target counts, whose quotient the rate
    states ("3 | Thành lập tổ hợp tác | 60 | 48 | Chưa đạt" … "Riêng chỉ tiêu thành lập tổ hợp tác mới đạt 80%")."""
    if "chỉ tiêu" not in low:
        return
    for k, f in enumerate(figures):
        if f.unit_class != "percent" or f.achievement_pct != f.value or f.is_target:
            continue
        nxt = figures[k + 1] if k + 1 < len(figures) else None
        if nxt is not None and _result_in_brackets(low, f, nxt):
            nxt.achievement_pct = f.value
            continue
        named = _TARGET_NAMED_BEFORE.search(low, max(0, f.start - 90), f.start)
        if named is None:
            continue
        words = named.group(1).strip()
        restated = [g for g in figures[:k] if g.target and not g.is_target and g.achievement_pct is None
                    and g.unit_class in ("count", "other") and abs(g.value / g.target * 100 - f.value) <= 0.5
                    and words in low[max(low.rfind("\n", 0, g.start), g.start - 80):g.start]]
        if len(restated) == 1:
            restated[0].achievement_pct = f.value


def _result_in_brackets(low: str, rate: Figure, g: Figure) -> bool:
    """Whether the figure in brackets right after a named target's rate is the result it measures: a ratio whose
    quotient the rate states ("(thành lập 2/5 hợp tác xã)"; done over planned, "(thực hiện 12.690/15.000 hội
    viên)", has the whole as its target, set here), or a result done against the target named beside it ("(thực
    hiện 1.320 người, chỉ tiêu 1.500 người)", "(có 1.760 phụ nữ … so với chỉ tiêu 2.000 người)")."""
    if g.achievement_pct is not None:
        return False
    if g.denominator and _RATIO_IN_BRACKETS.fullmatch(low, rate.end, g.start) and abs(
            g.value / g.denominator * 100 - rate.value) <= 0.5:
        if _DONE_IN_BRACKETS.fullmatch(low, rate.end, g.start) and g.target is None:
            g.target = g.denominator
        return True
    return bool(g.target and not g.is_target and _RATIO_IN_BRACKETS.fullmatch(low, rate.end, g.start)
                and abs(g.value / g.target * 100 - rate.value) <= 0.5)
