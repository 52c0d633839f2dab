"""Issue 8 item 9 (second half): HTML that loses nothing. The HTML parser underneath (libxml2) stops nesting at
depth 256 and drops what lies deeper, so a page of 256 nested <div>s was refused as empty and a page with an
unclosed <font> in each paragraph lost everything after paragraph 127, with no word. Old provincial CMSs and
pages pasted from Word produce exactly this markup."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_readers import FURNITURE, article_html, article_lines, lines, original, write  # noqa: F401 (fixtures)
from wuanalysis.readers import read_document, tidy_html

PARAGRAPH = "Đoạn {i}: Hội LHPN huyện {i} đã phát triển mới được {i}.094 hội viên, giúp {i}5 hộ thoát nghèo."


def paragraphs(n: int) -> list[str]:
    return [PARAGRAPH.format(i=i) for i in range(1, n + 1)]


def page(body: str) -> str:
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo cáo</title></head>'
            f"<body>{body}</body></html>")


def kept_lines(doc) -> list[str]:
    return [" ".join(line.split()) for line in doc.text.split("\n") if line.strip()]


@pytest.mark.parametrize("depth", [256, 3000])
def test_deeply_nested_divs_keep_the_article(tmp_path, depth):
    body = "<div>" * depth + "".join(f"<p>{p}</p>" for p in paragraphs(5)) + "</div>" * depth
    doc = read_document(write(tmp_path, "deep.html", page(body)))
    assert kept_lines(doc) == paragraphs(5)


MARKUP = {
    # <p><font>… with neither closed: the pattern of pages saved from old editors
    "unclosed font in each paragraph": lambda p: f"<p><font face='Times New Roman' size='3'>{p}",
    "font closed by nothing around each paragraph": lambda p: f"<font color='#000000'><p>{p}</p>",
    "font and line breaks": lambda p: f"<font face='Arial'>{p}<br>",
    "unclosed bold and span": lambda p: f"<p><b><span style='font-size:13pt'>{p}</p>",
    "unclosed div per paragraph": lambda p: f"<div class='para'>{p}",
}


@pytest.mark.parametrize("kind", list(MARKUP))
def test_unclosed_tags_lose_no_paragraph(tmp_path, kind):
    body = "<article>" + "".join(MARKUP[kind](p) for p in paragraphs(300)) + "</article>"
    doc = read_document(write(tmp_path, "font.html", page(body)))
    assert kept_lines(doc) == paragraphs(300), kind
    assert not any("much shorter" in w for w in doc.warnings)


def test_unclosed_fonts_in_a_real_page_keep_the_article_and_drop_the_furniture(tmp_path, original, lines):  # noqa: F811 (fixtures)
    """The seed article inside the CMS furniture of test_readers, each paragraph with an unclosed <font> and
    the whole page wrapped in 300 <div>s."""
    html = article_html(original)
    html = re.sub(r"<p>", "<p><font face='.VnTime'>", html)
    html = html.replace("<body>", "<body>" + "<div>" * 300).replace("</body>", "</div>" * 300 + "</body>")
    doc = read_document(write(tmp_path, "cms.html", html))
    assert set(article_lines(lines)) <= set(kept_lines(doc))
    for furniture in FURNITURE:
        assert furniture not in doc.text, furniture
    assert doc.title == lines[0].strip()


def test_a_normal_page_reads_without_a_warning(tmp_path, original):  # noqa: F811 (a fixture)
    doc = read_document(write(tmp_path, "bai-viet.html", article_html(original)))
    assert doc.warnings == []


def test_a_warning_when_the_kept_text_is_much_shorter_than_the_page(tmp_path, monkeypatch):
    """When the article extraction keeps a small part of what the page shows, the document is still read (a
    guess is better than nothing) but the issues table says so, with the numbers."""
    import trafilatura

    real = trafilatura.bare_extraction

    def first_paragraph_only(*args, **kwargs):
        result = real(*args, **kwargs)
        result.text = result.text.split("\n")[0]
        return result

    monkeypatch.setattr(trafilatura, "bare_extraction", first_paragraph_only)
    body = "<article>" + "".join(f"<p>{p}</p>" for p in paragraphs(80)) + "</article>"
    doc = read_document(write(tmp_path, "mot-phan.html", page(body)))
    assert kept_lines(doc) == paragraphs(1)
    [warning] = [w for w in doc.warnings if "much shorter" in w]
    assert re.search(r"kept [\d,]+ of the [\d,]+ characters", warning) and ".txt" in warning


def test_script_and_comments_stay_out(tmp_path):
    body = ("<article><p>" + PARAGRAPH.format(i=1) + "</p><script>var x = '<p>9.999 hội viên</p>';</script>"
            "<!-- <p>8.888 hội viên</p> --><style>p { color: red }</style><p>" + PARAGRAPH.format(i=2)
            + "</p></article>")
    doc = read_document(write(tmp_path, "script.html", page(body)))
    assert kept_lines(doc) == paragraphs(2)


def test_entities_and_attributes_survive(tmp_path):
    body = ("<article><p title='a \"quoted\" &amp; title'>Hội LHPN &amp; Đoàn thanh niên: 4.094 hội viên &lt;mới&gt;"
            "</p><p>Tỷ lệ đạt 105&#37; kế hoạch&nbsp;năm.</p></article>")
    doc = read_document(write(tmp_path, "entities.html", page(body)))
    assert "Hội LHPN & Đoàn thanh niên: 4.094 hội viên <mới>" in doc.text
    assert "Tỷ lệ đạt 105% kế hoạch năm." in doc.text


# ------------------------------------------------------------------------------------------------ any markup

_TAGS = ["div", "p", "font", "b", "span", "a", "li", "ul", "td", "tr", "table", "section", "br", "article", "center",
         "h2", "blockquote", "img", "i"]
_TOKEN = st.one_of(
    st.sampled_from([f"<{t}>" for t in _TAGS] + [f"</{t}>" for t in _TAGS]),
    st.integers(1, 10_000).map(lambda i: f" từ{i} "),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tokens=st.lists(_TOKEN, max_size=600), repeat=st.integers(1, 3))
def test_tidy_html_keeps_every_word_in_order_and_stays_shallow(tokens, repeat):
    import lxml.html

    markup = "".join(tokens) * repeat
    words = [w for w in markup.replace("<", " <").replace(">", "> ").split() if w.startswith("từ")]
    root = lxml.html.document_fromstring(f"<html><body>{tidy_html(markup)} end</body></html>")
    assert [w for w in root.text_content().split() if w.startswith("từ")] == words
    assert max(len(list(e.iterancestors())) for e in root.iter()) <= 210


def test_no_warning_for_a_page_whose_extra_text_is_menus_and_link_lists(tmp_path):
    """A div-soup CMS page (no <nav>, <aside> or <footer>) with a long menu and a sidebar of 100 headlines: the
    page shows far more text than the article, but none of it is paragraphs; keeping only the article is right."""
    menu = "".join(f'<div class="item"><a href="/muc-{i}">Chuyên mục {i}</a></div>' for i in range(30))
    sidebar = "".join(f'<div class="news"><a href="/tin-{i}.html">Hội LHPN huyện {i} tổ chức hội nghị tổng kết '
                      f"công tác Hội năm 2023</a></div>" for i in range(100))
    article = "".join(f"<p>{p}</p>" for p in paragraphs(4))
    body = (f'<div id="top"><div class="menu">{menu}</div></div><div id="wrap"><div class="content">'
            f'<h1>Hội nghị tổng kết</h1>{article}</div><div class="sidebar">{sidebar}</div></div>'
            '<div class="bottom">Bản quyền thuộc Hội LHPN tỉnh</div>')
    doc = read_document(write(tmp_path, "div-soup.html", page(body)))
    assert set(paragraphs(4)) <= set(kept_lines(doc))
    assert not any("much shorter" in w for w in doc.warnings), doc.warnings
