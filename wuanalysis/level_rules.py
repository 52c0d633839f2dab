"""Where a reporting union is: the level, province and place a union's kind and name resolve to.

``_resolve_org`` turns a kind ("huyện", "thành phố", "tỉnh") and a name as written ("Đô Lương") into the union's
level, province and place, in named steps: a centrally-run city, the central union, a province, then a district or
commune (its name as the gazetteer knows it, then its province: the city's own name, the province written after the
commune, the gazetteer for the report's era, a district the text names, the province the text names). The name
patterns shared with :mod:`wuanalysis.reporter` (``_NAME``, ``_KINDS``, ``_UPPER``) live here.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import catalogue
from .text import fold


# Place names are capitalised word by word ("Yên Định", "Cam Linh"); the words around them are not.
# Vietnamese capitals (a range such as "À-Ỹ" would let lower-case "đã" in); names are capitalised word by word.
_UPPER = "".join(sorted({c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha()}))
# An apostrophe inside a word is part of it: the Ê Đê names of Đắk Lắk ("xã Ea M'Droh", "Cư M’gar", "Ea H'leo").
_NAME = rf"[A-Z{_UPPER}]\w*(?:['’]\w+)?(?:[ -][A-Z{_UPPER}0-9]\w*(?:['’]\w+)?){{0,3}}"
# The reform numbered a few wards by their old town ("phường 1 Bảo Lộc", "phường 3 Bảo Lộc"): a number before a
# capitalised name, kept only when the gazetteer knows the whole (:func:`_place_name`; "Phường 1, Quận 3" names none)
_NUMBERED = rf"(?<![\d.,/])\d{{1,2}}[ \t]+(?=[A-Z{_UPPER}])"
# "TX Đông Hòa" and "TX. Cửa Lò" are how headlines shorten "thị xã"
# "H.Xuân Lộc", "Q.Ninh Kiều", "TT.Phong Điền" shorten "huyện", "quận", "thị trấn"
_KINDS = (r"tỉnh|thành\s+phố|TP\.\s*|Tp\.\s*|TP\s+|T\.P\.?\s*"  # "T.P Sông Công"
          r"|thị\s+xã|TX\.\s*|TX\s+|huyện|quận|thị\s+trấn|xã|phường|đặc\s+khu"
          r"|H\.\s*|Q\.\s*|TT\.\s*|P\.\s*|Việt\s+Nam|toàn\s+quốc")  # "Hội LHPN P.Hòa Bình": phường

_KIND_LEVEL = {"tỉnh": "province", "huyện": "district", "quận": "district", "thị xã": "district",
               "thị trấn": "commune", "xã": "commune", "phường": "commune", "đặc khu": "commune",
               "việt nam": "central",
               "toàn quốc": "central"}


_CITY = re.compile(rf"(?:(?i:thành\s+phố)|TP\.?|Tp\.?|T\.P\.?)\s*({_NAME})")  # "T.P Sông Công" too
_HIGHER_PLACE = re.compile(rf"(?i:huyện|quận|thị xã|thành phố)\s+({_NAME})")
_FORMER = re.compile(r"\s*\(?\s*(?:cũ|trước đây)\b", re.IGNORECASE)


_HUE_CENTRAL_FROM = "2025-01"


def _written_before(named: Counter, month: str) -> bool:
    """Whether the report is dated before ``month`` ("YYYY-MM"), as the era ``named`` carries reads its date."""
    era = getattr(named, "era", None)
    return bool(era is not None and era.written_before(month))


def _era_of(named: Counter) -> str | None:
    era = getattr(named, "era", None)
    return era() if era is not None else None


_LOCAL_KIND = r"(?i:(huyện|quận|thị\s+xã|xã|phường|thị\s+trấn))"


def _kind_written_elsewhere(name: str, text: str, named: Counter) -> tuple[str | None, str | None, str | None] | None:
    """A union named without its kind ("Hội Phụ nữ Đô Lương") is of the kind the text writes before that name
    ("huyện Đô Lương"), the first one written; None when the text never writes one."""
    for word in (name, name.split()[0] + " " + name.split()[1] if len(name.split()) > 2 else None):
        if word and (hit := re.search(rf"(?<!\w){_LOCAL_KIND}\s+{re.escape(word)}(?!\w)", text)):
            level, province, place = _resolve_org(_kind(hit.group(1)), word, text, named)
            if level:
                return level, province, place
    return None


def _kind(written: str) -> str:
    kind = re.sub(r"\s+", " ", written).lower().strip().rstrip(".").strip()
    return {"tx": "thị xã", "h": "huyện", "q": "quận", "tt": "thị trấn", "t.p": "thành phố", "p": "phường"}.get(kind,
                                                                                                         kind)


def _resolve_org(kind: str, name: str | None, text: str, named: Counter) -> tuple[str | None, str | None, str | None]:
    """A union's level, province and place from its kind ("huyện", "thành phố", "tỉnh") and its name as written: a
    centrally-run city, the central union, a province, else a district or commune (:func:`_local_union`)."""
    kind_level: str | None
    if kind in ("tp", "thành phố"):
        central = _central_city(name) if name else None
        if central == "Huế" and _written_before(named, _HUE_CENTRAL_FROM):
            # Huế has been a centrally-run city since 1 January 2025; a report dated earlier speaks of the city of
            # Thừa Thiên Huế province, a district-level union ("Hội LHPN thành phố Huế tổng kết năm 2023")
            return "district", central, "thành phố Huế"
        if central:
            return "province", central, None
        if not name:
            return _unnamed_city(text, named)
        kind_level = "district"  # a provincial city: "thành phố Bắc Kạn", "thành phố Vinh"
    else:
        kind_level = _KIND_LEVEL.get(kind)
    if kind_level == "central":
        # the central union's visit or programme in one province is about that province when the headline says so
        # ("'Tết yêu thương' đến với phụ nữ, trẻ em khu vực biên giới Tây Ninh")
        in_title = getattr(named, "in_title", Counter())
        return "central", next(iter(in_title)) if len(in_title) == 1 else None, None
    if kind_level == "province":
        prov = catalogue.resolve_province(name) if name else None
        # "Hội LHPN tỉnh tổ chức …": the province written "tỉnh X" beats a venue ("tại thủ đô Hà Nội")
        return "province", prov or _written_tinh(named) or _only_province(named), None
    if kind_level is None:
        return None, None, None  # not reached: every kind _KINDS and _UNITS_OF write has a level
    return _local_union(kind, name, kind_level, text, named)


def _local_union(kind: str, name: str | None, kind_level: str, text: str, named: Counter
                 ) -> tuple[str | None, str | None, str | None]:
    """A district's or commune's union (a provincial city's too): its place as the gazetteer knows the name (written
    elsewhere in the text when the union's own is not), and the province of that place (:func:`_province_of_place`),
    else the province the text names."""
    if not name and kind_level in ("district", "commune"):
        # "Hội LHPN huyện tiếp đoàn": the name is written elsewhere ("đến huyện Thủ Thừa làm việc")
        # (a name two provinces share is the one of the province the text names: "tại phường Phú Lợi, TP.HCM")
        name = next((w.group(1) for w in re.finditer(rf"(?i:(?<!\w){kind})[ \t]+({_NAME})", text)
                     if _known_here(f"{kind} {w.group(1)}", kind_level, named)), None)
    if name and kind_level in ("district", "commune"):
        # the whole hyphenated name first: "phường Lang Biang - Đà Lạt" is no "xã Lang" of another province
        whole = _hyphenated(kind, name, text) if kind_level == "commune" else None
        name = whole or _place_name(kind, name, kind_level)
        if name and kind_level == "commune" and not whole:
            name = _hyphenated(kind, name, text) or name
    if not name:
        if kind in ("tp", "thành phố"):
            return _unnamed_city(text, named)
        return kind_level, _only_province(named), None
    place = f"{'thành phố' if kind == 'tp' else kind} {name}"
    prov = _province_of_place(kind, name, kind_level, text, named)
    return kind_level, prov or _only_province(named), place


def _province_of_place(kind: str, name: str, kind_level: str, text: str, named: Counter) -> str | None:
    """The province of a named district or commune, or None (the caller then takes the province the text names)."""
    # a provincial city often bears its province's name ("thành phố Bắc Kạn"); otherwise ask the gazetteer
    # (unambiguous names only), then the district a commune report names, then the province the text names most
    prov = catalogue.resolve_province(name) if kind in ("tp", "thành phố", "thị xã") else None
    if prov is None and kind_level == "commune":
        prov = _province_written_after(kind, name, text)
    if prov is None and (prov := _province_in_gazetteer(kind, name, kind_level, text, named)):
        # a headline writing "tỉnh X" ("Phụ nữ tỉnh Quảng Ngãi giúp nhau thoát nghèo") is the writer's word: it beats
        # the gazetteer's province for a place of a name the gazetteer knows elsewhere (but not the province the
        # place merged into: both are kept as written below)
        title_tinh = getattr(named, "title_tinh", None)
        if title_tinh and len(title_tinh) == 1:
            (titled,) = title_tinh
            if catalogue.province_2025(titled) != catalogue.province_2025(prov):
                return titled
    if prov is None and kind_level == "commune":
        prov = _province_of_a_district_named(text, named)
    if prov and named and prov not in named:
        # a place the gazetteer knows under its old province, in a text that names the province it belongs to since
        # 1 July 2025 ("xã An Khương, tỉnh Đồng Nai"), or the other way round: the province the text names
        merged = [q for q in named if catalogue.province_2025(q) == catalogue.province_2025(prov)]
        prov = merged[0] if len(merged) == 1 else prov
    return prov


def _province_in_gazetteer(kind: str, name: str, kind_level: str, text: str, named: Counter) -> str | None:
    """The gazetteer's province for the place in the report's era; of several, the one the text or its newspaper
    names (:func:`_province_among`)."""
    # the report's era tells a ward of a name the reform moved ("phường Ba Đình": Thanh Hóa's, Hà Nội's since)
    written = f"{kind} {name}" if kind != "tp" else name
    prov, reason = catalogue.resolve_place(written, kind_level, _era_of(named))
    if prov is not None and reason.endswith(" era)") and named and not _names_merged(prov, named):
        # the era chose among provinces, and the text names another of them: the writer's word, as without
        # an era ("Hội LHPN phường Ba Đình …; Phó Chủ tịch Hội LHPN tỉnh Thanh Hóa dự")
        _whole, whole = catalogue.resolve_place(written, kind_level)
        if whole.startswith("ambiguous: ") and any(_names_merged(p, named)
                                                   for p in whole.removeprefix("ambiguous: ").split(", ")):
            prov, reason = None, whole
    if prov is None and reason.startswith("ambiguous: "):
        return _province_among(reason, text, named)
    if prov and _era_of(named) == "2025" and reason.startswith("unique") and "(2025" not in reason:
        # a report written after 1 July 2025 naming a commune the reform merged away ("xã An Cầu", Thái Bình's until
        # then): the province it belongs to since (Hưng Yên)
        return catalogue.province_2025(prov)
    return prov


def _province_among(reason: str, text: str, named: Counter) -> str | None:
    """Of the provinces an ambiguous name is in (``reason``: "ambiguous: A, B"), the one the text names, else the one
    its newspaper names; None unless exactly one."""
    # "phường Vĩnh Phúc" is in Hà Nội and in Phú Thọ: the one the text names ("Hội LHPN tỉnh Phú Thọ")
    candidates = set(reason.removeprefix("ambiguous: ").split(", "))
    hits = {p for p in named if p in candidates or catalogue.province_2025(p) in candidates}
    if not hits:  # else the newspaper's: "Báo Bắc Giang", "(Baothanhhoa.vn)"
        hits = {p for p in _newspaper_provinces(text, named) if p in candidates
                or catalogue.province_2025(p) in candidates}
    if _era_of(named) == "2025":
        # a 2025 report names the new province and recalls the old one ("… các xã của huyện Bù Đốp, tỉnh Bình
        # Phước. … Phó Chủ tịch Hội LHPN tỉnh Đồng Nai"): both are the one province of today
        hits = {p if p in candidates else catalogue.province_2025(p) for p in hits}
    return hits.pop() if len(hits) == 1 else None


def _province_of_a_district_named(text: str, named: Counter) -> str | None:
    """The province of the first district (or city) the text's beginning names that the gazetteer knows."""
    for hm in _HIGHER_PLACE.finditer(text[:1500]):
        prov, _reason = catalogue.resolve_place(hm.group(1), "district")
        if prov:
            # the districts ended with the reform: in a 2025 report "huyện Bù Đốp" recalls the commune's past
            return catalogue.province_2025(prov) if _era_of(named) == "2025" else prov
    return None


def _names_merged(province: str, named: Counter) -> bool:
    """Whether the text names ``province`` or a province merged with it on 1 July 2025."""
    since = catalogue.province_2025(province)
    return any(catalogue.province_2025(q) == since for q in named)


@lru_cache(maxsize=256)
def _is_central_city(name: str) -> bool:
    """:func:`wuanalysis.catalogue.is_central_city`, remembered per name (it compares the whole provinces table, a
    pandas operation, on every call; the table is the package's, fixed)."""
    return catalogue.is_central_city(name)


def _central_city(name: str) -> str | None:
    """The centrally-run city a name after "thành phố" begins with ("HÀ NỘI TỔ CHỨC HỘI" in a headline in capitals,
    whose name runs on into the verb), or None for a provincial city ("Bắc Kạn", "Vinh")."""
    words = name.split()
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n])
        city = catalogue.resolve_province(f"TP.{part}") or catalogue.resolve_province(part)
        if city and _is_central_city(city):
            return city
    return None


# (the new commune marked as such first: "xã Thanh Sơn (mới), tỉnh Phú Thọ", "phường Bắc Giang (mới) - Bắc Ninh")
_AFTER_PLACE = re.compile(rf"[ \t]*(?:\((?i:mới)\)[ \t]*)?(?:,|\(|[-–])[ \t]*"
                          rf"(?i:(?:tỉnh|thành\s+phố|TP\.?)\s*)?({_NAME})")


def _province_written_after(kind: str, name: str, text: str) -> str | None:
    """The province the text writes right after a commune ("xã Minh Xuân, tỉnh Tuyên Quang (mới)", "phường Vĩnh
    Yên (tỉnh Phú Thọ)", "xã Đắk Wil - Lâm Đồng"): since the 2025 reform many communes bear an old commune's name
    in another province, so the writer's word beats the gazetteer."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if text[max(0, at - len(kind) - 1):at].lower() == kind + " " and (m := _AFTER_PLACE.match(text, end)):
            if not _FORMER.match(text, m.end()) and (prov := catalogue.resolve_province(m.group(1))):
                return prov
        at = text.find(name, end)
    return None


_SITE = re.compile(r"(?i)\bbao([a-z]{4,20})\.(?:vn|com\.vn|org\.vn)")


def _newspaper_provinces(text: str, named: Counter) -> set[str]:
    """The provinces a newspaper names for a text: its masthead ("Báo Bắc Giang điện tử") or its site ("(Baonghean.vn)",
    "baothanhhoa.vn"); they never name the report's province, but they tell apart communes of one name."""
    found = set(getattr(named, "masthead", ()))
    for m in _SITE.finditer(text[:3000]):
        found |= {p for p in _provinces_by_site() if _provinces_by_site()[p] == m.group(1).lower()}
    return found


def _provinces_by_site() -> dict[str, str]:
    """Each province's name as a newspaper's site spells it: "Nghệ An" → "nghean", "Thanh Hóa" → "thanhhoa"."""
    if not _SITE_KEYS:
        for name in catalogue.load_provinces()["name"]:
            _SITE_KEYS[name] = re.sub(r"[^a-z]", "", fold(name).lower())
    return _SITE_KEYS


_SITE_KEYS: dict[str, str] = {}


_SURNAMES = {"nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
             "dương", "lý", "đinh", "đoàn", "trịnh", "mai", "cao", "lương", "hà", "tạ", "triệu", "nông", "lò"}


def _known_here(place: str, level: str, named: Counter) -> bool:
    """Whether the gazetteer knows the place in one province, or in several of which the text names one."""
    province, reason = catalogue.resolve_place(place, level, _era_of(named))
    if province:
        return True
    shared = reason.removeprefix("ambiguous: ").split(", ") if reason.startswith("ambiguous: ") else []
    return any(catalogue.province_2025(p) == catalogue.province_2025(q) for p in shared for q in named)


def _place_name(kind: str, name: str, level: str) -> str | None:
    """The place a name after "huyện"/"xã"/"thành phố" really names: the longest leading words the gazetteer knows
    ("ĐỒNG XOÀI NHIỆM KỲ 2016" → "ĐỒNG XOÀI"); a person's name after an office ("Chủ tịch Hội LHPN thành phố Trần
    Thị Kim Loan") names none; an unknown name is kept as written."""
    words = name.split()
    kind = "thành phố" if kind == "tp" else kind
    # "phường 1 Bảo Lộc" is a place the gazetteer knows; "1 Quận 3" ("Phường 1 Quận 3") is none; "P.7" stays "phường 7"
    numbered = words[0].isdigit() and len(words) > 1
    for n in range(len(words), 1 if numbered else 0, -1):
        if catalogue.resolve_place(f"{kind} {' '.join(words[:n])}", level)[1] != "not found":
            return " ".join(words[:n])
    if numbered:
        return None
    if len(words) >= 3 and words[0].lower() in _SURNAMES:
        return None
    return name


# "phường Văn Miếu - Quốc Tử Giám", "phường Xuân Hương – Đà Lạt", "xã Chân Mây - Lăng Cô": the reform joined two
# names with a spaced hyphen, which elsewhere puts a province after a commune ("xã Đắk Wil - Đắk Nông")
_JOINED = re.compile(rf"[ \t]+[-–][ \t]+({_NAME})")


def _hyphenated(kind: str, name: str, text: str) -> str | None:
    """The whole name of a commune or ward the gazetteer knows as two names joined by a hyphen, when the text writes
    ``kind name - Other`` ("phường Văn Miếu - Quốc Tử Giám"), the hyphen written " - ", or the whole name alone where a
    letterhead dates the report ("Số: 42/BC-HPN⇥Xuân Hương – Đà Lạt, ngày 12 tháng 12 năm 2025", iv14 P13); None when
    it does not."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        before = text[max(0, at - len(kind) - 1):at]
        if (before.lower() == kind + " " or before[-1:] in ("\t", "\n")) and (m := _JOINED.match(text, end)):
            words = m.group(1).split()
            for n in range(len(words), 0, -1):
                whole = f"{name} - {' '.join(words[:n])}"
                if catalogue.resolve_place(f"{kind} {whole}", "commune")[1] != "not found":
                    return whole
        at = text.find(name, end)
    return None


def _unnamed_city(text: str, named: Counter) -> tuple[str | None, str | None, str | None]:
    """"Hội LHPN thành phố" without a name: the city the text names elsewhere ("UBND TP. Huế" → the centrally-run
    city's union, "thành phố Vinh" → a provincial city's); a text naming no place is a city paper's own union."""
    for m in _CITY.finditer(text):
        city = catalogue.resolve_province(f"TP.{m.group(1)}") or catalogue.resolve_province(m.group(1))
        if city and _is_central_city(city):
            return "province", city, None
        province, _reason = catalogue.resolve_place(f"thành phố {m.group(1)}", "district")
        if province:
            return "district", province, f"thành phố {m.group(1)}"
    central = [p for p in named if _is_central_city(p)]
    if len(central) == 1:
        return "province", central[0], None
    if named:
        return "district", _only_province(named), None
    # the city named bare in the headline or lede ("Phụ nữ Phan Thiết chung tay …", "tại Hà Tiên"): a provincial city
    for m in re.finditer(_NAME, text[:1500]):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            province, reason = catalogue.resolve_place(f"thành phố {' '.join(words[:n])}", "district")
            if province and reason == "unique thành phố":
                return "district", province, f"thành phố {' '.join(words[:n])}"
    return "province", None, None


def _written_tinh(named: Counter) -> str | None:
    """The province written "tỉnh X" most often (ties go to the one named most in all), or None."""
    tinh = getattr(named, "written_tinh", None)
    if not tinh:
        return None
    ranked = sorted(tinh, key=lambda p: (tinh[p], named[p]), reverse=True)
    if len(ranked) > 1 and (tinh[ranked[0]], named[ranked[0]]) == (tinh[ranked[1]], named[ranked[1]]):
        return None
    return ranked[0]


def _only_province(named: Counter) -> str | None:
    """The province a text is about: the one it names most, unless it names several about equally."""
    if not named:
        return None
    ranked = named.most_common()
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1] and len(ranked) >= 3:
        return None
    return ranked[0][0]
