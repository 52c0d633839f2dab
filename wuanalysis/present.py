"""DataFrames → great_tables tables and Altair charts. No file IO.

Every table has a fixed ``id`` (``GT(df, id="scorecard")``) so its HTML is the same run after run; every text
cell is escaped (great-tables escapes plain cells; the few cells built here as HTML escape their parts with
:func:`html.escape`). Numbers are formatted by great-tables' ``vi`` locale ("4.094", "12,5") and money in
words ("1.293 tỷ đồng"). Charts are drawn to static SVG by vl-convert (:func:`enable_offline_charts`): no
script, no CDN, byte-identical run to run.
"""
from __future__ import annotations

import base64
import functools
import html
from pathlib import Path

import altair as alt
import pandas as pd
from great_tables import GT, loc, style

from .quantities import format_vi, format_vnd, parse_number
from .scorecard import period_text

LANGS = ("vi", "en")

# d3-format locale for chart axes: "4.094", "12,5"
VI_FORMAT_LOCALE = {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", " ₫"]}

STATUS_TEXT = {
    "vi": {"exceeded": "Vượt chỉ tiêu", "achieved": "Đạt chỉ tiêu", "below": "Chưa đạt", "no_target": "Chưa có chỉ tiêu",
           "no_result": "Chưa có kết quả"},
    "en": {"exceeded": "Exceeded", "achieved": "Achieved", "below": "Below target", "no_target": "No target",
           "no_result": "No result yet"},
}
STATUS_COLOURS = {"exceeded": "#1a7f37", "achieved": "#4c9a2a", "below": "#d4700a", "no_target": "#8c8c8c",
                  "no_result": "#8c8c8c"}
TOPIC_TEXT = {
    "vi": {"membership": "Công tác hội viên", "poverty": "Giảm nghèo", "economy_startup": "Phát triển kinh tế, khởi nghiệp",
           "credit_savings": "Tín dụng, tiết kiệm", "family_social": "Gia đình, an sinh xã hội",
           "propaganda_training": "Tuyên truyền, đào tạo", "child_support": "Hỗ trợ trẻ em", "coop": "Kinh tế tập thể",
           "digital": "Chuyển đổi số", "mediation_legal": "Hòa giải, pháp luật", "other": "Khác"},
    "en": {"membership": "Membership", "poverty": "Poverty reduction", "economy_startup": "Economy and start-ups",
           "credit_savings": "Credit and savings", "family_social": "Family and social welfare",
           "propaganda_training": "Awareness and training", "child_support": "Child support", "coop": "Co-operatives",
           "digital": "Digital transformation", "mediation_legal": "Mediation and legal aid", "other": "Other"},
}
NOTE_TEXT = {
    "vi": {"conflict": "Số liệu khác nhau", "no_target": "Chưa có chỉ tiêu", "no_result": "Chỉ có chỉ tiêu",
           "unreadable": "Không đọc được", "no_figures": "Không có số liệu", "warning": "Lưu ý khi đọc"},
    "en": {"conflict": "Reports disagree", "no_target": "No target", "no_result": "Target only",
           "unreadable": "Unreadable", "no_figures": "No figures", "warning": "Reading warning"},
}
WORDS = {
    "vi": {"indicator": "Nội dung", "value": "Kết quả", "unit": "Đơn vị", "target": "Chỉ tiêu", "achievement": "Tỷ lệ đạt",
           "status": "Đánh giá", "previous": "Kỳ trước", "last_year": "Cùng kỳ năm trước", "rank": "Xếp hạng",
           "sources": "Số nguồn", "note": "Ghi chú", "in_cluster": "trong cụm", "of_all": "toàn quốc",
           "province": "Tỉnh, thành", "combined": "Cộng", "predecessor": "Tỉnh (trước 1/7/2025)", "figure": "Số liệu",
           "sentence": "Câu trích dẫn", "document": "Tài liệu", "kind": "Loại", "detail": "Chi tiết",
           "scorecard": "Bảng kết quả", "evidence": "Nguồn số liệu", "notes": "Ghi chú về dữ liệu",
           "conflict": "Số liệu khác nhau", "n_documents": "Số tài liệu", "periods": "Các kỳ báo cáo",
           "n_indicators": "Số nội dung", "n_with_rate": "Có tỷ lệ đạt", "n_conflicts": "Số liệu khác nhau",
           "province_2025": "Tỉnh, thành từ 1/7/2025", "period": "Kỳ", "n": "Số tỉnh", "topic": "Lĩnh vực",
           "no_rate": "Chưa có tỷ lệ đạt nào được báo cáo", "no_data": "Chưa có số liệu", "headlines": "Số liệu nổi bật",
           "cluster_chart": "So với các tỉnh cùng cụm thi đua", "trend_chart": "Qua các kỳ báo cáo",
           "achievement_chart": "Tỷ lệ đạt so với chỉ tiêu (%)", "self": "Tỉnh này", "others": "Tỉnh khác",
           "coverage": "Tỉnh, thành nào báo cáo những gì", "topics": "Số nội dung có số liệu, theo lĩnh vực",
           "rankings": "Xếp hạng giữa các tỉnh (cùng kỳ, cùng nội dung)", "strongest": "Tỷ lệ đạt cao nhất",
           "weakest": "Tỷ lệ đạt thấp nhất", "conflicts": "Số liệu khác nhau giữa các báo cáo",
           "overview": "Tổng quan các tỉnh, thành", "unattributed": "Số liệu chưa gắn với tỉnh nào (báo cáo cụm, toàn quốc)"},
    "en": {"indicator": "Indicator", "value": "Result", "unit": "Unit", "target": "Target", "achievement": "Achievement",
           "status": "Status", "previous": "Previous period", "last_year": "Same period last year", "rank": "Rank",
           "sources": "Sources", "note": "Note", "in_cluster": "in cluster", "of_all": "overall",
           "province": "Province", "combined": "Combined", "predecessor": "Province (before 1 July 2025)",
           "figure": "Figure", "sentence": "Quoted sentence", "document": "Document", "kind": "Kind", "detail": "Detail",
           "scorecard": "Scorecard", "evidence": "Evidence", "notes": "Data notes", "conflict": "Reports disagree",
           "n_documents": "Documents", "periods": "Periods reported", "n_indicators": "Indicators",
           "n_with_rate": "With achievement rate", "n_conflicts": "Conflicting figures",
           "province_2025": "Province since 1 July 2025", "period": "Period", "n": "Provinces", "topic": "Topic",
           "no_rate": "No achievement rate reported", "no_data": "No data yet", "headlines": "Headline figures",
           "cluster_chart": "Against the provinces of its competition cluster", "trend_chart": "Across reporting periods",
           "achievement_chart": "Achievement against target (%)", "self": "This province", "others": "Other provinces",
           "coverage": "Which province reports what", "topics": "Indicators with figures, by topic",
           "rankings": "Rankings between provinces (same period, same indicator)", "strongest": "Highest achievement",
           "weakest": "Lowest achievement", "conflicts": "Figures on which reports disagree",
           "overview": "All provinces", "unattributed": "Figures not tied to a province (cluster, national reports)"},
}


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


def _isna(x) -> bool:
    try:
        return x is None or bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


# ---------------------------------------------------------------- plain text formatting


def format_number(value: float, lang: str = "vi") -> str:
    """4094 → "4.094" (vi) / "4,094" (en); 12.5 → "12,5" / "12.5"; NaN → ""."""
    if _isna(value):
        return ""
    text = format_vi(round(float(value), 3))
    return text if lang == "vi" else text.replace(".", "\x00").replace(",", ".").replace("\x00", ",")


def format_money(value: float, lang: str = "vi") -> str:
    """1.293e12 → "1.293 tỷ đồng" (vi) / "1,293 billion VND" (en)."""
    if _isna(value):
        return ""
    if lang == "vi":
        return format_vnd(value)
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{format_number(round(value / scale, 3), 'en')} {word} VND"
    return f"{format_number(value, 'en')} VND"


def format_figure(value: float, unit_class: str | None, unit: str | None, lang: str = "vi") -> str:
    """A figure as a reader says it: "4.094 hội viên", "1.293 tỷ đồng", "95%"."""
    if _isna(value):
        return ""
    if unit_class == "vnd" and (not isinstance(unit, str) or unit == "VND"):
        return format_money(value, lang)
    if unit_class == "percent":
        return f"{format_number(value, lang)}%"
    unit = unit if isinstance(unit, str) and unit else ""
    return f"{format_number(value, lang)} {unit}".strip()


def format_percent(value: float, lang: str = "vi") -> str:
    return "" if _isna(value) else f"{format_number(value, lang)}%"


# ---------------------------------------------------------------- charts setup


# The one font of every chart and page: a subset of Noto Sans (Latin + Vietnamese) shipped in ``data/fonts`` under
# its own family name (see data/fonts/subset.py). vl-convert lays charts out with the fonts it finds on the machine,
# so a chart named "sans-serif" came out 695 px wide on one machine and 726 px on another; with this font registered
# and named, no installed font can stand in, and the pages embed it so browsers draw the text that was measured.
FONT_FAMILY = "Wuanalysis Sans"
FONT_STACK = f'"{FONT_FAMILY}", "Noto Sans", Arial, sans-serif'
THEME = "wuanalysis"
_FONTS_REGISTERED = False


def font_dir() -> Path:
    """The folder of the shipped font files (``WuanalysisSans-Regular.ttf``, ``-Bold.ttf`` and their ``.woff``)."""
    from importlib import resources

    return Path(str(resources.files("wuanalysis").joinpath("data", "fonts")))


def register_chart_font() -> None:
    """Make vl-convert lay out charts with the shipped font (once per process)."""
    global _FONTS_REGISTERED
    if not _FONTS_REGISTERED:
        import vl_convert

        vl_convert.register_font_directory(str(font_dir()))
        _FONTS_REGISTERED = True


@functools.lru_cache(maxsize=1)
def font_face_css() -> str:
    """``@font-face`` rules carrying the shipped font inline (base64 WOFF, about 100 KB a page): a page draws its
    charts' text with the font it was measured with, offline, on any machine or phone."""
    rules = []
    for style, weight in (("Regular", 400), ("Bold", 700)):
        data = base64.b64encode((font_dir() / f"WuanalysisSans-{style}.woff").read_bytes()).decode("ascii")
        rules.append(f'@font-face {{ font-family: "{FONT_FAMILY}"; font-style: normal; font-weight: {weight}; '
                     f"src: url(data:font/woff;base64,{data}) format(\"woff\"); }}")
    return "\n".join(rules)


def _theme() -> dict:
    return {"config": {"font": FONT_FAMILY}}


def enable_offline_charts(lang: str = "vi") -> None:
    """Draw Altair charts as static SVG (vl-convert) in the shipped font: the page needs no script and no network,
    and a chart is the same on every machine. Call once in a notebook before showing charts; numbers on the axes
    follow ``lang``."""
    options = {"formatLocale": VI_FORMAT_LOCALE} if _lang(lang) == "vi" else {}
    register_chart_font()
    if THEME not in alt.theme.names():
        alt.theme.register(THEME, enable=False)(_theme)
    alt.theme.enable(THEME)
    alt.renderers.enable("svg", embed_options=options)
    alt.data_transformers.disable_max_rows()


def setup_notebook(lang: str = "vi") -> None:
    """Everything a briefing notebook sets once: static SVG charts (:func:`enable_offline_charts`) and a short,
    stable plain-text form for tables (great-tables' own repr spells out its whole state with memory addresses,
    which would make every executed notebook differ from the last)."""
    enable_offline_charts(lang)
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with ipykernel
        return
    shell = get_ipython()
    if shell is not None:
        shell.display_formatter.formatters["text/plain"].for_type(
            GT, lambda gt, printer, cycle: printer.text(f"<great_tables.GT id={gt._options.table_id.value!r}>"))


# ---------------------------------------------------------------- tables


def _table(data: pd.DataFrame, **kwargs) -> GT:
    """A great-tables table in the page's font (the shipped one, embedded in every page)."""
    return GT(data, **kwargs).tab_options(table_font_names=[FONT_FAMILY, "Noto Sans", "Arial", "sans-serif"])


def _number_formats(gt: GT, frame: pd.DataFrame, column: str, lang: str) -> GT:
    """Format ``column`` row by row after the row's unit class: money in words, counts with the locale."""
    money = [i for i, u in enumerate(frame["unit_class"]) if u == "vnd"]
    other = [i for i in range(len(frame)) if i not in set(money)]
    if other:
        gt = gt.fmt_number(columns=column, rows=other, decimals=2, drop_trailing_zeros=True, locale=lang)
    if money:
        # formatter output is inserted as HTML: format_money returns digits and words only
        gt = gt.fmt(lambda v: html.escape(format_money(v, lang)), columns=column, rows=money)
    return gt.sub_missing(columns=column, missing_text="")


def _values_text(values, unit_class, unit, lang: str) -> str:
    """"12.100.000.000; 1.293.000.000.000" (the measurements' conflict_values, written the Vietnamese way) →
    "12,1 tỷ đồng; 1.293 tỷ đồng"."""
    out = []
    for v in str(values or "").split("; "):
        try:
            out.append(format_figure(parse_number(v), unit_class, unit if unit_class == "vnd" else None, lang))
        except ValueError:
            out.append(v)
    return "; ".join(x for x in out if x)


def _rank_text(row, lang: str) -> str:
    w = WORDS[lang]
    parts = []
    # a rank of one ("1/1") says nothing: shown only when another province reported the same figure
    if not _isna(row.rank_all) and row.n_all > 1:
        parts.append(f"{row.rank_all}/{row.n_all} {w['of_all']}")
    if not _isna(row.rank_cluster) and row.n_cluster > 1:
        parts.append(f"{row.rank_cluster}/{row.n_cluster} {w['in_cluster']}")
    return "; ".join(parts)


def _previous_text(value, year, span, unit_class, unit, lang: str) -> str:
    if _isna(value):
        return ""
    figure = format_figure(value, unit_class, unit, lang)
    return f"{figure} ({period_text(year, span, lang)})" if not _isna(span) else figure


def table_scorecard(scorecard: pd.DataFrame, lang: str = "vi", id: str = "scorecard", title: str | None = None) -> GT:
    """The scorecard as a great-tables table grouped by topic: result, unit, target, achievement, status, previous
    period, same period last year, rank, sources and a conflict note. A merged province adds a province column."""
    lang = _lang(lang)
    w, st = WORDS[lang], STATUS_TEXT[lang]
    card = scorecard.reset_index(drop=True)
    merged = card["predecessor"].nunique() > 1 or bool(card["combined"].any())
    label = card["label_vi"] if lang == "vi" else card["label_en"]
    year = card["period_year"]
    shown = pd.DataFrame({
        "topic": [TOPIC_TEXT[lang].get(t, t) for t in card["topic"]],
        "indicator": label.fillna(card["indicator"]),
        "predecessor": [f"{w['combined']}: {p}" if c else p for p, c in zip(card["predecessor"], card["combined"])],
        "value": card["value"], "unit_class": card["unit_class"],
        "unit": [("" if u == "vnd" and (not isinstance(n, str) or n == "VND") else (n or ""))
                 for u, n in zip(card["unit_class"], card["unit"])],
        "target": card["target"], "achievement_pct": card["achievement_pct"],
        "status": [st.get(s, s) for s in card["status"]],
        "previous": [_previous_text(v, y, s, u, n, lang) for v, y, s, u, n in zip(
            card["previous_value"], card["previous_period_year"], card["previous_period_span"], card["unit_class"],
            card["unit"])],
        "last_year": [_previous_text(v, (None if _isna(y) else int(y) - 1), s, u, n, lang) for v, y, s, u, n in zip(
            card["previous_year_value"], year, card["period_span"], card["unit_class"], card["unit"])],
        "rank": [_rank_text(r, lang) for r in card.itertuples()],
        "n_sources": card["n_sources"],
        "note": [(f"{w['conflict']}: {_values_text(v, u, n, lang)}" if c else "")
                 for c, v, u, n in zip(card["conflict"], card["conflict_values"], card["unit_class"], card["unit"])],
    })
    gt = _table(shown, groupname_col="topic", id=id)
    gt = _number_formats(gt, shown, "value", lang)
    gt = _number_formats(gt, shown, "target", lang)
    gt = gt.fmt_number(columns="achievement_pct", decimals=1, drop_trailing_zeros=True, pattern="{x}%", locale=lang)
    gt = gt.sub_missing(columns=["achievement_pct", "n_sources"], missing_text="")
    gt = gt.cols_hide(["unit_class"] + ([] if merged else ["predecessor"]))
    gt = gt.cols_label(indicator=w["indicator"], predecessor=w["predecessor"], value=w["value"], unit=w["unit"],
                       target=w["target"], achievement_pct=w["achievement"], status=w["status"], previous=w["previous"],
                       last_year=w["last_year"], rank=w["rank"], n_sources=w["sources"], note=w["note"])
    for status, colour in STATUS_COLOURS.items():
        rows = [i for i, s in enumerate(card["status"]) if s == status]
        if rows:
            gt = gt.tab_style(style.text(color=colour, weight="bold" if status == "exceeded" else "normal"),
                              loc.body(columns="status", rows=rows))
    gt = gt.tab_header(title=title or w["scorecard"])
    return gt.tab_options(table_font_size="14px", row_group_font_weight="bold", heading_align="left")


def table_side_by_side(wide: pd.DataFrame, lang: str = "vi", id: str = "side-by-side") -> GT:
    """A merged province's figures, one column per predecessor (and the sum where adding is allowed)."""
    lang = _lang(lang)
    w = WORDS[lang]
    label = wide["label_vi"] if lang == "vi" else wide["label_en"]
    cols = [c for c in wide.columns if c.startswith("value|")]
    shown = pd.DataFrame({"indicator": label, "unit_class": wide["unit_class"], "unit": wide["unit"]})
    for c in cols:
        shown[c] = wide[c]
    gt = _table(shown, id=id)
    for c in cols:
        gt = _number_formats(gt, shown, c, lang)
    labels = {c: (w["combined"] if c == "value|combined" else c.split("|", 1)[1]) for c in cols}
    return gt.cols_hide("unit_class").cols_label(indicator=w["indicator"], unit=w["unit"], **labels)


def html_headlines(headlines: pd.DataFrame, lang: str = "vi"):
    """Headline figures as cards (an IPython HTML object; every text escaped)."""
    from IPython.display import HTML

    lang = _lang(lang)
    st = STATUS_TEXT[lang]
    cards = []
    for r in headlines.itertuples():
        label = r.label_vi if lang == "vi" else r.label_en
        rate = (f'<div class="wu-rate" style="color:{STATUS_COLOURS.get(r.status, "#333")}">'
                f'{html.escape(format_percent(r.achievement_pct, lang))} · {html.escape(st.get(r.status, r.status))}</div>'
                if not _isna(r.achievement_pct) else "")
        who = f'<div class="wu-who">{html.escape(str(r.predecessor))}</div>' if getattr(r, "combined", False) else ""
        cards.append(
            '<div class="wu-card" style="display:inline-block;vertical-align:top;width:220px;margin:0 12px 12px 0;'
            'padding:12px 14px;border:1px solid #d0d7de;border-radius:8px;background:#f6f8fa">'
            f'<div class="wu-value" style="font-size:26px;font-weight:600">'
            f'{html.escape(format_figure(r.value, r.unit_class, r.unit, lang))}</div>'
            f'<div class="wu-label" style="font-size:14px;color:#444">{html.escape(str(label))}</div>{rate}{who}</div>'
        )
    heading = f'<h2 style="font-size:1.25em">{html.escape(WORDS[lang]["headlines"])}</h2>'
    if not cards:
        cards.append(f"<p>{html.escape(WORDS[lang]['no_data'])}</p>")
    return HTML(heading + '<div class="wu-headlines">' + "".join(cards) + "</div>")


def _sentence_html(sentence, quote) -> str:
    """The sentence with its quoted figure marked; every part escaped."""
    if not isinstance(sentence, str):
        return ""
    quote = quote if isinstance(quote, str) else ""
    at = sentence.find(quote) if quote else -1
    if at < 0:
        return html.escape(sentence)
    return (html.escape(sentence[:at]) + "<mark>" + html.escape(quote) + "</mark>"
            + html.escape(sentence[at + len(quote):]))


def table_evidence(evidence: pd.DataFrame, lang: str = "vi", id: str = "evidence") -> GT:
    """Figure → quoted sentence (the figure marked) → document."""
    lang = _lang(lang)
    w = WORDS[lang]
    ev = evidence.reset_index(drop=True)
    label = ev["label_vi"] if lang == "vi" else ev["label_en"]
    shown = pd.DataFrame({
        "indicator": label,
        "figure": [format_figure(v, u, n, lang) if not _isna(v) else f"{w['target']}: {format_figure(t, u, n, lang)}"
                   for v, t, u, n in zip(ev["value"], ev["target"], ev["unit_class"], ev["unit"])],
        "sentence": [_sentence_html(s, q) for s, q in zip(ev["sentence"], ev["quote"])],
        "document": [f"{t} ({d})" if isinstance(t, str) and t else (d or "") for t, d in zip(ev["title"], ev["doc"])],
    })
    gt = _table(shown, id=id)
    # the sentence cell is HTML built above from escaped parts; the other cells are escaped by great-tables
    gt = gt.fmt(lambda v: v, columns="sentence")
    gt = gt.cols_label(indicator=w["indicator"], figure=w["figure"], sentence=w["sentence"], document=w["document"])
    gt = gt.tab_header(title=w["evidence"]).tab_options(heading_align="left", table_font_size="13px")
    return gt.cols_width({"sentence": "55%"})


def table_data_notes(notes: pd.DataFrame, lang: str = "vi", id: str = "data-notes") -> GT:
    lang = _lang(lang)
    w = WORDS[lang]
    shown = pd.DataFrame({
        "kind": [NOTE_TEXT[lang].get(k, k) for k in notes["kind"]],
        "province": notes["province"].fillna(""), "indicator": notes["indicator"].fillna(""),
        "detail": notes["detail"].fillna(""), "doc": notes["doc"].fillna(""),
    })
    gt = _table(shown, id=id).cols_label(kind=w["kind"], province=w["province"], indicator=w["indicator"],
                                     detail=w["detail"], doc=w["document"])
    return gt.tab_header(title=w["notes"]).tab_options(heading_align="left")


def table_coverage(coverage: pd.DataFrame, lang: str = "vi", id: str = "coverage") -> GT:
    lang = _lang(lang)
    w = WORDS[lang]
    shown = coverage[["province", "province_2025", "n_documents", "periods", "n_indicators", "n_with_rate",
                      "n_conflicts"]].copy()
    shown["latest"] = [period_text(y, s, lang) if isinstance(s, str) else "" for y, s in
                       zip(coverage["latest_year"], coverage["latest_span"])]
    shown["periods"] = [", ".join(period_text(*_split_period(p), lang) for p in str(ps).split("; ") if p)
                        for ps in coverage["periods"].fillna("")]
    return _table(shown, id=id).cols_label(
        province=w["province"], province_2025=w["province_2025"], n_documents=w["n_documents"], periods=w["periods"],
        n_indicators=w["n_indicators"], n_with_rate=w["n_with_rate"], n_conflicts=w["n_conflicts"], latest=w["period"],
    ).sub_missing(missing_text="").tab_header(title=w["coverage"]).tab_options(heading_align="left")


def _split_period(code: str) -> tuple:
    """"2023:6m" → (2023, "6m")."""
    year, _, span = code.partition(":")
    return (int(year) if year else None), span


def table_topics(topics: pd.DataFrame, lang: str = "vi", id: str = "topics") -> GT:
    lang = _lang(lang)
    labels = {t: TOPIC_TEXT[lang].get(t, t) for t in topics.columns if t != "province"}
    return _table(topics, id=id).cols_label(province=WORDS[lang]["province"], **labels).tab_header(
        title=WORDS[lang]["topics"]).tab_options(heading_align="left")


def table_rankings(rankings: pd.DataFrame, lang: str = "vi", id: str = "rankings") -> GT:
    from .catalogue import load_indicators

    lang = _lang(lang)
    w = WORDS[lang]
    cat = load_indicators().set_index("id")
    col = "label_vi" if lang == "vi" else "label_en"
    shown = pd.DataFrame({
        "indicator": [cat.at[i, col] if i in cat.index else i for i in rankings["indicator"]],
        "period": [period_text(y, s, lang) for y, s in zip(rankings["period_year"], rankings["period_span"])],
        "province": rankings["province"], "value": rankings["value"], "unit": rankings["unit"].fillna(""),
        "rank": [f"{r}/{n}" for r, n in zip(rankings["rank"], rankings["n"])],
    })
    gt = _table(shown, groupname_col="indicator", id=id)
    gt = gt.fmt_number(columns="value", decimals=2, drop_trailing_zeros=True, locale=lang)
    gt = gt.cols_label(period=w["period"], province=w["province"], value=w["value"], unit=w["unit"], rank=w["rank"])
    return gt.tab_header(title=w["rankings"]).tab_options(heading_align="left")


def table_achievement(achievement: pd.DataFrame, lang: str = "vi", id: str = "achievement", title: str | None = None) -> GT:
    lang = _lang(lang)
    w, st = WORDS[lang], STATUS_TEXT[lang]
    a = achievement.reset_index(drop=True)
    shown = pd.DataFrame({
        "province": a["province"], "period": [period_text(y, s, lang) for y, s in zip(a["period_year"], a["period_span"])],
        "indicator": a["label_vi"] if lang == "vi" else a["label_en"],
        "figure": [format_figure(v, "count", u, lang) for v, u in zip(a["value"], a["unit"])],
        "achievement_pct": a["achievement_pct"], "status": [st.get(s, s) for s in a["status"]],
    })
    gt = _table(shown, id=id).fmt_number(columns="achievement_pct", decimals=1, drop_trailing_zeros=True, pattern="{x}%",
                                     locale=lang)
    gt = gt.cols_label(province=w["province"], period=w["period"], indicator=w["indicator"], figure=w["value"],
                       achievement_pct=w["achievement"], status=w["status"])
    return gt.tab_header(title=title or w["strongest"]).tab_options(heading_align="left")


def table_conflicts(conflicts: pd.DataFrame, lang: str = "vi", id: str = "conflicts") -> GT:
    lang = _lang(lang)
    w = WORDS[lang]
    c = conflicts.reset_index(drop=True)
    shown = pd.DataFrame({
        "province": c["province"].fillna(""),
        "period": [period_text(y, s, lang) for y, s in zip(c["period_year"], c["period_span"])],
        "indicator": c["indicator"], "figure": [format_figure(v, "count", u, lang) for v, u in zip(c["value"], c["unit"])],
        "quote": c["quote"].fillna(""), "doc": c["docs"].fillna(""),
    })
    gt = _table(shown, id=id).cols_label(province=w["province"], period=w["period"], indicator=w["indicator"],
                                     figure=w["figure"], quote=w["sentence"], doc=w["document"])
    return gt.tab_header(title=w["conflicts"]).tab_options(heading_align="left")


# ---------------------------------------------------------------- charts


def _empty_chart(text: str) -> alt.Chart:
    return alt.Chart(pd.DataFrame({"t": [text]})).mark_text(fontSize=14, color="#666").encode(text="t:N").properties(
        width=400, height=40)


def chart_achievement(scorecard: pd.DataFrame, lang: str = "vi") -> alt.LayerChart | alt.Chart:
    """Achievement rate per indicator as bars against a rule at 100 %, coloured by status."""
    lang = _lang(lang)
    w = WORDS[lang]
    card = scorecard[scorecard["achievement_pct"].notna()]
    if card.empty:
        return _empty_chart(w["no_rate"])
    label = card["label_vi"] if lang == "vi" else card["label_en"]
    data = pd.DataFrame({
        "label": [f"{lab} ({p})" if card["predecessor"].nunique() > 1 else lab for lab, p in zip(label, card["predecessor"])],
        "achievement": card["achievement_pct"].astype(float),
        "status": [STATUS_TEXT[lang].get(s, s) for s in card["status"]],
    })
    statuses = [STATUS_TEXT[lang][s] for s in ("exceeded", "achieved", "below")]
    colours = [STATUS_COLOURS[s] for s in ("exceeded", "achieved", "below")]
    bars = alt.Chart(data).mark_bar().encode(
        y=alt.Y("label:N", sort="-x", title=None, axis=alt.Axis(labelLimit=320)),
        x=alt.X("achievement:Q", title=w["achievement_chart"], scale=alt.Scale(domainMin=0)),
        color=alt.Color("status:N", scale=alt.Scale(domain=statuses, range=colours), title=w["status"]),
    )
    text = bars.mark_text(align="left", dx=3).encode(text=alt.Text("achievement:Q", format=",.1~f"), color=alt.value("#333"))
    rule = alt.Chart(pd.DataFrame({"x": [100.0]})).mark_rule(color="#222", strokeDash=[4, 3], size=2).encode(x="x:Q")
    return (bars + text + rule).properties(width=420, height=alt.Step(26), title=w["achievement_chart"])


def chart_cluster(comparison: pd.DataFrame, lang: str = "vi") -> alt.Chart:
    """The province's figure beside the other provinces of its cluster, one small panel per indicator."""
    lang = _lang(lang)
    w = WORDS[lang]
    if comparison.empty:
        return _empty_chart(w["no_data"])
    data = pd.DataFrame({
        "indicator": comparison["label_vi"] if lang == "vi" else comparison["label_en"],
        "province": comparison["province"], "value": comparison["value"].astype(float),
        "who": [w["self"] if s else w["others"] for s in comparison["is_self"]],
    })
    base = alt.Chart(data).mark_bar().encode(
        y=alt.Y("province:N", title=None, sort="-x"),
        x=alt.X("value:Q", title=None, axis=alt.Axis(format="~s" if lang == "en" else ",~f", labelOverlap=True)),
        color=alt.Color("who:N", scale=alt.Scale(domain=[w["self"], w["others"]], range=["#0b6e99", "#b8c4cc"]), title=None),
    ).properties(width=260, height=alt.Step(18))
    return base.facet(facet=alt.Facet("indicator:N", title=None, header=alt.Header(labelLimit=280),
                                      sort=list(dict.fromkeys(data["indicator"]))), columns=2).resolve_scale(
        x="independent", y="independent").properties(title=w["cluster_chart"])


def chart_trend(trend: pd.DataFrame, lang: str = "vi", max_indicators: int = 6) -> alt.Chart:
    """Each indicator's value across the province's reporting periods (indicators seen in two or more periods
    first), one small panel per indicator with its own scale."""
    from .catalogue import load_indicators

    lang = _lang(lang)
    w = WORDS[lang]
    if trend.empty:
        return _empty_chart(w["no_data"])
    cat = load_indicators().set_index("id")
    col = "label_vi" if lang == "vi" else "label_en"
    spread = trend.groupby("indicator")["period_order"].nunique()
    chosen = sorted(spread.index, key=lambda i: (-spread[i], i))[:max_indicators]
    t = trend[trend["indicator"].isin(chosen)]
    periods = t.drop_duplicates("period_order").sort_values("period_order")
    order = [period_text(y, s, lang) for y, s in zip(periods["period_year"], periods["period_span"])]
    data = pd.DataFrame({
        "indicator": [f"{cat.at[i, col] if i in cat.index else i} ({u})" if isinstance(u, str) and u else
                      (cat.at[i, col] if i in cat.index else i) for i, u in zip(t["indicator"], t["unit"])],
        "period": [period_text(y, s, lang) for y, s in zip(t["period_year"], t["period_span"])],
        "value": t["value"].astype(float), "province": t["province"],
    })
    base = alt.Chart(data).encode(
        x=alt.X("period:O", sort=order, title=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=None, axis=alt.Axis(format=",~f")),
        color=alt.Color("province:N", title=None),
    )
    layer = (base.mark_line(point=False) + base.mark_point(filled=True, size=70)).properties(width=240, height=140)
    return layer.facet(facet=alt.Facet("indicator:N", title=None, header=alt.Header(labelLimit=280)), columns=2
                       ).resolve_scale(y="independent").properties(title=w["trend_chart"])


def html_title(scorecard: pd.DataFrame, province: str, lang: str = "vi"):
    """The briefing's heading: province, period, and where the province sits across the 2025 reform."""
    from IPython.display import HTML

    from .catalogue import predecessors, province_2025, resolve_province

    lang = _lang(lang)
    name = resolve_province(province) or province
    lines = []
    if len(scorecard):
        lines.append(period_text(scorecard["period_year"].iloc[0], scorecard["period_span"].iloc[0], lang).capitalize())
    else:
        lines.append(WORDS[lang]["no_data"])
    shown = sorted(set(scorecard["predecessor"].dropna()) - {name}) if len(scorecard) else []
    before = predecessors(name)
    if len(before) > 1 and (shown or name not in set(scorecard.get("predecessor", []))):
        joined = ", ".join(before)
        lines.append(f"hợp nhất từ {joined} (1/7/2025)" if lang == "vi" else f"merged from {joined} (1 July 2025)")
    elif (after := province_2025(name)) and after != name:
        lines.append(f"từ 1/7/2025 thuộc {after}" if lang == "vi" else f"part of {after} since 1 July 2025")
    heading = "Bản tin" if lang == "vi" else "Briefing"
    return HTML(f'<div class="wu-title"><h1>{html.escape(heading)}: {html.escape(name)}</h1>'
                f'<p>{html.escape(" · ".join(lines))}</p></div>')


def html_overview_title(overview: dict, lang: str = "vi"):
    """The overview's heading: how many provinces, documents and figures."""
    from IPython.display import HTML

    lang = _lang(lang)
    cov = overview["coverage"]
    n_docs = int(cov["n_documents"].sum()) if len(cov) else 0
    line = (f"{len(cov)} tỉnh, thành · {n_docs} tài liệu có tỉnh · {len(overview['unattributed'])} số liệu chưa gắn tỉnh"
            if lang == "vi" else
            f"{len(cov)} provinces · {n_docs} documents with a province · {len(overview['unattributed'])} figures without one")
    return HTML(f'<div class="wu-title"><h1>{html.escape(WORDS[lang]["overview"])}</h1><p>{html.escape(line)}</p></div>')


def chart_topics(topics: pd.DataFrame, lang: str = "vi") -> alt.Chart:
    """Indicators with figures per province and topic, as a heat map."""
    lang = _lang(lang)
    w = WORDS[lang]
    if topics.empty:
        return _empty_chart(w["no_data"])
    long = topics.melt(id_vars="province", var_name="topic", value_name="n")
    long["topic"] = [TOPIC_TEXT[lang].get(t, t) for t in long["topic"]]
    order = [TOPIC_TEXT[lang].get(t, t) for t in topics.columns if t != "province"]
    base = alt.Chart(long).encode(x=alt.X("topic:N", sort=order, title=None, axis=alt.Axis(labelAngle=-35, labelLimit=200)),
                                  y=alt.Y("province:N", title=None))
    rect = base.mark_rect().encode(color=alt.Color("n:Q", scale=alt.Scale(scheme="blues"), title=w["n_indicators"]))
    text = base.mark_text(fontSize=11).encode(text="n:Q", color=alt.condition("datum.n > 5", alt.value("white"),
                                                                                alt.value("#222")))
    return (rect + text).properties(width=alt.Step(60), height=alt.Step(28), title=w["topics"])


def chart_overview_achievement(achievement: pd.DataFrame, lang: str = "vi", n: int = 20) -> alt.Chart:
    """Every reported achievement rate, by province, against the 100 % rule."""
    lang = _lang(lang)
    w = WORDS[lang]
    if achievement.empty:
        return _empty_chart(w["no_rate"])
    a = achievement.head(n)
    data = pd.DataFrame({
        "label": [f"{p}: {lab}" for p, lab in zip(a["province"], a["label_vi"] if lang == "vi" else a["label_en"])],
        "achievement": a["achievement_pct"].astype(float),
        "status": [STATUS_TEXT[lang].get(s, s) for s in a["status"]],
    })
    statuses = [STATUS_TEXT[lang][s] for s in ("exceeded", "achieved", "below")]
    bars = alt.Chart(data).mark_bar().encode(
        y=alt.Y("label:N", sort="-x", title=None, axis=alt.Axis(labelLimit=360)),
        x=alt.X("achievement:Q", title=w["achievement_chart"], scale=alt.Scale(domainMin=0)),
        color=alt.Color("status:N", scale=alt.Scale(domain=statuses, range=[STATUS_COLOURS[s] for s in
                                                                            ("exceeded", "achieved", "below")]),
                        title=w["status"]),
    )
    rule = alt.Chart(pd.DataFrame({"x": [100.0]})).mark_rule(color="#222", strokeDash=[4, 3], size=2).encode(x="x:Q")
    return (bars + rule).properties(width=420, height=alt.Step(24), title=w["achievement_chart"])
