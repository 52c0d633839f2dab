"""The targets table: every target stated in a report, a user's ``--targets`` file or the national defaults.

A target is read where it is stated: in a report ("Hằng năm kết nạp ít nhất 2.500 hội viên", "(chỉ tiêu 200
hộ)"), in a user's ``--targets`` file, or in the national defaults (``data/targets.csv``). :func:`compute_targets`
puts them all in one table, one row per target statement, with its scope (level, province, place), its period
(a term such as 2025-2030, or a year), its cadence (``per_year``: "hằng năm", "mỗi năm"; ``by_end``: "đến cuối
nhiệm kỳ", "đến năm 2030", and any term target without a cadence; ``once``: a year's target) and its basis
(``total``; ``per_grassroots_union``: "mỗi cơ sở Hội"; ``per_branch``: "mỗi chi hội"; ``share``: a percentage).
A congress report's targets belong to the term it opens (a congress of year Y opens Y-Y+5, unless the text names
the term), those of the term it looks back on ("nhiệm kỳ qua") to the term it closes; a plan's, to the period
planned. :mod:`wuanalysis.linking` measures results against them.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from .catalogue import load_indicators, load_targets, province_2025

TARGET_TABLE_COLUMNS = [
    "target_id", "indicator", "topic", "org_level", "province", "province_2025", "place", "period", "period_start",
    "period_end", "period_span", "cadence", "basis", "value", "qualifier", "unit_class", "unit", "source", "doc",
    "fact_id", "sentence", "start", "end", "stated_for", "label_vi",
]
TERM_YEARS = 5  # a congress of year Y opens the term Y-(Y+5)

_TERM = re.compile(r"(20\d\d)\s*[-–—]\s*(20\d\d)")
_PER_YEAR = re.compile(r"hằng năm|hàng năm|mỗi năm|bình quân(?: mỗi)? năm|/năm\b", re.IGNORECASE)
_BY_YEAR = re.compile(r"(?:đến|tới|trước)(?: hết| cuối)? năm (20\d\d)", re.IGNORECASE)
_BY_END = re.compile(r"(?:đến|tới) (?:cuối|hết) nhiệm kỳ|cuối nhiệm kỳ|trong nhiệm kỳ|cả nhiệm kỳ|nhiệm kỳ tới",
                     re.IGNORECASE)
_YEAR = re.compile(r"\bnăm (20\d\d)\b", re.IGNORECASE)
_NEXT_YEAR = re.compile(r"\bnăm tới\b|\bnăm sau\b|\bnăm \d{4} tới\b", re.IGNORECASE)
# since the 2025 reform a commune's or ward's union is the grassroots union: "Mỗi Hội LHPN xã, phường, đặc khu …",
# "mỗi xã, phường hỗ trợ ít nhất 10 phụ nữ" (not "mỗi xã viên", a co-op's member)
_PER_UNION = re.compile(r"mỗi cơ sở(?: hội)?\b|mỗi csh\b|mỗi hội cơ sở\b"
                        r"|mỗi (?:hội (?:lhpn|liên hiệp phụ nữ|phụ nữ) )?(?:xã|phường|đặc khu|thị trấn)\b(?! viên)",
                        re.IGNORECASE)
_PER_BRANCH = re.compile(r"mỗi chi hội\b", re.IGNORECASE)
# A congress looks back on the term it closes ("Trong nhiệm kỳ qua, … (chỉ tiêu 1.000 hộ)", "5 năm qua"): those
# targets are the closed term's, not the one it opens; the first half of the current term ("nửa nhiệm kỳ qua") is not.
_CLOSED_TERM = re.compile(r"(?<!nửa )(?<!giữa )nhiệm kỳ (?:vừa )?(?:qua|kết thúc)\b|nhiệm kỳ (?:trước|cũ)\b"
                          r"|\b(?:5|năm) năm (?:vừa )?qua\b", re.IGNORECASE)


def compute_targets(documents: pd.DataFrame, facts: pd.DataFrame, user_targets: pd.DataFrame | None = None,
                    texts: Mapping[str, str] | None = None) -> pd.DataFrame:
    """One row per target statement (:data:`TARGET_TABLE_COLUMNS`): the targets the reports state (``source``
    ``text``; ``stated_for`` names the result a "(chỉ tiêu 200)" was stated with), and the rows of
    ``user_targets`` (a frame as :func:`wuanalysis.catalogue.load_targets` returns it: ``national default`` for
    the package's rows, ``targets file`` for a user's). ``None`` takes the national defaults alone. ``texts``
    (the reports' normalised texts, ``Corpus.texts``) lets a list item take its period and cadence from the heading
    it sits under ("Phương hướng, nhiệm vụ năm 2027:\n- Kết nạp ít nhất 3.000 hội viên mới." is for 2027)."""
    if "duplicate_of" in documents:
        documents = documents[documents["duplicate_of"].isna()]
    files = _file_targets(load_targets() if user_targets is None else user_targets)
    parts = [_text_targets(documents, facts, texts or {}), files]
    out = pd.concat([p for p in parts if len(p)], ignore_index=True) if any(len(p) for p in parts) else None
    return pd.DataFrame(columns=TARGET_TABLE_COLUMNS) if out is None else _typed(out)


def with_user_targets(targets: pd.DataFrame, user_targets: pd.DataFrame | None) -> pd.DataFrame:
    """A targets table (as written to ``targets.parquet``) with its file and default rows replaced by those of
    ``user_targets`` (a load_targets frame): the reports' own targets, read once with their texts, are kept, so a
    data folder can be re-measured against another targets file without the reports."""
    text = targets[targets["source"] == "text"]
    files = _file_targets(load_targets() if user_targets is None else user_targets)
    out = pd.concat([d for d in (text, files) if len(d)], ignore_index=True) if len(text) or len(files) else None
    return pd.DataFrame(columns=TARGET_TABLE_COLUMNS) if out is None else _typed(out)


def _typed(out: pd.DataFrame) -> pd.DataFrame:
    for col in ("value", "start", "end"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    for col in ("period_start", "period_end"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
    return out[TARGET_TABLE_COLUMNS].reset_index(drop=True)


def _text_targets(documents: pd.DataFrame, facts: pd.DataFrame, texts: Mapping[str, str]) -> pd.DataFrame:
    if facts.empty or "is_target" not in facts:
        return pd.DataFrame(columns=TARGET_TABLE_COLUMNS)
    is_target = facts["is_target"].fillna(False).astype(bool)
    stated = ~is_target & facts["target"].notna()
    f = facts[is_target | stated]
    meta = documents.reindex(columns=["doc", "org_level", "province", "province_2025", "place", "period_year",
                                      "period_span", "period_label"]).rename(columns={"period_span": "doc_span"})
    f = f.assign(stated_target=stated[is_target | stated].to_numpy()).merge(meta, on="doc", how="inner")
    if f.empty:
        return pd.DataFrame(columns=TARGET_TABLE_COLUMNS)
    # "đạt 108,7% kế hoạch (kế hoạch 1.500 hộ)": the bracketed figure is its result's stated target, one row (the
    # result's, with its indicator), not a second one with no indicator or another one ("vượt 12,8% kế hoạch năm
    # (10.000 hội viên), nâng tổng số hội viên lên 486.915 người" measured the total against it: 4.869 %)
    said = f[f["stated_target"]]
    twins = set(zip(said["doc"], said["sentence_start"], said["target"]))
    rows = []
    text_of = _LastText(texts)  # a report's text unpacked once for its targets, not once for each
    for r in f.itertuples(index=False):
        if not r.stated_target and (r.doc, r.sentence_start, r.value) in twins:
            continue
        sentence = r.sentence if isinstance(r.sentence, str) else ""
        at = None if pd.isna(r.start) or pd.isna(r.sentence_start) else int(r.start) - int(r.sentence_start)
        if r.stated_target:  # "Giúp 245 hộ (chỉ tiêu 200 hộ)": the target of that result, for its own period
            year = None if pd.isna(r.period_year) else int(r.period_year)
            start, end, span, cadence = year, year, r.doc_span if isinstance(r.doc_span, str) else "year", "once"
            if r.doc_span == "term":  # a term's result against the term's target
                start, end, span, _cadence = target_period(r.period_year, "term", r.period_label, sentence, at)
                cadence = "by_end"
            value, qualifier = r.target, "exact"
        else:
            heading = _heading(text_of(r.doc), r.sentence_start)
            context, shift = (heading + "\n" + sentence, len(heading) + 1) if heading else (sentence, 0)
            start, end, span, cadence = target_period(r.period_year, r.doc_span, r.period_label, context,
                                                      None if at is None else at + shift)
            value, qualifier = r.value, r.qualifier
        rows.append({
            "indicator": r.indicator, "topic": r.topic, "org_level": r.org_level, "province": r.province,
            "province_2025": r.province_2025, "place": r.place, "period_start": start, "period_end": end,
            "period_span": span, "cadence": cadence, "basis": target_basis(sentence, r.unit_class, at),
            "value": value, "qualifier": qualifier, "unit_class": r.unit_class, "unit": r.unit, "source": "text",
            "doc": r.doc, "fact_id": r.fact_id, "sentence": r.sentence, "start": r.start, "end": r.end,
            "stated_for": r.fact_id if r.stated_target else None, "label_vi": None,
        })
    if not rows:
        return pd.DataFrame(columns=TARGET_TABLE_COLUMNS)
    out = pd.DataFrame(rows)
    out["period"] = [_period_text(s, e, p)
                     for s, e, p in zip(out["period_start"], out["period_end"], out["period_span"])]
    out["target_id"] = [("stated:" if s else "text:") + f for s, f in zip(out["stated_for"].notna(), out["fact_id"])]
    return out


class _LastText:
    """``texts.get(doc)``, the last document's kept (``Corpus.texts`` unpacks a text each time it is asked: the
    facts come document by document)."""

    def __init__(self, texts: Mapping[str, str]):
        self.texts = texts
        self.doc: str | None = None
        self.text: str | None = None

    def __call__(self, doc) -> str | None:
        if doc != self.doc:
            self.doc, self.text = doc, self.texts.get(doc)
        return self.text


_ITEM = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[.)]|\(\d{1,2}\)|[a-zđ]\))")


def _heading(text: str | None, sentence_start) -> str:
    """The heading a list item sits under: going up from the item's line over the items before it, the first other
    line if it ends with ":" ("Phương hướng, nhiệm vụ năm 2027:"), else ""."""
    if not text or sentence_start is None or pd.isna(sentence_start):
        return ""
    pos = int(sentence_start)
    line_start = text.rfind("\n", 0, pos) + 1
    if not _ITEM.match(text, line_start):
        return ""
    floor = max(0, pos - 3000)
    while line_start > floor:
        prev = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev:line_start - 1]
        if not _ITEM.match(line) and line.strip():
            return line.strip() if line.rstrip().endswith(":") else ""
        line_start = prev
    return ""


def target_period(year, doc_span, doc_label, sentence: str,
                  at: int | None = None) -> tuple[int | None, int | None, str, str]:
    """(first year, last year, span, cadence) of a target stated in ``sentence`` (the figure at offset ``at``)
    of a report of ``year`` and ``doc_span``. A term named in the sentence (the one nearest before the figure) or the
    report's period ("nhiệm kỳ 2025 - 2030") is the period; a congress report (span ``term``) opens the term of its
    year, and its look back ("nhiệm kỳ qua", "5 năm qua") is the term it closes; "đến năm 2030" ends the
    period in 2030; "năm 2027" in a report of 2026 plans that year, and "năm tới" the next. The cadence is the
    cue of the figure's clause, nearest before it ("Phấn đấu hàng năm 100% …; đến năm 2030 có trên 90% …": the 90 % is
    for 2030), else after it ("kết nạp 2.500 hội viên mỗi năm", "…; kết nạp 25.000 hội viên trong nhiệm kỳ"), else
    the nearest before it in the sentence (a list under "Hằng năm:")."""
    y = None if year is None or pd.isna(year) else int(year)
    label = doc_label if isinstance(doc_label, str) else ""
    # the figure's own clause's cue first ("…; kết nạp mới 25.000 hội viên trong nhiệm kỳ;" after "Hằng năm, …;"),
    # else the one before it (a list under "Hằng năm:"), unless that one sits in an earlier item of a list after
    # its ":" ("9 chỉ tiêu chủ yếu: Hằng năm, 100% cơ sở Hội …; … 50 tổ hợp tác;": the first item's own)
    cue = _cue(sentence, at, _CADENCE, clause=True) if at is not None else None
    if cue is None:
        cue = _cue(sentence, at, _CADENCE)
        if cue is not None and at is not None and 0 <= sentence.rfind(":", 0, at) < cue.start() \
                and cue.end() <= sentence.rfind(";", 0, at):
            cue = None
    kind = next((k for k, v in cue.groupdict().items() if v is not None), None) if cue is not None else None
    per_year = kind == "per_year"
    named = _cue(sentence, at, _TERM)  # the term named nearest before the figure, else first after it
    term = named or (_TERM.search(label) if doc_span == "term" else None)
    start = end = None
    if term and int(term.group(2)) > int(term.group(1)):
        start, end = int(term.group(1)), int(term.group(2))
    elif doc_span == "term" and y is not None:
        start, end = y, y + TERM_YEARS
    if start is not None and end is not None and not named and doc_span == "term" \
            and _cue(sentence, at, _CLOSED_TERM, clause=True):
        start, end = start - (end - start), start
    by = _BY_YEAR.search(cue.group(0)) if kind == "by_year" and cue is not None else None
    if by and (y is None or int(by.group(1)) > y):
        return (start if start is not None else y), int(by.group(1)), "term", "by_end"
    if start is not None:
        return start, end, "term", "per_year" if per_year else "by_end"
    planned = [int(v) for v in _YEAR.findall(sentence) if y is None or int(v) >= y]
    if planned:
        y = planned[0]
    elif y is not None and _NEXT_YEAR.search(sentence):
        y += 1
    return y, y, "year", "per_year" if per_year else "once"


_CADENCE = re.compile(
    rf"(?P<per_year>{_PER_YEAR.pattern})|(?P<by_year>{_BY_YEAR.pattern})|(?P<by_end>{_BY_END.pattern})", re.IGNORECASE)


# A word (lower case) one of which every match of a cue pattern holds: a stretch of text without any is not scanned
# (the patterns ignore case and open on no literal, so a scan tries each of their words at every character; a
# report's targets are read one by one, each against its whole sentence). No "i" in them: the patterns' "i" also
# matches a dotless "ı", which lower() keeps.
_NEEDS = {_CADENCE: ("năm", "kỳ"), _CLOSED_TERM: ("năm", "kỳ"), _PER_UNION: ("mỗ",), _PER_BRANCH: ("mỗ",)}


def _may_hold(pattern: re.Pattern, text: str) -> bool:
    needs = _NEEDS.get(pattern)
    if needs is None:
        return True
    low = text.lower()
    return any(word in low for word in needs)


def _cue(sentence: str, at: int | None, pattern: re.Pattern, clause: bool = False) -> re.Match | None:
    """The match of ``pattern`` nearest before offset ``at`` (in the figure's clause, up to the previous ";", when
    ``clause``), else the first after it up to the next ";"; with no offset, the first in the sentence."""
    if at is None:
        return pattern.search(sentence) if _may_hold(pattern, sentence) else None
    at = max(0, min(int(at), len(sentence)))
    lo = sentence.rfind(";", 0, at) + 1 if clause else 0
    # a cue that closes its clause ("kết nạp 2.500 hội viên mỗi năm; …") is that clause's, not the next ones'
    before = [m for m in pattern.finditer(sentence, lo, at)
              if not (0 <= (end := sentence.find(";", m.end(), at)) and not sentence[m.end():end].strip(" ,.)"))
              ] if _may_hold(pattern, sentence[lo:at]) else []
    if before:
        return before[-1]
    hi = sentence.find(";", at)
    hi = hi if hi >= 0 else len(sentence)
    return pattern.search(sentence, at, hi) if _may_hold(pattern, sentence[at:hi]) else None


def target_basis(sentence: str, unit_class, at: int | None = None) -> str:
    """``per_grassroots_union`` ("mỗi cơ sở Hội giúp ít nhất 3 hộ"), ``per_branch`` ("mỗi chi hội xây dựng 1 mô
    hình"), ``share`` (a percentage: "trên 85% hội viên"), else ``total``; the per-unit words count in the
    figure's clause (from the previous ";") when its offset ``at`` is known."""
    if unit_class == "percent":
        return "share"
    if _cue(sentence or "", at, _PER_UNION, clause=True):
        return "per_grassroots_union"
    if _cue(sentence or "", at, _PER_BRANCH, clause=True):
        return "per_branch"
    return "total"


def _period_text(start, end, span) -> str | None:
    if start is None or pd.isna(start):
        return None
    return f"{int(start)}-{int(end)}" if span == "term" else str(int(start))


def _file_targets(targets: pd.DataFrame | None) -> pd.DataFrame:
    """The rows of a load_targets frame in the targets table; ``target_id`` is ``targets:<row label>``."""
    if targets is None or targets.empty:
        return pd.DataFrame(columns=TARGET_TABLE_COLUMNS)
    defaults = load_targets()
    default_keys = set(zip(defaults["indicator"], defaults["scope"], defaults["period"], defaults["basis"],
                           defaults["value"]))
    catalogue = load_indicators().set_index("id")
    rows = []
    for label, r in zip(targets.index, targets.to_dict("records")):
        national = r["scope"] == "national"
        term = _TERM.fullmatch(str(r["period"]))
        start, end = (int(term.group(1)), int(term.group(2))) if term else (int(r["period"]), int(r["period"]))
        span = "term" if term else (r["period_span"] if r["period_span"] != "term" else "year")
        cadence = ("per_year" if r["period_span"] == "year" else "by_end") if term else "once"
        unit = r.get("unit") if isinstance(r.get("unit"), str) else None
        unit_class = "percent" if unit == "%" else (catalogue.at[r["indicator"], "unit_class"]
                                                    if r["indicator"] in catalogue.index else None)
        basis = r.get("basis") or "total"
        basis = "share" if unit_class == "percent" and basis == "total" else basis
        key = (r["indicator"], r["scope"], r["period"], r.get("basis") or "total", r["value"])
        rows.append({
            "target_id": f"targets:{label}", "indicator": r["indicator"],
            "topic": catalogue.at[r["indicator"], "topic"] if r["indicator"] in catalogue.index else None,
            "org_level": "central" if national else "province", "province": None if national else r["scope"],
            "province_2025": None if national else province_2025(r["scope"]), "place": None,
            "period": r["period"], "period_start": start, "period_end": end, "period_span": span, "cadence": cadence,
            "basis": basis, "value": float(r["value"]), "qualifier": r.get("qualifier") or "exact",
            "unit_class": unit_class, "unit": unit,
            "source": "national default" if key in default_keys else "targets file", "doc": r.get("source") or None,
            "fact_id": None, "sentence": r.get("label_vi") or None, "start": None, "end": None, "stated_for": None,
            "label_vi": r.get("label_vi") or None,
        })
    return pd.DataFrame(rows)
