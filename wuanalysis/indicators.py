"""Facts → indicators: tie each reported figure to an indicator of the catalogue and to a topic.

A report sentence often lists many indicators ("… hòa giải 176 vụ việc …, trong đó, hòa giải thành 129 vụ,
chuyển cơ quan chức năng 47 vụ; tiếp và tư vấn pháp luật cho 08 lượt …"), so a figure is read from what sits
next to it, never from the whole sentence:

1. the *subject* the extractor gave and the *clause* around the figure: the text between the previous and the
   next figure, cut at the clause separators ; , ( ) (a decimal comma "4,2" is not a separator);
2. if nothing fits there, a wider *window* from the clause before the previous figure to the next figure
   ("nhận đỡ đầu cho 3.037 cháu với số tiền gần 16,5 tỷ đồng": the money is the sponsorship's);
3. a figure in a "(trong đó: DTTS: 579, …)" breakdown takes the indicator of the figure the parenthesis follows.

Each candidate indicator must fit the fact's ``unit_class`` (a VND fact only gets a money indicator) and, when
the catalogue lists ``units``, its counted noun ("hộ", "lượt", "tổ hợp tác"). Cues score by length, the
figure's own side counting most; ties go to catalogue order. Achievement rates ("đạt 195% so với chỉ tiêu")
and changes ("tăng 242 tỷ đồng so với cùng kỳ") are not levels of an indicator: they get none.

Two genre rules (in :mod:`.indicator_rules`) narrow the candidates before the cues score (each indicator has a
``kind`` in the catalogue: stock, flow, share or tally):

- *Lending is a stock or a flow.* "tổng dư nợ … gần 1.293 tỷ đồng" is what is outstanding at a date; "đã giải ngân số
  tiền 12,1 tỷ đồng cho 1.109 thành viên vay" is what was lent in the period. The lending word right after the figure
  ("34.874 hộ đang vay", "5.000 hộ còn dư nợ"), else the last one before it in its sentence (since the last ";"),
  keeps the lending indicators of its kind only. An outstanding total "của các nguồn vốn" or "do Hội quản lý" with
  several sources named (the policy bank, the women's programme, …) or none is the total of all sources the union
  manages, even when one named source is the women's fund; with one source named it is that source's.
- *A place where something was held is not a structure of the union.* "định hướng sinh hoạt tại 243 chi hội, câu lạc
  bộ", "tổ chức tại 15 xã": a figure right after "tại"/"ở", in a clause with an activity word (sinh hoạt, tổ chức,
  triển khai, …), that counts structures (the nouns a stock counts: chi hội, cơ sở, tổ hợp tác) gets no indicator,
  neither the number of branches nor of new ones; one that counts events keeps the flows ("tuyên truyền tại 35 hội
  nghị" are sessions). "có 25.709 hộ tham gia tại 582 tổ TK&VV" names no activity: the groups are counted.

``topic`` is the indicator's topic, else the topic whose cue words sit closest to the figure (the conventions
of the gold annotations: Mái ấm → poverty, quà/BHYT/5 không 3 sạch → family_social, Mẹ đỡ đầu → child_support,
NTM works, awards, chỉ tiêu counts → other), else "other".
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from .catalogue import TOPICS, load_indicators, phrase_pattern, phrase_scan, trie_alternation
from .indicator_rules import LENDING, another_deed, narrow
from .text import match_form

# Topic words beyond the indicator cues, from the annotation conventions (gold/SCHEMA.md).
TOPIC_CUES: dict[str, tuple[str, ...]] = {
    "membership": ("kết nạp", "hội viên mới", "đại biểu", "ban chấp hành", "chi hội", "cơ sở hội",
                   "tổ chức hội", "sinh hoạt hội", "thu hút phụ nữ tham gia"),
    "poverty": ("giảm nghèo", "nghèo", "cận nghèo", "mái ấm", "nhà ở", "sinh kế", "nhà vệ sinh"),
    "economy_startup": ("khởi nghiệp", "khởi sự kinh doanh", "phát triển kinh tế", "việc làm", "học nghề",
                        "đào tạo nghề", "đề án 939", "doanh nghiệp", "ocop", "tiêu thụ sản phẩm"),
    "credit_savings": ("tiết kiệm", "vay", "vay vốn", "dư nợ", "tín dụng", "ngân hàng", "nguồn vốn", "giải ngân"),
    "family_social": ("5 không", "5 có", "3 sạch", "gia đình", "quà", "tặng quà", "bhyt", "bảo hiểm y tế",
                      "nhân đạo", "an sinh", "từ thiện", "hoàn cảnh khó khăn", "hậu phương quân đội"),
    "child_support": ("mẹ đỡ đầu", "đỡ đầu", "mồ côi", "học bổng", "trung thu", "trẻ em", "xâm hại"),
    "propaganda_training": ("tuyên truyền", "tập huấn", "truyền thông", "học tập", "bồi dưỡng", "tin bài",
                            "nói chuyện chuyên đề", "tuyên dương"),
    "coop": ("hợp tác xã", "htx", "tổ hợp tác", "tổ liên kết", "kinh tế tập thể"),
    "digital": ("chuyển đổi số", "công nghệ thông tin", "cntt", "số hóa", "mạng xã hội", "thương mại điện tử",
                "nền tảng số", "internet"),
    "mediation_legal": ("hòa giải", "pháp luật", "pháp lý", "xét xử", "tư vấn", "địa chỉ tin cậy"),
    "other": ("nông thôn mới", "ntm", "đô thị văn minh", "khen thưởng", "danh hiệu", "chỉ tiêu", "đường hoa",
              "bằng khen"),
}

_GENERIC = ("giảm", "tổng số", "nâng tổng số", "duy trì", "thành lập", "thành lập mới", "hỗ trợ thành lập",
            "ra mắt", "xây dựng", "xây mới", "giới thiệu", "tham dự", "học tập", "sinh hoạt", "cuộc thi", "hiến",
            "đất", "giúp đỡ", "được giúp đỡ", "tư vấn", "xếp loại", "đầu năm có", "toàn tỉnh có")

_COMPATIBLE = {"count": "count", "ratio": "count", "vnd": "vnd", "percent": "percent", "area": "area",
               "mass": "mass", "other": "other"}

# Clause separators: ; ( ) and a comma that is not a decimal comma ("4,2 tỷ").
# (one class first, so the search skips to the candidates; a comma then checked: the same places as "[;()]|,(?!\d)")
_SEP = re.compile(r"[;(),](?:(?<=,)(?!\d)|(?<!,))")
_SEMI = re.compile(r";")
_LIST_GAP = re.compile(r"[\s,“”\"']*(?:và|,)?[\s“”\"']*")
# "đạt 195%", "vượt 362% chỉ tiêu", "83% chỉ tiêu giai đoạn", "tăng 242 tỷ đồng so với cùng kỳ"
_ACHIEVED_BEFORE = re.compile(r"(?:đạt|vượt|đạt và vượt|tăng|giảm|bằng)\s*(?:hơn|trên|gần|khoảng)?\s*$")
_CHANGE_BEFORE = re.compile(r"(?:tăng|giảm)\s*(?:hơn|trên|gần|khoảng)?\s*$")
_RELATIVE_AFTER = re.compile(r"\s*(?:so với|chỉ tiêu|kế hoạch|kh\b|nghị quyết)")  # matched at the figure's end
_DIGIT = re.compile(r"\d")
_TARGETS_NOUN = "chỉ tiêu"


W_RIGHT, W_SUBJECT, W_LEFT, W_WINDOW = 1.0, 1.0, 0.9, 1.0
NEAR, FAR = 40, 0.5  # characters counted as next to the figure; weight of the rest of the clause


def _lower(text: str) -> str:
    return match_form(text).lower()


# A fact's unit and subject are a few words, and the same few come back figure after figure ("hội viên", "hộ"): each
# is put in match form once, not once per figure
_lower_words = lru_cache(maxsize=16_384)(_lower)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(c for c in (_lower(x.strip()) for x in str(cell).split(";")) if c)


@dataclass(frozen=True)
class _Matcher:
    ids: tuple[str, ...]
    topics: tuple[str, ...]
    kinds: tuple[str, ...]  # stock | flow | share | tally ("" when a custom catalogue has no kind column)
    unit_class: tuple[str, ...]
    units: tuple[frozenset, ...]
    cue_regex: re.Pattern
    cue_scan: re.Pattern  # cue_regex's cues in " " + text, found faster (phrase_scan)
    cue_credit: dict  # cue -> its credits, (indicator position, credited length) pairs
    topic_regex: re.Pattern
    topic_of_cue: dict  # cue -> topic
    lending: frozenset  # the positions of the indicators in LENDING
    # (unit class, unit, counted noun) -> the indicators whose units fit, kept as long as the matcher (the
    # default one for the process): the build assigns file by file, and would otherwise work it out per file
    fits: dict = field(default_factory=dict, compare=False, repr=False)
    hits: dict = field(default_factory=dict, compare=False, repr=False)  # text -> its cues (_cue_hits), bounded


def _build(indicators: pd.DataFrame) -> _Matcher:
    owners: dict[str, list[int]] = {}
    for i, cues in enumerate(indicators["cues"]):
        for cue in _split(cues):
            owners.setdefault(cue, []).append(i)
    # The cue regex finds the longest cue at a place ("nhận đỡ đầu"); the indicators of the shorter cues inside
    # it ("đỡ đầu") are credited too, each with the length of its own cue.
    credit: dict[str, dict[int, int]] = {}
    for cue in owners:
        inner = [c for c in owners if c in cue and re.search(rf"(?<!\w){re.escape(c)}(?!\w)", cue)]
        credit[cue] = {}
        for c in inner:
            for i in owners[c]:
                credit[cue][i] = max(credit[cue].get(i, 0), len(c))
    # A cue that is only a counted noun or a generic verb ("hoạt động", "buổi", "dự án", "thành lập", "giảm")
    # tells the indicator once the unit fits, but says nothing about the topic of another figure.
    nouns = {u for cell in indicators["units"].fillna("") for u in _split(cell)} | set(_GENERIC)
    topic_of_cue = {c: indicators["topic"].iloc[idx[0]] for c, idx in owners.items() if c not in nouns}
    topic_of_cue.update({_lower(c): t for t, cues in TOPIC_CUES.items() for c in cues})
    cue_body = trie_alternation(owners)  # (built once for the two patterns of the cues)
    return _Matcher(
        ids=tuple(indicators["id"]),
        topics=tuple(indicators["topic"]),
        kinds=tuple(indicators["kind"]) if "kind" in indicators else ("",) * len(indicators),
        unit_class=tuple(indicators["unit_class"]),
        units=tuple(frozenset(_split(u)) for u in indicators["units"].fillna("")),
        cue_regex=phrase_pattern(owners, overlapping=True, body=cue_body),
        cue_scan=phrase_scan(owners, body=cue_body),
        cue_credit={cue: tuple(c.items()) for cue, c in credit.items()},  # as _cue_hits hands them on
        topic_regex=phrase_pattern(topic_of_cue),
        topic_of_cue=topic_of_cue,
        lending=frozenset(i for i, id_ in enumerate(indicators["id"]) if id_ in LENDING),
    )


_FITS_KEPT = 50_000


@lru_cache(maxsize=1)
def _default_matcher() -> _Matcher:
    return _build(load_indicators())


# The cues found in one text (a clause, a subject, a window), as (start, end, cue, its credits as (indicator, length)
# pairs), those inside a longer cue already left out. A report's clauses are many and the words around a figure come
# back (the subject "hội viên", a clause "kết nạp … hội viên mới" in report after report): scanning a text costs ten
# times looking it up.
_HITS_KEPT = 32_768


def _cue_hits(m: _Matcher, text: str) -> tuple[tuple[int, int, str, tuple[tuple[int, int], ...]], ...]:
    memo = m.hits
    found = memo.get(text)
    if found is None:
        hits = []
        covered = -1
        for hit in m.cue_scan.finditer(" " + text):
            start, end = hit.start(1) - 1, hit.end(1) - 1
            if end <= covered:
                continue  # inside a longer cue already counted ("đỡ đầu" in "nhận đỡ đầu"): credited with it
            covered = end
            cue = hit.group(1)
            hits.append((start, end, cue, m.cue_credit[cue]))
        found = tuple(hits)
        if len(memo) >= _HITS_KEPT:
            memo.clear()
        memo[text] = found
    return found


def _unit_fits(unit: str, accepted: frozenset) -> bool:
    if not accepted or not unit:
        return True
    return unit in accepted or any(unit.startswith(a + " ") for a in accepted)


def _score(m: _Matcher, segments: list[tuple[str, float, int, int]], allowed: set[int]) -> int | None:
    """Best indicator for cue hits in ``segments`` of (text, weight, near_start, near_end): a hit outside
    text[near_start:near_end] (far from the figure) weighs FAR times less."""
    # Each cue counts once per indicator, where it weighs most: the counted noun found in both the subject and
    # the clause ("02 tổ hợp tác") must not outweigh the verb before it ("hỗ trợ thành lập được").
    best: dict[tuple[int, str], float] = {}
    kept = best.get
    for text, base_weight, near_start, near_end in segments:
        if not text:
            continue
        far = base_weight * FAR
        for start, end, cue, credit in _cue_hits(m, text):
            weight = base_weight if end > near_start and start < near_end else far
            for i, length in credit:
                if i in allowed and (value := length * weight) > kept((i, cue), 0.0):
                    best[i, cue] = value  # each value is above 0: a cue's length times a weight
    if not best:
        return None
    scores: dict[int, float] = {}
    for (i, _), value in best.items():
        scores[i] = scores.get(i, 0.0) + value
    return max(scores, key=lambda i: (scores[i], -i))


def _topic_near(m: _Matcher, text: str, pos: int, skip: str | None = None) -> str | None:
    best: str | None = None
    best_d: float | None = None
    for hit in m.topic_regex.finditer(text):
        if m.topic_of_cue[hit.group(0)] == skip:
            continue
        d: float = pos - hit.end() if hit.end() <= pos else hit.start() - pos
        d = max(d, 0) - len(hit.group(0)) / 100  # among equally close cues, the longer one
        if best_d is None or d < best_d:
            best, best_d = m.topic_of_cue[hit.group(0)], d
    return best


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def _int(value, default: int) -> int:
    if type(value) is int:  # what the columns hold, as lists
        return value
    try:
        return default if pd.isna(value) else int(value)
    except (TypeError, ValueError):
        return default


@dataclass
class _Columns:
    """The fact columns assign_indicators reads, as lists (missing text columns read as None)."""
    sentences: list
    subjects: list
    units: list
    classes: list
    starts: list
    ends: list
    sstarts: list
    docs: list

    @classmethod
    def of(cls, frame: pd.DataFrame) -> _Columns:
        n = len(frame)
        col = lambda name: frame[name].tolist() if name in frame.columns else [None] * n  # noqa: E731
        return cls(col("sentence"), col("subject"), col("unit"), col("unit_class"), col("start"), col("end"),
                   col("sentence_start"), col("doc"))

    @classmethod
    def of_records(cls, facts: list[dict]) -> _Columns:
        col = lambda name: [f.get(name) for f in facts]  # noqa: E731
        return cls(col("sentence"), col("subject"), col("unit"), col("unit_class"), col("start"), col("end"),
                   col("sentence_start"), col("doc"))


@dataclass
class _Clause:
    """Where one figure sits in its sentence: its span, the clause left and right of it (cut at the clause
    separators and at the neighbouring figures), the wider window (cut at semicolons) and the text a list shares."""
    s: int
    e: int
    ls: int
    re_: int
    ws: int
    we: int
    shared: str


def assign_indicators(facts: pd.DataFrame, indicators: pd.DataFrame | None = None) -> pd.DataFrame:
    """A copy of ``facts`` with ``indicator`` (a catalogue id or None) and ``topic`` (always one of the topics).

    ``facts`` needs unit_class, unit, subject, sentence, start, end, sentence_start and doc (missing text columns
    are read as empty)."""
    m = _default_matcher() if indicators is None else _build(indicators)
    out = facts.copy()
    n = len(out)
    if n == 0:
        out["indicator"], out["topic"] = pd.Series([], dtype=object), pd.Series([], dtype=object)
        return out
    result_ind, result_topic = _assign(m, _Columns.of(out))
    out["indicator"] = pd.Series(result_ind, index=out.index, dtype=object)
    out["topic"] = pd.Series(result_topic, index=out.index, dtype=object)
    return out


def indicators_of_records(facts: list[dict]) -> tuple[list[str | None], list[str]]:
    """The indicator and topic of each fact of ``facts`` (dicts with the keys :func:`assign_indicators` reads), with
    the default catalogue: what :func:`assign_indicators` gives, without making a DataFrame of the facts first."""
    return _assign(_default_matcher(), _Columns.of_records(facts))


def _assign(m: _Matcher, cols: _Columns) -> tuple[list[str | None], list[str]]:
    n = len(cols.docs)
    result_ind: list[str | None] = [None] * n
    result_topic: list[str] = ["other"] * n
    if len(m.fits) > _FITS_KEPT:  # a national corpus names many nouns: keep the memo bounded
        m.fits.clear()
    groups = _sentence_groups(cols)
    for (_sentence, rows), low in zip(groups, _lowers([sentence for sentence, _rows in groups])):
        _assign_sentence(m, cols, low, rows, result_ind, result_topic)
    return result_ind, result_topic


def _lowers(sentences: list[str]) -> list[str]:
    """:func:`_lower` of each sentence, put in match form in one call over the sentences joined by line breaks: the
    same texts (match form's rules look no further than a letter's neighbours, and a line break is no letter), without
    two regex passes and a call per sentence (tests/test_indicators_fast.py)."""
    if not sentences or any("\n" in s for s in sentences):
        return [_lower(s) for s in sentences]
    return _lower("\n".join(sentences)).split("\n")


def _sentence_groups(cols: _Columns) -> list[tuple[str, list[int]]]:
    """(sentence text, rows) per sentence of a document: figures of one sentence, in order, bound each other's
    clauses."""
    groups: dict[tuple, list[int]] = {}
    for row in range(len(cols.docs)):
        groups.setdefault((cols.docs[row], cols.sstarts[row], _text(cols.sentences[row])), []).append(row)
    return [(key[2], rows) for key, rows in groups.items()]


def _spans(cols: _Columns, rows: list[int], size: int) -> list[tuple[int, int]]:
    """Each figure's span within its sentence, clipped to the sentence."""
    base = _int(cols.sstarts[rows[0]], 0)
    spans = []
    for row in rows:
        s = min(max(_int(cols.starts[row], base) - base, 0), size)
        e = min(max(_int(cols.ends[row], s + base) - base, s), size)
        spans.append((s, e))
    return spans


def _after_last(positions: list[int], before: int, floor: int) -> int:
    """The place after the last of the sorted ``positions`` before ``before``, or ``floor`` if that is later."""
    k = bisect_left(positions, before)
    return max(floor, positions[k - 1] + 1) if k else floor


def _first(positions: list[int], at_or_after: int, ceiling: int) -> int:
    """The first of the sorted ``positions`` at or after ``at_or_after``, or ``ceiling`` if that is sooner."""
    k = bisect_left(positions, at_or_after)
    return min(ceiling, positions[k]) if k < len(positions) else ceiling


def _clauses(low: str, spans: list[tuple[int, int]], order: list[int]) -> list[_Clause]:
    """The clause of each figure, in ``order`` (the figures sorted by position)."""
    seps = [x.start() for x in _SEP.finditer(low)]
    semis = [x.start() for x in _SEMI.finditer(low)]
    size = len(low)
    clauses: list[_Clause] = []
    for rank, k in enumerate(order):
        s, e = spans[k]
        prev_end = spans[order[rank - 1]][1] if rank else 0
        next_start = spans[order[rank + 1]][0] if rank + 1 < len(order) else size
        next_start = max(next_start, e)
        ls = _after_last(seps, s, prev_end)
        re_ = _first(seps, e, next_start)
        ws = _after_last(semis, s, clauses[rank - 1].ls if rank else 0)
        we = _first(semis, e, next_start)
        shared = ""
        if rank and _LIST_GAP.fullmatch(low, prev_end, s):
            # A list goes on after a comma and shares its verb: "hỗ trợ thành lập được 02 tổ hợp tác, 01 hợp
            # tác xã"; "nâng tổng số lên 11 Hợp tác xã, 83 Tổ hợp tác và 160 Tổ liên kết".
            shared = low[clauses[rank - 1].ls: spans[order[rank - 1]][0]]
        clauses.append(_Clause(s, e, ls, re_, ws, we, shared))
    return clauses


def _allowed(m: _Matcher, cls: str, unit: str, head: str) -> set[int]:
    """The indicators whose unit class and counted noun fit the figure (memoised on the matcher)."""
    key = (cls, unit, head)
    if key not in m.fits:
        m.fits[key] = {i for i, c in enumerate(m.unit_class)
                       if c == cls and (_unit_fits(unit, m.units[i]) or _unit_fits(head, m.units[i]))}
    return m.fits[key]


def _before_number(low: str, c: _Clause) -> str:
    """The clause before the number (the span may start with "đạt", "tăng")."""
    digit = _DIGIT.search(low, c.s, c.e)
    return low[c.ls: digit.start() if digit else c.s]


def _is_relative(low: str, c: _Clause, cls: str, before_number: str, unit: str) -> bool:
    """"tỷ lệ tập hợp phụ nữ đạt 85%" and "dư nợ đạt 850 tỷ đồng" are levels; "đạt 462%" alone is a rate of
    achievement, "tăng 242 tỷ đồng" a change: those get no indicator. A count of targets is never relative: the
    words after it name whose targets they are ("đạt và vượt 10/10 chỉ tiêu so với Nghị quyết", "hoàn thành 11/12
    chỉ tiêu kế hoạch năm")."""
    return bool(cls == "percent" and _ACHIEVED_BEFORE.search(before_number) and "tỷ lệ" not in low[c.ls:c.s]
                or cls == "vnd" and _CHANGE_BEFORE.search(before_number)
                or _RELATIVE_AFTER.match(low, c.e) and not unit.startswith(_TARGETS_NOUN))


def _assign_sentence(m: _Matcher, cols: _Columns, low: str, rows: list[int],
                     result_ind: list[str | None], result_topic: list[str]) -> None:
    """Indicator and topic of the figures of one sentence (``low``: its :func:`_lower`), written into the result
    lists."""
    spans = _spans(cols, rows, len(low))
    order = sorted(range(len(rows)), key=lambda k: spans[k])
    clauses = _clauses(low, spans, order)
    chosen: dict[int, int | None] = {}
    for rank, k in enumerate(order):
        c = clauses[rank]
        row = rows[k]
        cls = _COMPATIBLE.get(_text(cols.classes[row]), "other")
        unit = _lower_words(_text(cols.units[row])).strip(" “”\"'")
        subject = _lower_words(_text(cols.subjects[row]))
        head = subject.strip(" “”\"'")  # the counted noun may be cut short in unit ("Cửa" for "Cửa hàng")
        allowed = _allowed(m, cls, unit, head)
        before = _before_number(low, c)
        relative = _is_relative(low, c, cls, before, unit)
        found, kept_topic = None, None
        if not relative:
            allowed, forced = narrow(m, low, c, subject, allowed, before)
            found, wide = (forced, False) if forced is not None else _find_indicator(m, low, c, subject, allowed)
            previous = order[rank - 1] if rank else -1
            if wide and found is not None and found == chosen.get(previous) and another_deed(
                    low[c.ls:c.s], low[clauses[rank - 1].ls:spans[previous][0]] + clauses[rank - 1].shared,
                    low[spans[previous][1]:c.s]):
                kept_topic, found = m.topics[found], None  # the list item before's: its field, not its indicator
            if found is None:
                found = _breakdown_head(low, c.s, rank, order, spans, chosen, allowed)
        chosen[k] = found
        if found is not None:
            result_ind[row], result_topic[row] = m.ids[found], m.topics[found]
            continue
        previous_topic = result_topic[rows[order[rank - 1]]] if rank else None
        result_topic[row] = kept_topic or _topic_without_indicator(m, low, c, relative, previous_topic)


def _find_indicator(m: _Matcher, low: str, c: _Clause, subject: str, allowed: set[int]) -> tuple[int | None, bool]:
    """Words next to the figure weigh more than words at the far end of its clause; if nothing fits there,
    the wider window (then ``True``: what was found may be another figure's)."""
    left, right = low[c.ls:c.s], low[c.s:c.re_]
    found = _score(m, [(subject, W_SUBJECT, 0, len(subject)), (right, W_RIGHT, 0, c.e - c.s + NEAR),
                       (left, W_LEFT, len(left) - NEAR, len(left)),
                       (c.shared, W_LEFT, len(c.shared) - NEAR, len(c.shared))], allowed)
    if found is not None:
        return found, False
    window = low[c.ws:c.we]
    return _score(m, [(window, W_WINDOW, 0, len(window))], allowed), True


def _topic_without_indicator(m: _Matcher, low: str, c: _Clause, relative: bool, previous_topic: str | None) -> str:
    """The topic of a figure no indicator fits: the closest topic cue, widening from the clause to the sentence."""
    near = None
    if relative:
        # "tập huấn lồng ghép giới …, đạt 50% chỉ tiêu": the activity named before the rate; else the
        # figure the rate follows ("… 4.677 hội viên, giảm: 583 hội viên), đạt 195% so với chỉ tiêu").
        near = _topic_near(m, low[c.ws:c.s], c.s - c.ws, skip="other")
        if near is None:
            near = previous_topic
    window = low[c.ws:c.we]
    near = (near or _topic_near(m, low[c.ls:c.re_], c.s - c.ls) or _topic_near(m, window, c.s - c.ws)
            or _topic_near(m, low, c.s))
    return near if near in TOPICS else "other"


def _breakdown_head(low: str, s: int, rank: int, order: list[int], spans: list, chosen: dict,
                    allowed: set[int]) -> int | None:
    """"1.129 hộ phụ nữ thoát nghèo (trong đó: DTTS: 579, phụ nữ làm chủ hộ: 498 hộ)": inside an open
    parenthesis, take the indicator of the last figure before it."""
    opening = low.rfind("(", 0, s)
    if opening < 0 or low.rfind(")", opening, s) >= 0:
        return None
    for j in range(rank - 1, -1, -1):
        k = order[j]
        if spans[k][1] <= opening:
            head = chosen.get(k)
            return head if head in allowed else None
    return None
