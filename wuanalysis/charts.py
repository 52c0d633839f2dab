"""DataFrames → Altair charts: achievement against 100 %, a province beside its cluster, trends, topics.

Charts carry words from :mod:`.wording` in the page's language and the status colours of :mod:`.fonts`; they are
drawn to static SVG by vl-convert in the shipped font (:func:`.fonts.enable_offline_charts`): no script, no CDN,
byte-identical run to run. A chart with nothing to show is ``None`` (the page shows nothing) or, on the overview,
a one-line text chart.
"""
from __future__ import annotations

import functools
import textwrap
from collections.abc import Iterable

import altair as alt
import pandas as pd

from . import wording
from .catalogue import load_indicators
from .fonts import STATUS_COLOURS
from .wording import check_lang, indicator_labels, labels, period_text, row_labels, unit_text


def _empty_chart(text: str) -> alt.Chart:
    return alt.Chart(pd.DataFrame({"t": [text]})).mark_text(fontSize=14, color="#666").encode(text="t:N").properties(
        width=400, height=40)


def chart_achievement(scorecard: pd.DataFrame, lang: str = "vi") -> alt.LayerChart | None:
    """Achievement rate per indicator as bars against a rule at 100 %, coloured by status; ``None`` (nothing
    shown) without any rate."""
    lang = check_lang(lang)
    w = labels("word", lang)
    card = scorecard[scorecard["achievement_pct"].notna()]
    if card.empty:
        return None  # nothing to draw: the targets section already says no rate was reported
    several = card["predecessor"].nunique() > 1  # a merged province: say whose rate each bar is
    label = [f"{lab} ({p})" if several else lab for lab, p in zip(row_labels(card, lang), card["predecessor"])]
    # labelLimit 0: the whole label, the chart widens to hold it (a clipped "Lớp tập huấn, bồi…" says nothing)
    bars, rule = _achievement_bars(label, card["achievement_pct"], card["status"], lang, label_limit=0)
    text = bars.mark_text(align="left", dx=3).encode(text=alt.Text("achievement:Q", format=",.1~f"),
                                                     color=alt.value("#333"))
    return (bars + text + rule).properties(width=420, height=alt.Step(26), title=w["achievement_chart"])


def _achievement_bars(label: Iterable[str], achievement: Iterable[float], status: Iterable[str], lang: str,
                      label_limit: int) -> tuple[alt.Chart, alt.Chart]:
    """Bars of achievement rates coloured by status, and the dashed rule at 100 % they are read against."""
    w, words = labels("word", lang), labels("status", lang)
    status = list(status)
    data = pd.DataFrame({"label": list(label), "achievement": pd.Series(achievement).astype(float).to_numpy(),
                         "status": [words.get(s, s) for s in status]})
    shown = ("exceeded", "achieved", "below") + (("in_progress",) if "in_progress" in set(status) else ())
    bars = alt.Chart(data).mark_bar().encode(
        y=alt.Y("label:N", sort="-x", title=None, axis=alt.Axis(labelLimit=label_limit)),
        x=alt.X("achievement:Q", title=w["achievement_chart"], scale=alt.Scale(domainMin=0)),
        color=alt.Color("status:N", scale=alt.Scale(domain=[words[s] for s in shown],
                                                    range=[STATUS_COLOURS[s] for s in shown]), title=w["status"]),
    )
    rule = alt.Chart(pd.DataFrame({"x": [100.0]})).mark_rule(color="#222", strokeDash=[4, 3], size=2).encode(x="x:Q")
    return bars, rule


def _wrapped(names: Iterable[object], width: int = 38) -> list[str]:
    """Panel titles broken into lines of at most ``width`` characters ("\n" between them; the header's
    labelExpr splits there), so a long name wraps instead of being cut with "…"."""
    return ["\n".join(textwrap.wrap(str(n), width)) or str(n) for n in names]


def _header() -> alt.Header:
    """A panel header drawn on several lines (Vega draws an array of strings one per line), never cut."""
    return alt.Header(labelLimit=0, labelExpr="split(datum.label, '\\n')")


def chart_cluster(comparison: pd.DataFrame, lang: str = "vi") -> alt.FacetChart | None:
    """The province's figure beside the other provinces of its cluster, one small panel per indicator; ``None``
    (nothing shown) unless two or more provinces have figures."""
    lang = check_lang(lang)
    w = labels("word", lang)
    if comparison.empty or comparison["province"].nunique() < 2:
        return None  # a province alone is no comparison: the page shows no chart
    data = pd.DataFrame({
        "indicator": _wrapped(indicator_labels(comparison["indicator"], lang)),
        "province": comparison["province"], "value": comparison["value"].astype(float),
        "who": [w["self"] if s else w["others"] for s in comparison["is_self"]],
    })
    base = alt.Chart(data).mark_bar().encode(
        y=alt.Y("province:N", title=None, sort="-x"),
        x=alt.X("value:Q", title=None,
                axis=alt.Axis(format=wording.label("chart.axis_format", lang), labelOverlap=True)),
        color=alt.Color("who:N", scale=alt.Scale(domain=[w["self"], w["others"]], range=["#0b6e99", "#b8c4cc"]),
                        title=None),
    ).properties(width=260, height=alt.Step(18))
    return base.facet(facet=alt.Facet("indicator:N", title=None, header=_header(),
                                      sort=list(dict.fromkeys(data["indicator"]))), columns=2).resolve_scale(
        x="independent", y="independent").properties(title=w["cluster_chart"])


def _with_unit(name: str, unit: object) -> str:
    """"Chi hội (chi hội)" says its unit twice: the unit in brackets only when the name does not say it."""
    if not isinstance(unit, str) or not unit or unit.strip("“”").lower() in name.lower():
        return name
    return f"{name} ({unit})"


def chart_trend(trend: pd.DataFrame, lang: str = "vi", max_indicators: int = 6) -> alt.FacetChart | None:
    """Each indicator's value across the province's reporting periods, one small panel per line (indicator, unit
    and, for a flow, its span: :func:`comparable_trend`) with its own scales, in time order, only for lines with two
    or more periods (a panel with one dot is no trend); ``None`` (nothing shown) when no line has two."""
    lang = check_lang(lang)
    w = labels("word", lang)
    t = comparable_trend(trend)
    if t.empty:
        return None
    spread = t.groupby("_line")["period_order"].nunique()
    spread = spread[spread >= 2]
    if spread.empty:
        return None
    chosen = sorted(spread.index, key=lambda i: (-spread[i], i))[:max_indicators]
    t = t[t["_line"].isin(chosen)].sort_values(["period_order"], kind="stable")
    periods = t.drop_duplicates("period_order").sort_values("period_order")
    order = [period_text(y, s, lang) for y, s in zip(periods["period_year"], periods["period_span"])]
    spans = labels("span_series", lang)
    names = _wrapped(_with_unit(name, unit_text(u, lang))
                     for name, u in zip(indicator_labels(t["indicator"], lang), t["unit"]))
    # a flow's panel says its span: "Hội viên kết nạp mới / 6 tháng đầu năm" is not the year's admissions
    names = [n if not s else n + "\n" + "\n".join(_wrapped([spans.get(s, s)]))
             for n, s in zip(names, t["_span"])]
    data = pd.DataFrame({
        "indicator": names,
        "period": [period_text(y, s, lang) for y, s in zip(t["period_year"], t["period_span"])],
        "value": t["value"].astype(float), "province": t["province"],
    })
    base = alt.Chart(data).encode(
        x=alt.X("period:O", sort=order, title=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=None, axis=alt.Axis(format=",~f")),
        color=alt.Color("province:N", title=None),
    )
    layer = (base.mark_line(point=False) + base.mark_point(filled=True, size=70)).properties(width=240, height=140)
    first: dict[str, str] = {}
    for line, name in zip(t["_line"], data["indicator"]):
        first.setdefault(line, name)
    panels = [first[c] for c in chosen]  # the panels in the order chosen: the longest lines first
    # each panel its own x scale (only its periods, in time order) and axis: an odd number of panels leaves no axis
    # under an empty cell
    return layer.facet(facet=alt.Facet("indicator:N", title=None, header=_header(), sort=panels), columns=2
                       ).resolve_scale(x="independent", y="independent").resolve_axis(x="independent").properties(
        title=w["trend_chart"])


# Levels at a date (members in total, loans outstanding) and shares may be read across a half-year, a year and a
# term; a flow (admitted, helped, disbursed in the period) or a tally counts over its span, so six months' and a
# year's admissions are two lines, never one rising or falling between them.
_ACROSS_SPANS = ("stock", "share")


def comparable_trend(trend: pd.DataFrame) -> pd.DataFrame:
    """The points a trend line may join, with ``_line`` (indicator, unit and, for a flow, span: one panel each,
    its name saying the unit and the span) and ``_span`` (a flow's span, else ""): "295.000 lượt hội viên" and
    "21.600 lượt người" are two panels of one dot each, no trend; so are a year's and 9 months' admissions."""
    if trend.empty:
        return trend.assign(_line=pd.Series(dtype=object), _span=pd.Series(dtype=object))
    kinds = _indicator_kinds()
    spans = ["" if kinds.get(i) in _ACROSS_SPANS or not isinstance(s, str) else s
             for i, s in zip(trend["indicator"], trend["period_span"])]
    return trend.assign(_line=[f"{i}|{u}|{s}" for i, u, s in zip(trend["indicator"], trend["unit"].fillna(""), spans)],
                        _span=spans)


@functools.cache
def _indicator_kinds() -> dict[str, str]:
    """{indicator: kind} of the catalogue (an id it does not know counts as a flow: never joined across spans)."""
    cat = load_indicators()
    return dict(zip(cat["id"], cat["kind"]))


def chart_topics(topics: pd.DataFrame, lang: str = "vi") -> alt.LayerChart | alt.Chart:
    """Indicators with figures per province and topic, as a heat map."""
    lang = check_lang(lang)
    w = labels("word", lang)
    if topics.empty:
        return _empty_chart(w["no_data"])
    long = topics.melt(id_vars="province", var_name="topic", value_name="n")
    long["topic"] = [labels("topic", lang).get(t, t) for t in long["topic"]]
    order = [labels("topic", lang).get(t, t) for t in topics.columns if t != "province"]
    base = alt.Chart(long).encode(x=alt.X("topic:N", sort=order, title=None,
                                          axis=alt.Axis(labelAngle=-35, labelLimit=200)),
                                  y=alt.Y("province:N", title=None))
    rect = base.mark_rect().encode(color=alt.Color("n:Q", scale=alt.Scale(scheme="blues"), title=w["n_indicators"]))
    text = base.mark_text(fontSize=11).encode(text="n:Q", color=alt.condition("datum.n > 5", alt.value("white"),
                                                                                alt.value("#222")))
    return (rect + text).properties(width=alt.Step(60), height=alt.Step(28), title=w["topics"])


def chart_overview_achievement(achievement: pd.DataFrame, lang: str = "vi", n: int = 20) -> alt.LayerChart | alt.Chart:
    """Every reported achievement rate, by province, against the 100 % rule."""
    lang = check_lang(lang)
    w = labels("word", lang)
    if achievement.empty:
        return _empty_chart(w["no_rate"])
    a = achievement.head(n)
    label = [f"{p}: {lab}" for p, lab in zip(a["province"], row_labels(a, lang))]
    bars, rule = _achievement_bars(label, a["achievement_pct"], a["status"], lang, label_limit=0)  # never "…"
    return (bars + rule).properties(width=420, height=alt.Step(24), title=w["achievement_chart"])
