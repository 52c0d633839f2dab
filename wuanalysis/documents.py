"""Title, publication date, reporting level, province and period of one report: :func:`extract_document_info`.

The work is split by concern: :mod:`wuanalysis.headline` finds the headline and the article's date,
:mod:`wuanalysis.reporter` the reporting organisation (level, province, place), :mod:`wuanalysis.period_rules` the
period the report sums up. This module puts them together and says where the province came from; a cluster report's
``place`` is the cluster's name as the report gives it (two clusters' reports of one period are not one report).
"""
from __future__ import annotations

import re
from collections import Counter

from . import catalogue
from .headline import _event_date, _headline, _published, recase_capitals
from .headline_sites import _is_masthead, article_text, letterhead_issuer, without_top_list
from .level_rules import _era_of
from .period_rules import period_of
from .reporter import _organisation
from .reporter_places import _province_mentions
from .text import fold, match_form
from .toneless import toned_key_words

__all__ = ["extract_document_info"]


def extract_document_info(text: str, *, meta_title: str | None = None, meta_published: str | None = None) -> dict:
    """Metadata of one normalised report: title, published, org_level, province, place, period, and
    ``period_rule``, the name of the period rule that decided (:data:`wuanalysis.period_rules.PERIOD_RULES`)."""
    text = without_top_list(text)  # a sidebar's headlines above the article's are not its headline
    written = text
    text = toned = toned_key_words(text)  # a page without diacritics: the words these rules read, with their tones
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    at, title = _headline(lines)
    title = title or meta_title
    if meta_title and (not title or len(title) < 8):
        title = meta_title
    published = _published(text, lines, at) or meta_published
    text = article_text(text)  # other articles' headlines (related lists, menus) say nothing of this report
    # a headline in capitals names its union as the body writes it ("HỘI PHỤ NỮ ĐÔ LƯƠNG" = "Hội Phụ nữ Đô Lương")
    cased_text, cased_title = text, title or ""
    if title and (cased := recase_capitals(title, text)) != title:
        cased_text, cased_title = recase_capitals(text), cased
    named = _province_mentions(cased_text, cased_title)  # found once, used below
    org_title = cased_title
    if title and not _UNION.search(title) and (issuer := letterhead_issuer(lines, at)):
        org_title = f"{_capitalised(issuer)}\n{cased_title}"  # the union its letterhead names issues it
    # the date read above is the one the era would read from the same text: "" when there is none (read once)
    era_date = published or ("" if cased_text == toned else None)
    # (the provinces are counted with the site's name: a unit's news on its union's site is in that province)
    org_level, province, place = _organisation(_without_site_name(cased_text, lines[:max(at, 0)]), org_title, named,
                                               published=era_date)
    if org_level == "cluster" and not place:
        place = _cluster_name(text)
    year, span, label, rule = period_of(text, title or "", _event_date(text, published), org_level)
    if toned is not written and title and (pos := toned.find(title)) >= 0:
        title = written[pos:pos + len(title)]  # the headline as the page writes it
    return {
        "title": title, "published": published, "org_level": org_level, "province": province,
        "province_note": _province_note(named, province, place, org_level),
        "place": place, "period_year": year, "period_span": span, "period_label": label,
        "period_rule": rule,
    }


def _without_site_name(text: str, above: list[str]) -> str:
    """The text without the site's name above the headline ("HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ HÀ NỘI" / "Phường Bồ Đề:
    …" / "Hội LHPN phường Bồ Đề tổ chức …"): a union's site prints its own name over its units' news; when the article
    names a union of its own, the site's is not the reporter."""
    for line in above:
        if _UNION.search(line) and _is_masthead(line) and (at := text.find(line)) >= 0 and _UNION.search(
                text, at + len(line)):
            text = text[:at] + text[at + len(line):]
    return text


def _province_note(named: Counter, province: str | None, place: str | None, level: str | None) -> str:
    """Where the province came from, or why there is none."""
    if province:
        return "named in the text" if province in named else f"from the gazetteer ({place})"
    if level == "unknown":
        return "a union abroad: no Vietnamese province"  # "LHHPNVN tại CHLB Đức" and its hometown clubs
    venue = getattr(named, "venue", None)
    if level == "central" and named and venue and all(venue[p] == named[p] for p in named):
        return "only the venue names " + ", ".join(sorted(named))  # "tại TP. Hà Nội": where the union met
    if level == "cluster" or len(named) > 1:
        return "several provinces named: " + ", ".join(sorted(named)) if named else "no province named"
    if place:
        return catalogue.resolve_place(place, level or "", era=_era_of(named))[1]  # it reads the kind ("xã") itself
    masthead = getattr(named, "masthead", None)
    if masthead:
        return "only the newspaper names " + ", ".join(sorted(masthead))
    return "no province named in the text"


def _capitalised(name: str) -> str:
    """A letterhead's union in capitals as a name is written ("BAN THƯỜNG VỤ HỘI LHPN HUYỆN VỊ XUYÊN" -> "Ban Thường
    Vụ Hội LHPN Huyện Vị Xuyên"): the kind and body words are read case-blind, the place's name wants its capitals
    (cheaper than :func:`recase_capitals`, which reads the whole text)."""
    if not name.isupper():
        return name
    return " ".join(w if w in ("LHPN", "PN", "TW") else w.capitalize() for w in name.split(" "))


_UNION = re.compile(r"(?i)hội\s+(?:lhpn|liên\s+hiệp\s+phụ\s+nữ|phụ\s+nữ)(?!\w)")

# "Cụm thi đua các tỉnh Đồng bằng sông Hồng đã diễn ra", "Cụm thi đua Hội LHPN các tỉnh đồng bằng sông Hồng",
# "Cụm thi đua số 1 tổng kết năm 2024": the name runs to a punctuation mark or to the verb or word after it.
_CLUSTER_MENTION = re.compile(r"Cụm thi đua[ \t]+(?:(?:của[ \t]+)?Hội[ \t]+(?:LHPN|Liên hiệp Phụ nữ)[ \t]+)?"
                              r"(?P<name>[^\n:;,.()\-–—\"“”]+)", re.IGNORECASE)
_NAME_ENDS = re.compile(r"[ \t]+(?:đã|đang|sẽ|năm|tổ chức|tổng kết|sơ kết|ký kết|diễn ra|gồm|là|có|với|trong|tại|và|"
                        r"được|đạt|do|thực hiện|dẫn đầu|phát động|nhiệm kỳ|giai đoạn|đều|cùng|luôn)(?!\w).*$",
                        re.DOTALL | re.IGNORECASE)
_GROUP_WORDS = re.compile(r"^(?:các (?:tỉnh|thành phố|tỉnh, thành phố|tỉnh, thành)|số \d+|\d+ (?:tỉnh|thành phố))",
                          re.IGNORECASE)


def _key(name: str) -> str:
    """A cluster's name without the words every name may or may not have ("các tỉnh"), folded."""
    return " ".join(fold(_GROUP_WORDS.sub("", name)).split())


def _cluster_name(text: str) -> str | None:
    """The cluster a cluster report is about, as the report names it: of the cluster named most often (the headline's
    "Cụm thi đua Đồng bằng sông Hồng", the body's "Cụm thi đua các tỉnh Đồng bằng sông Hồng"), its fullest written
    form (with "các tỉnh", not in capitals, with a capital), "Cụm thi đua " and the name; None when it names none."""
    forms: Counter[str] = Counter()
    for m in _CLUSTER_MENTION.finditer(match_form(text)):
        name = _NAME_ENDS.sub("", m.group("name")).strip()
        if name and not _NAME_ENDS.match(" " + name + " "):
            forms[name] += 1
    if not forms:
        return None
    keys: Counter[str] = Counter()
    for name, n in forms.items():
        keys[_key(name)] += n
    key = keys.most_common(1)[0][0]

    def written(name: str) -> tuple:
        bare = _GROUP_WORDS.sub("", name).strip()
        return (bool(_GROUP_WORDS.match(name)), not name.isupper(), bare[:1].isupper() or bare[:1].isdigit(),
                forms[name], len(name))

    best = max((n for n in forms if _key(n) == key), key=written)
    return "Cụm thi đua " + best
