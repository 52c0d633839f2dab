"""Text typed with the pre-Unicode Vietnamese fonts TCVN3 (ABC, ".VnTime") and VNI ("VNI-Times").

Before Unicode, Vietnamese offices typed with fonts that drew Vietnamese letters in place of Latin-1 ones. The
file (or the Word document) stores the Latin-1 characters, so without the font "Hội Liên hiệp Phụ nữ" reads
as "Héi Liªn hiÖp Phô n÷" (TCVN3) or "Hoäi Lieân hieäp Phuï nöõ" (VNI). Provincial reports copied from old
templates still arrive like this.

TCVN3 is one character per letter: the table below covers the 134 lowercase letters with their tones and the
seven uppercase base letters (ĂÂĐÊÔƠƯ); an ABC document writes toned capitals with a separate capital-only font
(".VnTimeH") whose codes are the lowercase ones, so they come back lowercase. VNI writes a base letter
followed by one mark character (tone, or hat/breve/horn combined with a tone); ơ, ư, đ and a few i/y letters
are single characters.

:func:`looks_vietnamese` tells Vietnamese from mojibake by its frequent syllables; :func:`fix_legacy_font` uses it
to convert a whole document typed in a legacy font, or only the paragraphs pasted into a Unicode one.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from .errors import InputError

# Vietnamese vowels in the order "no tone, grave, hook, tilde, acute, dot below" for each base letter.
_TONES = "\u0300\u0309\u0303\u0301\u0323"  # grave, hook above, tilde, acute, dot below
_BASES = "aăâeêioôơuưy"

# TCVN3 (TCVN 5712:1993, VN3): for each base letter its code then its five toned codes (same order as _TONES).
_TCVN3_LOWER = {
    "a": "a\xb5\xb6\xb7\xb8\xb9",
    "ă": "\xa8\xbb\xbc\xbd\xbe\xc6",
    "â": "\xa9\xc7\xc8\xc9\xca\xcb",
    "e": "e\xcc\xce\xcf\xd0\xd1",
    "ê": "\xaa\xd2\xd3\xd4\xd5\xd6",
    "i": "i\xd7\xd8\xdc\xdd\xde",
    "o": "o\xdf\xe1\xe2\xe3\xe4",
    "ô": "\xab\xe5\xe6\xe7\xe8\xe9",
    "ơ": "\xac\xea\xeb\xec\xed\xee",
    "u": "u\xef\xf1\xf2\xf3\xf4",
    "ư": "\xad\xf5\xf6\xf7\xf8\xf9",
    "y": "y\xfa\xfb\xfc\xfd\xfe",
}
_TCVN3_OTHER = {"đ": "\xae", "Ă": "\xa1", "Â": "\xa2", "Ê": "\xa3", "Ô": "\xa4", "Ơ": "\xa5", "Ư": "\xa6", "Đ": "\xa7"}

# VNI: the mark that follows the base letter. Lowercase marks; capitals use the uppercase form of the mark.
_VNI_TONE = dict(zip(_TONES, "\xf8\xfb\xf5\xf9\xef"))          # ø û õ ù ï
_VNI_HAT_TONE = dict(zip(_TONES, "\xe0\xe5\xe3\xe1\xe4"))      # à å ã á ä  (â ê ô + tone)
_VNI_BREVE_TONE = dict(zip(_TONES, "\xe8\xfa\xfc\xe9\xeb"))    # è ú ü é ë  (ă + tone)
_VNI_SINGLE = {"ơ": "\xf4", "ư": "\xf6", "đ": "\xf1", "í": "\xed", "ì": "\xec", "ỉ": "\xe6", "ĩ": "\xf3",
               "ị": "\xf2", "ỵ": "\xee"}


def _compose(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


@cache
def tcvn3_table() -> dict[str, str]:
    """Unicode letter -> TCVN3 character (as it reads in Latin-1)."""
    table = dict(_TCVN3_OTHER)
    for base, codes in _TCVN3_LOWER.items():
        for tone, code in zip([""] + list(_TONES), codes):
            if code != base:
                table[_compose(base, tone)] = code
    return table


def _vni_lower(letter: str) -> str | None:
    if letter in _VNI_SINGLE:
        return _VNI_SINGLE[letter]
    parts = unicodedata.normalize("NFD", letter)
    tone = next((c for c in parts if c in _TONES), "")
    base = unicodedata.normalize("NFC", parts.replace(tone, "")) if tone else letter
    if base in ("a", "e", "o", "u", "y", "i"):
        return base + _VNI_TONE[tone] if tone else None
    if base in "âêô":
        bare = unicodedata.normalize("NFD", base)[0]
        return bare + (_VNI_HAT_TONE[tone] if tone else "\xe2")
    if base == "ă":
        return "a" + (_VNI_BREVE_TONE[tone] if tone else "\xea")
    if base in "ơư":
        return _VNI_SINGLE[base] + (_VNI_TONE[tone] if tone else "")
    return None


@cache
def vni_table() -> dict[str, str]:
    """Unicode letter -> VNI sequence (as it reads in Windows-1252), lower and upper case."""
    table: dict[str, str] = {}
    for base in _BASES + "đ":
        for tone in [""] + list(_TONES):
            letter = _compose(base, tone) if base != "đ" else "đ"
            code = _vni_lower(letter)
            if code:
                table[letter] = code
                table[letter.upper()] = code.upper()
    return table


@cache
def _decoders() -> dict[str, tuple[re.Pattern, dict[str, str]]]:
    out = {}
    for name, table in (("tcvn3", tcvn3_table()), ("vni", vni_table())):
        inverse = {code: letter for letter, code in table.items()}
        if name == "vni":
            # A capital followed by a lowercase mark ("AÙ") is common in VNI titles typed with Shift held once.
            for letter, code in table.items():
                if letter.isupper() and len(code) == 2:
                    inverse.setdefault(code[0] + code[1].lower(), letter)
        # Longest first, so VNI "oâ" (ô) wins over "o" followed by a stray "â".
        keys = sorted(inverse, key=len, reverse=True)
        out[name] = (re.compile("|".join(map(re.escape, keys))), inverse)
    return out


def decode_legacy(text: str, font: str) -> str:
    """Turn text typed in ``font`` ('tcvn3' or 'vni') and read as Latin-1 back into Unicode."""
    if font == "tcvn3":  # one character per letter: str.translate is ~10x faster than the regex
        return text.translate(_tcvn3_translation())
    pattern, inverse = _decoders()[font]
    return pattern.sub(lambda m: inverse[m.group(0)], text)


@cache
def _tcvn3_translation() -> dict[int, str]:
    return {ord(code): letter for letter, code in tcvn3_table().items()}


def encode_legacy(text: str, font: str) -> str:
    """The inverse of :func:`decode_legacy`: what ``text`` looks like typed in ``font`` and read as Latin-1.

    Used by the tests to make fixtures; toned capitals have no TCVN3 code and are written lowercase, as an ABC
    capital-only font would store them.
    """
    table = tcvn3_table() if font == "tcvn3" else vni_table()
    text = unicodedata.normalize("NFC", text)
    out = []
    for ch in text:
        if ch in table:
            out.append(table[ch])
        elif font == "tcvn3" and ch.lower() in table:
            out.append(table[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


# Characters that stand for Vietnamese letters in each legacy font but never occur in Unicode Vietnamese.
_VIETNAMESE_LATIN1 = "àáãèéêìíòóôõùúýâăđơư"
TCVN3_MARKERS = frozenset(set(tcvn3_table().values()) - set(_VIETNAMESE_LATIN1 + _VIETNAMESE_LATIN1.upper()))
VNI_MARKERS = frozenset("\xe4\xf6\xef\xf8\xfb\xf1\xe6\xee\xeb\xfc\xe5\xc4\xd6\xcf\xd8\xdb\xd1\xc6\xce\xcb\xdc\xc5")


# ---------------------------------------------------------------------------------------------------- recognising

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


def looks_vietnamese(text: str) -> bool:
    """True when at least 5% of the words (and at least one) are frequent Vietnamese syllables."""
    words = _WORD.findall(unicodedata.normalize("NFC", text[:200_000]).lower())
    hits = sum(w in _COMMON_SYLLABLES for w in words)
    return hits >= 1 and hits >= 0.05 * len(words)


def legacy_font_suspected(text: str) -> bool:
    """True when text read as Latin-1 carries enough TCVN3 or VNI letter codes to be typed in a legacy font."""
    sample = text[:200_000]
    letters = sum(c.isalpha() for c in sample)
    ascii_letters = sum(c.isascii() and c.isalpha() for c in sample)
    markers = max(sum(c in TCVN3_MARKERS for c in sample), sum(c in VNI_MARKERS for c in sample))
    # Legacy-font text is still mostly plain ASCII letters (only marked vowels change); random high bytes are not.
    return markers >= 3 and markers >= 0.03 * letters and ascii_letters >= 0.5 * letters


def fix_legacy_font(path: Path, text: str) -> tuple[str, str | None, int]:
    """Text typed in TCVN3 or VNI back to Unicode: (text, font or None, lines converted; 0 means all of it).

    A whole document in a legacy font is converted or refused. A Unicode document with a few paragraphs pasted
    from an old ".VnTime" template (common in Word files) gets just those lines converted.
    """
    if not _MARKER.search(text):
        return text, None, 0
    if not looks_vietnamese(text) and legacy_font_suspected(text):
        converted, font = _convert_legacy(text)
        if font is None:
            raise InputError(path, "legacy_font", f"{path} looks typed in an old Vietnamese font (TCVN3/ABC or "
                                                  "VNI), but converting it did not give readable Vietnamese; "
                                                  "convert it to Unicode with Unikey's converter and try again.")
        return converted, font, 0
    lines, fonts = text.split("\n"), set()
    for i, line in enumerate(lines):
        if len(_MARKER.findall(line)) >= 3 and not looks_vietnamese(line) and legacy_font_suspected(line):
            converted, font = _convert_legacy(line)
            if font:
                lines[i] = converted
                fonts.add(font)
    if not fonts:
        return text, None, 0
    return "\n".join(lines), min(fonts), sum(a != b for a, b in zip(lines, text.split("\n")))


def _convert_legacy(text: str) -> tuple[str, str | None]:
    for font in ("tcvn3", "vni"):
        converted = decode_legacy(text, font)
        if looks_vietnamese(converted) and not legacy_font_suspected(converted):
            return converted, font
    return text, None


_MARKER = re.compile("[" + re.escape("".join(sorted(TCVN3_MARKERS | VNI_MARKERS))) + "]")
FONT_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}
