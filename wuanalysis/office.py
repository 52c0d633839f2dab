"""Word (.docx) and PDF reports: their text, title and date, and the bounds on the work one file may cost.

Work per file is bounded by ``max_bytes`` (``--max-mb``), and what passes it is refused as ``too_large`` with
the numbers. These two formats are where a small file can cost much: each part of a Word file is checked as
declared in the zip before anything is inflated (``document.xml`` of a "zip bomb"), and all its parts together
at ten times the cap; each PDF stream as it inflates; and the text, at :func:`text_limit` characters (a
sixteenth of the cap), as it grows page by page or paragraph by paragraph.
"""
from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from .errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_UNZIPPED_FACTOR = 10
_MB = 1024 * 1024
# The text of one report handed on to the extractor is capped at a sixteenth of max_bytes in characters (1.3
# million, some 500 pages, at the default 20 MB): figure-dense text costs the extractor ~8 s and ~100 MB per
# million characters (measured: a 55 KB .docx holding 5.2 million characters took 41 s and 548 MB), while the
# longest real reports hold a few hundred thousand.
_TEXT_FRACTION = 16


def text_limit(max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """The most characters of text one report may hand on to the extractor: a sixteenth of ``max_bytes``."""
    return max_bytes // _TEXT_FRACTION


def limit_words(max_bytes: int) -> str:
    """The cap in words for messages: "20 MB (--max-mb)"."""
    return f"{max_bytes / _MB:g} MB (--max-mb)"


def text_too_large(path: Path, max_bytes: int, what: str) -> InputError:
    """The ``too_large`` error for text past :func:`text_limit`; ``what`` says how far it got."""
    return InputError(path, "too_large", f"The text of {path} {what}; the limit is {text_limit(max_bytes):,} "
                                         f"characters, a sixteenth of {limit_words(max_bytes)}. Split the report "
                                         "into parts or raise --max-mb.")


def read_docx(path: Path, data: bytes, max_bytes: int) -> tuple[str, str | None, str | None]:
    """A Word file's text (paragraphs, and tables one row a line), title and ISO date of creation."""
    import docx
    from docx.table import Table

    # Declared sizes are checked before anything is inflated. They can be trusted as a bound: zipfile never
    # inflates a member past its declared size (it stops with a CRC error, which lands below as "damaged").
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
    for info in infos:
        if info.file_size > max_bytes and not info.filename.startswith("word/media/"):
            raise InputError(path, "too_large", f"{path}: {info.filename} expands to {info.file_size / _MB:.1f} MB; "
                                                f"the limit is {limit_words(max_bytes)}. A Word file this big "
                                                "inside is not a report (or is a zip bomb); split it or raise "
                                                "--max-mb.")
    unzipped = sum(info.file_size for info in infos)
    if unzipped > _UNZIPPED_FACTOR * max_bytes:
        raise InputError(path, "too_large", f"{path} unzips to {unzipped / _MB:.1f} MB, over {_UNZIPPED_FACTOR} "
                                            f"times the limit of {limit_words(max_bytes)}; it is mostly pictures "
                                            "or a zip bomb. Save the text alone as .docx or raise --max-mb.")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx surfaces lxml, KeyError and zip errors for damaged files
        raise InputError(path, "unsupported", f"{path} could not be opened as a Word document ({exc}); open it "
                                              "in Word and save it again as .docx.") from None
    lines: list[str] = []
    size, limit = 0, text_limit(max_bytes)
    for block in document.iter_inner_content():
        new = _table_lines(block) if isinstance(block, Table) else [block.text]
        lines.extend(new)
        size += sum(len(line) + 1 for line in new)
        if size > limit:  # stop as the text grows, not after holding all of it
            raise text_too_large(path, max_bytes, f"passes {limit:,} characters")
    props = document.core_properties
    created = props.created
    if created is not None and created == _PYTHON_DOCX_TEMPLATE_DATE:
        created = None  # the stamp of python-docx's default template, not the report's date
    return "\n".join(lines), props.title or None, iso_date(created)


_PYTHON_DOCX_TEMPLATE_DATE = datetime.fromisoformat("2013-12-23T23:15:00+00:00")


def _table_lines(table) -> list[str]:
    # One row per line, cells joined by " | ": a figure keeps its row label ("Số hội viên | 4.094") as context.
    # Merged cells come back once per grid column, so repeats of the same cell are dropped. Nested tables are
    # read only as their cell text.
    lines = []
    for row in table.rows:
        cells, last = [], None
        for cell in row.cells:
            if cell._tc is last:
                continue
            last = cell._tc
            cells.append(" ".join(cell.text.split()))
        line = " | ".join(c for c in cells if c)
        if line:
            lines.append(line)
    return lines


def read_pdf(path: Path, data: bytes, max_bytes: int) -> tuple[str, str | None, str | None]:
    """A PDF's text layer (one page after another), title and ISO date of creation."""
    import pypdf
    from pypdf.errors import LimitReachedError

    limit = text_limit(max_bytes)
    try:
        # Each stream may inflate to max_bytes at most (pypdf's own default is 75 MB per stream).
        with pypdf.apply_configuration(zlib_maximum_output_length=max_bytes, lzw_maximum_output_length=max_bytes,
                                       run_length_maximum_output_length=max_bytes,
                                       array_based_stream_maximum_output_length=max_bytes,
                                       stream_decoding_work_maximum_length=4 * max_bytes):
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError(path, "unsupported", f"{path} is a password-protected PDF; save an unprotected "
                                                      "copy.")
            pages: list[str] = []
            size = 0
            for page in reader.pages:
                page_text = page.extract_text() or ""
                size += len(page_text) + 1
                if size > limit:  # stop as the text grows
                    raise text_too_large(path, max_bytes, f"passes {limit:,} characters by page {len(pages) + 1}")
                pages.append(page_text)
            meta = reader.metadata
            title = meta.title if meta else None
            created = meta.creation_date if meta else None
    except InputError:
        raise
    except LimitReachedError as exc:
        raise InputError(path, "too_large", f"{path} holds a compressed part that expands past the limit of "
                                            f"{limit_words(max_bytes)} ({exc}); it is not a text report (or is a "
                                            "decompression bomb). Split it or raise --max-mb.") from None
    except Exception as exc:  # pypdf raises anything from PdfReadError to RecursionError on damaged files
        raise InputError(path, "unsupported", f"{path} could not be read as a PDF ({exc}); it may be damaged. "
                                              "Open it and print it to a new PDF.") from None
    if not any(p.strip() for p in pages):
        raise InputError(path, "scanned_pdf", f"{path} has {len(reader.pages)} page(s) but no text layer, so it "
                                              "looks scanned; run OCR on it (e.g. ocrmypdf -l vie) and try again.")
    return "\n".join(pages), title or None, iso_date(created)


def iso_date(value: object) -> str | None:
    """ISO date from a datetime/date or a string starting "YYYY", "YYYY-MM" or "YYYY-MM-DD"."""
    if isinstance(value, (datetime, date)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, str):
        m = re.match(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip())
        return m.group(0) if m else None
    return None
