"""The genre rules that narrow the indicators a figure may take, before the cues score (see :mod:`.indicators`).

- *Lending is a stock or a flow.* The lending word right after the figure ("34.874 hộ đang vay"), else the last one
  before it in its sentence (since the last ";"), keeps the lending indicators of its kind only; an outstanding total
  "của các nguồn vốn" or "do Hội quản lý" is the total of all sources the union manages unless one source is named.
- *A place where something was held is not a structure of the union.* "sinh hoạt tại 243 chi hội": a figure right
  after "tại"/"ở", in a clause with an activity word, that counts structures gets no indicator; one that counts
  events keeps the flows ("tuyên truyền tại 35 hội nghị").
- *A list item with its own deed counts its own thing.* "kết nạp 200 hội viên mới, vận động 15 người": an item whose
  clause opens a deed the item before did not name takes not that item's indicator from the words around them.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .indicators import _Clause, _Matcher

# Lending words that say stock (outstanding at a date) or flow (lent in the period); the longest wins at a place, so
# "dư nợ cho vay" (the outstanding of the loans) is a stock though "cho vay" alone is a flow.
_LENDING_KIND = {"dư nợ": "stock", "còn dư nợ": "stock", "dư nợ cho vay": "stock", "đang vay": "stock",
                 "hiện đang vay": "stock", "giải ngân": "flow", "cho vay mới": "flow", "vay mới": "flow",
                 "doanh số cho vay": "flow", "hỗ trợ vay": "flow", "được vay": "flow", "cho vay": "flow"}
# every lending word holds one of these: a stretch without them has none (a find costs less than the pattern's scan)
_LENDING_STEMS = ("vay", "dư nợ", "giải ngân")
_LENDING_REGEX = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(_LENDING_KIND, key=len, reverse=True))
                            + r")(?!\w)")
# The lending indicators the stock/flow words choose between, and the outstanding ones among them by source.
LENDING = ("loans_outstanding_vnd", "policy_bank_outstanding_vnd", "women_fund_outstanding_vnd", "loans_disbursed_vnd",
            "borrowers", "borrowers_outstanding")
_ALL_SOURCES = "loans_outstanding_vnd"
# "tổng dư nợ các nguồn vốn …", "… do Hội quản lý": the words that announce a total over the sources the union manages
_MANAGED = re.compile(r"(?<!\w)(?:các nguồn vốn|các nguồn|tổng nguồn vốn|(?:do |)hội (?:đang |trực tiếp |)quản lý)"
                      r"(?!\w)")
_PLURAL_SOURCES = re.compile(r"(?<!\w)(?:các nguồn vốn|các nguồn|tổng nguồn vốn)(?!\w)")
# The sources a total names, each told by its own words ("Ngân hàng Chính sách xã hội", "Quỹ hỗ trợ phụ nữ").
_SOURCES = {
    "policy_bank_outstanding_vnd": re.compile(r"(?<!\w)(?:ngân hàng chính sách|ngân hàng csxh|nhcsxh|ủy thác|vbsp)"
                                              r"(?!\w)"),
    "women_fund_outstanding_vnd": re.compile(r"(?<!\w)(?:quỹ hỗ trợ phụ nữ|chương trình hỗ trợ phụ nữ|tài chính vi mô|"
                                             r"tín dụng vi mô|quỹ trợ vốn)(?!\w)"),
    "other": re.compile(r"(?<!\w)(?:quỹ quốc gia|giải quyết việc làm|ngân hàng nông nghiệp|agribank|quỹ tín dụng|"
                        r"dự án|vốn vay nước ngoài)(?!\w)"),
}
# "sinh hoạt tại 243 chi hội", "tổ chức tại 15 xã", "ở các xã": the figure counts where something was held.
_VENUE_BEFORE = re.compile(r"(?<!\w)(?:tại|ở)\s*(?:các\s*|cả\s*)?$")
# ... where an activity was held or spread: "có 25.709 hộ tham gia tại 582 tổ TK&VV" counts the groups themselves
_HELD = re.compile(r"(?<!\w)(?:sinh hoạt|tổ chức|diễn ra|triển khai|thực hiện|nhân rộng|ra mắt|phát động|thí điểm|"
                   r"lồng ghép|tuyên truyền|tập huấn|hoạt động)(?!\w)")


def narrow(m: _Matcher, low: str, c: _Clause, subject: str, allowed: set[int],
            before: str) -> tuple[set[int], int | None]:
    """The genre rules above: the candidates a figure keeps, and the indicator they decide outright
    (an outstanding total of all sources), if any. ``before`` is the clause before the number."""
    if ("tại" in before or "ở" in before) and _VENUE_BEFORE.search(before) and _HELD.search(before):
        # what it counts is a structure (a stock counts that noun: chi hội, cơ sở, tổ hợp tác): the places where
        # something was held, under no indicator; else a flow held there ("tuyên truyền tại 35 hội nghị")
        if any(m.kinds[i] == "stock" and m.units[i] for i in allowed):
            return set(), None
        allowed = {i for i in allowed if m.kinds[i] != "stock"}
    lending = allowed & m.lending
    if not lending:
        return allowed, None
    start = low.rfind(";", 0, c.s) + 1
    right = _LENDING_REGEX.search(low, c.e, min(c.re_, c.e + 25))
    s = c.s
    left = (list(_LENDING_REGEX.finditer(low, start, s))
            if low.find("vay", start, s) >= 0 or low.find("dư nợ", start, s) >= 0
            or low.find("giải ngân", start, s) >= 0 else [])  # _LENDING_STEMS, one find after another
    said = right or (left[-1] if left else _LENDING_REGEX.search(subject))
    if said is None:
        return allowed, None
    kind = _LENDING_KIND[said.group(0)]
    allowed = {i for i in allowed if i not in lending or m.kinds[i] == kind}
    if kind == "stock" and said is not right and left:
        context = low[left[-1].start(): c.s]
        if _MANAGED.search(context):
            named = {source for source, words in _SOURCES.items() if words.search(context)}
            pick = _ALL_SOURCES if _PLURAL_SOURCES.search(context) or len(named) != 1 else next(iter(named))
            found = [i for i in allowed if m.ids[i] == pick]
            if found:
                return allowed, found[0]
    return allowed, None


# the deeds a report lists one after another ("kết nạp …, vận động …, giúp đỡ …, trao tặng …")
_DEED = re.compile(r"(?<!\w)(?:kết nạp|vận động|hỗ trợ|giúp đỡ|giúp|tổ chức|trao tặng|trao|tặng|xây dựng|thành lập|"
                   r"tuyên truyền|tập huấn|giới thiệu|tư vấn|củng cố|đưa ra|sửa chữa|thăm hỏi|ra mắt|kết nối|"
                   r"đào tạo|khen thưởng|biểu dương|tuyên dương|nhận đỡ đầu|phát triển)(?!\w)")
_BREAKDOWN = re.compile(r"(?<!\w)(?:trong đó|gồm|bao gồm|riêng|cụ thể)(?!\w)")


def another_deed(own_left: str, previous_left: str, between: str) -> bool:
    """Whether a figure's clause (``own_left``, the words before its number) names a deed the figure before did not
    (``previous_left``), with no breakdown opened between them: "…, vận động 15 người" after "kết nạp 200 hội viên
    mới", not "khen thưởng 54 cán bộ, 12 mô hình" nor "…, trong đó chi hội ấp 3 đăng ký giúp 15 hộ"."""
    deeds = {m.group(0) for m in _DEED.finditer(own_left)}
    return bool(deeds) and not deeds & {m.group(0) for m in _DEED.finditer(previous_left)} and (
        _BREAKDOWN.search(between) is None)
