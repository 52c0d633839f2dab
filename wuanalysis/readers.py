"""Read the files analysts actually have: plain text in any common Vietnamese encoding, saved web pages, Word
documents and PDFs, and refuse hostile input with a reason a person can act on.

Every reader returns a :class:`RawDocument` whose ``text`` has been through
:func:`wuanalysis.text.normalize_text`, or raises :class:`wuanalysis.errors.InputError` with a stable
``reason`` and a plain sentence in ``detail``. Bytes of text and HTML files are decoded by BOM, then strict
UTF-8, then Windows-1258 if the result reads as Vietnamese, then the TCVN3/VNI legacy fonts, and only then
charset-normalizer; the encoding found is recorded.

Work per file is bounded by ``max_bytes`` (``--max-mb``), and what passes it is refused as ``too_large`` with
the numbers: the file itself (checked with ``stat`` before reading, and by a bounded read); each part of a Word
file as declared in the zip before anything is inflated (``document.xml`` of a "zip bomb"), and all its parts
together at ten times the cap; each PDF stream as it inflates; and the text handed on to the extractor, at
:func:`text_limit` characters (a sixteenth of the cap), checked as the text of a Word or PDF file grows.

Format is sniffed from the first bytes before the suffix is trusted, because downloaded reports are often
misnamed (a PDF saved as ``.txt``, an old ``.doc`` renamed ``.docx``).
"""
from __future__ import annotations

import html
import io
import os
import re
import stat
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from .errors import InputError
from .legacy_fonts import TCVN3_MARKERS, VNI_MARKERS, decode_legacy
from .text import normalize_text

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
REPORT_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".docx", ".pdf"})
# The tool's own tables: a folder holding two of these (any suffix) is an output folder, not reports.
_OUTPUT_STEMS = frozenset({"documents", "facts", "issues", "measurements", "scorecards"})
# Written at the top of every build output folder (wuanalysis.build); a folder holding it is ours, never reports.
MANIFEST_NAME = "wuanalysis-manifest.json"
_UNZIPPED_FACTOR = 10
_MB = 1024 * 1024
# The text of one report handed on to the extractor is capped at a sixteenth of max_bytes in characters (1.3
# million, some 500 pages, at the default 20 MB): figure-dense text costs the extractor ~8 s and ~100 MB per
# million characters (measured: a 55 KB .docx holding 5.2 million characters took 41 s and 548 MB), while the
# longest real reports hold a few hundred thousand.
_TEXT_FRACTION = 16

_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Office file (.doc/.xls)", b"Rar!": "a RAR archive", b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive", b"MZ": "a Windows program",
}

# Frequent syllables that carry diacritics. Mojibake (a wrong code page, or a legacy font read as Latin-1)
# practically never produces them, so their rate tells Vietnamese from garbage without a language model.
# Plain-ASCII syllables ("cho", "trong") and ones whose only mark is on i ("hình": VNI writes ì as Latin-1 ì)
# survive mojibake unchanged, so they are left out.
_COMMON_SYLLABLES = frozenset(
    "của và các có được là đã với những người năm này một để trên tại từ về hội phụ nữ tỉnh huyện xã viên "
    "công tác thực hiện hoạt động đình nhiều cấp đến chức lượt tổ hỗ trợ đồng triển phát đạt kết quả "
    "chương trào vận tuyên truyền mô cuộc nghèo vốn hộ tiếp tục việc đối sản xuất học số cơ sở giúp đỡ "
    "nông thôn mới thành phố bà ông nhân dân".split()
)
_WORD = re.compile(r"[^\W\d_]+")


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
    macOS ``._`` copies), Windows' ``Thumbs.db``/``desktop.ini`` and Office lock files (``~$bao-cao.docx``).

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
    return name.startswith((".", "~$")) or name.lower() in ("thumbs.db", "desktop.ini")


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
_SPREADSHEET = ("a spreadsheet", "wuanalysis reads the text of reports, not tables: if it holds a report, save "
                "the report's text as .docx or .txt (your own targets go in --targets FILE)")
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
    ``legacy_font``, ``unsupported``.
    """
    path = Path(path)
    data = _read_bytes(path, max_bytes)
    kind = _sniff(path, data)
    if kind == "pdf":
        doc = _read_pdf(path, data, max_bytes)
    elif kind == "docx":
        doc = _read_docx(path, data, max_bytes)
    else:
        text, encoding, warnings = _decode(path, data)
        if kind == "html" or (kind == "text" and _looks_like_html(text)):
            why = _own_page_marker(text)
            if why:
                raise InputError(path, "own_output", f"{path} is a page wuanalysis made ({why}), not a report; it "
                                                     "was not read. Keep build outputs outside the reports folder.")
            doc = _read_html(path, text, encoding, warnings)
        else:
            doc = RawDocument(path, text, encoding, "text", warnings=warnings)
    doc = _finish(doc)
    if len(doc.text) > text_limit(max_bytes):
        raise _text_too_large(path, max_bytes, f"is {len(doc.text):,} characters long")
    return doc


def text_limit(max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """The most characters of text one report may hand on to the extractor: a sixteenth of ``max_bytes``."""
    return max_bytes // _TEXT_FRACTION


def _limit_words(max_bytes: int) -> str:
    return f"{max_bytes / _MB:g} MB (--max-mb)"


def _text_too_large(path: Path, max_bytes: int, what: str) -> InputError:
    return InputError(path, "too_large", f"The text of {path} {what}; the limit is {text_limit(max_bytes):,} "
                                         f"characters, a sixteenth of {_limit_words(max_bytes)}. Split the report "
                                         "into parts or raise --max-mb.")


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
    if _legacy_font_suspected(legacy):
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


def looks_vietnamese(text: str) -> bool:
    """True when at least 5% of the words (and at least one) are frequent Vietnamese syllables."""
    words = _WORD.findall(unicodedata.normalize("NFC", text[:200_000]).lower())
    hits = sum(w in _COMMON_SYLLABLES for w in words)
    return hits >= 1 and hits >= 0.05 * len(words)


def _legacy_font_suspected(text: str) -> bool:
    sample = text[:200_000]
    letters = sum(c.isalpha() for c in sample)
    ascii_letters = sum(c.isascii() and c.isalpha() for c in sample)
    markers = max(sum(c in TCVN3_MARKERS for c in sample), sum(c in VNI_MARKERS for c in sample))
    # Legacy-font text is still mostly plain ASCII letters (only marked vowels change); random high bytes are not.
    return markers >= 3 and markers >= 0.03 * letters and ascii_letters >= 0.5 * letters


def _fix_legacy_font(path: Path, text: str) -> tuple[str, str | None, int]:
    """Text typed in TCVN3 or VNI back to Unicode: (text, font or None, lines converted; 0 means all of it).

    A whole document in a legacy font is converted or refused. A Unicode document with a few paragraphs pasted
    from an old ".VnTime" template (common in Word files) gets just those lines converted.
    """
    if not _MARKER.search(text):
        return text, None, 0
    if not looks_vietnamese(text) and _legacy_font_suspected(text):
        converted, font = _convert_legacy(text)
        if font is None:
            raise InputError(path, "legacy_font", f"{path} looks typed in an old Vietnamese font (TCVN3/ABC or "
                                                  "VNI), but converting it did not give readable Vietnamese; "
                                                  "convert it to Unicode with Unikey's converter and try again.")
        return converted, font, 0
    lines, fonts = text.split("\n"), set()
    for i, line in enumerate(lines):
        if len(_MARKER.findall(line)) >= 3 and not looks_vietnamese(line) and _legacy_font_suspected(line):
            converted, font = _convert_legacy(line)
            if font:
                lines[i] = converted
                fonts.add(font)
    if not fonts:
        return text, None, 0
    return "\n".join(lines), sorted(fonts)[0], sum(a != b for a, b in zip(lines, text.split("\n")))


def _convert_legacy(text: str) -> tuple[str, str | None]:
    for font in ("tcvn3", "vni"):
        converted = decode_legacy(text, font)
        if looks_vietnamese(converted) and not _legacy_font_suspected(converted):
            return converted, font
    return text, None


_MARKER = re.compile("[" + re.escape("".join(sorted(TCVN3_MARKERS | VNI_MARKERS))) + "]")
_FONT_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}


def _finish(doc: RawDocument) -> RawDocument:
    # Before normalize_text, which reads TCVN3 "Ð" (é) as "Đ".
    text, font, lines = _fix_legacy_font(doc.path, doc.text)
    if font and not lines:
        doc.encoding = font
        doc.warnings.append(f"converted from {_FONT_NAMES[font]} legacy font encoding")
    elif font:
        doc.warnings.append(f"{lines} line(s) typed in the {_FONT_NAMES[font]} legacy font were converted")
    doc.text = normalize_text(text).strip("\n")
    if doc.title:
        title = decode_legacy(doc.title, font) if font else doc.title  # metadata is typed in the same font
        doc.title = " ".join(normalize_text(title).split()) or None
    if not doc.text.strip():
        what = "only whitespace" if doc.format == "text" else f"no text once read as {doc.format.upper()}"
        raise InputError(doc.path, "empty", f"{doc.path} has {what}; check that it is the report and not a "
                                            "blank page or template.")
    return doc


# ---------------------------------------------------------------------------------------------------- formats

def _looks_like_html(text: str) -> bool:
    return bool(re.match(r"\s*(<!doctype html|<html)", text[:1000], re.IGNORECASE))


_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_GENERATOR = re.compile(r"""\bname\s*=\s*["']?generator\b""", re.IGNORECASE)
_OURS = re.compile(r"""\bcontent\s*=\s*["']?\s*wuanalysis\b""", re.IGNORECASE)
# Pages built before the generator tag: briefings and the overview are nbconvert exports (class "jp-Notebook")
# whose title block is present.py's <div class="wu-title">; the index page is briefing.render_index's table.
_OUR_NOTEBOOK_PAGE = re.compile(r"""class=["'][^"']*\bwu-title\b""")
_OUR_INDEX_PAGE = re.compile(r"""<table id="briefings">""")
_OUR_INDEX_TITLE = re.compile(r"<title>(Bản tin các tỉnh, thành — Hội LHPN|Province briefings — Women(?:'|&#39;|&#x27;)s "
                              r"Union)</title>")


def _own_page_marker(text: str) -> str | None:
    """Why an HTML page is one the tool wrote (a briefing, the overview or the index page), or None."""
    for tag in _META.findall(text):
        if _GENERATOR.search(tag) and _OURS.search(tag):
            return 'it carries <meta name="generator" content="wuanalysis">'
    if "jp-Notebook" in text and _OUR_NOTEBOOK_PAGE.search(text):
        return "a briefing or overview page exported from the wuanalysis notebooks"
    if _OUR_INDEX_PAGE.search(text) and _OUR_INDEX_TITLE.search(text):
        return "the index page of a wuanalysis build"
    return None


def _read_html(path: Path, text: str, encoding: str, warnings: list[str]) -> RawDocument:
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
        body, title, published = result.text, result.title, _iso_date(result.date)
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
    return RawDocument(path, "\n".join(lines), encoding, "html", title, published, warnings)


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

    def __init__(self):
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
        if not isinstance(tag, str) or tag in _DROPPED_TAGS or not _NAME.fullmatch(tag) or (tag in ("html", "head", "body") and tag in self.stack):
            return
        if tag == "br":
            self._line_break()
            return
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



# Whole lines that Vietnamese news CMSs (NukeViet and the like) print around every article: rating widgets,
# comment boxes, "read more" headings and visit counters such as "Hôm nay2,057" (the label glued to the number).
_BOILERPLATE_LINE = re.compile(
    r"[•·*-]?\s*(Tổng số điểm của bài viết là\b.*|Click để đánh giá bài viết|Ý kiến của bạn|Ý kiến bạn đọc|"
    r"Gửi ý kiến|Đọc thêm|Xem thêm|Tin liên quan|Tin cùng chuyên mục|Bài viết liên quan|Thống kê truy cập|"
    r"(?:(?:Đang truy cập|Hôm nay|Hôm qua|Tháng hiện tại|Tổng lượt truy cập|Lượt xem|Lượt truy cập)\s*:?\s*[\d.,]+\s*)+)"
    r"\s*:?$",
    re.IGNORECASE,
)


_FURNITURE_TAGS = ("script", "style", "nav", "footer", "header", "aside", "form", "noscript", "iframe", "template")


def _html_fallback_text(html: str) -> str:
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return ""
    for element in root.xpath("|".join(f"//{tag}" for tag in _FURNITURE_TAGS)):
        element.drop_tree()
    main = (root.xpath("//article") or root.xpath("//main") or root.xpath("//body") or [root])[0]
    for block in main.iter("p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in main.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _read_docx(path: Path, data: bytes, max_bytes: int) -> RawDocument:
    import docx
    from docx.table import Table

    # Declared sizes are checked before anything is inflated. They can be trusted as a bound: zipfile never
    # inflates a member past its declared size (it stops with a CRC error, which lands below as "damaged").
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
    for info in infos:
        if info.file_size > max_bytes and not info.filename.startswith("word/media/"):
            raise InputError(path, "too_large", f"{path}: {info.filename} expands to {info.file_size / _MB:.1f} MB; "
                                                f"the limit is {_limit_words(max_bytes)}. A Word file this big "
                                                "inside is not a report (or is a zip bomb); split it or raise "
                                                "--max-mb.")
    unzipped = sum(info.file_size for info in infos)
    if unzipped > _UNZIPPED_FACTOR * max_bytes:
        raise InputError(path, "too_large", f"{path} unzips to {unzipped / _MB:.1f} MB, over {_UNZIPPED_FACTOR} "
                                            f"times the limit of {_limit_words(max_bytes)}; it is mostly pictures "
                                            "or a zip bomb. Save the text alone as .docx or raise --max-mb.")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx surfaces lxml, KeyError and zip errors for damaged files
        raise InputError(path, "unsupported", f"{path} could not be opened as a Word document ({exc}); open it "
                                              "in Word and save it again as .docx.") from None
    lines, size, limit = [], 0, text_limit(max_bytes)
    for block in document.iter_inner_content():
        new = _table_lines(block) if isinstance(block, Table) else [block.text]
        lines.extend(new)
        size += sum(len(line) + 1 for line in new)
        if size > limit:  # stop as the text grows, not after holding all of it
            raise _text_too_large(path, max_bytes, f"passes {limit:,} characters")
    props = document.core_properties
    created = props.created
    if created is not None and created == _PYTHON_DOCX_TEMPLATE_DATE:
        created = None  # the stamp of python-docx's default template, not the report's date
    return RawDocument(path, "\n".join(lines), "docx", "docx", props.title or None, _iso_date(created))


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


def _read_pdf(path: Path, data: bytes, max_bytes: int) -> RawDocument:
    import pypdf

    from pypdf.errors import LimitReachedError

    limit = text_limit(max_bytes)
    # Each stream may inflate to max_bytes at most (pypdf's own default is 75 MB per stream).
    bounds = dict(zlib_maximum_output_length=max_bytes, lzw_maximum_output_length=max_bytes,
                  run_length_maximum_output_length=max_bytes, array_based_stream_maximum_output_length=max_bytes,
                  stream_decoding_work_maximum_length=4 * max_bytes)
    try:
        with pypdf.apply_configuration(**bounds):
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError(path, "unsupported", f"{path} is a password-protected PDF; save an unprotected "
                                                      "copy.")
            pages, size = [], 0
            for page in reader.pages:
                page_text = page.extract_text() or ""
                size += len(page_text) + 1
                if size > limit:  # stop as the text grows
                    raise _text_too_large(path, max_bytes, f"passes {limit:,} characters by page {len(pages) + 1}")
                pages.append(page_text)
            meta = reader.metadata
            title = meta.title if meta else None
            created = meta.creation_date if meta else None
    except InputError:
        raise
    except LimitReachedError as exc:
        raise InputError(path, "too_large", f"{path} holds a compressed part that expands past the limit of "
                                            f"{_limit_words(max_bytes)} ({exc}); it is not a text report (or is a "
                                            "decompression bomb). Split it or raise --max-mb.") from None
    except Exception as exc:  # pypdf raises anything from PdfReadError to RecursionError on damaged files
        raise InputError(path, "unsupported", f"{path} could not be read as a PDF ({exc}); it may be damaged. "
                                              "Open it and print it to a new PDF.") from None
    if not any(p.strip() for p in pages):
        raise InputError(path, "scanned_pdf", f"{path} has {len(reader.pages)} page(s) but no text layer, so it "
                                              "looks scanned; run OCR on it (e.g. ocrmypdf -l vie) and try again.")
    return RawDocument(path, "\n".join(pages), "pdf", "pdf", title or None, _iso_date(created))


def _iso_date(value: object) -> str | None:
    """ISO date from a datetime/date or a string starting "YYYY", "YYYY-MM" or "YYYY-MM-DD"."""
    if isinstance(value, (datetime, date)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, str):
        m = re.match(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip())
        return m.group(0) if m else None
    return None
