"""Issue 8 item 9 (first half): bounded work per file. The size cap used to apply to the compressed file only, so
an 82 KB .docx whose text expands to many MB took a minute and a gigabyte and yielded 383k "figures". Now the
declared sizes of a Word file's parts, the text of Word and PDF files as it grows, PDF streams and the text handed
on to the extractor are all capped by --max-mb, and the refusal gives the numbers."""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import pytest

from test_readers import make_docx, make_pdf, pdf_from_objects, write
from wuanalysis import readers
from wuanalysis.errors import InputError
from wuanalysis.office import limit_words
from wuanalysis.readers import DEFAULT_MAX_BYTES, read_document

MB = 1024 * 1024
PARAGRAPH = "<w:p><w:r><w:t>Toàn tỉnh có 4.094 hội viên mới, giúp 2.500 hộ thoát nghèo.</w:t></w:r></w:p>"


def docx_bomb(path: Path, document_xml_bytes: int) -> Path:
    """A real .docx (python-docx's template) whose document.xml is padded with ``document_xml_bytes`` of
    repeated figure paragraphs: small compressed, huge expanded."""
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(buffer)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                at = text.index("<w:body>") + len("<w:body>")
                filler = PARAGRAPH * (document_xml_bytes // len(PARAGRAPH.encode("utf-8")))
                data = (text[:at] + filler + text[at:]).encode("utf-8")
            out.writestr(info.filename, data)
    return path


def refused(path: Path, **kwargs) -> InputError:
    with pytest.raises(InputError) as info:
        read_document(path, **kwargs)
    assert str(path) in info.value.detail
    return info.value


def test_a_docx_bomb_is_refused_with_the_numbers_before_it_is_parsed(tmp_path, monkeypatch):
    path = docx_bomb(tmp_path / "bomb.docx", 24 * MB)
    assert path.stat().st_size < DEFAULT_MAX_BYTES / 20, "small compressed: the file-size cap does not see it"
    import docx

    def no_parse(*args, **kwargs):
        raise AssertionError("the Word file was parsed before its declared sizes were checked")

    monkeypatch.setattr(docx, "Document", no_parse)
    error = refused(path)
    assert error.reason == "too_large"
    assert "word/document.xml expands to 24.0 MB; the limit is 20 MB (--max-mb)" in error.detail


def test_a_docx_whose_text_passes_the_text_limit_is_refused(tmp_path):
    # document.xml (about 0.9 MB) is under the 1 MB cap, but its text is more than a report can sensibly hold
    path = docx_bomb(tmp_path / "long.docx", 900 * 1024)
    error = refused(path, max_bytes=MB)
    assert error.reason == "too_large"
    assert "characters" in error.detail and "65,536" in error.detail and "(--max-mb)" in error.detail


def test_a_real_docx_under_the_limits_still_reads(tmp_path):
    doc = read_document(make_docx(tmp_path / "bao-cao.docx", ["Báo cáo", "Có 4.094 hội viên."]), max_bytes=MB)
    assert "Số hội viên | 4.094" in doc.text


def test_the_text_handed_on_is_capped_whatever_the_format(tmp_path):
    line = "Toàn tỉnh có 4.094 hội viên mới, giúp 2.500 hộ thoát nghèo.\n"
    path = write(tmp_path, "dai.txt", line * (300_000 // len(line)))
    assert path.stat().st_size < MB
    error = refused(path, max_bytes=MB)
    assert error.reason == "too_large" and "65,536 characters" in error.detail


def _pdf_with_compressed_content(text_ops: bytes) -> bytes:
    """make_pdf's one-page PDF, with its content stream Flate-compressed."""
    plain = make_pdf(["x"])
    head, rest = plain.split(b"5 0 obj\n", 1)
    stream = zlib.compress(text_ops, 9)
    obj5 = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
    objects = [seg.split(b"\nendobj\n")[0] for seg in head.split(b" 0 obj\n")[1:]] + [obj5]
    return pdf_from_objects(objects)


def test_a_pdf_whose_content_stream_expands_past_the_limit_is_refused(tmp_path):
    ops = b"BT /F1 10 Tf 40 800 Td 12 TL " + b"(Co 4.094 hoi vien moi) Tj T* " * 120_000 + b"ET"
    path = write(tmp_path, "bomb.pdf", _pdf_with_compressed_content(ops))
    assert path.stat().st_size < 100_000 and len(ops) > 3 * MB
    error = refused(path, max_bytes=MB)
    assert error.reason == "too_large" and "(--max-mb)" in error.detail


def test_a_pdf_whose_text_passes_the_text_limit_is_refused_not_cut(tmp_path):
    ops = b"BT /F1 10 Tf 40 800 Td 12 TL " + b"(Co 4.094 hoi vien moi) Tj T* " * 4_000 + b"ET"  # 120 KB, 92k chars
    path = write(tmp_path, "dai.pdf", _pdf_with_compressed_content(ops))
    error = refused(path, max_bytes=MB)
    assert error.reason == "too_large" and "65,536 characters" in error.detail


def test_a_small_compressed_pdf_still_reads(tmp_path):
    ops = b"BT /F1 10 Tf 40 800 Td 12 TL (Co 4.094 hoi vien moi) Tj T* ET"
    doc = read_document(write(tmp_path, "nho.pdf", _pdf_with_compressed_content(ops)), max_bytes=MB)
    assert "4.094 hoi vien" in doc.text


def test_a_zip_that_lies_about_its_sizes_is_refused_not_trusted(tmp_path):
    """Declared sizes are what the check reads; zipfile never inflates past them (it stops and reports a CRC
    error), so a part that lies is a damaged file, not a way round the cap."""
    path = docx_bomb(tmp_path / "liar.docx", 4 * MB)
    data = bytearray(path.read_bytes())
    real = (4 * MB // len(PARAGRAPH.encode())) * len(PARAGRAPH.encode())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
        declared = info.file_size
    assert declared >= real
    # patch the uncompressed size in the local header (offset 22) and the central directory entry (offset 24)
    small = (1000).to_bytes(4, "little")
    local = info.header_offset
    data[local + 22:local + 26] = small
    start = 0
    while True:
        start = data.find(b"PK\x01\x02", start)
        if start < 0:
            break
        name_len = int.from_bytes(data[start + 28:start + 30], "little")
        if data[start + 46:start + 46 + name_len] == b"word/document.xml":
            data[start + 24:start + 28] = small
        start += 4
    path.write_bytes(bytes(data))
    error = refused(path, max_bytes=MB)
    assert error.reason in ("unsupported", "too_large")


def test_limit_words():
    assert limit_words(DEFAULT_MAX_BYTES) == "20 MB (--max-mb)"
    assert limit_words(int(0.5 * MB)) == "0.5 MB (--max-mb)"


def test_sniffing_a_zip_inflates_nothing_big(tmp_path):
    """An OpenDocument file names its kind in its 'mimetype' member; a bomb there must not be inflated whole."""
    import tracemalloc

    path = tmp_path / "bom.odt"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text" + " " * (40 * MB))
        archive.writestr("content.xml", "<office/>")
    tracemalloc.start()
    try:
        error = refused(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert error.reason == "unsupported" and "OpenDocument" in error.detail
    assert peak < 5 * MB, f"{peak:,} bytes held while sniffing"


def test_a_file_that_grows_while_read_is_not_read_cut_short(tmp_path, monkeypatch):
    path = write(tmp_path, "dang-tai.txt", "Toàn tỉnh có 4.094 hội viên mới.")
    longer = path.read_bytes() * 3

    monkeypatch.setattr(readers, "open", lambda *a, **k: io.BytesIO(longer), raising=False)
    error = refused(path)
    assert error.reason == "unreadable" and "grew while being read" in error.detail


def test_a_pdf_with_a_big_picture_still_reads(tmp_path):
    """The stream cap applies to what text extraction inflates: a scanned-size picture (22 MB raw, over the 20 MB
    cap) drawn beside the text is never inflated, so the report still reads."""
    picture = zlib.compress(bytes(22 * MB), 9)
    content = b"q 100 0 0 100 40 600 cm /Im1 Do Q BT /F1 10 Tf 40 800 Td (Co 4.094 hoi vien) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> "
        b"/XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 4096 /Height 1877 /ColorSpace /DeviceRGB /BitsPerComponent 8 "
        b"/Filter /FlateDecode /Length %d >>\nstream\n" % len(picture) + picture + b"\nendstream",
    ]
    doc = read_document(write(tmp_path, "anh.pdf", pdf_from_objects(objects)))
    assert doc.text == "Co 4.094 hoi vien"


def test_a_docx_with_a_big_picture_still_reads(tmp_path):
    """Pictures are not text: a part under word/media/ may pass the cap (all parts together stop at ten times)."""
    path = make_docx(tmp_path / "anh.docx", ["Báo cáo", "Có 4.094 hội viên."])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/image9.png", bytes(2 * MB))
    doc = read_document(path, max_bytes=MB)
    assert "Có 4.094 hội viên." in doc.text
