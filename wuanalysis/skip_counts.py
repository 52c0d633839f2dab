"""Skip rules for the text's own structure and thresholds: periods and items after the number ("3 năm", "8 tiêu
chí"), how many targets or programmes a text sets ("đề ra 9 chỉ tiêu", "02 cuộc vận động"), ranks ("1 trong 3 địa
phương"), places counted then named, the unions of merged or listed places ("Hội LHPN của 3 xã cũ"), the make-up of
each thing counted ("09 đội (mỗi đội có 05 thành viên)"), the units that reported ("theo báo cáo của 63 tỉnh"), "Cụm
gồm 9 tỉnh", zero, and a threshold inside an indicator's definition ("100% cơ sở hội tổ chức ít nhất 2 hoạt động",
"có thu nhập trên 100 triệu đồng/năm", "có tỷ lệ tập hợp dưới 50%"). Rules of :data:`wuanalysis.skip_rules.RULES`.

Every pattern runs on :func:`wuanalysis.text.match_form`, so "hoà"/"hòa" both match.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .skip_patterns import (
    CAPITAL, CLAUSE_BREAK, CRITERIA_AFTER, CRITERIA_BREAK, INCOME_FLOOR, ITEM_HOLDS_BEFORE, ITEMS_MET, KIN_AFTER,
    MET_AFTER, MET_BEFORE, MONEY_OR_RATE_AFTER, ONE_BREAK, ONE_THRESHOLD_BEFORE, PLACE_NAMES, PROGRAMMES, RANK_AFTER,
    RANK_BEFORE, RANK_FIRST, RANK_OF, RATE_DEFINED_BEFORE, RATE_HEDGE_AFTER, SHARE_BREAK, SHARE_OF_TARGET, TARGET_COUNT,
    Token,
)
from .units import period_after


def standing_programmes(t: Token) -> str | None:
    """The Union's standing programmes, a handful at most: "02 cuộc vận động “Xây dựng gia đình 5 không 3 sạch”",
    "2 phong trào thi đua yêu nước, 2 cuộc vận động gắn với …" (not "15 cuộc vận động quyên góp")."""
    m, end = t.m, t.end
    return "structure" if t.digits and t.denominator is None and t.value <= 6 and m[end + 1:end + 2] in (
        "p", "c", "P", "C") and PROGRAMMES.match(m, end) else None


_ADMINISTRATIVE_POOL = re.compile(
    r"\s+(?:đơn vị hành chính|(?:xã|phường|đặc khu|thị trấn)(?:\s*,\s*(?:xã|phường|đặc khu|thị trấn))+)(?![^\W_])")


def rank_among(t: Token) -> str | None:
    """A place ranked among a few others, both numbers: "là 1 trong 3 địa phương đầu tiên", "một trong 2 xã dẫn đầu"
    (not "có 10 trong số 12 chỉ tiêu đạt", "Trong số 273 dự án", "là một trong 33 dự án đoạt giải": a field of
    more than ten is counted)."""
    low, start, end = t.low, t.start, t.end
    if not t.digits or t.denominator is not None or "trong" not in low[max(0, start - 12):end + 8]:
        return None
    if (after := RANK_OF.match(low, end)):  # the first number: "1 trong 3 …"
        ranked = RANK_BEFORE.search(low, max(0, start - 16), start) or RANK_AFTER.match(low, after.end())
        return "structure" if ranked else None
    if _ADMINISTRATIVE_POOL.match(low, end) and RANK_FIRST.search(low, max(0, start - 20), start):
        return "structure"  # "là một trong 168 đơn vị hành chính cấp xã của thành phố": the pool a place is part of
    if t.value <= 10 and (before := RANK_FIRST.search(low, max(0, start - 20), start)):  # "(một|1) trong 3 …"
        ranked = RANK_BEFORE.search(low, max(0, before.start() - 16), start) or RANK_AFTER.match(low, end)
        return "structure" if ranked else None
    return None


def period_or_structure_after(t: Token) -> str | None:
    """"3 năm", "6 tháng", "25 tuổi", "8 tiêu chí", "3 nhiệm vụ", "10 định hướng", "5 không, 3 sạch": periods,
    ages, the text's own items and slogans ("9/9 tiêu chí đều đạt" counts items met)."""
    return "period/structure" if period_after(t.m, t.end) and not (
        t.denominator is not None and ITEMS_MET.match(t.m, t.end)) else None


def count_of_targets(t: Token) -> str | None:
    """How many targets a text sets: "đề ra … 9 chỉ tiêu chủ yếu", "11 nhóm chỉ tiêu", "với 46 chỉ tiêu" (but "đạt
    và vượt 8 chỉ tiêu", "3 chỉ tiêu hoàn thành trước thời hạn" report targets met)."""
    if t.denominator is not None:
        return None
    m, end = t.m, t.end
    hit = TARGET_COUNT.match(m, end)
    if not hit:
        return None
    if t.stripped_tail.endswith(("trong", "trên", "số")) and _PART_OF_WHOLE_BEFORE.search(t.tail):
        return "structure"  # "vượt 10 trong 12 chỉ tiêu", "đạt 7 trên 9 chỉ tiêu": the whole is the framework's size
    met = MET_BEFORE.search(m, max(0, end - 130), end)
    if met and " thuộc " in m[met.start():end]:
        return "structure"  # "đạt và vượt 12/18 tiêu chí thuộc 7 chỉ tiêu của Nghị quyết": the framework's size
    if met and _aims_listed_next(m, met.start(), hit.end()):
        return "structure"
    return "structure" if not met and not MET_AFTER.match(m, hit.end()) else None


# the whole after its part: "hoàn thành 10 trong 12 chỉ tiêu", "7 trên 9 chỉ tiêu", "11 trong tổng số 12 chỉ tiêu"
# (iv19 P15)
_PART_OF_WHOLE_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}\s+(?:trong|trên)\s+(?:tổng\s+)?(?:số\s+)?$")
# "Đại hội phấn đấu đạt 09 chỉ tiêu:", "phấn đấu hoàn thành 7 chỉ tiêu chủ yếu sau:": the aims a plan sets, listed next
_AIM_BEFORE = re.compile(r"(?<![^\W_])(?:phấn đấu|quyết tâm|nỗ lực)\s+(?:để\s+)?$", re.IGNORECASE)
_LIST_OPENS = re.compile(r"(?:\s+(?:chủ yếu|cơ bản|chính|trọng tâm|(?:như\s+)?sau)){0,2}\s*:", re.IGNORECASE)


def _aims_listed_next(m: str, met_at: int, count_end: int) -> bool:
    """"phấn đấu đạt 09 chỉ tiêu:": the count of aims set, before their list (not "đã đạt 8 chỉ tiêu:", a result)."""
    return bool(_LIST_OPENS.match(m, count_end) and _AIM_BEFORE.search(m, max(0, met_at - 30), met_at))


def place_enumeration(t: Token) -> str | None:
    """A count of places that names them next: "tại 2 xã Yên Định và Bá Thước", "3 huyện Chợ Đồn, Ba Bể và Na Rì"."""
    if not t.m.startswith(" ", t.end) or not (kind := t.v.place_kind_after.match(t.m, t.end)):
        return None
    names = PLACE_NAMES.match(t.m, kind.end())
    return "enumeration" if names and names.group(1).isupper() else None


# "… tại các xã Xuân Đài, Minh Đài. Tại 2 xã, Hội trao …", "ở hai phường Đông Hòa và Tây Hòa; tại 2 phường này": the
# places just named, counted again as where the work was done (rc4 r005; not "tại 5 xã khác", nor "tại 3 xã")
_PLACE_KIND = r"(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thôn|ấp|bản|xóm)"
_AT_BEFORE = re.compile(r"(?<![^\W_])(?:tại|ở)\s+$")
_KIND_AGAIN = re.compile(rf"\s+({_PLACE_KIND})(?:\s+(?:này|nói trên|trên))?\s*(?=[,;:.])")
_A_NAME = rf"[{CAPITAL}][^\W\d_]*(?:\s+[{CAPITAL}][^\W\d_]*){{0,3}}"
_NAME_SEPARATOR = re.compile(r"\s*(?:,|và)\s*")


@lru_cache(maxsize=16)
def _named_before(kind: str) -> re.Pattern:
    """"các xã Xuân Đài, Minh Đài", "hai phường Đông Hòa và Tây Hòa": places of one kind named in a list."""
    k = re.escape(kind)
    return re.compile(rf"(?<![^\W_])(?:[Cc]ác|[Hh]ai|[Bb]a|[Bb]ốn)\s+{k}\s+({_A_NAME}(?:\s*(?:,|và)\s*(?:{k}\s+)?"
                      rf"{_A_NAME})+)")


def places_named_again(t: Token) -> str | None:
    """"Tại 2 xã, …" right after "tại các xã Xuân Đài, Minh Đài": as many places as were just named, counted again."""
    if not t.digits or t.value > 5 or t.denominator is not None or not _AT_BEFORE.search(t.tail):
        return None
    if not (kind := _KIND_AGAIN.match(t.low, t.end)):
        return None
    lists = _named_before(kind.group(1)).findall(t.m, max(0, t.start - 200), t.start)
    return "enumeration" if lists and len(_NAME_SEPARATOR.split(lists[-1].strip())) == t.value else None


def gom_structure(t: Token) -> str | None:
    """"Cụm gồm 9 tỉnh" describes (but "mỗi suất gồm 1 triệu đồng", "15 mô hình, gồm 5 HTX" break a result down,
    "Ban Chấp hành gồm 155 ủy viên" counts people, "Hội LHPN tỉnh gồm 96 Hội LHPN xã" the union's own units, and
    "Chỉ tiêu 3 gồm 12 mô hình" a numbered target's content)."""
    m, end = t.m, t.end
    return "structure" if t.last_word == "gồm" and not MONEY_OR_RATE_AFTER.match(m, end) and not _follows_a_figure(
        t, t.start) and not t.v.people_after.match(m, end) and not _own_units_next(t) and not (
        ITEM_HOLDS_BEFORE.search(t.tail)) else None


def _own_units_next(t: Token) -> bool:
    """"Hội LHPN tỉnh gồm 96 Hội LHPN xã", "gồm 38 chi hội": the union's own units (not a cluster's, "Cụm … gồm")."""
    return bool(_OWN_UNITS_NEXT.match(t.low, t.end)) and "cụm" not in t.left_low[-60:] and "khối" not in t.tail


# the union's own units, figures by the thirteenth session's house rule: "gồm 96 Hội LHPN xã", "gồm 38 chi hội" (not
# "gồm 5 Hội LHPN tỉnh thành viên", a cluster's members)
_OWN_UNITS_NEXT = re.compile(
    r"\s+(?:hội (?:lhpn|liên hiệp phụ nữ|phụ nữ)|chi hội|cơ sở hội|tổ hội|chi, tổ hội)(?![^\W_])"
    r"(?![^.;:\n]{0,40}thành viên)")


def targets_set(t: Token) -> str | None:
    """"Đại hội đề ra 9 chỉ tiêu": the number of targets set."""
    return "structure" if t.stripped_tail.endswith("đề ra") and t.low.startswith(  # (the tail is lower case)
        "chỉ tiêu", t.end + 1) else None


def zero(t: Token) -> str | None:
    """"0 đồng", "Gian hàng 0 đồng": nothing counted (but "nợ quá hạn 0%", "tỷ lệ nợ xấu 0%" is a rate reported)."""
    if t.value != 0:
        return None
    return None if t.after == "%" and _ZERO_RATE_BEFORE.search(t.tail) else "zero"


# the rates a report may give as zero: overdue or bad debt, re-poverty, a share named by "tỷ lệ" (iv17 P19)
_ZERO_RATE_BEFORE = re.compile(
    r"(?:nợ quá hạn|nợ xấu|tái nghèo|tỷ lệ|tỉ lệ)[^\d,;.()\n]{0,40}?(?:\s(?:là|ở mức|còn|chỉ|đạt|chiếm)|:)?\s*$")


def one_threshold(t: Token) -> str | None:
    """"có ít nhất 1 phụ nữ", "tiếp cận ít nhất 1 dịch vụ": a threshold inside an indicator's definition (but
    "hằng năm giám sát ít nhất 01 chính sách" is a target, and so is "mỗi xã có ít nhất 01 mô hình", one for each
    unit)."""
    if not (t.qualifier == "at_least" and t.value == 1 and ONE_THRESHOLD_BEFORE.search(t.tail)):
        return None
    each_unit = "mỗi" in t.left_low and _EACH_UNIT_HAS.search(t.left_low) and _BUILT_THING_NEXT.match(t.low, t.end)
    return None if each_unit else "threshold"


def condition_bar(t: Token) -> str | None:
    """The bar in a rule's condition: "Các xã, phường có dư nợ trên 50 tỷ đồng phải …", "đơn vị đạt dưới 80% chỉ tiêu
    không được xét …", "chi hội có trên 300 hộ kết nạp ít nhất 12 hội viên", "hộ vay trên 100 triệu đồng phải có tài
    sản bảo đảm", "Các Hội LHPN cơ sở đạt từ 90% chỉ tiêu trở lên được xét khen thưởng" (iv16 P8, iv20 P10, iv22 P5;
    not "4 đơn vị còn lại đạt từ 80% kế hoạch trở lên", a result of units counted,
    nor "các xã có trên 90% hội viên được tuyên truyền", a result)."""
    hedge_len = t.hedge_len
    if t.qualifier == "exact" and t.stripped_tail.endswith(" từ") and "trở lên" in t.low[t.end:t.end + 40]:
        hedge_len = len(t.left_low) - len(t.left_low.rstrip()) + 2  # "đạt từ 90% chỉ tiêu trở lên được xét …" (iv22 P5)
    elif t.qualifier not in ("more_than", "less_than"):
        return None
    if not _CONSEQUENCE_WORDS.search(t.low, t.end, t.end + 60):
        return None  # (a literal search first: most hedged numbers are no condition's)
    before = t.left_low[:len(t.left_low) - hedge_len]
    if not _CONDITION_SUBJECT.search(before) or not (unit := t.v.counted_after.match(t.m, t.end)):
        return None
    return "threshold" if _CONSEQUENCE.match(t.low, unit.end()) else None


_CONSEQUENCE_WORDS = re.compile(r"phải|được|sẽ|thì|ít nhất|tối thiểu|không xét")
# a generic subject opening its clause (no number counts it), and what it has or reaches
_CONDITION_SUBJECT = re.compile(
    r"(?:^|[;:.\n(]\s*|[-–•+]\s*)(?:(?:các|những|mỗi)\s+)?"
    # "Các Hội LHPN cơ sở đạt từ 90% chỉ tiêu trở lên được xét khen thưởng" (iv22 P5)
    r"(?:xã|phường|đặc khu|thị trấn|chi hội|cơ sở hội|tổ hội|đơn vị|hộ(?:\s+gia đình)?|hội viên|thôn|ấp|bản"
    r"|hội (?:lhpn|liên hiệp phụ nữ|phụ nữ) (?:cơ sở|xã|phường|xã, phường))"
    r"(?:\s*,\s*(?:xã|phường|đặc khu|thị trấn))*(?:\s+nào)?\s+(?:có|đạt|vay|còn)(?:\s+[^\W\d_]+){0,3}\s*$")
# what the condition brings, right after the bar's unit and a few words: a duty, a bar from a title, a per-unit aim
_CONSEQUENCE = re.compile(
    # ("… đạt từ 90% chỉ tiêu trở lên được xét khen thưởng; đơn vị đạt dưới 70% không xét thi đua")
    r"(?:\s+[^\W\d_]+){0,4}?\s+(?:phải|không được|sẽ|thì|được ưu tiên|được xét|được đề nghị|không xét"
    r"|(?:[^\W\d_]+\s+){1,2}(?:ít nhất|tối thiểu)\s+\d)")


# "mỗi xã có ít nhất 01 mô hình …", "mỗi phường, xã có ít nhất 1 …", "mỗi chi hội duy trì tối thiểu 01 tổ …": a target
# set for each unit (iv11 M1; not "mỗi năm Hội … có ít nhất 1", a period)
_EACH_UNIT_HAS = re.compile(
    r"(?<![^\W_])mỗi\s+(?!năm|tháng|quý|tuần|ngày|đợt|kỳ)[^\W\d_]+(?:[ \t]*,?[ \t]*[^\W\d_]+){0,3}?"
    # "Mỗi chi hội (18 chi hội) duy trì ít nhất 1 tổ": the units counted in brackets (iv22 P2)
    r"(?:\s*\(\s*\d[\d.]*\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*\))?"
    # "Mỗi cơ sở Hội hằng năm có ít nhất 01 công trình": a time of the target before its verb (iv13 T)
    r"(?:\s+(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng))?"
    r"\s+(?:(?:đều|phải|cần|phấn đấu)\s+)?(?:có|duy trì|xây dựng và duy trì)\s+(?:ít nhất|tối thiểu)\s*$")
# … of something the Union builds and counts among its results (not "mỗi cơ sở hội có ít nhất 1 loại hình hoạt
# động", the kind of work an indicator asks for, SCHEMA's threshold)
_BUILT_THING_NEXT = re.compile(
    r"\s*(?:mô hình|tổ|nhóm|câu lạc bộ|clb|hợp tác xã|htx|công trình|phần việc|điểm|chi hội)(?![^\W_])")


def threshold_inside_a_share(t: Token) -> str | None:
    """"100% cơ sở hội tổ chức ít nhất 2 hoạt động", "100% chi hội tập hợp được trên 60% phụ nữ": a hedged count inside
    the definition of a share — a percent with its own subject shortly before, no comma between (not "đạt 100% kế
    hoạch, kết nạp trên 300 hội viên", nor "tổ chức 05 đợt lao động có trên 1.200 hội viên")."""
    if not t.figures or t.figures[-1].unit_class not in ("percent", "ratio"):
        return None
    prev, start = t.figures[-1], t.start - t.hedge_len
    if "tỷ lệ" in t.left_low and (rate := RATE_DEFINED_BEFORE.search(t.left_low)) and (
        t.qualifier != "exact" or RATE_HEDGE_AFTER.match(t.low, t.end)) and (
        t.start - len(t.left_low) + rate.start() - prev.end < 40 and not CLAUSE_BREAK.search(t.m, prev.end, start)
    ):
        return "threshold"  # "18/18 phường, xã đạt tỷ lệ tập hợp hội viên trên 60%"
    if t.qualifier not in ("more_than", "at_least") or prev.unit_class != "percent":
        return None
    one = t.value == 1 and not MONEY_OR_RATE_AFTER.match(t.m, t.end)  # not "vận động ít nhất 1 tỷ đồng"
    gap = 160 if one else 80  # "100% cơ sở hội đăng ký xây dựng và thực hiện ít nhất 01 hoạt động"
    breaks = ONE_BREAK if one else SHARE_BREAK
    if start - prev.end >= gap or SHARE_OF_TARGET.match(t.low, prev.end):
        return None
    between = t.low[prev.end:start]
    if prev.unit_class == "percent" and between.strip() in _RAISED_TO:
        return None  # "nâng tỷ lệ tập hợp hội viên từ 68% lên trên 70%": the level the share is raised to
    if "," in between:  # "100% cơ sở Hội được hướng dẫn, hỗ trợ tổ chức ít nhất 2 hoạt động": two verbs of one help
        between = _HELP_VERBS_JOINED.sub(" ", between)
    return None if breaks.search(between) else "threshold"


_RAISED_TO = frozenset(("lên", "lên mức", "lên đến", "lên tới", "đến", "tới"))
_HELP_VERBS_JOINED = re.compile(r"(?<=[^\W\d_]),\s*(?=(?:hỗ trợ|hướng dẫn|tư vấn|giúp đỡ|tạo điều kiện|tập huấn)\b)")


def criteria_bar(t: Token) -> str | None:
    """"phấn đấu 90% chi hội đạt 5/5 tiêu chí", "100% hộ gia đình đạt 8/8 tiêu chí": the full set of criteria a share
    must meet is the bar of the share's definition, not a ratio of its own (not "xã đạt 17/19 tiêu chí", a result)."""
    if t.denominator != t.value or not t.figures or t.figures[-1].unit_class != "percent":
        return None
    if not (t.stripped_tail.endswith("đạt") and CRITERIA_AFTER.match(t.low, t.end)):
        return None
    prev = t.figures[-1]  # "100% hộ gia đình và thành viên tham gia mô hình đạt 8/8 tiêu chí"
    inside = t.start - prev.end < 80 and not CRITERIA_BREAK.search(t.m, prev.end, t.start)
    return "threshold" if inside else None


def kin_count(t: Token) -> str | None:
    """A heroic mother's children and husband: "có chồng và 1 người con hy sinh", "Mẹ có 3 người con là liệt sĩ" are
    her story, not the Union's work (not "hỗ trợ 20 người con của hội viên")."""
    if not (t.digits and t.value <= 12):
        return None
    if t.stripped_tail.endswith(_RAISES) and _CHILDREN_AFTER.match(t.low, t.end):
        return "biography"  # "chị Lan (44 tuổi) một mình nuôi 3 con nhỏ", "có 2 con đang đi học": her family
    if not (kin := KIN_AFTER.match(t.low, t.end)):
        return None
    return "biography" if kin.group(1) or t.stripped_tail.endswith(("chồng và", "chồng,")) else None


_RAISES = (" nuôi", " có", " sinh", " sinh được", " nuôi dạy")
_CHILDREN_AFTER = re.compile(
    r"\s*(?:người\s+)?con(?:\s+(?:nhỏ|trai|gái|thơ|dại|đang|ăn học|đi học|bị|khuyết tật|và|là|đều|hy sinh|hi sinh"
    r"|liệt sĩ|liệt sỹ)\b|\s*[,.;)])")


# the income that defines a poverty line, in brackets after it: "hộ thoát nghèo theo chuẩn nghèo giai đoạn 2021 - 2025
# (thu nhập dưới 36 triệu đồng/người/năm)", "chuẩn cận nghèo (mức thu nhập bình quân từ 1,5 triệu đồng …"
_POVERTY_LINE = re.compile(
    r"chuẩn (?:cận )?nghèo[^.;()\n]{0,100}\(\s*(?:mức\s+)?thu nhập(?:\s+bình quân)?(?:\s+đầu người)?"
    r"\s+(?:dưới|không quá|từ|trên|thấp hơn|bằng)\s*$")


def income_class(t: Token) -> str | None:
    """An income floor that defines what a count or a share counts: "287 mô hình làm kinh tế giỏi có thu nhập trên 100
    triệu đồng/năm", "1.520 hội viên có mức thu nhập từ 100 triệu đồng/năm trở lên", "phấn đấu 95% hội viên có thu nhập
    từ 5 triệu đồng/tháng trở lên" (not "15 thành viên, thu nhập trên 8 triệu đồng", nor "Thu nhập bình quân … đạt
    trên 60 triệu đồng")."""
    if "thu nhập" in t.tail and _POVERTY_LINE.search(t.low, max(0, t.start - 160), t.start):
        return "threshold"  # "theo chuẩn nghèo … (thu nhập dưới 36 triệu đồng/người/năm)": the line's definition
    if "thu nhập" not in t.tail or not t.figures or not (floor := INCOME_FLOOR.search(t.tail)):
        return None
    if _INCOME_RAISED.search(t.tail, 0, floor.start()):
        return None  # "giúp 160 hộ tăng thu nhập bình quân từ 25 đến 40 triệu đồng/năm": what the help raised, a result
    prev, at = t.figures[-1], t.start - len(t.tail) + floor.start()
    counts = (prev.unit_class == "count" and prev.unit) or prev.unit_class == "percent"  # "95% hội viên có thu nhập …"
    return "threshold" if counts and 0 <= at - prev.end < 80 and not SHARE_BREAK.search(t.m, prev.end, at) else None


_INCOME_RAISED = re.compile(r"(?<![^\W_])(?:tăng|nâng|nâng cao)\s+(?:mức\s+)?$")


def _follows_a_figure(t: Token, start: int) -> bool:
    """Whether a figure of the same clause comes shortly before ``start``."""
    if not t.figures:
        return False
    prev = t.figures[-1]
    return start - prev.end < 60 and not CLAUSE_BREAK.search(t.m, prev.end, start)


# "Hội LHPN của 3 xã cũ", "Ban Chấp hành Hội LHPN 3 xã" (the three named elsewhere, "Hội LHPN 3 xã: Chiên Đàn, …"): the
# unions of places a merger joined or the text lists, not a count of results ("Nhiệm kỳ qua, hội LHPN 10 xã …" is one)
_UNIONS_BEFORE = re.compile(
    r"(?:hội (?:lhpn|liên hiệp phụ nữ|phụ nữ)|ban chấp hành hội[^\d,.;:()\n]{0,25})(?:\s+(?:của|các|thuộc))*\s*$")
_PLACE_KIND_NEXT = re.compile(  # ("sáp nhập 4 đơn vị hành chính cũ", "… 3 đơn vị hành chính cấp xã", "3 đơn vị cũ")
    r"\s*(xã|phường|thị trấn|huyện|quận|thị xã|thôn|ấp|bản|tổ dân phố|khu phố|đơn vị hành chính|đơn vị)(?![^\W_])"
    r"(\s+(?:cũ|trước (?:khi )?sáp nhập)(?![^\W_]))?")


# the unions a plan's implementation addresses: "Căn cứ Kế hoạch này, Hội LHPN 96 xã, phường, đặc khu xây dựng kế
# hoạch", "Đề nghị Hội LHPN 18 xã, thị trấn triển khai …" (iv5 A3)
_DIRECTED_BEFORE = re.compile(
    r"(?:căn cứ\s+(?:kế hoạch|hướng dẫn|công văn|chương trình|nghị quyết)\s+(?:này|trên)\s*,?|đề nghị|yêu cầu)"
    r"\s+(?:ban thường vụ\s+)?hội (?:lhpn|liên hiệp phụ nữ|phụ nữ)(?:\s+(?:của|các))*\s*$")
# "hội nghị triển khai kế hoạch năm 2026 tới Hội LHPN 94 xã, phường, đặc khu", "quán triệt nghị quyết đến Hội LHPN …":
# the unions a plan or a resolution is passed down to (iv13 R′; not "trao 200 suất quà tới Hội LHPN 12 xã", work done)
_PASSED_DOWN_BEFORE = re.compile(
    r"(?<![^\W_])(?:triển khai|quán triệt|phổ biến|gửi)(?![^\W_])[^.;:\n]{0,60}?\s(?:tới|đến)\s+(?:các\s+)?"
    r"hội (?:lhpn|liên hiệp phụ nữ|phụ nữ)\s*$")


def unions_of_places(t: Token) -> str | None:
    """"Hội LHPN của 3 xã cũ luôn …", "Hội LHPN 3 đơn vị cũ", "Hội LHPN 3 xã báo cáo …" in a text that names the three
    ("Hội LHPN 3 xã: Chiên Đàn, Tây Hồ và Phú Ninh"), the unions a plan addresses ("Căn cứ Kế hoạch này, Hội LHPN 96
    xã, phường, đặc khu xây dựng …"): the unions of the places a merger joined, the text lists or a plan directs, an
    enumeration (rc8 B1, iv5 A3; not "chủ tịch Hội LHPN 126 xã, phường", the heads of a meeting)."""
    if t.denominator is not None or "hội" not in t.tail or not (kind := _PLACE_KIND_NEXT.match(t.low, t.end)):
        return None
    if not _UNIONS_BEFORE.search(t.tail):
        return None
    if kind.group(2) or ("căn cứ" in t.left_low or "đề nghị" in t.left_low or "yêu cầu" in t.left_low) and (
            _DIRECTED_BEFORE.search(t.left_low)):
        return "enumeration"
    if (" tới " in t.tail or " đến " in t.tail) and _PASSED_DOWN_BEFORE.search(t.left_low):
        return "enumeration"
    listed = re.compile(rf"(?<![\d.,]){re.escape(t.text)}\s+{kind.group(1)}\s*:\s*[{CAPITAL}]")
    return "enumeration" if listed.search(t.m) else None


# "(hợp nhất từ 4 xã)", "được sáp nhập từ 5 phường", "sau khi sắp xếp 3 xã": the places a merger joined
# "được hình thành từ toàn bộ hoặc một phần của 11 phường", "thành lập trên cơ sở 3 xã": a new unit's parts
_MERGED_FROM_BEFORE = re.compile(
    # "được thành lập từ ngày 1/7/2025 trên cơ sở 5 phường": the date between the verb and its parts (iv23 P20)
    r"(?:(?:hợp nhất|sáp nhập|sắp xếp|nhập)(?:\s+(?:từ|lại))?|(?:hình thành|thành lập)"
    r"(?:\s+(?:từ\s+)?ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?\s*,?)?\s+(?:từ|trên cơ sở))"
    r"(?:\s+(?:toàn bộ|một phần)(?:\s+(?:hoặc|và)\s+(?:toàn bộ|một phần))?)?"
    r"(?:\s+(?:hội (?:lhpn|liên hiệp phụ nữ|phụ nữ)))?(?:\s+(?:của|các))*"
    # "hợp nhất thị trấn Hưng Phú và 4 xã lân cận", "sáp nhập phường Đông Sơn với 2 xã": the town it joined, named first
    r"(?:\s+(?:thị trấn|xã|phường)(?:\s+[^\W\d_]+){0,4}\s+(?:và|với))?\s*$")


def merged_places(t: Token) -> str | None:
    """"Hội LHPN xã (hợp nhất từ 4 xã) đã kết nạp 236 hội viên", "được sáp nhập từ 5 phường": the places the 2025
    merger joined, an enumeration (not "hỗ trợ 3 xã xây dựng nông thôn mới", places where work was done)."""
    left = t.left_low[-64:]  # ("hình thành từ toàn bộ hoặc một phần của" is longer than the tail)
    if t.denominator is not None or not ("nhất" in left or "nhập" in left or "sắp xếp" in left or "thành" in left):
        return None  # (a literal test first: most numbers follow neither word)
    # (the kind of place after the number first: one anchored match, where the verb's is a search of 64 characters)
    return "enumeration" if _PLACE_KIND_NEXT.match(t.low, t.end) and _MERGED_FROM_BEFORE.search(left) else None


# "09 đội (mỗi đội có 05 thành viên)", "6 đội, mỗi đội 4 thành viên": the make-up of each one counted before
_EACH_OF_BEFORE = re.compile(r"[(,]\s*mỗi\s+([^\W\d_]+(?:\s+(?!có\b|gồm\b)[^\W\d_]+)?)\s+(?:có\s+|gồm\s+)?$")


def make_up_of_each(t: Token) -> str | None:
    """"Hội thi với 09 đội (mỗi đội có 05 thành viên)", "12 tổ tiết kiệm, mỗi tổ gồm 15 thành viên": how many each of
    the things just counted holds describes them (rc8 B3); money for each one ("mỗi suất 500 nghìn đồng") is a
    figure, and so is a target per unit ("mỗi chi hội giúp 1 hộ")."""
    if "mỗi" not in t.tail or not t.figures or MONEY_OR_RATE_AFTER.match(t.m, t.end):
        return None
    each = _EACH_OF_BEFORE.search(t.tail)
    prev = t.figures[-1]
    if each is None or not prev.unit or prev.unit_class != "count":
        return None
    noun, unit = each.group(1), prev.unit.lower()
    if _handed_to_each(t, prev.start, each.group(0)):
        return None
    return "structure" if (unit == noun or unit.startswith(noun + " ")) and not CLAUSE_BREAK.search(
        t.m, prev.end, t.start - len(each.group(0))) else None


# "hỗ trợ 5 hộ, mỗi hộ 3.000 con cua giống", "trao 30 suất quà, mỗi suất 10 kg gạo": what each one given to received
_GIVEN_TO_BEFORE = re.compile(
    r"(?<![^\W_])(?:hỗ trợ|trao|tặng|cấp|phát|giúp|cho)(?:\s+(?:tặng|cho|không|vốn|giống))?\s+$")


def _handed_to_each(t: Token, given_at: int, each: str) -> bool:
    """"tặng 8 hộ, mỗi hộ 2 con bò": the things given to each of the units just counted, a result (not "mỗi tổ có 7
    thành viên", the make-up of each)."""
    return " có " not in each and " gồm " not in each and bool(
        _GIVEN_TO_BEFORE.search(t.low, max(0, given_at - 24), given_at))


# "Còn 12 xã có tỷ lệ tập hợp dưới 70% phụ nữ", "số cơ sở có tỷ lệ tập hợp dưới 50%": the bar units are sorted by
_BAR_OF_UNITS = re.compile(r"\bcó\s+tỷ lệ[^,;.\n\d]{0,40}?(?:trên|dưới|hơn|từ|ít nhất|tối thiểu|không quá)\s*$")


def bar_on_a_rate(t: Token) -> str | None:
    """"… có tỷ lệ tập hợp dưới 50% phụ nữ", "45 chi hội có tỷ lệ tập hợp trên 80%": a hedged share after the units that
    "có tỷ lệ" is the bar they are sorted by, whatever the hedge word (rc8 B4; "Tỷ lệ tập hợp đạt trên 85%" reports)."""
    if t.qualifier == "exact" or "tỷ lệ" not in t.tail or not t.low.startswith("%", t.end):
        return None
    return "threshold" if _BAR_OF_UNITS.search(t.tail) else None


# "6/9 tỉnh vượt từ 10% trở lên", "có 12 xã vượt trên 20%", "5 chi hội đạt từ 90% trở lên": the units counted are
# those past a bar; the hedged share is the bar, no result (iv4 B2)
_PAST_A_BAR_BEFORE = re.compile(r"(?:vượt|đạt)(?:\s+(?:kế hoạch|chỉ tiêu))?\s+(?:từ|trên|hơn|ít nhất)\s*$")
_UNITS_COUNTED = re.compile(
    r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu|cơ sở hội|cơ sở|chi hội|tổ hội|đơn vị)(?![^\W_])")


_OF_THE_PLAN = re.compile(r"\s*(?:kế hoạch|chỉ tiêu|kh)(?![^\W_])")


def _indicators_past_an_excess(bar: str, unit: str) -> bool:
    """"trong đó có 5 chỉ tiêu vượt trên 15%": the indicators counted by how far they passed a bar (not "2 chỉ tiêu đạt
    trên 90%", the rate they reached)."""
    return bar.startswith("vượt") and unit.lower() in ("chỉ tiêu", "nhiệm vụ")


def bar_past_units(t: Token) -> str | None:
    """"… trong đó 6/9 tỉnh vượt từ 10% trở lên": a hedged share right after a count of units that passed it is the
    bar they are counted by (not "kết nạp 120 hội viên, vượt 20%", a result's excess)."""
    if not t.figures or not t.low.startswith("%", t.end) or not (bar := _PAST_A_BAR_BEFORE.search(t.tail)):
        return None
    if bar.group().startswith("đạt") and _OF_THE_PLAN.match(t.low, t.end + 1):
        return None  # "4 đơn vị còn lại đạt từ 80% kế hoạch trở lên": a share of the plan reached, a rate (iv11 M2;
        # "4 tỉnh vượt trên 20% kế hoạch" is the bar of an excess)
    prev = t.figures[-1]
    if prev.unit_class not in ("count", "ratio") or not prev.unit or not (
            _UNITS_COUNTED.fullmatch(prev.unit.lower()) or _indicators_past_an_excess(bar.group(), prev.unit)):
        return None
    return None if t.start - prev.end > 30 or CLAUSE_BREAK.search(t.m, prev.end, t.start) or "," in t.m[
        prev.end:t.start] else "threshold"


_REPORTING_BEFORE = re.compile(r"theo\s+(?:số liệu\s+)?(?:báo cáo|thống kê|tổng hợp)\s+(?:của|từ)\s+(?:các\s+)?$")


def reporting_units(t: Token) -> str | None:
    """"Theo báo cáo của 34 tỉnh, thành Hội", "theo số liệu báo cáo từ 15 huyện": the units that reported, the text's
    own source (rc8 B5)."""
    return "structure" if "theo" in t.tail and _REPORTING_BEFORE.search(t.tail) else None


# "5 tỉnh ký giao ước thi đua với 8 nội dung", "12 xã trong cụm cùng ký kết giao ước thi đua": the members that sign
_SIGNERS_NEXT = re.compile(
    r"\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đơn vị|cơ sở hội)(?:\s*,\s*thành(?:\s+phố)?)?"
    r"(?:\s+(?!ký\b)[^\W\d_]+){0,4}?\s+(?:cùng\s+)?ký(?:\s+kết)?\s+giao ước")


def signers_of_a_pact(t: Token) -> str | None:
    """The units of a cluster that sign its emulation pact, the cluster's own make-up (iv3 B5; not "Hội ký giao ước
    với 5 tỉnh", nor "5 tỉnh đã kết nạp …")."""
    if not t.digits or "giao ước" not in t.low[t.end:t.end + 60]:
        return None
    return "structure" if _SIGNERS_NEXT.match(t.low, t.end) else None


# (unions_after_a_merger retired: "sau sắp xếp, toàn Hội có 34 Hội LHPN tỉnh, thành phố và 3.321 Hội LHPN xã, phường,
# đặc khu" counts the union's own units, figures by the thirteenth session's house rule, checksets/README.md)


# the administrative places a congress's delegates speak for: "300 đại biểu thay mặt gần 590 ngàn hội viên của 103 xã,
# phường dự Đại hội" (iv5 A3; but the union's own units are counted: "150 đại biểu đại diện cho 14.726 hội viên của 52
# chi hội", "… của 135 cơ sở Hội"; and "trao quà cho 405 trẻ em … của 86 xã" names places where work was done)
_REPRESENTED_BEFORE = re.compile(
    r"(?:thay mặt|đại diện)(?![^\W_])[^.;:()\n\d]*\d[\d.,]*[^.;:()\n\d]*(?:của|thuộc|ở|từ)\s+$")
_PLACES_NEXT = re.compile(
    r"\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|đặc khu)(?![^\W_])")


def places_represented(t: Token) -> str | None:
    """The communes, wards or districts whose members a congress's delegates represent: the congress's make-up, no
    result."""
    if not ("thay mặt" in t.left_low or "đại diện" in t.left_low) or not _PLACES_NEXT.match(t.low, t.end):
        return None
    return "structure" if _REPRESENTED_BEFORE.search(t.left_low) else None
