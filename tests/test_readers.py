"""readers: every way a real report reaches an analyst, built here from one seed article, and the bad inputs."""
from __future__ import annotations

import html
import os
import random
import unicodedata
from pathlib import Path

import pytest

from wuanalysis import readers, webpages
from wuanalysis.errors import InputError
from wuanalysis.legacy_fonts import decode_legacy, encode_legacy
from wuanalysis.readers import RawDocument, iter_report_paths, read_document
from wuanalysis.text import normalize_text

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
SENTENCE = "Hội Liên hiệp Phụ nữ tỉnh Bắc Kạn có 4.094 hội viên"
_TONES = "\u0300\u0301\u0303\u0309\u0323"
FURNITURE = ["Trang chủ", "Đọc thêm", "Hôm nay", "2,057", "Tổng số điểm của bài viết", "Ý kiến của bạn",
             "Bản quyền", "Gửi ý kiến", "Hội LHPN huyện 3 tổ chức hội nghị tổng kết năm"]


@pytest.fixture(scope="module", params=SEEDS, ids=lambda path: path.name[:3])
def original(request) -> str:
    """Each seed article in turn, normalised: every copy made from it must read back to this."""
    return normalize_text(request.param.read_text(encoding="utf-8")).strip("\n")


@pytest.fixture(scope="module")
def lines(original) -> list[str]:
    return [line for line in original.split("\n") if line.strip()]


@pytest.fixture(scope="module")
def one_seed() -> str:
    """One seed, for tests about mechanics rather than content."""
    return normalize_text(SEEDS[0].read_text(encoding="utf-8")).strip("\n")


def article_lines(lines: list[str]) -> list[str]:
    """The article's body lines with whitespace collapsed (as HTML renders them). Some seeds were scraped from
    the web and still end in the page's furniture ("Tổng số điểm của bài viết là: 0 trong 0 đánh giá", visit
    counters, comment box); the article stops there."""
    body = []
    for line in lines[1:]:
        if webpages._BOILERPLATE_LINE.match(line.strip()):
            break
        body.append(" ".join(line.split()))
    return body


# ------------------------------------------------------------------------------------------------ fixture makers

def cp1258_form(text: str) -> str:
    """Windows-1258 spelling: precomposed â ă ê ô ơ ư đ plus a combining tone mark, as Vietnamese Windows wrote."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)) + tones)
    return "".join(out)


def article_html(text: str) -> str:
    """The article of ``text`` (see :func:`article_lines`) inside the furniture of a Vietnamese provincial news
    CMS."""
    lines = [line for line in text.split("\n") if line.strip()]
    title, paragraphs = lines[0].strip(), article_lines(lines)
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    more = "".join(f'<li><a href="/tin-{i}.html">Hội LHPN huyện {i} tổ chức hội nghị tổng kết năm</a></li>'
                   for i in range(1, 6))
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{html.escape(title)} - Cổng thông tin Hội LHPN tỉnh Bắc Kạn</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="article:published_time" content="2024-09-24T08:30:00+07:00">
<script>var views = 0;</script><style>body {{ font-family: Arial; }}</style>
</head><body>
<header><div class="logo">Hội Liên hiệp Phụ nữ tỉnh Bắc Kạn</div></header>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<div class="container"><main><article class="post">
<h1 class="title">{html.escape(title)}</h1>
{body}
<div class="rating">Tổng số điểm của bài viết là: 0 trong 0 đánh giá</div>
<div class="comments"><h3>Ý kiến của bạn</h3>\
<form><textarea name="c"></textarea><button>Gửi ý kiến</button></form></div>
</article></main>
<aside class="sidebar"><h3>Đọc thêm</h3><ul>{more}</ul>
<div class="counter">Đang truy cập 12 Hôm nay2,057 Tháng hiện tại 61,114</div></aside>
</div>
<footer><p>Bản quyền thuộc Hội LHPN tỉnh Bắc Kạn.</p><div>Hôm nay2,057</div></footer>
</body></html>"""


def make_docx(path: Path, paragraphs: list[str], *, title: str | None = None) -> Path:
    import datetime

    import docx

    document = docx.Document()
    document.add_paragraph(paragraphs[0])
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("Chỉ tiêu", "Kết quả"), ("Số hội viên", "4.094"),
                                                ("Hộ nghèo được giúp đỡ", "2.500")]):
        row.cells[0].text, row.cells[1].text = label, value
    for paragraph in paragraphs[1:]:
        document.add_paragraph(paragraph)
    if title:
        document.core_properties.title = title
        document.core_properties.created = datetime.datetime(2024, 9, 24, 8, 30)
    document.save(path)
    return path


def make_pdf(lines: list[str], title: str | None = None) -> bytes:
    """A one-page PDF written by hand (no PDF writer is installed) whose text layer holds ``lines``.

    Helvetica with a Differences encoding that names each non-ASCII letter's glyph (/uni1ED9 ...), so the
    text layer carries real Vietnamese. No lines gives a blank page: what a scanner without OCR produces.
    """
    extra = sorted({c for line in lines for c in line if ord(c) > 126})
    code = {c: 128 + i for i, c in enumerate(extra)}
    differences = " ".join(f"/uni{ord(c):04X}" for c in extra).encode()

    def pdf_string(line: str) -> bytes:
        out = bytearray()
        for c in line:
            b = bytes([code[c]]) if c in code else c.encode("ascii")
            out += b"\\" + b if b in (b"(", b")", b"\\") else b
        return b"(" + bytes(out) + b")"

    content = (b"BT /F1 10 Tf 40 800 Td 12 TL " + b" ".join(pdf_string(ln) + b" Tj T*" for ln in lines) + b" ET"
               if lines else b"")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
        b"/BaseEncoding /WinAnsiEncoding /Differences [128 " + differences + b"] >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    if title:
        objects.append(b"<< /Title (" + title.encode("ascii") + b") /CreationDate (D:20240924083000+07'00') >>")
    return pdf_from_objects(objects, info=len(objects) if title else None)


def pdf_from_objects(objects: list[bytes], info: int | None = None) -> bytes:
    """A PDF file of ``objects`` (numbered from 1; object 1 is the catalogue), with its cross-reference table and
    trailer (``info``: the number of the document-information object, if any)."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer_info = b" /Info %d 0 R" % info if info else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_info, xref)
    return bytes(out)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def reason_of(path: Path, **kwargs) -> InputError:
    with pytest.raises(InputError) as info:
        read_document(path, **kwargs)
    assert info.value.path == str(path)
    assert str(path) in info.value.detail, "the detail names the file"
    return info.value


# ------------------------------------------------------------------------------------------------ plain text

ENCODED = {
    "utf8.txt": (lambda t: t.encode("utf-8"), "utf-8"),
    "nfd.txt": (lambda t: unicodedata.normalize("NFD", t).encode("utf-8"), "utf-8"),
    "bom.txt": (lambda t: t.encode("utf-8-sig"), "utf-8-sig"),
    "utf16le.txt": (lambda t: t.encode("utf-16"), "utf-16"),  # Python writes the BOM, little-endian here
    "utf16be.txt": (lambda t: b"\xfe\xff" + t.encode("utf-16-be"), "utf-16"),
    "utf16-nobom.txt": (lambda t: t.encode("utf-16-le"), "utf-16-le"),
    "crlf.md": (lambda t: t.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    "cp1258.txt": (lambda t: cp1258_form(t).encode("cp1258"), "cp1258"),
    "cp1258-nfd.txt": (lambda t: cp1258_form(unicodedata.normalize("NFD", t)).encode("cp1258"), "cp1258"),
    "vni.txt": (lambda t: encode_legacy(t, "vni").encode("cp1252"), "vni"),
    "vni-pasted-utf8.txt": (lambda t: encode_legacy(t, "vni").encode("utf-8"), "vni"),
}


@pytest.mark.parametrize("name", list(ENCODED))
def test_every_encoding_of_the_seed_reads_back_exactly(tmp_path, original, name):
    encode, encoding = ENCODED[name]
    doc = read_document(write(tmp_path, name, encode(original)))
    assert isinstance(doc, RawDocument)
    assert (doc.format, doc.encoding) == ("text", encoding)
    assert doc.text == original
    assert doc.text == unicodedata.normalize("NFC", doc.text)
    if encoding in ("utf-8", "utf-8-sig", "utf-16"):
        assert doc.warnings == []


@pytest.mark.parametrize("as_utf8", [False, True], ids=["tcvn3-bytes", "tcvn3-pasted-utf8"])
def test_tcvn3_file_is_converted_with_a_warning(tmp_path, original, as_utf8):
    legacy = encode_legacy(original, "tcvn3")
    doc = read_document(write(tmp_path, "tcvn3.txt", legacy.encode("utf-8" if as_utf8 else "cp1252")))
    assert doc.encoding == "tcvn3"
    assert doc.warnings == ["converted from TCVN3 (ABC) legacy font encoding"]
    # TCVN3 has no toned capitals ("Ứng" is typed in a capitals-only font), so only their case may differ.
    assert doc.text.casefold() == original.casefold()


def test_trailing_garbage_byte_keeps_utf8_and_warns(tmp_path, one_seed):
    doc = read_document(write(tmp_path, "stray.txt", one_seed.encode("utf-8") + b"\xff"))
    assert doc.encoding == "utf-8" and doc.text.startswith(one_seed)
    assert "not valid UTF-8" in doc.warnings[0]


def test_file_with_another_suffix_is_read_as_text(tmp_path, one_seed):
    assert read_document(write(tmp_path, "report.csv", one_seed)).text == one_seed


# ------------------------------------------------------------------------------------------------ legacy fonts

@pytest.mark.parametrize("font", ["tcvn3", "vni"])
def test_legacy_font_round_trip(font):
    assert decode_legacy(encode_legacy(SENTENCE, font), font) == SENTENCE


@pytest.mark.parametrize("mojibake, font, unicode", [
    ("Héi Liªn hiÖp Phô n÷", "tcvn3", "Hội Liên hiệp Phụ nữ"),
    ("Héi Liªn hiÖp Phô n÷ tØnh B¾c K¹n cã 4.094 héi viªn", "tcvn3", SENTENCE),
    ("Tr\xadêng", "tcvn3", "Trường"),  # "ư" is the soft hyphen U+00AD, invisible in most editors
    ("§¶ng bé", "tcvn3", "Đảng bộ"),
    ("Hoäi Lieân hieäp Phuï nöõ", "vni", "Hội Liên hiệp Phụ nữ"),
    ("Phöôøng Thaønh phoá tænh", "vni", "Phường Thành phố tỉnh"),
    ("VIEÄT NAM", "vni", "VIỆT NAM"),
])
def test_known_mojibake_converts(mojibake, font, unicode):
    assert decode_legacy(mojibake, font) == unicode


def test_garbled_legacy_text_is_refused_not_returned(tmp_path):
    garbage = " ".join("tr" + "".join(random.Random(i).sample("ª«¬®¸µ¶·¹¨¾Ö÷äöïøû", 3)) + "n" for i in range(60))
    assert reason_of(write(tmp_path, "garbled.txt", garbage.encode("cp1252"))).reason == "legacy_font"


# ------------------------------------------------------------------------------------------------ HTML

def test_html_keeps_the_article_and_drops_the_furniture(tmp_path, original, lines):
    doc = read_document(write(tmp_path, "bai-viet.html", article_html(original)))
    assert (doc.format, doc.encoding) == ("html", "utf-8")
    assert set(article_lines(lines)) <= {" ".join(line.split()) for line in doc.text.split("\n")}
    for furniture in FURNITURE:
        assert furniture not in doc.text, furniture
    assert doc.title == lines[0].strip()
    assert doc.published == "2024-09-24"


def test_html_in_windows_1258_is_decoded(tmp_path, original, lines):
    page = article_html(original).replace('charset="utf-8"', 'charset="windows-1258"')
    doc = read_document(write(tmp_path, "cu.htm", cp1258_form(page).encode("cp1258")))
    assert doc.encoding == "cp1258"
    assert all(line in " ".join(doc.text.split()) for line in article_lines(lines))


def test_html_falls_back_to_page_text_when_trafilatura_finds_nothing(tmp_path, monkeypatch, original, lines):
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    doc = read_document(write(tmp_path, "page.html", article_html(original)))
    assert all(line in " ".join(doc.text.split()) for line in article_lines(lines))
    for furniture in FURNITURE:
        assert furniture not in doc.text, furniture
    assert any("trafilatura" in w for w in doc.warnings)


def test_html_without_text_is_empty(tmp_path):
    page = "<html><head><title>x</title><script>var a = 1;</script></head><body><img src='a.png'></body></html>"
    assert reason_of(write(tmp_path, "blank.html", page)).reason == "empty"


def test_misnamed_html_is_sniffed(tmp_path, original, lines):
    doc = read_document(write(tmp_path, "saved.txt", article_html(original)))
    assert doc.format == "html" and "Trang chủ" not in doc.text
    assert article_lines(lines)[0] in " ".join(doc.text.split())


# ------------------------------------------------------------------------------------------------ Word, PDF

def test_docx_paragraphs_and_table_rows_in_order(tmp_path, lines):
    doc = read_document(make_docx(tmp_path / "bao-cao.docx", lines, title="Báo cáo 9 tháng"))
    assert (doc.format, doc.encoding) == ("docx", "docx")
    out = doc.text.split("\n")
    assert out[:4] == [lines[0], "Chỉ tiêu | Kết quả", "Số hội viên | 4.094", "Hộ nghèo được giúp đỡ | 2.500"]
    assert out[4:] == lines[1:]
    assert doc.title == "Báo cáo 9 tháng" and doc.published == "2024-09-24"


def test_docx_without_metadata_has_no_title_or_template_date(tmp_path, lines):
    doc = read_document(make_docx(tmp_path / "a.docx", lines))
    assert doc.title is None and doc.published is None


def test_docx_typed_in_tcvn3_is_converted(tmp_path, original, lines):
    legacy = [encode_legacy(line, "tcvn3") for line in lines]
    doc = read_document(make_docx(tmp_path / "abc.docx", legacy))
    assert doc.encoding == "tcvn3" and doc.format == "docx"
    assert all(line.casefold() in doc.text.casefold() for line in lines)


def test_docx_with_a_tcvn3_paragraph_pasted_in(tmp_path, lines):
    mixed = lines[:1] + [encode_legacy(SENTENCE, "tcvn3")] + lines[1:]
    doc = read_document(make_docx(tmp_path / "mixed.docx", mixed))
    assert doc.encoding == "docx"
    assert doc.warnings == ["1 line(s) typed in the TCVN3 (ABC) legacy font were converted"]
    assert SENTENCE in doc.text.split("\n") and all(line in doc.text for line in lines)


def test_pdf_text_layer(tmp_path, lines):
    doc = read_document(write(tmp_path, "bao-cao.pdf", make_pdf(lines, title="Hoi LHPN Bac Kan")))
    assert (doc.format, doc.encoding) == ("pdf", "pdf")
    assert all(line in doc.text for line in lines)
    assert doc.title == "Hoi LHPN Bac Kan" and doc.published == "2024-09-24"


def test_pdf_ascii_text_layer(tmp_path):
    doc = read_document(write(tmp_path, "a.pdf", make_pdf(["Hoi LHPN tinh Bac Kan: 4.094 hoi vien"])))
    assert "Hoi LHPN tinh Bac Kan: 4.094 hoi vien" in doc.text


def test_pdf_without_text_is_scanned(tmp_path):
    error = reason_of(write(tmp_path, "scan.pdf", make_pdf([])))
    assert error.reason == "scanned_pdf" and "scanned" in error.detail and "OCR" in error.detail


# ------------------------------------------------------------------------------------------------ bad input

def _random_high_bytes() -> bytes:
    return bytes(random.Random(7).randrange(0x80, 0x100) for _ in range(4000))


BAD = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \r\n\t\n \n", "empty"),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
    "nul.txt": (b"Hoi vien\x00\x01\x02\xff\xfe" * 50, "binary"),
    "controls.txt": (bytes(range(1, 9)) * 100, "binary"),
    "random.txt": (_random_high_bytes(), "encoding"),
    "old-word.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "unsupported"),
    "fake.docx": (b"PK\x03\x04 this is not really a zip", "unsupported"),
    "fake.pdf": (b"<html>404 Not Found</html>", "unsupported"),
    "broken.pdf": (b"%PDF-1.4\n%%garbage", "unsupported"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_is_refused_with_the_right_reason(tmp_path, name):
    data, reason = BAD[name]
    error = reason_of(write(tmp_path, name, data))
    assert error.reason == reason, error.detail
    assert error.detail.endswith(".")


def test_zip_that_is_not_docx(tmp_path):
    import zipfile

    path = tmp_path / "tables.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert reason_of(path).reason == "unsupported"


def test_missing_file(tmp_path):
    assert reason_of(tmp_path / "nowhere.txt").reason == "missing"


def test_dangling_symlink(tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    error = reason_of(link)
    assert error.reason == "missing" and "symbolic link" in error.detail


def test_folder_is_unsupported(tmp_path):
    assert reason_of(tmp_path).reason == "unsupported"


def test_too_large_is_refused_before_reading(tmp_path, monkeypatch, one_seed):
    path = write(tmp_path, "big.txt", one_seed)

    def no_open(*args, **kwargs):
        raise AssertionError("read_document opened a file that is over the limit")

    monkeypatch.setattr(readers, "open", no_open, raising=False)
    error = reason_of(path, max_bytes=100)
    assert error.reason == "too_large" and "100" in error.detail


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_by_permissions(tmp_path, one_seed):
    path = write(tmp_path, "locked.txt", one_seed)
    path.chmod(0)
    try:
        assert reason_of(path).reason == "unreadable"
    finally:
        path.chmod(0o644)


def test_unreadable_file_simulated(tmp_path, monkeypatch, one_seed):
    path = write(tmp_path, "locked.txt", one_seed)

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(readers, "open", denied, raising=False)
    error = reason_of(path)
    assert error.reason == "unreadable" and "Permission denied" in error.detail


# ------------------------------------------------------------------------------------------------ finding files

def test_iter_report_paths(tmp_path, one_seed):
    root = tmp_path / "reports"
    (root / "2024" / "q3").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "outputs" / "briefings").mkdir(parents=True)
    (root / "my-run").mkdir()
    for name in ["b.txt", "a.html", "2024/c.docx", "2024/q3/d.pdf", "2024/notes.csv", "2024/photo.png",
                 ".hidden.txt", ".git/HEAD.txt", "outputs/documents.parquet", "outputs/index.html",
                 "outputs/briefings/bac-kan.html", "my-run/facts.csv", "my-run/issues.csv", "my-run/report.html"]:
        write(root, name, one_seed)
    (root / "2024" / "dangling.txt").symlink_to(root / "deleted.txt")
    extra = write(tmp_path, "extra.data", one_seed)

    found = list(iter_report_paths([root, extra, root / "b.txt", tmp_path / "no-such-folder"]))
    paths = [item.relative_to(tmp_path).as_posix() for item in found if isinstance(item, Path)]
    errors = [item for item in found if isinstance(item, InputError)]
    assert paths == ["reports/2024/c.docx", "reports/2024/q3/d.pdf", "reports/a.html", "reports/b.txt",
                     "extra.data"]
    # every other file is accounted for: the non-reports as unsupported, the two output folders once each
    assert [(Path(e.path).name, e.reason) for e in errors] == [
        ("dangling.txt", "missing"), ("notes.csv", "unsupported"), ("photo.png", "unsupported"),
        ("my-run", "own_output"), ("outputs", "own_output"), ("no-such-folder", "missing")]


def test_iter_report_paths_yields_explicit_hidden_file(tmp_path, one_seed):
    hidden = write(tmp_path, ".draft.txt", one_seed)
    assert list(iter_report_paths([hidden])) == [hidden]
