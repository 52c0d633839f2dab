"""Title, publication date, reporting level, province and period of one report: :func:`extract_document_info`.

The work is split by concern: :mod:`wuanalysis.headline` finds the headline and the article's date,
:mod:`wuanalysis.reporter` the reporting organisation (level, province, place), :mod:`wuanalysis.periods` the
period the report sums up. This module puts them together and says where the province came from.
"""
from __future__ import annotations

from collections import Counter

from . import catalogue
from .headline import _event_date, _headline, _published
from .periods import _period
from .reporter import _organisation, _province_mentions

__all__ = ["extract_document_info"]


def extract_document_info(text: str, *, meta_title: str | None = None, meta_published: str | None = None) -> dict:
    """Metadata of one normalised report: title, published, org_level, province, place, period."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    at, title = _headline(lines)
    title = title or meta_title
    if meta_title and (not title or len(title) < 8):
        title = meta_title
    named = _province_mentions(text, title or "")  # found once, used below
    org_level, province, place = _organisation(text, title or "", named)
    published = _published(text, lines, at) or meta_published
    year, span, label = _period(text, title or "", _event_date(text, published), org_level)
    return {
        "title": title, "published": published, "org_level": org_level, "province": province,
        "province_note": _province_note(named, province, place, org_level),
        "place": place, "period_year": year, "period_span": span, "period_label": label,
    }


def _province_note(named: Counter, province: str | None, place: str | None, level: str | None) -> str:
    """Where the province came from, or why there is none."""
    if province:
        return "named in the text" if province in named else f"from the gazetteer ({place})"
    venue = getattr(named, "venue", None)
    if level == "central" and named and venue and all(venue[p] == named[p] for p in named):
        return "only the venue names " + ", ".join(sorted(named))  # "tại TP. Hà Nội": where the union met
    if level == "cluster" or len(named) > 1:
        return "several provinces named: " + ", ".join(sorted(named)) if named else "no province named"
    if place:
        return catalogue.resolve_place(place, level or "")[1]  # it reads the kind ("thị xã", "xã") itself
    masthead = getattr(named, "masthead", None)
    if masthead:
        return "only the newspaper names " + ", ".join(sorted(masthead))
    return "no province named in the text"
