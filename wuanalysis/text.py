"""Text normalisation and sentences with character spans.

Every offset the package reports refers to the text returned by :func:`normalize_text`: NFC, "Ð" (U+00D0,
Icelandic eth, common in Vietnamese web pages) read as "Đ", and exotic spaces turned into plain ones. The
matching copy from :func:`match_form` has the same length and only moves old-style tone marks ("hoà",
"thuỷ") onto the new-style vowel ("hòa", "thủy") and the i-spellings of a few syllables onto their y ("tỉ lệ",
"quĩ", "kĩ năng"), so a pattern written once matches every spelling and its offsets stay valid in the normalised
text. A page written without diacritics gets the words the rules read beside its numbers and in its headings toned
(:func:`wuanalysis.toneless.toned_key_words`, same length), for the document rules and the figure reader alike.
"""
from __future__ import annotations

import bisect
import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

def finditer_at(pattern: re.Pattern, text: str, chars: str, endpos: int | None = None):
    """What ``pattern.finditer(text)`` (``pattern.finditer(text, 0, endpos)``) finds, for a pattern whose every match
    is not empty and opens on one of ``chars`` (a character class the regex engine would test at every character):
    the places of those characters found by a literal search each (many times faster over a report), the pattern
    tried at each, left to right, never inside the previous match (tests/test_text_fast.py)."""
    stop = len(text) if endpos is None else endpos
    starts = []
    for char in chars:
        i = text.find(char, 0, stop)
        while i != -1:
            starts.append(i)
            i = text.find(char, i + 1, stop)
    starts.sort()
    end = 0
    for i in starts:
        if i >= end and (m := pattern.match(text, i, stop)) is not None:
            yield m
            end = m.end()


_SPACES: dict[int, str | None] = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000"), " ")
_SPACES.update({0x00D0: "Đ", 0x00F0: "đ", 0xFEFF: None, 0x200B: " "})

# Old-style ("hoà", "hoá", "thuỷ", "khoẻ") puts the tone on the second vowel of oa/oe/uy when no consonant
# follows; the new style (and most of the press) writes "hòa", "hóa", "thủy", "khỏe".
# "qu" is a consonant: "quý", "quỹ" already carry the tone on their only vowel.
# the look-behind after the vowel, so that the search skips to an "o"/"u" (4x faster); same matches
_OLD_STYLE = re.compile(r"([oOuU])(?<![qQ][oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])")


# Syllables the genre spells with a final i or y alike ("tỉ lệ"/"tỷ lệ", "1,3 tỉ đồng", "quí I", "Quĩ hỗ trợ",
# "quản lí", "kĩ năng", "kỉ niệm", "nhiệm kì", "thẩm mĩ"; the dictionary prefers the i, much of the press the y).
# The rules are written with the y: y_spelling moves these i's onto a y, one character for one, so offsets hold.
_Y_OF = dict(zip("ìíĩỉÌÍĨỈ", "ỳýỹỷỲÝỸỶ"))
# The i-vowel that ends a syllable, after one of the onsets (looked behind for, in the pattern, not in a Python loop
# over every ì í ĩ ỉ: "chỉ", "thì", "chí"); tests/test_text_fast.py keeps the loop it replaced. The Kelvin sign
# lower()s to "k". The search skips to an i-vowel, as the vowel comes first.
_I_VOWELS = "ìíĩỉÌÍĨỈ"  # what _I_SYLLABLE opens on
_LONG = 512  # characters from which a literal search for the few characters a pattern opens on is the faster way
_I_SYLLABLE = re.compile(r"[ìíĩỉÌÍĨỈ](?:(?<=[tT][ỉỈ])|(?<=[lL][íÍ])|(?<=[kK\u212a][ìĩỉÌĨỈ])|(?<=[mM][ĩĨ])"
                         r"|(?<=[qQ][uU][íĩÍĨ]))(?![^\W\d_])")


def y_spelling(text: str) -> str:
    """The text with 'tỉ', 'lí', 'kì'/'kĩ'/'kỉ', 'mĩ', 'quí'/'quĩ' (whole syllables) spelled 'tỷ', 'lý', 'kỳ'/'kỹ'/'kỷ',
    'mỹ', 'quý'/'quỹ'; same length. "chỉ", "thì", "tí", "quì" are other words or spelled one way and stay."""
    hits = []
    found = finditer_at(_I_SYLLABLE, text, _I_VOWELS) if len(text) >= _LONG else _I_SYLLABLE.finditer(text)
    for m in found:
        i = m.start()
        a = i - 2 if text[i - 1] in "uU" else i - 1  # the onset's start: "qu" or one letter
        if a == 0 or not (text[a - 1].isalpha() or text[a - 1].isdigit() or text[a - 1] == "_"):
            hits.append(i)
    if not hits:
        return text
    # the pieces between the vowels changed, each vowel's y after its piece (not a list of every character)
    pieces = [text[a + 1:b] + _Y_OF[text[b]] for a, b in zip([-1, *hits], hits)]
    pieces.append(text[hits[-1] + 1:])
    return "".join(pieces)


# Any character _SPACES changes: most texts hold none, and a search costs a fifteenth of translating every character
_ODD = re.compile("[" + "".join(map(chr, _SPACES)) + "]")


def normalize_text(text: str) -> str:
    """NFC, "Ð"→"Đ", odd spaces→" ", zero-width and BOM characters dropped or blanked, CRLF→LF."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_SPACES) if _ODD.search(text) else text


def _move_tone(m: re.Match) -> str:
    first, second = m.group(1), m.group(2)
    pair = (first + second).lower()
    if pair[0] == "u" and unicodedata.normalize("NFD", second)[0].lower() != "y":
        return m.group(0)  # "uà", "uá" are their own syllables (e.g. "quá", "thuá"), not old-style
    if pair[0] == "o" and unicodedata.normalize("NFD", second)[0].lower() not in "ae":
        return m.group(0)
    base = unicodedata.normalize("NFD", second)
    bare, tone = base[0], base[1:]
    moved = unicodedata.normalize("NFC", first + tone) + bare
    return moved


# The last whole text put in match form, and its form: a report's text is read in match form by the province finder
# and by the figure reader in turn (a tuple, rebound at once, so a thread never sees one text with another's form)
_LAST_FORM: tuple[str, str] = ("", "")
_WHOLE_TEXT = 4096  # characters from which a text is worth remembering


def match_form(text: str) -> str:
    """The normalised text with old-style tone placement moved to the new style ("hoà" → "hòa") and the i-spellings
    of :func:`y_spelling` on their y ("tỉ lệ" → "tỷ lệ", "quĩ" → "quỹ"); same length as the input, so a pattern or a
    word list written once reads every spelling."""
    global _LAST_FORM
    if len(text) < _SHORT:
        return _short_form(text)
    whole = len(text) >= _WHOLE_TEXT
    if whole and (last := _LAST_FORM)[0] == text:
        return last[1]
    out = _form(text)
    if whole:
        _LAST_FORM = (text, out)
    return out


def _form(text: str) -> str:
    out = y_spelling(_OLD_STYLE.sub(_move_tone, text))
    if len(out) != len(text):  # pragma: no cover - the substitution is length-preserving by construction
        raise AssertionError("match_form changed the text length")
    return out


# A short text (the words before a place's name, a line of the page, a headline) is put in match form again and again,
# in a report and from report to report ("Hội LHPN tỉnh ", "Thứ ba, ngày 15/12/2020"): kept, as the long ones are not
_SHORT = 256
_short_form = lru_cache(maxsize=8192)(_form)


# A line broken inside a sentence (text copied from a PDF or a narrow column): the line ends on a letter or a comma
# and the next one goes on in lower case ("… kết nạp 560 hội viên\nmới, đạt 112% kế hoạch"), or a line of prose ends on
# a number whose unit opens the next line ("… đạt 4,2\ntỷ đồng"): the readers after a number never cross a line.
def join_wrapped_lines(text: str) -> str:
    """The text with each line break inside a sentence read as a space (the next line starts in lower case after a
    letter or a comma, or after a number ending a line of prose); same length, so offsets hold. A paragraph, a list
    item, a heading or a row of figures starts otherwise and keeps its break."""
    joined = []
    i = text.find("\n", 1)
    while i != -1 and i + 1 < len(text):
        before, after = text[i - 1], text[i + 1]
        if ((after.islower() and after.isalpha() and (before == "," or before.isalpha())) or (
                before.isdigit() and (after == "%" or (after.islower() and after.isalpha()))
                and _prose_line(text, i))) and text[i + 2:i + 3] != ")":
            joined.append(i)  # (not a lettered item: "…NHIỆM KỲ 2025 - 2030\na) Hằng năm …", iv25 P5)
        i = text.find("\n", i + 1)
    if not joined:
        return text
    # the pieces between the breaks joined, put together with a space each (not a list of every character: 20x faster)
    return " ".join(text[a + 1:b] for a, b in zip([-1, *joined], [*joined, len(text)]))


_FIRST_WORD = re.compile(r"%|[^\W\d_]+(?=[\s,;:.!?)]|$)(?!\.[^\W\d_])")


def _prose_line(text: str, i: int) -> bool:
    """A number ending a line of prose whose sentence goes on below with its unit ("… đạt 4,2\\ntỷ đồng", "… 560\\nhội
    viên mới"): no table's row (a tab or a bar on the line: the next row's "Tỷ lệ …" is no unit of the last cell), and
    the next line opens on a word, not a web address ("06:30\\nbaothanhhoa.vn - …")."""
    line = text[text.rfind("\n", 0, i) + 1:i]
    return "\t" not in line and "|" not in line and _FIRST_WORD.match(text, i + 1) is not None


class _FoldedChars(dict):
    """What each character becomes in :func:`fold` (its decomposition without the combining marks, "đ"→"d"),
    worked out the first time the character is met: NFD decomposes character by character and only reorders the
    marks it then drops, so folding a text is translating it (tests/test_extract_fast.py)."""

    def __missing__(self, code: int) -> str:
        kept = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
        self[code] = folded = kept.replace("đ", "d")
        return folded


_FOLDED = _FoldedChars()


def fold(text: str) -> str:
    """Lower case, no diacritics, "đ"→"d", spaces collapsed: the key for comparing names ("Thừa Thiên Huế",
    "thua thien hue")."""
    return " ".join(normalize_text(text).lower().translate(_FOLDED).split())  # (split: the spaces of ``\s``)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


# A sentence ends at . ! ? … or ; only when followed by space + capital/quote/digit, or at a line break.
# "4.094" (no space) and abbreviations such as "TP. HCM", "TS. Nguyễn" do not end a sentence.
_ABBREV = re.compile(r"(?:\b(?:TP|Tp|tp|TS|ThS|PGS|GS|BS|Th\.S|St|Q|P|TT|Mr|Mrs|Ms|Dr|v\.v)|\.\.)$")
# The boundary is the last group that matched (a line break: one before it); the punctuation or the line break before
# it is matched first, one class, so that the search skips to candidate characters (2.5x faster over a whole text than
# three alternatives; same boundaries, tests/test_text_fast.py).
_BOUNDARY_OPENERS = ".!?…\n"  # what _BOUNDARY opens on
_BOUNDARY = re.compile(r"[.!?…\n](?:(?<=[.!?…])([\"”’)]*\s+(?=[\"“‘(]?[A-ZÀ-ỸĐ0-9]))|(?<=\.):(\s+)|(?<=\n)(\n*))")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their character spans; blank stretches are left out."""
    out: list[Sentence] = []
    pos = 0
    for m in finditer_at(_BOUNDARY, text, _BOUNDARY_OPENERS) if len(text) >= _LONG else _BOUNDARY.finditer(text):
        start = m.start(3) - 1 if m.lastindex == 3 else m.start(m.lastindex or 0)
        if text[start] != "\n" and _ABBREV.search(text[max(0, start - 6): start - 1]):
            continue
        _append(out, text, pos, start)
        pos = m.end()
    _append(out, text, pos, len(text))
    return out


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()  # the characters str.isspace() calls spaces, as a loop over them would
    if stripped:
        start += len(chunk) - len(chunk.lstrip())
        out.append(Sentence(start, start + len(stripped), stripped))


class SentenceIndex:
    """Find the sentence holding a character offset in O(log n)."""

    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, tuple[str, ...]]:
    lists: dict[str, list[str]] = {}
    with resources.files("wuanalysis").joinpath("data/vocabulary.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            lists.setdefault(row["list"], []).append(match_form(normalize_text(row["phrase"])).strip())
    return {name: tuple(words) for name, words in lists.items()}


def load_words(name: str) -> tuple[str, ...]:
    """One word list of ``data/vocabulary.csv`` (columns ``list``, ``phrase``) in match form, in file order:
    ``load_words("unit")`` → ("buổi", "bài", …). Read once, on first use."""
    try:
        return _vocabulary()[name]
    except KeyError:
        raise ValueError(f"no word list {name!r} in wuanalysis/data/vocabulary.csv") from None


def alternation(words) -> str:
    """A regex alternation of literal phrases, longest first (multi-word classifiers before their first word)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# The letters re.IGNORECASE pairs with another that str.lower() does not lower to it: "ı" with "i", "ſ" with "s", and
# "İ" (lower-cased to "i" and a combining dot, U+0307)
_CASE_ODD = ("ı", "\u0307", "ſ")


def pieces_gate(*pieces: str) -> tuple[str, ...]:
    """Literal ``pieces`` (lower case) for :func:`may_match`, longest first."""
    if any(p != p.lower() or not p for p in pieces):
        raise ValueError(f"gate pieces must be lower case and not empty: {pieces!r}")
    return tuple(sorted(set(pieces), key=len, reverse=True)) + _CASE_ODD


def may_match(gate: tuple[str, ...], text: str) -> bool:
    """Whether a case-blind pattern may match ``text``: ``gate`` (:func:`pieces_gate`) holds a piece of every way the
    pattern matches, each looked for in ``text.lower()`` by a literal search (several times cheaper than a case-blind
    regex search, whose alternatives of non-ASCII words the regex engine cannot skip to). A text that holds a letter
    case-blind matching pairs otherwise ("ı", "İ", "ſ") always may."""
    low = text.lower()
    for piece in gate:
        if piece in low:
            return True
    return False
