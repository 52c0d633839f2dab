"""Cached loaders for the registries in ``wuanalysis/data/``: provinces across the 2025 reform, their aliases,
places (districts and communes), competition clusters, targets and the indicator catalogue.

Every loader reads its CSV lazily on first use and caches it; nothing is read at import time. Province names
are returned in canonical form (``"Hồ Chí Minh"``, ``"Huế"``, ``"Bà Rịa - Vũng Tàu"``): the name a province had
in its own era. Codes were reused after the reform, so rows are keyed by ``id`` (``old:15`` is Yên Bái,
``new:15`` is Lào Cai), never by code alone. See ``data/README.md``.
"""
from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from .text import fold, match_form, y_spelling

TOPICS = ("membership", "poverty", "economy_startup", "credit_savings", "family_social", "propaganda_training",
          "child_support", "coop", "digital", "mediation_legal", "other")
UNIT_CLASSES = ("count", "vnd", "percent", "ratio", "area", "mass", "other")
# What an indicator's figure is (data/README.md): a level at a date (members, outstanding loans, branches), what was
# done in the period (new members, loans disbursed), a percentage of a whole, or a count of the report's own targets.
KINDS = ("stock", "flow", "share", "tally")
PERIOD_SPANS = ("year", "term", "6m", "9m", "quarter", "month")
DISTRICT_TYPES = ("huyện", "quận", "thị xã", "thành phố")
COMMUNE_TYPES = ("xã", "phường", "thị trấn", "đặc khu")


def _read(name: str) -> pd.DataFrame:
    with resources.files("wuanalysis").joinpath("data").joinpath(name).open(encoding="utf-8") as f:
        return pd.read_csv(f, dtype=str, keep_default_na=False)


@lru_cache(maxsize=16_384)  # a report names a few places many times: each mention looked up by its key
def _key(name: str) -> str:
    """The lookup key of a name: folded, dashes and dots read as spaces ("TP.HCM" ~ "TP HCM", "BR-VT" ~ "BR - VT"),
    a curly apostrophe as a straight one, an i-spelling as its y ("Kì Anh" ~ "Kỳ Anh")."""
    # "M’gar" ~ "M'gar"; writers spell a syllable with i or y at will: "Kì Anh" ~ "Kỳ Anh", "Mỹ Quí" ~ "Mỹ Quý"
    return re.sub(r"[\s\-–—.]+", " ", fold(y_spelling(name))).strip().replace("’", "'").replace("‘", "'")


# "tỉnh Bắc Kạn", "thành phố Hà Nội", "TP. HCM", "Tp Hồ Chí Minh", "Thủ đô Hà Nội"
_PREFIX_KEY = re.compile(r"^(?:tinh|thanh pho|tp|t p|thu do)\s+")


def trie_alternation(phrases, space: str | None = None) -> str:
    """The phrases as one regex body that tries the longest phrase first, built as a trie ("hộ(?:i(?: viên)?|
    nghèo)"): Python's ``re`` tries every branch of a flat alternation at every position, a trie one branch per
    character. ``space``, if given, is the pattern a space in a phrase stands for (``" +"``)."""
    tree: dict = {}
    for phrase in set(phrases):
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(space if char == " " and space else re.escape(char)) + emit(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")  # longer first, then ending here

    return emit(tree)


def phrase_pattern(phrases, overlapping: bool = False, body: str | None = None) -> re.Pattern:
    """The phrases as whole words (their trie, :func:`trie_alternation`); ``overlapping``: every one at every
    position, each in group 1."""
    body = trie_alternation(phrases) if body is None else body  # (``body``: the phrases' trie, built already)
    if overlapping:  # the longest cue at every position, so overlapping cues are all seen
        return re.compile(rf"(?=(?<!\w)({body})(?!\w))")
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def phrase_scan(phrases, body: str | None = None) -> re.Pattern:
    """What ``phrase_pattern(phrases, overlapping=True)`` finds, for a text with a space put in front (group 1: the same
    cues, one character to the right): the pattern opens on a character that is no word character, which ``re`` looks
    for in C, instead of a look-around it enters at every character: a third fewer instructions over a report's
    clauses (tests/test_build_fast17.py)."""
    return re.compile(rf"\W(?=({trie_alternation(phrases) if body is None else body})(?!\w))")


# ---------------------------------------------------------------- provinces


@lru_cache(maxsize=1)
def _provinces() -> pd.DataFrame:
    return _read("provinces.csv")


@lru_cache(maxsize=1)
def _aliases() -> pd.DataFrame:
    return _read("province_aliases.csv")


def load_provinces() -> pd.DataFrame:
    """One row per province per era: id (``old:NN`` | ``new:NN``), era (``pre2025`` | ``2025``), code, name,
    kind (province | city = centrally-run), name_2025, change, former_name, source."""
    return _provinces().copy()


def load_province_aliases() -> pd.DataFrame:
    """alias → canonical name, with the kind of spelling (official, abbreviation, variant, former_name,
    former_province)."""
    return _aliases().copy()


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, tuple[str, str]]:
    return {_key(a): (n, k) for a, n, k in _aliases()[["alias", "name", "kind"]].itertuples(index=False)}


def _lookup(name: str) -> tuple[str, str] | None:
    if not isinstance(name, str) or not name.strip():
        return None
    index = _alias_index()
    key = _key(name)
    if key in index:
        return index[key]
    stripped = _PREFIX_KEY.sub("", key)
    return index.get(stripped) if stripped != key else None


def resolve_province(name: str) -> str | None:
    """Canonical province name for any alias, spelling, case or diacritics-less form, with or without a
    "tỉnh"/"thành phố"/"TP." prefix: "TP.HCM" → "Hồ Chí Minh", "Thừa Thiên - Huế" → "Huế", "bac kan" → "Bắc Kạn".
    Old names stay old ("Bình Phước" → "Bình Phước"). None if unknown."""
    hit = _lookup(name)
    return hit[0] if hit else None


@lru_cache(maxsize=1)
def _to_2025() -> dict[str, str]:
    df = _provinces()
    out = dict(zip(df.loc[df.era == "pre2025", "name"], df.loc[df.era == "pre2025", "name_2025"]))
    out.update({n: n for n in df.loc[df.era == "2025", "name"]})
    return out


def province_2025(name: str) -> str | None:
    """The province a name belongs to since 1 July 2025: "Bắc Kạn" → "Thái Nguyên", "Bình Phước" → "Đồng Nai"."""
    canonical = resolve_province(name)
    return _to_2025().get(canonical) if canonical else None


def predecessors(name_2025: str) -> list[str]:
    """The pre-2025 provinces merged into a 2025 province, in code order: "Thái Nguyên" → ["Bắc Kạn", "Thái
    Nguyên"]. Empty if the name is not a 2025 province."""
    canonical = resolve_province(name_2025)
    df = _provinces()
    if canonical is None or not ((df.era == "2025") & (df.name == canonical)).any():
        return []
    old = df[(df.era == "pre2025") & (df.name_2025 == canonical)]
    return old.sort_values("code")["name"].tolist()


def is_central_city(name: str) -> bool:
    """True for the centrally-run cities: Hà Nội, Hải Phòng, Đà Nẵng, Hồ Chí Minh, Cần Thơ, and Huế (a city since
    1 January 2025; "Thừa Thiên Huế" names the province it was before, so it gives False)."""
    hit = _lookup(name)
    if hit is None or hit[1] == "former_province":
        return False
    df = _provinces()
    return bool(((df.name == hit[0]) & (df.kind == "city")).any())


# Tone marks only (grave, acute, hook, tilde, dot below): "Đắk" without its tone is "Đăk", "Huế" is "Huê";
# vowel-quality marks (ă â ê ô ơ ư đ) stay, so "Huệ" (a common given name) never reads as "Huế".
_TONES = "\u0300\u0301\u0309\u0303\u0323"


def _untoned(c: str) -> str:
    return unicodedata.normalize("NFC", "".join(x for x in unicodedata.normalize("NFD", c) if x not in _TONES))


def _bare(s: str) -> str:
    return "".join(unicodedata.normalize("NFD", c)[0] for c in s.replace("Đ", "D").replace("đ", "d"))


def _pattern(form: str) -> str:
    """Regex for one written form: each toned vowel may also appear without its tone (the genre writes "Đăk Lăk"
    for "Đắk Lắk"), spaces stretch."""
    out = []
    for c in form:
        if c.isspace():
            out.append(r"[ \t]+")
        elif (u := _untoned(c)) != c:
            out.append(f"[{c}{u}]")
        else:
            out.append(re.escape(c))
    return "".join(out)


@lru_cache(maxsize=1)
def _mention_regex() -> re.Pattern:
    forms: set[str] = set()
    for alias in _aliases()["alias"]:
        base = match_form(alias)
        forms.update({base, base.upper(), _bare(base), _bare(base).upper()})
    alternation = "|".join(_pattern(f) for f in sorted(forms, key=len, reverse=True))
    # Case-sensitive as written (or ALL CAPS, for headlines), so "hòa bình" (peace) is not "Hòa Bình";
    # any case right after a "tỉnh" / "thành phố" / "TP" prefix ("tỉnh hòa bình").
    return re.compile(
        rf"(?<!\w)(?:(?i:tỉnh|thành[ \t]+phố|tp\.?|t\.p\.?)[ \t]*(?P<a>(?i:{alternation}))|(?P<b>{alternation}))(?!\w)"
    )


class _FoldTable(dict):
    """A ``str.translate`` table that folds each character to one: a word character to its base letter in lower case
    ("Ắ" → "a", "Đ" → "d"; the few letters ``re.IGNORECASE`` pairs with another, "ı" and "ſ", to that one), anything
    else to a space. The folded text has the length of the text, so its offsets are the text's. Filled on use."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isalnum() or char == "_":
            base = unicodedata.normalize("NFD", char)[0].lower()[0]
            folded = {"đ": "d", "ı": "i", "ſ": "s"}.get(base, base)
        else:
            folded = " "
        self[code] = folded
        return folded


_FOLD = _FoldTable()


@lru_cache(maxsize=1)
def _fold_codes():
    """_FOLD as an array over the Basic Multilingual Plane (0: not looked up yet; no character folds to NUL)."""
    import numpy as np

    return np.zeros(0x10000, dtype=np.uint32)


def _folded(text: str) -> str:
    """``text.translate(_FOLD)``, a character at a time in numpy rather than a dictionary lookup per character in
    ``str.translate`` (10x faster over a report; the same text, tests/test_catalogue_mentions.py)."""
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if not codes.size or codes.max() >= 0x10000:  # an emoji or another character past the plane: the plain way
        return text.translate(_FOLD)
    table = _fold_codes()
    out = table[codes]
    if not out.all():  # characters met for the first time
        for code in np.unique(codes[out == 0]).tolist():
            table[code] = ord(_FOLD[code])
        out = table[codes]
    return out.tobytes().decode("utf-32-le")


@lru_cache(maxsize=1)
def _candidate_regex() -> re.Pattern:
    """Where a mention may start, in the folded text: every written form folded (any run of non-word characters
    read as spaces), with or without a prefix. Whatever :func:`_mention_regex` matches, this matches at the same
    place (a superset); it is plain ASCII, so scanning for it costs a fraction of the mention regex itself.

    The pattern matches the space before the place: in the folded text every character is a word character or a
    space (tests/test_catalogue_mentions.py), so "no word character before" is "a space before" (or the start:
    find_provinces puts a space in front), and a pattern that opens on a literal space is searched from space to
    space: 2.5x faster than trying a look-behind at every character, the same places."""
    forms: set[str] = set()
    for alias in _aliases()["alias"]:
        base = match_form(alias)
        forms.update(" ".join(form.translate(_FOLD).split()) for form in (base, _bare(base)))
    prefixes = trie_alternation(("tinh", "thanh pho", "tp", "t p"), space=" +")
    names = trie_alternation(forms, space=" +")
    # zero-width after the space, so a candidate that is no mention ("hòa bình", peace) hides no mention starting
    # inside it. "(?:prefix *)?name" written "prefix *name|name": the same places (a look-ahead holds wherever any
    # way through it does), but the engine skips the first branch on its first letter (a "t") where an optional
    # group is entered at every space (20% of the scan, tests/test_build_fast.py)
    return re.compile(rf" (?=(?:{prefixes} *{names}|{names})(?!\w))")


def find_provinces(text: str) -> list[tuple[int, int, str]]:
    """Every province mention in a normalised text as (start, end, canonical name). The span covers the name
    without its "tỉnh"/"thành phố"/"TP." prefix; offsets index ``text``."""
    out: list[tuple[int, int, str]] = []
    form = match_form(text)
    regex = _mention_regex()
    end = 0
    # The mention regex is tried only where the folded text may hold a mention; taken left to right, skipping what
    # a mention already covers, it finds what ``regex.finditer(form)`` finds (tests/test_catalogue_mentions.py).
    for candidate in _candidate_regex().finditer(" " + _folded(form)):
        start = candidate.start()  # the space before the place, one character to the left in the padded text
        if start < end or (m := regex.match(form, start)) is None:
            continue
        end = m.end()
        group = "a" if m.group("a") is not None else "b"
        name = resolve_province(m.group(group))
        if group == "b" and _key(m.group(group)) == "ho chi minh":
            continue  # the person: "tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh"; the city is
            # written with its city word ("TP Hồ Chí Minh", "thành phố Hồ Chí Minh") or abbreviated ("TP.HCM")
        if name is not None:
            out.append((m.start(group), m.end(group), name))
    return out


# ---------------------------------------------------------------- places (districts, communes)


# The gazetteer tells apart a district and a town of one name by a suffix: "Kỳ Anh (Huyện)", "Kỳ Anh (Thị xã)",
# "Cao Lãnh (Thành phố)", "Chi Lăng (Thị trấn)" (50 pre-2025 rows); the type column says the same.
_KIND_SUFFIX = re.compile(r"\s*\((?:Huyện|Quận|Thị xã|Thành phố|Thị trấn|Xã|Phường)\)$")


@lru_cache(maxsize=1)
def _places() -> dict[str, list[tuple[str, str, str, str]]]:
    index: dict[str, list[tuple[str, str, str, str]]] = {}
    keys: dict[str, str] = {}  # a name of many places ("Tân Phú") keyed once
    for era, kind, written, province in _read("places.csv").itertuples(index=False):
        name = _KIND_SUFFIX.sub("", written)  # "Kỳ Anh (Thị xã)": the gazetteer's, no report's
        key = keys.get(name)
        if key is None:
            key = keys[name] = _key(name)
        index.setdefault(key, []).append((era, kind, province, name))
    return index


_PLACE_TYPE = re.compile(r"^(huyện|quận|thị xã|thành phố|tp\.?|xã|phường|thị trấn|đặc khu)\s+(.+)$", re.I)


ERAS = ("pre2025", "2025")


def resolve_place(name: str, level: str, era: str | None = None) -> tuple[str | None, str]:
    """Province of a district or commune name ("huyện Yên Định" → Thanh Hóa, "thành phố Bắc Kạn" → Bắc Kạn,
    "phường Cam Linh" → Khánh Hòa), with the reason. ``level`` is ``district``, ``commune`` or ``province``.
    A name found in several provinces gives (None, "ambiguous: X, Y"). Old-era names give the old province;
    a name that only exists after the 2025 reform gives the 2025 province.

    ``era`` (``"pre2025"`` | ``"2025"``, as in ``provinces.csv``) is when the report naming the place was written:
    the communes and wards merged and renamed on 1 July 2025 reused names, so "phường Ba Đình" is Thanh Hóa's in
    ``pre2025`` and Hà Nội's in ``2025`` (None without an era: ambiguous). With an era, only that era's places are
    kept when it has any; a name it does not know resolves as without an era."""
    if level not in ("province", "district", "commune"):
        raise ValueError(f"level must be province, district or commune, not {level!r}")
    if era is not None and era not in ERAS:
        raise ValueError(f"era must be pre2025, 2025 or None, not {era!r}")
    text = unicodedata.normalize("NFC", name or "").strip()
    if level == "province":
        found = resolve_province(text)
        return (found, "province") if found else (None, "not found")
    kind = None
    if m := _PLACE_TYPE.match(match_form(text)):
        kind = m.group(1).lower().rstrip(".")
        kind, text = ("thành phố" if kind == "tp" else kind), text[m.start(2):]
    allowed = DISTRICT_TYPES if level == "district" else COMMUNE_TYPES
    hits = [h for h in _places().get(_key(text), []) if h[1] in allowed]
    # Towns are upgraded over the years (thị xã Đồng Xoài became thành phố Đồng Xoài in 2018): prefer the written
    # type, fall back to any type of the same level.
    hits = [h for h in hits if h[1] == kind] or hits
    # Folding joins names that differ only by their marks ("Phú Mỹ", "Phù Mỹ"): prefer the exact spelling.
    exact = match_form(text).lower()
    hits = [h for h in hits if match_form(h[3]).lower() == exact] or hits
    if not hits:
        found = resolve_province(text) if level == "district" and is_central_city(text) else None
        return (found, "centrally-run city") if found else (None, "not found")
    # the era comes last: the written type and spelling say which place more surely than the date does
    in_era = [h for h in hits if h[0] == era] if era else []
    if in_era and len(in_era) < len(hits):
        found, reason = _province_of(in_era)
        return found, reason if found is None else f"{reason.removesuffix(' (2025)')} ({era} era)"
    return _province_of(hits)


def _province_of(hits: list[tuple[str, str, str, str]]) -> tuple[str | None, str]:
    """The one province of a place's gazetteer hits (era, type, province, name), across the 2025 reform."""
    old = sorted({p for era, _, p, _n in hits if era == "pre2025"})
    new = sorted({p for era, _, p, _n in hits if era == "2025"})
    if len(old) == 1 and all(_to_2025()[old[0]] == n for n in new):
        return old[0], f"unique {hits[0][1]}"
    if not old and len(new) == 1:
        return new[0], f"unique {hits[0][1]} (2025)"
    merged = {_to_2025()[p] for p in old} | set(new)
    if len(merged) == 1:
        (only,) = merged
        return only, f"ambiguous before 2025 ({', '.join(old)}), one province since 2025"
    return None, "ambiguous: " + ", ".join(sorted(set(old) | set(new)))


# ---------------------------------------------------------------- competition clusters
#
# Clusters and targets may come from the user's files: :mod:`wuanalysis.config_files` reads and validates them (and
# the package's defaults) against the registries here, so it is imported where it is used, not at the top.


@lru_cache(maxsize=1)
def _default_clusters() -> pd.DataFrame:
    from .config_files import read_clusters_file  # it validates against this module's registries: imported on use

    return read_clusters_file(resources.files("wuanalysis").joinpath("data").joinpath("clusters.csv"),
                              "wuanalysis/data/clusters.csv")


def load_clusters(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Competition clusters (Cụm thi đua): cluster_id, name_vi, era, province (canonical). The default is the
    package's ``data/clusters.csv``; a user CSV of the same shape replaces it. Raises ConfigError (one line: file,
    line, column, what is wrong, how to fix it) for an unreadable file, an unknown province, a bad era, a province
    that no longer exists in the 2025 era, or one province in two clusters of one era."""
    if path is None:
        return _default_clusters().copy()
    from .config_files import read_clusters_file

    return read_clusters_file(Path(path), str(path))


def cluster_of(province: str, clusters: pd.DataFrame | None = None) -> str | None:
    """The cluster_id a province belongs to, or None."""
    canonical = resolve_province(province)
    table = _default_clusters() if clusters is None else clusters
    if not canonical:
        return None
    hits = table.loc[table["province"] == canonical, "cluster_id"]
    return hits.iloc[0] if len(hits) else None


# ---------------------------------------------------------------- indicators and targets


@lru_cache(maxsize=1)
def _indicators() -> pd.DataFrame:
    df = _read("indicators.csv")
    df["additive"] = df["additive"].map({"true": True, "false": False})
    return df


def load_indicators() -> pd.DataFrame:
    """The indicator catalogue: id, label_vi, label_en, unit_class, unit, topic, additive, kind (one of
    :data:`KINDS`), units (accepted counted nouns, ``;``-separated, empty = any), cues (Vietnamese cue phrases,
    ``;``-separated)."""
    return _indicators().copy()


_TARGET_KEY = ["indicator", "scope", "period", "basis"]


@lru_cache(maxsize=1)
def _default_targets() -> pd.DataFrame:
    from .config_files import read_targets_file  # it validates against this module's registries: imported on use

    return read_targets_file(resources.files("wuanalysis").joinpath("data").joinpath("targets.csv"),
                             "wuanalysis/data/targets.csv")


def load_targets(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Targets: the national targets of the 13th Congress (``data/targets.csv``) merged with a user CSV when
    ``path`` is given. Columns: indicator, scope (national | province), period, period_span, basis (total |
    per_grassroots_union | per_branch), qualifier (exact | at_least | more_than | less_than; the file may write
    "ít nhất", "trên", "dưới"), value, unit, label_vi, source (+ target_id, label_en, verified). A user row replaces
    the default row with the same indicator, scope, period and basis. Values are read the Vietnamese way
    (:func:`wuanalysis.config_files.parse_config_number`: "2.100" = 2100, "2,5" = 2.5). Raises ConfigError with one
    line naming the file, line, column, what is wrong and how to fix it."""
    default = _default_targets()
    if path is None:
        return default.copy()
    from .config_files import read_targets_file

    user = read_targets_file(Path(path), str(path))
    merged = pd.concat([default, user], ignore_index=True)
    return merged.drop_duplicates(_TARGET_KEY, keep="last").reset_index(drop=True)
