"""A page written without diacritics: the words the rules read beside its numbers and in its headings, toned.

:func:`toned_key_words` gives a page typed without diacritics ("Hoi LHPN xa Dam Rong 1 so ket 6 thang dau nam 2026")
the tones of the words the document rules and the figure reader read, and a toned page the tones of its toneless
lines and clauses; same length, so every offset of :func:`wuanalysis.text.normalize_text` holds. Moved out of
:mod:`wuanalysis.text` (issue 9), which it reads for :func:`~wuanalysis.text.fold` and the word lists.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .text import fold, load_words

# ---- a page written without diacritics ------------------------------------------------------------------------------
# The words the rules read, as a page without diacritics writes them ("UBND XA DAM RONG 1 - TINH LAM DONG", "Hoi LHPN
# xa Dam Rong 1 so ket 6 thang dau nam 2026", "Trang chu > Tin tuc"): each phrase alone or where its context leaves
# no doubt (a place kind before a capitalised name, "năm" before a year, "tháng" beside a number). The document rules
# (documents) and the figure reader (extract) read the same toned text.
_TONED = {
    "hoi lhpn": "hội lhpn", "hoi lien hiep phu nu": "hội liên hiệp phụ nữ", "hoi phu nu": "hội phụ nữ",
    "phu nu": "phụ nữ", "hoi vien": "hội viên", "chi hoi": "chi hội", "dai hoi": "đại hội", "dai bieu": "đại biểu",
    "so ket": "sơ kết", "tong ket": "tổng kết", "nhiem ky": "nhiệm kỳ", "ke hoach": "kế hoạch", "bao cao": "báo cáo",
    "chi tieu": "chỉ tiêu", "lan thu": "lần thứ", "cong tac": "công tác", "phuong huong": "phương hướng",
    "nhiem vu": "nhiệm vụ", "ket qua": "kết quả", "trang chu": "trang chủ", "tin tuc": "tin tức",
    "hoat dong": "hoạt động", "luot xem": "lượt xem", "thang dau nam": "tháng đầu năm",
    "thang cuoi nam": "tháng cuối năm", "nam": "năm", "thang": "tháng", "quy": "quý", "ngay": "ngày",
    "toan": "toàn", "xa": "xã", "phuong": "phường", "thi tran": "thị trấn", "dac khu": "đặc khu", "tinh": "tỉnh",
    "huyen": "huyện", "quan": "quận", "thi xa": "thị xã", "thanh pho": "thành phố",
}
_KIND_WORDS = {"xa", "phuong", "tinh", "huyen", "quan"}
_KINDS_PLAIN = r"(?:xa|phuong|thi\s+tran|dac\s+khu|tinh|huyen|quan|thi\s+xa|thanh\s+pho)"
_PLAIN = re.compile(
    r"(?<![^\W\d_])(?:(?i:hoi\s+(?:lhpn|lien\s+hiep\s+phu\s+nu|phu\s+nu)|phu\s+nu|hoi\s+vien|chi\s+hoi|dai\s+hoi"
    r"|dai\s+bieu|so\s+ket|tong\s+ket|nhiem\s+ky|ke\s+hoach|bao\s+cao|chi\s+tieu|lan\s+thu|cong\s+tac"
    r"|phuong\s+huong|nhiem\s+vu|ket\s+qua|trang\s+chu|tin\s+tuc|hoat\s+dong|luot\s+xem|thang\s+(?:dau|cuoi)\s+nam)"
    r"|(?<![Vv][Ii][Ee][Tt] )(?i:nam)(?=\s+\d{4}(?!\d))|(?<=\d )(?i:thang)|(?i:thang)(?=\s+\d)"
    r"|(?i:quy)(?=\s+(?:[IV]+|\d)(?![^\W\d_]))|(?i:ngay)(?=\s+\d)"
    rf"|(?i:toan)(?=\s+(?i:{_KINDS_PLAIN})(?![^\W\d_]))|(?<=(?i:toan) )(?i:{_KINDS_PLAIN})"
    rf"|(?i:{_KINDS_PLAIN})(?=\s+[A-ZĐ]))(?![^\W\d_])")
# The figure reader's words beside a number (:func:`_figure_words`): the counted nouns, money and scale words after it
# ("4,1 ty dong", "63 ho", "1.920 luot"), the hedges and the name words before it ("it nhat 40", "thon 3"), "mỗi" before
# a counted noun ("moi suat 500.000 dong"), and the page's counter labels before their number ("Luot doc: 1.096").
_MONEY_WORDS = ("tỷ đồng", "tỉ đồng", "triệu đồng", "nghìn đồng", "ngàn đồng", "đồng", "tỷ", "triệu", "nghìn", "ngàn")
_MEASURE_WORDS = ("lần", "tấn", "phần trăm")  # "gap 2 lan", "42 tan", "85 phan tram"
# what makes a number no figure after it (units.NOT_AFTER): "2 cap" is the "chính quyền 2 cấp" (not "cặp"), "8 tieu
# chi", "16 tuoi", "5 khong 3 sach"
_STRUCTURE_WORDS = ("cấp", "tuổi", "tuần", "giờ", "phút", "nhiệm kỳ", "nhiệm vụ", "tiêu chí", "tiêu chuẩn", "giai đoạn",
                    "giải pháp", "nội dung", "lĩnh vực", "mục tiêu", "định hướng", "đột phá", "khâu", "bước", "cụm",
                    "an toàn", "sạch", "không", "có", "bài học", "kết quả nổi bật")
_HEDGE_WORDS = ("ít nhất", "tối thiểu", "không dưới", "hơn", "trên", "gần", "khoảng", "dưới")
# verbs a rate or a change opens on, before a number or a hedge and a number ("dat tren 85%", "vuot 4%", "tang 1,2 ty")
_VERB_WORDS = ("đạt", "vượt", "tăng", "giảm", "gấp", "ước", "ước đạt", "ước tính", "ước thực hiện")
# phrases the rate and target rules read, anywhere ("vuot 4% so voi chi tieu", "so voi cung ky", "dat 72,5% chi tieu
# nam (120 hoi vien)", "tang 1,2 ty dong so voi dau nam")
_FIGURE_PHRASES = {"so voi": "so với", "cung ky": "cùng kỳ", "chi tieu nam": "chỉ tiêu năm",
                   "ke hoach nam": "kế hoạch năm", "dau nam": "đầu năm", "cuoi nam": "cuối năm",
                   "nam truoc": "năm trước", "vuot chi tieu": "vượt chỉ tiêu", "vuot ke hoach": "vượt kế hoạch",
                   # a verdict on targets not met ("Co 2 chi tieu chua dat": the count of targets, iv22 P2) and who gave
                   # a target ("vuot 18% chi tieu tinh giao (100 hoi vien)", iv23 P12); "tinh", "huyen", "xa" toned
                   # only before "giao" (alone they are "tình", "tinh", "xa" as often)
                   "chua dat": "chưa đạt", "chua hoan thanh": "chưa hoàn thành", "tinh giao": "tỉnh giao",
                   "huyen giao": "huyện giao", "xa giao": "xã giao", "phuong giao": "phường giao",
                   "cap tren giao": "cấp trên giao", "tinh hoi giao": "tỉnh hội giao",
                   "huyen hoi giao": "huyện hội giao", "dat va vuot": "đạt và vượt", "ty le": "tỷ lệ"}
# the words that name what a number is part of ("thon 3", "to 5", "lan thu 2", "Nghi quyet 18"); not "tầng", "mùa",
# "hạng", "tối" (an untoned "tang 15%", "mua 50 con", "hang 100 ho", "toi 50" are "tăng", "mua", "hàng", "tới")
# ("so" alone stays: "tong so 2.146 hoi vien", "thieu so 45 ho" count; "Nghi quyet so 09" names, with its document)
_DOCUMENTS = ("nghị quyết", "quyết định", "kế hoạch", "công văn", "chỉ thị", "kết luận", "đề án", "dự án",
              "chương trình", "thông báo", "hướng dẫn", "báo cáo", "tờ trình", "thông tư", "nghị định", "cụm thi đua",
              "bão")
_NAME_WORDS = ("thôn", "xóm", "ấp", "bản", "buôn", "làng", "khóm", "tổ", "khu", "khu phố", "tổ dân phố", "đội", "lần",
               "lần thứ", "kỳ", "đợt", "điều", "phần", "mục", "chương", "quyết định", "nghị quyết", "chỉ thị",
               "kết luận", "đề án", "dự án", "chương trình", "công văn", "tháng", "ngày", "quý", "tuần", "giai đoạn",
               "đường", "phòng", "trường", "lớp", *(f"{w} số" for w in _DOCUMENTS))
_COPULA = ("là",)  # "chi tieu nhiem ky la 100 ho": the target the words before it name


def written_without_tones(text: str) -> bool:
    """Whether a text is written without diacritics: under one non-ASCII byte in forty of the first 3,000 characters
    of its paragraphs (lines of 60 characters or more; the whole text when it has none). A page's short lines are
    its furniture and captions, often toned when the article is not ("Ảnh: Hội LHPN" under "Hoi LHPN xa …")."""
    sample = _paragraphs(text[:20000], 3000) or text[:3000]
    return len(sample.encode("utf-8")) - len(sample) <= len(sample) // 40


def _paragraphs(text: str, size: int) -> str:
    """``"".join(_PARAGRAPH.findall(text))[:size]``, the search stopped once ``size`` characters are found (the pattern
    is tried at every character of the text; tests/test_extract_fast.py)."""
    found, n = [], 0
    for m in _PARAGRAPH.finditer(text):
        found.append(m.group())
        n += m.end() - m.start()
        if n >= size:
            break
    return "".join(found)[:size]


_PARAGRAPH = re.compile(r"^[^\n]{60,}", re.MULTILINE)


def toned_key_words(text: str) -> str:
    """``text`` with the words the rules read given their tones (in the case written) when the text is written
    without diacritics (:func:`written_without_tones`); else ``text`` itself. Same length: offsets hold."""
    if not written_without_tones(text):
        return _toned_lines(text)
    return _tone(text)


def _tone(text: str) -> str:
    pattern, table = _figure_words()

    def toned(m: re.Match) -> str:
        key = " ".join(m.group(0).lower().split())
        if key == "cap" and _PAIRS_COUNTED.match(m.string, m.end()):
            return _cased(m.group(0), "cặp")
        return _cased(m.group(0), table[key])
    text = pattern.sub(toned, text)
    return _PLAIN.sub(_toned, text)


# "26 cap tao hon", "12 cap vo chong", "14 cap tham gia": a count of couples ("cặp"), told by the couple's words after
# it; else a count of levels ("chinh quyen dia phuong 2 cap", "Hoi 4 cap", "2 cap xa, huyen") (iv23 P19)
_PAIRS_COUNTED = re.compile(
    r"[ \t]+(?:tao\s+hon|vo\s+chong|ket\s+hon|nam\s+nu|me\s+con|cha\s+con|ba\s+chau|doi|hon\s+nhan"
    r"|(?:dang\s+ky\s+)?ket\s+hon|tham\s+gia|tham\s+du|du\s+thi|song\s+chung)(?![^\W\d_])", re.IGNORECASE)


def _toned_lines(text: str) -> str:
    """A toned text whose paragraph is written without diacritics ("Hoi LHPN da ho tro 1.650 phu nu …, dat 105% ke
    hoach nam."): that line's words toned as a toneless page's are, unless it copies another line of the text (an
    image's alt text or an address slug, furniture: skip_listings)."""
    mixed = any(piece in text for piece in _TONELESS_PIECES)  # a few literal searches: most toned texts hold none
    if "\n" not in text and not mixed:
        return text
    lines = text.split("\n")
    folded: str | None = None
    changed = False
    for k, line in enumerate(lines):
        whole = len(line) >= 60 and line.isascii() and line.count(" ") >= 8
        if not whole and not (mixed and any(piece in line for piece in _TONELESS_PIECES)):
            continue
        if "://" in line or not _DIGIT.search(line):
            continue
        if line.isascii():
            folded = fold(text) if folded is None else folded
            if folded.count(" ".join(line.lower().split())) >= 2:
                continue
        toned = _tone(line) if whole else _toned_clauses(line)
        if toned != line:
            lines[k], changed = toned, True
    return "\n".join(lines) if changed else text  # (most toned texts hold no such line: kept as they are)


# A clause or a line's tail typed without diacritics in a toned line ("…, đạt 146% (chi tieu nhiem ky la 100 ho)", "Các
# cấp Hội ket nap 120 hoi vien, vuot ke hoach"): a run of two or more words shaped as Vietnamese syllables, in ASCII,
# two of them in lower case, between a clause's punctuation or a toned word, is toned as a toneless line is. A name
# ("Nguyen Thi Mai": capitals), a code ("HTX", "LHPN"), an address, English ("online", "check in") or one word ("Zalo")
# is no such run. Gated on a piece of the toneless words a target or a result is told by ("chi tieu", "muc tieu", "ke
# hoach", "hoi vien", "nhiem ky": a toned text writes them "tiêu", "hoạch", "viên", "nhiệm"), searched for in the text,
# then in the line (a literal search each, ~2% of the extraction's time). The words a rate is read by are gated too
# ("…, vuot 20%", "dat 105%", "so voi cung ky", "nghi quyet", "hoan thanh"), and "vuot" or "dat" is toned alone in
# its clause ("Kết nạp 120 hội viên, dat 105%"): the rates read the same toned text
_TONELESS_PIECES = ("tieu", "hoach", "vien", "nhiem", "vuot ", "dat ", "so voi", "cung ky", "nam truoc", "nghi quyet",
                    "hoan thanh")
_RATE_VERBS = frozenset(("vuot", "dat"))
_CLAUSE = re.compile(r"(?:[^,;:()\[\].!?]|[,.](?=\d))+")
_WORD = re.compile(r"[^\W\d_]+")
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?(?:[aeiou][aeiouy]{0,2}|y)"
                       r"(?:ng|nh|ch|[cmnpt])?", re.IGNORECASE)


def _toned_clauses(line: str) -> str:
    toned: str | None = None
    out = line
    for clause in _CLAUSE.finditer(line):
        run: list[re.Match] = []
        for word in [*_WORD.finditer(clause.group(0)), None]:
            if word is not None and word.group(0).isascii() and _SYLLABLE.fullmatch(word.group(0)):
                run.append(word)
                continue
            if (len(run) >= 2 and sum(w.group(0).islower() for w in run) >= 2) or (
                    len(run) == 1 and run[0].group(0) in _RATE_VERBS):
                a, b = clause.start() + run[0].start(), clause.start() + run[-1].end()
                if word is None:
                    b = clause.end()  # the clause's tail: the numbers after its last word are read with it
                toned = _tone(line) if toned is None else toned
                out = out[:a] + toned[a:b] + out[b:]
            run = []
    return out


_DIGIT = re.compile(r"\d")


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _toned(m: re.Match) -> str:
    word = m.group(0)
    if word.lower() in _KIND_WORDS and (before := _WORD_BEFORE.search(m.string, max(0, m.start() - 20), m.start())):
        prev = before.group(1)
        if (word.istitle() and prev.istitle()) or prev.lower() in ("co", "tham"):
            return word  # a person's name ("Nguyen Thi Phuong Thao"), "co quan Nha nuoc", "tham quan Ha Long"
    return _cased(word, _TONED[" ".join(word.lower().split())])


def _cased(written: str, toned: str) -> str:
    """``toned`` (lower case, one space between words) in the case and spacing of ``written``."""
    parts = re.split(r"(\s+)", written)
    words = iter(toned.split(" "))
    out = []
    for k, part in enumerate(parts):
        if k % 2 or not part:
            out.append(part)  # the spaces, and the empty word before a leading space (" ty dong" after "4,1")
            continue
        word = next(words)
        out.append("".join(t.upper() if c.isupper() else t for c, t in zip(part, word)))
    return "".join(out)


def _plain_alternation(table: dict[str, str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, key.split())) for key in sorted(table, key=len, reverse=True))


def _unique_folds(words) -> dict[str, str]:
    """Folded form → the word, for the words whose folded form is theirs alone and as long (one letter per letter)."""
    seen: dict[str, set[str]] = {}
    for w in words:
        seen.setdefault(fold(w), set()).add(w)
    return {key: next(iter(ws)) for key, ws in seen.items()
            if len(ws) == 1 and len(key) == len(next(iter(ws))) and key != next(iter(ws))}


@lru_cache(maxsize=1)
def _figure_words() -> tuple[re.Pattern, dict[str, str]]:
    after = _unique_folds((*_MONEY_WORDS, *_MEASURE_WORDS, *load_words("unit"))) | {
        fold(w): w for w in _STRUCTURE_WORDS}  # (over a counted noun folded alike: "cặp")
    before = _unique_folds((*_HEDGE_WORDS, *_VERB_WORDS, *_NAME_WORDS, *_COPULA))
    hedges = _plain_alternation(_unique_folds((*_HEDGE_WORDS, *_VERB_WORDS)))
    labels = _unique_folds(load_words("counter_label"))
    units = _unique_folds(load_words("unit"))
    each = {f"moi {key}": f"mỗi {word}" for key, word in units.items()} | {
        f"moi {key}": f"mỗi {key}" for key in (w for w in load_words("unit") if fold(w) == w)}
    pattern = re.compile(
        rf"(?<=\d)[ ]?(?:(?i:{_plain_alternation(after)})|(?i:nam)(?!\s+(?i:gioi|nu)(?![^\W\d_])))(?![^\W\d_])"
        rf"|(?<![^\W\d_])(?i:{_plain_alternation(before)}|{_plain_alternation(each)})"
        rf"(?=[ \t]+(?:(?i:{hedges})[ \t]+){{0,2}}\d)"
        rf"|(?<![^\W\d_])(?i:{_plain_alternation(labels)})(?=[ \t]*:?[ \t]*\d)"
        rf"|(?<![^\W\d_])(?i:{_plain_alternation(_FIGURE_PHRASES)})(?![^\W\d_])")
    return pattern, {**after, **before, **each, **labels, **_FIGURE_PHRASES, "nam": "năm"}
