"""Every word a reader sees, in their language: labels, period names, status words, numbers and money.

The words are one table, ``data/labels.csv`` (``id``, then one column per language: ``vi``, ``en``); this module
reads it once, on first use, and formats with it. Scores carry numbers, codes and ``(year, span)`` only
(:mod:`.scorecard`); tables, charts, the index page and the workbook word them here. Adding a language is a column
of ``labels.csv`` (and a ``label_xx`` column of ``indicators.csv`` for the indicators' names): the languages are
the table's columns.
"""
from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from importlib import resources

from .quantities import format_vi
from . import scorecard
from .scorecard import is_missing

__all__ = ["check_lang", "format_figure", "format_money", "format_number", "format_percent", "indicator_labels",
           "label", "labels", "languages", "period_text", "result_text", "row_label", "row_labels", "target_text",
           "unit_text"]


@functools.cache
def _table() -> dict[str, dict[str, str]]:
    """``labels.csv`` as {language: {id: text}}."""
    # read whole, then parsed from a string: csv wants newline="" and a package resource's open() takes none
    text = resources.files("wuanalysis").joinpath("data").joinpath("labels.csv").read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    langs = [c for c in reader.fieldnames or () if c != "id"]
    table: dict[str, dict[str, str]] = {lang: {} for lang in langs}
    for row in reader:
        for lang in langs:
            table[lang][row["id"]] = row[lang]
    return table


def languages() -> tuple[str, ...]:
    """The languages of the label table: ("vi", "en")."""
    return tuple(_table())


def check_lang(lang: str) -> str:
    """``lang`` if the label table has it; else ``ValueError`` naming the ones it has."""
    if lang not in _table():
        raise ValueError(f"lang must be one of {', '.join(languages())}, not {lang!r}")
    return lang


def indicator_labels(indicators, lang: str = "vi") -> list[str]:
    """Each indicator's name in ``lang``: the catalogue's (``indicators.csv``), else the label table's
    ``indicator.<id>`` for the ids outside the catalogue (``unassigned``: a stated rate whose clause names no
    indicator), else the id itself."""
    extra = labels("indicator", lang)
    names = [extra.get(i, name) if name == i else name
             for i, name in zip(indicators, scorecard.indicator_labels(indicators, lang))]
    # a Vietnamese gloss in another language's name ("Union branches (chi hội)") is the report's word: quoted
    return names if lang == "vi" else [_GLOSS.sub(r"(“\1”)", n) if isinstance(n, str) else n for n in names]


# letters only Vietnamese writes: a word holding one is a Vietnamese word
VI_LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_GLOSS = re.compile(rf"\(([^()“]*[{VI_LETTERS}{VI_LETTERS.upper()}][^()”]*)\)")


def quoted(text: str, lang: str = "vi") -> str:
    """The report's own words on a page in another language, between “ ” (they are evidence and stay as written);
    as they are on a Vietnamese page."""
    return text if lang == "vi" or not text else f"“{text}”"


def label(key: str, lang: str = "vi", **values) -> str:
    """The text of ``key`` (``"word.indicator"``, ``"status.exceeded"``) in ``lang``, its ``{placeholders}`` filled
    from ``values``."""
    text = _table()[check_lang(lang)][key]
    return text.format(**values) if values else text


def labels(group: str, lang: str = "vi") -> dict[str, str]:
    """Every label of a group as {code: text}: ``labels("status", "en")["below"] == "Below target"`` (a copy of
    its own: the caller may change it)."""
    return dict(_group(group, lang))


@functools.cache
def _group(group: str, lang: str) -> dict[str, str]:
    # gathered once per group and language: a page words each of its ~190 rows through labels()
    prefix = group + "."
    return {k[len(prefix):]: v for k, v in _table()[check_lang(lang)].items() if k.startswith(prefix)}


# ---------------------------------------------------------------- numbers, money, periods


def format_number(value: float, lang: str = "vi") -> str:
    """4094 → "4.094" (vi) / "4,094" (en); 12.5 → "12,5" / "12.5"; NaN → ""."""
    if is_missing(value):
        return ""
    text = format_vi(round(float(value), 3))  # "." groups thousands, "," marks decimals
    return text.replace(".", "\x00").replace(",", label("number.decimal", lang)).replace(
        "\x00", label("number.thousands", lang))


def format_money(value: float, lang: str = "vi") -> str:
    """1.293e12 → "1.293 tỷ đồng" (vi) / "1,293 billion VND" (en); 600e6 → "600 triệu đồng"."""
    if is_missing(value):
        return ""
    for scale, key in ((1e9, "money.billion"), (1e6, "money.million")):
        if abs(value) >= scale:
            return label(key, lang, x=format_number(round(value / scale, 3), lang))
    return label("money.unit", lang, x=format_number(value, lang))


def format_figure(value: float, unit_class: str | None, unit: str | None, lang: str = "vi") -> str:
    """A figure as a reader says it: "4.094 hội viên", "1.293 tỷ đồng", "95%"."""
    if is_missing(value):
        return ""
    if unit_class == "vnd" and (not isinstance(unit, str) or unit == "VND"):
        return format_money(value, lang)
    if unit_class == "percent":
        return f"{format_number(value, lang)}%"
    unit = unit_text(unit, lang) if isinstance(unit, str) and unit else ""
    return f"{format_number(value, lang)} {unit}".strip()


def unit_text(unit, lang: str = "vi"):
    """A counted unit in ``lang`` through the ``unit.*`` rows of the label table ("hội viên" → "members", "hộ" →
    "households", "HTX" → "co-ops"); a unit the table does not know stays as the report wrote it, and so does
    every unit on a Vietnamese page ("“đoạn đường hoa”" on an English one: the report's word, quoted)."""
    if not isinstance(unit, str) or not unit.strip():
        return unit
    key = "unit." + unicodedata.normalize("NFC", " ".join(unit.split())).lower()
    if lang == "vi" or not any(c.isalpha() for c in unit):
        return unit  # a sign ("%", "‰") is no word of the report's to quote
    return _table()[check_lang(lang)].get(key, quoted(unit, lang))


def format_percent(value: float, lang: str = "vi") -> str:
    return "" if is_missing(value) else f"{format_number(value, lang)}%"


def format_values(values, unit_class: str | None, unit: str | None, lang: str = "vi") -> str:
    """Several figures of one indicator (a scorecard's ``conflict_values``): "12,1 tỷ đồng; 1.293 tỷ đồng"."""
    if values is None or isinstance(values, float):
        return ""
    money_unit = unit if unit_class == "vnd" else None
    return "; ".join(x for x in (format_figure(v, unit_class, money_unit, lang) for v in values) if x)


def _hedged(text: str, qualifier, lang: str) -> str:
    """``text`` with the report's hedge: "ít nhất 2.500 hội viên", "trên 85%", "hơn …" as "trên …"."""
    if not text or not isinstance(qualifier, str) or qualifier == "exact":
        return text
    words = labels("qualifier", lang)
    return words[qualifier].format(x=text) if qualifier in words else text


def target_text(value, qualifier, unit_class, unit, cadence, basis, period, lang: str = "vi") -> str:
    """A target as the report said it: "ít nhất 2.500 hội viên/năm", "25 hợp tác xã đến cuối nhiệm kỳ
    2025-2030", "ít nhất 3 hộ mỗi cơ sở Hội …", "trên 85%"; "" without a value."""
    text = _hedged(format_figure(value, unit_class, unit, lang), qualifier, lang)
    if not text:
        return ""
    if isinstance(basis, str) and basis in labels("basis", lang):
        text = label(f"basis.{basis}", lang, x=text)
    if cadence in ("per_year", "by_end"):
        text = label(f"cadence.{cadence}", lang, x=text, period="" if is_missing(period) else str(period))
    return text


def result_text(value, unit_class, unit, lang: str = "vi", *, qualifier=None, estimate=False, quote=None) -> str:
    """A result as the report said it: hedged ("trên 1.000 tỷ đồng") and marked when an estimate ("ước 2.700
    hội viên"); on a Vietnamese page a "more than" says the report's own word when ``quote`` opens on "hơn"
    ("hơn 1.000 tỷ đồng", not "trên …")."""
    text = _hedged(format_figure(value, unit_class, unit, lang), qualifier, lang)
    if (lang == "vi" and qualifier == "more_than" and isinstance(quote, str)
            and quote.strip().lower().startswith("hơn ") and text.startswith("trên ")):
        text = "hơn " + text[len("trên "):]
    return label("qualifier.estimate", lang, x=text) if text and bool(estimate) else text


# the sentence's connective before a rate's clause ("Tuy nhiên, chỉ tiêu thu hồi nợ …", "Riêng chỉ tiêu …") is no
# part of what the row is about
_CONNECTIVE = re.compile(r"^(?:(?:tuy nhiên|ngoài ra|bên cạnh đó|trong đó|đồng thời|đặc biệt|nổi bật là|cụ thể)\b"
                         r"\s*,?\s*|riêng\s*,\s*|riêng\s+(?=chỉ tiêu|tỷ lệ))", re.IGNORECASE)


def row_label(indicator, rate_label, lang: str = "vi", fallback: str | None = None) -> str:
    """What a row is about: the indicator's name; a stated rate's own clause ("hoạt động đối thoại chính sách")
    when its indicator is not known, or after the name when several rates share an indicator; ``fallback`` (a
    target's own words) for a row without an indicator or clause."""
    if not isinstance(indicator, str):
        indicator = None
    name = indicator_labels([indicator], lang)[0] if indicator else (fallback or "")
    if not isinstance(rate_label, str) or not rate_label.strip():
        return name
    clause = _CONNECTIVE.sub("", rate_label.strip()) or rate_label.strip()
    if indicator in ("unassigned", None) or name == indicator:
        return quoted(clause[:1].upper() + clause[1:], lang)
    return f"{name}: {quoted(clause, lang)}"


def row_labels(frame, lang: str = "vi") -> list[str]:
    """:func:`row_label` of every row of a frame with an ``indicator`` column and, when it has one, a
    ``rate_label`` column (a scorecard, headlines, evidence, achievement rates)."""
    rate_label = frame["rate_label"] if "rate_label" in frame else [None] * len(frame)
    return [row_label(i, r, lang) for i, r in zip(frame["indicator"], rate_label)]


def period_text(year, span, lang: str = "vi") -> str:
    """"9 tháng 2024", "năm 2023", "6 tháng 2023" (vi) or "9 months 2024", "2023", "H1 2023" (en)."""
    y = "" if is_missing(year) else str(int(year))
    names = labels("period", lang)
    if not (isinstance(span, str) and span in names):
        return y or "?"
    if not y:  # "một quý năm {year}" without its year: "quý"
        words = names[span].split("{year}")[0].split()
        if words[:1] in (["một"], ["a"]):
            words = words[1:-1]
        return " ".join(words).strip(", ")
    return names[span].format(year=y).strip(", ")


def date_text(value, lang: str = "vi") -> str:
    """A report's date: "18/11/2022" (vi) or "18 Nov 2022" (en); "" when not known."""
    import datetime

    try:
        day = datetime.date.fromisoformat(str(value)[:10])
    except ValueError:  # None, NA, or no date
        return ""
    return f"{day.day}/{day.month}/{day.year}" if lang == "vi" else f"{day.day} {day:%b} {day.year}"


def cluster_name(cluster_id, name_vi, lang: str = "vi") -> str:
    """A competition cluster's name in ``lang`` (``cluster_name.<id>`` of the label table), else the registry's
    Vietnamese name (a name: quoted on a page in another language), else ""."""
    known = labels("cluster_name", lang)
    if isinstance(cluster_id, str) and cluster_id in known:
        return known[cluster_id]
    return quoted(name_vi, lang) if isinstance(name_vi, str) else ""


def chart_format_locale(lang: str = "vi") -> dict | None:
    """The d3 number locale of chart axes ("4.094", "12,5"), or None where d3's own (en-US) already writes
    numbers that way."""
    decimal, thousands = label("number.decimal", lang), label("number.thousands", lang)
    if (decimal, thousands) == (".", ","):
        return None
    return {"decimal": decimal, "thousands": thousands, "grouping": [3], "currency": ["", " ₫"]}
