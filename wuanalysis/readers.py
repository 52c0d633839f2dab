"""Read the files analysts actually have: plain text in any common Vietnamese encoding, saved web pages, Word
documents and PDFs, and refuse hostile input with a reason a person can act on.

Every reader returns a :class:`RawDocument` whose ``text`` has been through
:func:`wuanalysis.text.normalize_text`, or raises :class:`wuanalysis.errors.InputError` with a stable
``reason`` and a plain sentence in ``detail``. Bytes of text and HTML files are decoded by BOM, then strict
UTF-8, then Windows-1258 if the result reads as Vietnamese, then the TCVN3/VNI legacy fonts, and only then
charset-normalizer; the encoding found is recorded.

Work per file is bounded by ``max_bytes`` (``--max-mb``), and what passes it is refused as ``too_large`` with
the numbers: the file itself (checked with ``stat`` before reading, and by a bounded read); the parts of a Word
file and the streams of a PDF (see :mod:`wuanalysis.office`); and the text handed on to the extractor, at
:func:`text_limit` characters (a sixteenth of the cap).

Format is sniffed from the first bytes before the suffix is trusted, because downloaded reports are often
misnamed (a PDF saved as ``.txt``, an old ``.doc`` renamed ``.docx``). This module walks folders, reads bytes,
sniffs and decodes them; web pages are read by :mod:`wuanalysis.webpages`, Word and PDF files by
:mod:`wuanalysis.office`, and legacy fonts are recognised and converted by :mod:`wuanalysis.legacy_fonts`.
"""
from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .legacy_fonts import FONT_NAMES, decode_legacy, fix_legacy_font, legacy_font_suspected, looks_vietnamese
from .office import DEFAULT_MAX_BYTES, read_docx, read_pdf, text_limit, text_too_large
from .text import normalize_text
from .webpages import looks_like_html, read_page, tidy_html

__all__ = ["DEFAULT_MAX_BYTES", "MANIFEST_NAME", "REPORT_SUFFIXES", "RawDocument", "iter_report_paths",
           "looks_vietnamese", "read_document", "text_limit", "tidy_html"]

REPORT_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".docx", ".pdf"})
# The tool's own tables: a folder holding two of these (any suffix) is an output folder, not reports.
_OUTPUT_STEMS = frozenset({"documents", "facts", "issues", "measurements", "scorecards"})
# Written at the top of every build output folder (wuanalysis.build); a folder holding it is ours, never reports.
MANIFEST_NAME = "wuanalysis-manifest.json"

_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Office file (.doc/.xls)", b"Rar!": "a RAR archive", b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive", b"MZ": "a Windows program",
}


@dataclass
class RawDocument:
    """One file's text before any extraction."""

    path: Path
    text: str  # decoded, legacy fonts converted, then normalize_text (NFC, "Ð"->"Đ", LF line ends)
    encoding: str  # 'utf-8', 'utf-8-sig', 'utf-16'(-le/-be), 'cp1258', 'tcvn3', 'vni', 'docx', 'pdf', or a guess
    format: str  # 'text' | 'html' | 'docx' | 'pdf'
    title: str | None = None  # page or document metadata (og:title/<title>, docx/PDF title)
    published: str | None = None  # ISO date (YYYY-MM-DD, YYYY-MM or YYYY) from metadata, never from the body
    warnings: list[str] = field(default_factory=list)  # what was repaired on the way, in plain words


def iter_report_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path | InputError]:
    """Files given, and every file under folders given (recursive, sorted by name), each accounted for.

    From folders, files with a suffix in ``REPORT_SUFFIXES`` are yielded as paths; every other file is yielded
    as an ``unsupported`` :class:`InputError` whose detail says what it is and how to make a report of it
    (``.doc``: save as .docx; a picture: OCR). Skipped without a row, because they are never reports and a row
    each would bury the real problems: hidden entries (name starting with ".", such as ``.git``, ``.DS_Store``,
    macOS ``._`` copies), Windows' ``Thumbs.db``/``desktop.ini``, Office lock files (``~$bao-cao.docx``) and a
    reviewer's ``corrections.csv`` kept with the reports (applied with ``build --corrections``, never a report).

    The tool's own output is never read. An output folder is not entered and is yielded once as an
    ``own_output`` error naming how many files it holds (also as the error's ``n_files``): a folder holding
    ``wuanalysis-manifest.json``, or, from older builds, ``outputs`` holding ``documents.parquet`` or
    ``facts.parquet``, or any folder holding two or more of ``documents.*``, ``facts.*``, ``issues.*``,
    ``measurements.*``, ``scorecards.*``. A loose notebook that wuanalysis executed (a briefing's ``.ipynb``)
    is an ``own_output`` error too; our HTML pages are recognised by :func:`read_document`.

    Symlinked folders are not followed (no loops). A file named explicitly is yielded whatever its suffix or
    name. A path that does not exist, a dangling symlink or an unlistable folder is yielded as an
    :class:`InputError` so the caller can record it and go on. Each file is yielded once.
    """
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found: Iterable[Path | InputError] = _walk(path)
        elif path.exists():
            found = [path]
        else:
            found = [_missing(path)]
        for item in found:
            if isinstance(item, Path):
                key = item.resolve()
                if key in seen:
                    continue
                seen.add(key)
            yield item


def _walk(folder: Path) -> Iterator[Path | InputError]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield InputError(folder, "unreadable", f"The folder {folder} could not be listed ({exc.strerror}); "
                                               "check its permissions.")
        return
    names = {e.name for e in entries}
    why = _output_folder_marker(folder, names)
    if why:
        count = sum(len(files) for _, _, files in os.walk(folder))
        error = InputError(folder, "own_output", f"{folder} is an output folder of wuanalysis ({why}); its {count} "
                                                 f"file{'s' * (count != 1)} were not read as reports. Keep build "
                                                 "outputs outside the reports folder.")
        error.n_files = count  # one row stands for the whole folder; summaries can count its files
        yield error
        return
    for entry in entries:
        if _is_clutter(entry.name):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.is_symlink() and path.is_dir():
            yield InputError(path, "unsupported", f"{path} is a link to the folder {os.path.realpath(path)}; links "
                                                  "to folders are not followed (they can loop), so pass that "
                                                  "folder itself to read it.")
        elif path.suffix.lower() in REPORT_SUFFIXES:
            yield path if path.exists() else _missing(path)
        elif not path.exists():
            yield _missing(path)
        elif path.suffix.lower() == ".ipynb" and _is_our_notebook(path):
            yield InputError(path, "own_output", f"{path} is a notebook executed by wuanalysis (a briefing's audit "
                                                 "copy), not a report; it was not read. Keep build outputs outside "
                                                 "the reports folder.")
        else:
            yield InputError(path, "unsupported", _unsupported_detail(path))


def _is_our_notebook(path: Path) -> bool:
    # An executed briefing opens with the notebook's own description, which names the package.
    try:
        with open(path, "rb") as handle:
            return b"wuanalysis" in handle.read(65536)
    except OSError:
        return False


def _is_clutter(name: str) -> bool:
    return name.startswith((".", "~$")) or name.lower() in ("thumbs.db", "desktop.ini", "corrections.csv")


def _output_folder_marker(folder: Path, names: set[str]) -> str | None:
    if MANIFEST_NAME in names:
        return f"it holds {MANIFEST_NAME}"
    if folder.name == "outputs" and names & {"documents.parquet", "facts.parquet"}:
        return "it holds documents.parquet or facts.parquet, tables the tool writes"
    stems = sorted({n.split(".", 1)[0] for n in names if "." in n} & _OUTPUT_STEMS)
    if len(stems) >= 2:
        return f"it holds the tables {', '.join(stems)}, which the tool writes"
    return None


# What a file that is not a report is, and how to make one of it, by suffix. Files named explicitly that turn out
# to be one of these by content (an .odt zip, an RTF) get the same advice from _sniff.
_WORD_FIX = "open it in Word or LibreOffice and save it as .docx"
_SPREADSHEET = ("a spreadsheet", ("wuanalysis reads the text of reports, not tables: if it holds a report, save "
                                  "the report's text as .docx or .txt (your own targets go in --targets FILE)"))
_PICTURE = ("a picture, not text", "run OCR on it (e.g. tesseract -l vie) and save the text as .txt")
_ARCHIVE = ("an archive", "unpack it into the reports folder and run again")
_UNSUPPORTED = {
    ".doc": ("an old Word .doc file", _WORD_FIX), ".dot": ("an old Word template", _WORD_FIX),
    ".docm": ("a Word file with macros", _WORD_FIX), ".dotx": ("a Word template", _WORD_FIX),
    ".odt": ("an OpenDocument text (.odt)", _WORD_FIX), ".rtf": ("a Rich Text (.rtf) file", _WORD_FIX),
    ".wpd": ("a WordPerfect file", _WORD_FIX), ".pages": ("an Apple Pages file", "export it as .docx"),
    **dict.fromkeys((".xls", ".xlsx", ".xlsm", ".xlsb", ".ods", ".csv", ".tsv"), _SPREADSHEET),
    **dict.fromkeys((".ppt", ".pptx", ".pps", ".ppsx", ".odp"),
                    ("a slide presentation", "export it as PDF (File > Save As > PDF) and put the PDF here")),
    **dict.fromkeys((".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".heif"),
                    _PICTURE),
    **dict.fromkeys((".zip", ".rar", ".7z", ".gz", ".tgz", ".tar", ".bz2", ".xz"), _ARCHIVE),
    ".mht": ("a saved web archive", "open it in a browser and save it as 'Web page, HTML only' (.html)"),
    ".mhtml": ("a saved web archive", "open it in a browser and save it as 'Web page, HTML only' (.html)"),
    ".eml": ("an e-mail", "save the attached report, or the message text as .txt"),
    ".msg": ("an Outlook e-mail", "save the attached report, or the message text as .txt"),
    ".ipynb": ("a Jupyter notebook", "it is not a report; keep it outside the reports folder"),
}


def _unsupported_detail(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _UNSUPPORTED:
        what, fix = _UNSUPPORTED[suffix]
        return f"{path} is {what}, which wuanalysis does not read; {fix}."
    readable = ", ".join(sorted(REPORT_SUFFIXES))
    if not suffix:
        return (f"{path} has no file extension, so it was not read; if it is a report, rename it to end in .txt "
                f"(or {readable}).")
    return (f"{path} is a {suffix} file, which wuanalysis does not read (it reads {readable}); save the report in "
            "one of those formats.")


def _missing(path: Path) -> InputError:
    if path.is_symlink():
        return InputError(path, "missing", f"{path} is a symbolic link to {os.readlink(path)}, which does not "
                                           "exist; fix or remove the link.")
    return InputError(path, "missing", f"{path} does not exist; check the spelling and the folder.")


def read_document(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Read one report file into a :class:`RawDocument`, or raise :class:`InputError` saying why not.

    Reasons: ``missing``, ``unreadable``, ``empty``, ``binary``, ``encoding``, ``too_large``, ``scanned_pdf``,
    ``legacy_font``, ``unsupported``, ``own_output`` (a page the tool wrote).
    """
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    kind = _sniff(path, data)
    if kind in ("pdf", "docx"):
        read = read_pdf if kind == "pdf" else read_docx
        text, title, published = read(path, data, max_bytes)
        doc = RawDocument(path, text, kind, kind, title, published)
    else:
        text, encoding, warnings = _decode(path, data)
        if kind == "html" or (kind == "text" and looks_like_html(text)):
            text, title, published = read_page(path, text, warnings)
            doc = RawDocument(path, text, encoding, "html", title, published, warnings)
        else:
            doc = RawDocument(path, text, encoding, "text", warnings=warnings)
    doc = _finish(doc)
    if len(doc.text) > text_limit(max_bytes):
        raise text_too_large(path, max_bytes, f"is {len(doc.text):,} characters long")
    return doc


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise _missing(path) from None
    except OSError as exc:
        raise InputError(path, "unreadable", f"{path} could not be examined ({exc.strerror}).") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "unsupported", f"{path} is a folder, not a file; pass folders to "
                                              "iter_report_paths to read the reports inside.")
    if not stat.S_ISREG(info.st_mode):
        # A FIFO or device would block or never end; stat reports size 0 for them, so the cap can't help.
        raise InputError(path, "unsupported", f"{path} is not a regular file (a pipe, socket or device).")
    if info.st_size > max_bytes:
        raise InputError(path, "too_large", f"{path} is {info.st_size:,} bytes, over the limit of {max_bytes:,}; "
                                            "split it or raise max_bytes.")
    if info.st_size == 0:
        raise InputError(path, "empty", f"{path} is empty (0 bytes); check that the download or export finished.")
    try:
        with open(path, "rb") as handle:
            # One byte past the size stat gave: bounded, and a file still being written shows itself.
            data = handle.read(info.st_size + 1)
    except OSError as exc:
        raise InputError(path, "unreadable", f"{path} could not be read ({exc.strerror}); check its "
                                             "permissions or whether another program has it locked.") from None
    if len(data) > info.st_size:
        raise InputError(path, "unreadable", f"{path} grew while being read; wait until the copy or download has "
                                             "finished and run again.")
    return data


def _sniff(path: Path, data: bytes) -> str:
    head = data[:8]
    suffix = path.suffix.lower()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(path, data)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf":
        raise InputError(path, "unsupported", f"{path} is a Rich Text (.rtf) file, which wuanalysis does not read; "
                                              f"{_WORD_FIX}.")
    for magic, what in _BINARY_MAGIC.items():
        if head.startswith(magic):
            if "image" in what:
                raise InputError(path, "binary", f"{path} is {what}: {_PICTURE[0]}; {_PICTURE[1]}.")
            if "Office" in what:
                what, fix = _UNSUPPORTED.get(suffix) or ("an old Office file (.doc or .xls)", _WORD_FIX)
                raise InputError(path, "unsupported", f"{path} is {what}, which wuanalysis does not read; {fix}.")
            raise InputError(path, "binary", f"{path} is {what}, not a text report; export the report as .txt, "
                                             ".docx or .pdf.")
    if suffix == ".pdf":
        raise InputError(path, "unsupported", f"{path} is named .pdf but does not start like a PDF; it may be "
                                              "damaged or an HTML error page saved under that name.")
    if suffix == ".docx":
        raise InputError(path, "unsupported", f"{path} is named .docx but is not a Word .docx file; open it in "
                                              "Word and save it again as .docx.")
    return "html" if suffix in (".html", ".htm") else "text"


def _sniff_zip(path: Path, data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            mimetype = ""
            if "mimetype" in names:  # OpenDocument names its kind here; read 100 bytes, never a bomb's worth
                with archive.open("mimetype") as member:
                    mimetype = member.read(100).decode("ascii", "replace")
    except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError, ValueError, EOFError):
        raise InputError(path, "unsupported", f"{path} starts like a ZIP archive (as .docx files do) but is damaged; "
                                              "open it in Word and save it again as .docx.") from None
    if "word/document.xml" in names:
        return "docx"
    if any(n.startswith("xl/") for n in names) or mimetype.endswith("spreadsheet"):
        what, fix = _SPREADSHEET
    elif any(n.startswith("ppt/") for n in names) or mimetype.endswith("presentation"):
        what, fix = _UNSUPPORTED[".pptx"]
    elif mimetype.startswith("application/vnd.oasis.opendocument.text"):
        what, fix = _UNSUPPORTED[".odt"]
    else:
        what, fix = "a ZIP archive, not a Word .docx file", _ARCHIVE[1] + ", or save the report as .docx"
    raise InputError(path, "unsupported", f"{path} is {what}, which wuanalysis does not read; {fix}.")


# ---------------------------------------------------------------------------------------------------- decoding

def _decode(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    """Bytes of a text or HTML file -> (text, encoding, warnings); the text is not yet normalised."""
    for bom, codec, name in ((b"\xef\xbb\xbf", "utf-8-sig", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32", "utf-32"),
                             (b"\x00\x00\xfe\xff", "utf-32", "utf-32"), (b"\xff\xfe", "utf-16", "utf-16"),
                             (b"\xfe\xff", "utf-16", "utf-16")):
        if data.startswith(bom):
            try:
                return _check_text(path, data.decode(codec)), name, []
            except UnicodeDecodeError:
                raise InputError(path, "encoding", f"{path} starts with a {name.upper()} byte-order mark but the "
                                                   f"rest is not valid {name.upper()}; it may be truncated.") from None
    if b"\x00" in data:
        return _decode_utf16_without_bom(path, data)
    try:
        return _check_text(path, data.decode("utf-8")), "utf-8", []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1258")
        if looks_vietnamese(text):
            return _check_text(path, text), "cp1258", ["decoded as Windows-1258 (Vietnamese code page)"]
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    if bad <= max(1, len(data) // 1000) and looks_vietnamese(lenient):
        # A file pasted together from two sources: keep the UTF-8 text, don't refuse it for a stray byte.
        return _check_text(path, lenient), "utf-8", [f"{bad} byte(s) were not valid UTF-8 and became '\ufffd'"]
    try:
        legacy = data.decode("cp1252")
    except UnicodeDecodeError:
        legacy = data.decode("latin-1")
    if legacy_font_suspected(legacy):
        return _check_text(path, legacy), "cp1252", []  # _finish converts it and names the font
    import charset_normalizer  # last resort only: slow, and it guesses confidently on garbage

    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.chaos < 0.1:
        text = str(best)
        # Trust the guess only where it can't do much harm: it reads as Vietnamese, or it is nearly all ASCII
        # (an English note with a few accented names). Random bytes come out as fluent "Thai" otherwise.
        if looks_vietnamese(text) or sum(c.isascii() for c in text) >= 0.95 * len(text):
            return _check_text(path, text), best.encoding, [f"encoding guessed as {best.encoding}"]
    raise InputError(path, "encoding", f"{path} is not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI text; open it "
                                       "in an editor and save it as UTF-8.")


def _decode_utf16_without_bom(path: Path, data: bytes) -> tuple[str, str, list[str]]:
    # Mostly-ASCII Vietnamese in UTF-16 has a NUL in every other byte; anything else with NULs is binary.
    if len(data) % 2 == 0:
        for codec, nul_side in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
            if nul_side.count(0) > len(nul_side) // 2:
                try:
                    text = data.decode(codec)
                except UnicodeDecodeError:
                    break
                if "\x00" not in text and looks_vietnamese(text):
                    return _check_text(path, text), codec, [f"decoded as {codec} without a byte-order mark"]
    raise InputError(path, "binary", f"{path} contains NUL bytes, so it is a binary file rather than text; "
                                     "export the report as .txt, .docx or .pdf.")


# Tab, newline, vertical tab (Word's manual line break), form feed (page break) and CR are normal in reports.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _check_text(path: Path, text: str) -> str:
    controls = len(_CONTROL.findall(text))
    if controls > max(2, len(text) // 200):
        raise InputError(path, "binary", f"{path} is full of control characters ({controls}), so it is not text; "
                                         "export the report as .txt, .docx or .pdf.")
    return text


# ---------------------------------------------------------------------------------------------------- finishing

def _finish(doc: RawDocument) -> RawDocument:
    # Before normalize_text, which reads TCVN3 "Ð" (é) as "Đ".
    text, font, lines = fix_legacy_font(doc.path, doc.text)
    if font and not lines:
        doc.encoding = font
        doc.warnings.append(f"converted from {FONT_NAMES[font]} legacy font encoding")
    elif font:
        doc.warnings.append(f"{lines} line(s) typed in the {FONT_NAMES[font]} legacy font were converted")
    doc.text = normalize_text(text).strip("\n")
    if doc.title:
        title = decode_legacy(doc.title, font) if font else doc.title  # metadata is typed in the same font
        doc.title = " ".join(normalize_text(title).split()) or None
    if not doc.text.strip():
        what = "only whitespace" if doc.format == "text" else f"no text once read as {doc.format.upper()}"
        raise InputError(doc.path, "empty", f"{doc.path} has {what}; check that it is the report and not a "
                                            "blank page or template.")
    return doc
