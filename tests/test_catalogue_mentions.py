"""find_provinces looks for mentions only where the folded text may hold one: it must find exactly what the mention
regex finds scanning the whole text, on every report we have (seeds, the shared dev set, the check sets) and on
the spellings that make the folding subtle (case, tones, old-style tones, prefixes glued to the name)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wuanalysis import catalogue
from wuanalysis.catalogue import find_provinces, resolve_province
from wuanalysis.text import match_form, normalize_text

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT.parent / "shared" / "dev" / "docs").glob("*.txt"),
                *(ROOT / "benchmarks" / "checksets").glob("*/docs/*.txt")])


def _scan(text: str) -> list[tuple[int, int, str]]:
    """The whole-text scan find_provinces replaced: every match of the mention regex, left to right."""
    out = []
    for m in catalogue._mention_regex().finditer(match_form(text)):
        group = "a" if m.group("a") is not None else "b"
        name = resolve_province(m.group(group))
        if group == "b" and catalogue._key(m.group(group)) == "ho chi minh":
            continue
        if name is not None:
            out.append((m.start(group), m.end(group), name))
    return out


def test_every_report_is_read():
    assert len(TEXTS) >= 100  # the seeds and the check sets at least: the comparison below is not over nothing


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_same_mentions_as_the_whole_text_scan(path):
    text = normalize_text(path.read_text(encoding="utf-8"))
    assert find_provinces(text) == _scan(text)


@pytest.mark.parametrize("text", [
    "Hội LHPN tỉnh Đắk Lắk, tỉnh Đăk Lăk và TỈNH ĐẮK LẮK",
    "TP.HCM, TPHCM, T.P. Hồ Chí Minh, tp.hồ chí minh, thành phố Hồ Chí Minh; phong cách Hồ Chí Minh",
    "tỉnh hòa bình; hòa bình và Hòa Bình; Thanh Hoá, Thanh Hóa, THANH HOÁ, Khánh Hoà",
    "Bà Rịa - Vũng Tàu, BR-VT, Ba Ria Vung Tau, Bà Rịa–Vũng Tàu; Thừa Thiên - Huế, Huế, Huê",
    "xã hòa Bình Dương; Hà Nội\tHà Nội; Hà\nNội; tỉnhHà Nam; Kon Tum,Gia Lai",
])
def test_same_mentions_on_tricky_spellings(text):
    assert find_provinces(text) == _scan(text)
    assert find_provinces(text)  # each line names at least one province


@pytest.mark.parametrize("path", TEXTS[:40], ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_the_array_fold_is_the_translate_fold(path):
    text = match_form(normalize_text(path.read_text(encoding="utf-8")))
    assert catalogue._folded(text) == text.translate(catalogue._FOLD)


@pytest.mark.parametrize("text", ["", "a", "\x00\ud800 Hà Nội", "Hà Nội 🙂 Hà Nam", "𝐀 Ắ ß İ ǅ Ⅷ ½ ٣ _x"])
def test_the_array_fold_on_odd_characters(text):
    assert catalogue._folded(text) == text.translate(catalogue._FOLD)


def test_the_folded_text_holds_only_word_characters_and_spaces():
    """The candidate pattern reads "no word character before" as "a space before": true only if folding never
    gives anything else (checked over the Basic Multilingual Plane, where Vietnamese and its look-alikes live)."""
    word = re.compile(r"\w")
    folded = "".join(map(chr, range(0x10000))).translate(catalogue._FOLD)
    assert len(folded) == 0x10000
    assert all(c == " " or word.fullmatch(c) for c in set(folded))


@pytest.mark.parametrize("text", [
    "Hà Nội là thủ đô", "Bắc Kạn", "tỉnh Bắc Kạn", "  Hà  Nam  ", "(Nghệ An)", "Hà Nội,Hà Nam;Nam Định",
    "\tThái Bình\nThái Nguyên", "HàNội Hà Nội", "1Hà Nội Hà Nội1 _Hà Nội",
])
def test_same_mentions_at_the_edges(text):
    assert find_provinces(text) == _scan(text)
