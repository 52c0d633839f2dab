"""The look every page and chart shares: one shipped font, embedded in pages and registered with the chart engine;
charts drawn as static SVG by vl-convert (no script, no CDN, byte-identical run to run and machine to machine); and
one colour per status, the same in tables, cards, the targets section and charts.
"""
from __future__ import annotations

import base64
import functools
from pathlib import Path

import altair as alt

from .wording import chart_format_locale, check_lang

# The one font of every chart and page: a subset of Noto Sans (Latin + Vietnamese) shipped in ``data/fonts`` under
# its own family name (see data/fonts/subset.py). vl-convert lays charts out with the fonts it finds on the machine,
# so a chart named "sans-serif" came out 695 px wide on one machine and 726 px on another; with this font registered
# and named, no installed font can stand in, and the pages embed it so browsers draw the text that was measured.
FONT_FAMILY = "Wuanalysis Sans"
FONT_STACK = f'"{FONT_FAMILY}", "Noto Sans", Arial, sans-serif'
THEME = "wuanalysis"
_FONTS_REGISTERED = False

STATUS_COLOURS = {"exceeded": "#1a7f37", "achieved": "#4c9a2a", "below": "#d4700a", "no_target": "#8c8c8c",
                  "no_result": "#8c8c8c", "in_progress": "#0b6e99", "no_data": "#8c8c8c", "not_comparable": "#8c8c8c"}


def font_dir() -> Path:
    """The folder of the shipped font files (``WuanalysisSans-Regular.ttf``, ``-Bold.ttf`` and their ``.woff``)."""
    from importlib import resources

    return Path(str(resources.files("wuanalysis").joinpath("data").joinpath("fonts")))


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


def _theme() -> alt.theme.ThemeConfig:
    return {"config": {"font": FONT_FAMILY}}


def enable_offline_charts(lang: str = "vi") -> None:
    """Draw Altair charts as static SVG (vl-convert) in the shipped font: the page needs no script and no network,
    and a chart is the same on every machine. Call once in a notebook before showing charts; numbers on the axes
    follow ``lang``."""
    locale = chart_format_locale(check_lang(lang))
    options = {"formatLocale": locale} if locale else {}
    register_chart_font()
    if THEME not in alt.theme.names():
        alt.theme.register(THEME, enable=False)(_theme)
    alt.theme.enable(THEME)
    alt.renderers.enable("svg", embed_options=options)
    alt.data_transformers.disable_max_rows()
