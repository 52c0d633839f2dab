"""Saved web pages: the article's text, title and date, with the site's furniture left out.

A page is first re-written by :func:`tidy_html` (libxml2, under trafilatura and lxml, drops what lies deeper than
256 elements, and old editors nest every paragraph one level deeper); trafilatura then picks the article, the
page's main text standing in when it finds none; boilerplate lines of Vietnamese news sites are dropped; and a
warning says when the article kept is much shorter than the page. Pages the tool wrote itself (briefings, the
overview, the index page) are refused as ``own_output``.
"""
from __future__ import annotations

import html
import re
from pathlib import Path
from typing import TYPE_CHECKING, cast

from .errors import InputError
from .office import iso_date

if TYPE_CHECKING:
    from trafilatura.settings import Document


def looks_like_html(text: str) -> bool:
    """True when text (read from a file not named .html) starts like a web page."""
    return bool(re.match(r"\s*(<!doctype html|<html)", text[:1000], re.IGNORECASE))


_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_GENERATOR = re.compile(r"""\bname\s*=\s*["']?generator\b""", re.IGNORECASE)
_OURS = re.compile(r"""\bcontent\s*=\s*["']?\s*wuanalysis\b""", re.IGNORECASE)
# Pages built before the generator tag: briefings and the overview are nbconvert exports (class "jp-Notebook")
# whose title block is sections.py's <div class="wu-title">; the index page is pages.render_index's table.
_OUR_NOTEBOOK_PAGE = re.compile(r"""class=["'][^"']*\bwu-title\b""")
_OUR_INDEX_PAGE = re.compile(r"""<table id="briefings">""")
_OUR_INDEX_TITLE = re.compile(r"<title>(Bản tin các tỉnh, thành — Hội LHPN|"
                              r"Province briefings — Women(?:'|&#39;|&#x27;)s Union)</title>")


def own_page_marker(text: str) -> str | None:
    """Why an HTML page is one the tool wrote (a briefing, the overview or the index page), or None."""
    for tag in _META.findall(text):
        if _GENERATOR.search(tag) and _OURS.search(tag):
            return 'it carries <meta name="generator" content="wuanalysis">'
    if "jp-Notebook" in text and _OUR_NOTEBOOK_PAGE.search(text):
        return "a briefing or overview page exported from the wuanalysis notebooks"
    if _OUR_INDEX_PAGE.search(text) and _OUR_INDEX_TITLE.search(text):
        return "the index page of a wuanalysis build"
    return None


def read_page(path: Path, text: str, warnings: list[str]) -> tuple[str, str | None, str | None]:
    """A decoded web page -> (article text, title, ISO date); what was repaired is added to ``warnings``.

    Raises :class:`InputError` ``own_output`` for a page the tool wrote.
    """
    why = own_page_marker(text)
    if why:
        raise InputError(path, "own_output", f"{path} is a page wuanalysis made ({why}), not a report; it "
                                             "was not read. Keep build outputs outside the reports folder.")
    import trafilatura  # heavy import (~0.5 s); only pay for it when a web page turns up

    page = tidy_html(text)  # libxml2 (under trafilatura and lxml) drops what lies deeper than 256 elements
    title = published = body = None
    try:
        # favor_recall keeps short figure paragraphs ("Có 4.094 hội viên") that precision mode drops as boilerplate;
        # tables stay because reports put figures in them; comments are readers' opinions, not the report.
        result = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=True,
                                             favor_recall=True, date_extraction_params={"extensive_search": False})
    except Exception as exc:  # trafilatura raises many kinds on hostile markup; the fallback still reads it
        result = None
        warnings.append(f"article extraction failed ({type(exc).__name__}); used the whole page text")
    if result is not None:
        article = cast("Document", result)  # a Document, not a dict: as_dict is left False
        body, title, published = article.text, article.title, iso_date(article.date)
    shown = _html_fallback_text(page)
    if not body or not body.strip():
        body = shown
        warnings.append("no article found by trafilatura; used the page's main text")
    lines = [line for line in body.split("\n") if not _BOILERPLATE_LINE.match(line.strip())]
    left_out, total = _paragraphs_left_out(shown, lines)
    if left_out >= _LEFT_OUT_SHARE * total and left_out >= _LEFT_OUT_MIN:
        warnings.append(f"the article kept is much shorter than the page: kept {total - left_out:,} of the "
                        f"{total:,} characters of the page's paragraphs (menus, headlines and footers aside); if "
                        "figures are missing, copy the article's text into a .txt file")
    return "\n".join(lines), title, published


# The page's paragraphs are its lines of 80 characters or more: sentences, not menu items or headlines (a
# sidebar of a hundred "Hội LHPN huyện … tổ chức hội nghị" links is not the article). When the article extractor
# leaves out more than this share of them (and at least this many characters), it picked one block of several:
# the document is read, with a warning.
_PARAGRAPH_MIN, _LEFT_OUT_SHARE, _LEFT_OUT_MIN = 80, 0.6, 2000


def _paragraphs_left_out(shown: str, kept_lines: list[str]) -> tuple[int, int]:
    """(characters of the page's paragraphs not in the kept text, characters of all its paragraphs).

    A paragraph counts as kept when 80% of its words are among the kept text's words, so the extractor may
    re-join or re-split lines without being blamed."""
    kept_words = set(" ".join(kept_lines).split())
    left_out = total = 0
    for line in shown.split("\n"):
        if len(line) < _PARAGRAPH_MIN or _BOILERPLATE_LINE.match(line.strip()):
            continue
        words = line.split()
        total += len(line)
        if sum(w in kept_words for w in words) < 0.8 * len(words):
            left_out += len(line)
    return left_out, total


# Whole lines that Vietnamese news CMSs (NukeViet and the like) print around every article: rating widgets,
# comment boxes, "read more" headings and visit counters such as "Hôm nay2,057" (the label glued to the number).
_BOILERPLATE_LINE = re.compile(
    r"[•·*-]?\s*(Tổng số điểm của bài viết là\b.*|Click để đánh giá bài viết|Ý kiến của bạn|Ý kiến bạn đọc|"
    r"Gửi ý kiến|Đọc thêm|Xem thêm|Tin liên quan|Tin cùng chuyên mục|Bài viết liên quan|Thống kê truy cập|"
    r"(?:(?:Đang truy cập|Hôm nay|Hôm qua|Tháng hiện tại|Tổng lượt truy cập|Lượt xem|Lượt truy cập)"
    r"\s*:?\s*[\d.,]+\s*)+)"
    r"\s*:?$",
    re.IGNORECASE,
)


_FURNITURE_TAGS = ("script", "style", "nav", "footer", "header", "aside", "form", "noscript", "iframe", "template")


def _html_fallback_text(page: str) -> str:
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(page.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return ""
    for element in root.xpath("|".join(f"//{tag}" for tag in _FURNITURE_TAGS)):
        element.drop_tree()
    main = (root.xpath("//article") or root.xpath("//main") or root.xpath("//body") or [root])[0]
    for block in main.iter("p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in main.text_content().splitlines())
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------------------------------------------- tidy

_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr keygen".split())
# Inline formatting carries no meaning for figures, and unclosed it is what nests pages past libxml2's limit
# (Word's "Save as web page" and old editors write <p><font face=".VnTime"> without closing it).
_DROPPED_TAGS = frozenset("font b i u s strike em strong span small big tt mark".split())
_CLOSES_P = frozenset("address article aside blockquote details dir dl dd dt fieldset figcaption figure "
                      "footer form h1 h2 h3 h4 h5 h6 header hr li main menu nav ol p pre table ul".split())
_SCOPE = frozenset("td th table caption button html template object marquee applet".split())
# tag -> (what an open one of them is closed by, where the search stops), as browsers do ("<li>a<li>b")
_SIBLINGS = {"li": ({"li"}, {"ul", "ol"}), "dt": ({"dt", "dd"}, {"dl"}), "dd": ({"dt", "dd"}, {"dl"}),
             "tr": ({"tr", "td", "th"}, {"table", "thead", "tbody", "tfoot"}), "td": ({"td", "th"}, {"tr", "table"}),
             "th": ({"td", "th"}, {"tr", "table"}), "option": ({"option"}, {"select"})}
_HEAD_TAGS = frozenset("title meta link script style base noscript template".split())
# Past 100 open elements, generic wrappers (div, section, center) are left out; past 200, every tag.
_MAX_DEPTH, _HARD_DEPTH = 100, 200
_GENERIC_TAGS = frozenset("div section center".split())
_LOOSE_TEXT_PARENTS = frozenset("body div section center article main blockquote aside header footer nav form".split())
_BLOCK_TAGS = _CLOSES_P | _GENERIC_TAGS | frozenset("td th tr table tbody thead tfoot caption body html head "
                                                  "select option textarea iframe noscript".split())
_NAME = re.compile(r"[a-z][a-z0-9-]*(?::[a-z0-9-]+)?")
_ATTR = re.compile(r"[a-zA-Z_:][-a-zA-Z0-9_:.]*")


def tidy_html(page: str) -> str:
    """The page re-written as well-formed HTML at most 200 elements deep, every word of text kept.

    libxml2 builds no tree deeper than 256 elements and drops what lies deeper, but its event interface (an
    lxml parser target) has no such limit and is as fast and as tolerant; this rewrites its events: inline
    formatting tags (font, b, span, ...) are dropped; a new <p>, <div> or <li> closes an open <p> (libxml2
    nests "<p><font>a<p>" one level deeper per paragraph); comments are dropped; past 100 open elements the
    generic wrappers (div, section, center) are left out, and past 200 every tag, their text staying in place;
    and text lying loose in a container with its lines split by <br> gets one <p> per line.
    """
    from lxml import etree

    tidy = _Tidy()
    parser = etree.HTMLParser(target=tidy, encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(page.encode("utf-8", errors="replace"), parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return page  # nothing to parse (an empty page): as it came


class _Tidy:
    """An lxml parser target: libxml2's events in, tidy HTML out (see :func:`tidy_html`)."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.stack: list[str] = []
        self.skipped: dict[str, int] = {}  # tags left out past the depth limits, so their end tags are too
        # Loose text straight inside a container (its lines split by <br> in old CMSs and Word's HTML): where in
        # ``out`` the current line began, as a placeholder that becomes "<p>" once a <br> shows the lines are
        # split; the depth of its container; and whether a split was seen. The article extractor drops or joins
        # such lines, but reads paragraphs whole.
        self.line_start: int | None = None
        self.line_depth = 0
        self.split = False

    def close(self) -> str:
        self._close_to(0)
        return "".join(self.out)

    # libxml2's events
    def start(self, tag, attrib) -> None:
        self._start(tag, attrib.items(), void=tag in _VOID_TAGS)

    def end(self, tag) -> None:
        if tag not in _VOID_TAGS:  # libxml2 ends every void element it started: nothing to close
            self.handle_endtag(tag)

    def data(self, data) -> None:
        self.handle_data(data)

    def doctype(self, name, pubid, system) -> None:
        self.out.append(f"<!DOCTYPE {name or 'html'}>")

    def _close_to(self, index: int) -> None:
        if self.line_start is not None and index < self.line_depth:
            self._pop_to(self.line_depth)
            self._end_line()
        self._pop_to(index)

    def _pop_to(self, index: int) -> None:
        while len(self.stack) > index:
            self.out.append(f"</{self.stack.pop()}>")

    def _find(self, names, stop) -> int | None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i] in names:
                return i
            if self.stack[i] in stop:
                return None
        return None

    def _mark_line(self) -> None:
        if self.line_start is None and self.stack and self.stack[-1] in _LOOSE_TEXT_PARENTS:
            self.line_start, self.line_depth = len(self.out), len(self.stack)
            self.out.append("")

    def _end_line(self) -> None:
        if self.line_start is not None and len(self.stack) == self.line_depth and self.split:
            self.out[self.line_start] = "<p>"
            self.out.append("</p>")
        self.line_start = None

    def _line_break(self) -> None:
        if self.stack and self.stack[-1] in _LOOSE_TEXT_PARENTS:
            self.split = True
            self._end_line()
        else:
            self.out.append("<br>")

    def _start(self, tag, attrs, void):
        if not isinstance(tag, str) or tag in _DROPPED_TAGS or not _NAME.fullmatch(tag):
            return
        if tag in ("html", "head", "body") and tag in self.stack:  # a second one (pages pasted together)
            return
        if tag == "br":
            self._line_break()
            return
        self._close_implied(tag)
        block = tag in _BLOCK_TAGS or tag in _HEAD_TAGS
        depth = len(self.stack)
        if depth >= _HARD_DEPTH or (depth >= _MAX_DEPTH and tag in _GENERIC_TAGS):
            if block:
                self._line_break()
            if not void:
                self.skipped[tag] = self.skipped.get(tag, 0) + 1
            return
        if block:  # text before a block inside the same container is a line of its own, as browsers show it
            self.split = self.split or self.line_start is not None
            self._end_line()
            self.split = False
        else:  # an inline element (<a>, <img>) belongs to the loose line it starts or continues
            self._mark_line()
        attributes = "".join(f' {name}="{html.escape(value or "", quote=True)}"' for name, value in attrs
                             if _ATTR.fullmatch(name))
        self.out.append(f"<{tag}{attributes}>")
        if not void:
            self.stack.append(tag)

    def _close_implied(self, tag) -> None:
        """Close what a new ``tag`` ends without an end tag, as browsers do."""
        if "head" in self.stack and tag not in _HEAD_TAGS:  # the body starts: <head> was never closed
            self._close_to(self.stack.index("head"))
        if tag in _CLOSES_P:
            at = self._find({"p"}, _SCOPE)
            if at is not None:
                self._close_to(at)
        if tag in _SIBLINGS:
            names, stop = _SIBLINGS[tag]
            at = self._find(names, stop | _SCOPE)
            if at is not None:
                self._close_to(at)

    def handle_endtag(self, tag):
        if tag == "br":  # "</br>" is a line break in every browser
            self._line_break()
        elif tag in _DROPPED_TAGS or tag in ("html", "head", "body") or tag in _VOID_TAGS:
            pass
        elif self.skipped.get(tag):
            self.skipped[tag] -= 1
            if tag in _BLOCK_TAGS:
                self._line_break()
        else:
            at = self._find({tag}, ())
            if at is not None:
                self._close_to(at)
                if tag in _BLOCK_TAGS:  # and so is text after it
                    self.split = True

    def handle_data(self, data):
        if self.stack and self.stack[-1] in ("script", "style"):
            self.out.append(data)
            return
        if data.strip():
            self._mark_line()
        self.out.append(html.escape(data, quote=False))
