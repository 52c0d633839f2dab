"""Targets and achievement across the genre's phrasings: is each figure's target, achievement and qualifier right?

    .venv/bin/python benchmarks/target_sweep.py [--seed 21] [-n 600] [--show 3] [--keep DIR]

A deterministic sweep of the genre, not of one sentence (the model is ``place_sweep.py``). Each of the N passages is
a short report of 2025–2026 (a congress resolution of a commune, a ward or one of the 34 provinces for the term
2025–2030 or 2026–2031, a plan for 2026, a review of 2025 or of the first half of 2026) put together from
independent parts drawn with a seeded generator:

- the union and place (``wuanalysis/data/places.csv`` era 2025, the 34 provinces of ``provinces.csv``);
- the layout of the target list (:data:`LAYOUTS`: a colon list, "(1) …; (2) …", "- …" lines, "a) …", "Thứ nhất …",
  one run-on sentence, a "Chỉ tiêu 1: …" block, "đặt chỉ tiêu …" sentences);
- each target's cadence (:data:`CADENCES`), basis (:data:`BASES`), hedge (:data:`HEDGES`), indicator
  (:data:`INDICATORS`, the nouns of ``indicators.csv``) and the writing of its number (:data:`WRITINGS`);
- the result sentences and their wording (:data:`WORDINGS`), with distractors that are neither a target nor an
  achievement: comparisons with the past, counts of targets, dates and list numbers.

Every passage carries its gold in the terms of ``../shared/gold/SCHEMA.md`` (value, unit_class, qualifier, target,
achievement_pct; the document's level and period year and span). The passages are read by ``wuanalysis extract`` and
scored by :func:`dev_score.score` (the scorer of ``../shared/tools``, the numbers the held-out sets are judged by);
then each gold figure is matched the scorer's way (same document, unit_class and value, each once) to print, per
part, where target, achievement and qualifier fail, and which parts the extra figures (false positives) came from.
Nothing is written into ``outputs/``.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))

import dev_score  # noqa: E402
import sweep_shapes  # noqa: E402
from score_facts import norm, num, same  # noqa: E402

PARTS = ("genre", "layout", "cadence", "subject", "basis", "hedge", "indicator", "writing", "wording", "head")


@dataclass
class Fact:
    quote: str
    value: float
    unit_class: str
    qualifier: str = "exact"
    target: float | None = None
    achievement_pct: float | None = None
    denominator: float | None = None
    parts: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------- numbers as writers write them

def _dotted(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _comma(x: float) -> str:
    return (f"{x:.2f}".rstrip("0").rstrip(".")).replace(".", ",")


def write_count(value: int, writing: str) -> str:
    if writing == "padded":
        return f"{value:02d}"
    if writing == "nghin":
        return f"{_comma(value / 1000)} nghìn"
    return _dotted(value)


def write_money(value: int, writing: str) -> str:
    """Money in VND as written: "1,2 tỷ đồng", "500 triệu đồng", "2 tỷ 500 triệu đồng"."""
    if writing == "ty":
        return f"{_comma(value / 1e9)} tỷ đồng"
    if writing == "ty_trieu":
        return f"{value // 10**9} tỷ {value % 10**9 // 10**6} triệu đồng"
    return f"{_dotted(value // 10**6)} triệu đồng"


def write_percent(value: float, writing: str) -> str:
    return f"{_comma(value)} %" if writing == "pct_space" else f"{_comma(value)}%"


# ---------------------------------------------------------------- the parts

# (id, kind, predicate with {N} = hedge + number + noun, the noun after the number, scale of a count: "big" (hundreds
# to thousands), "small" (a few to tens), "per_unit" (small, and also set per branch or grassroots union)).
# kind: count | vnd | share. The nouns are those of wuanalysis/data/indicators.csv.
INDICATORS: list[tuple[str, str, str, str, str]] = [
    ("members_new", "count", "kết nạp mới {N}|phát triển mới {N}|thu hút, kết nạp {N}|tăng thêm {N}", "hội viên",
     "big"),
    ("out_of_poverty", "count", "giúp {N} thoát nghèo|vận động, hỗ trợ {N} thoát nghèo, thoát cận nghèo", "hộ phụ nữ",
     "per_unit"),
    ("coops_new", "count", "thành lập mới {N} do phụ nữ làm chủ|vận động, hỗ trợ thành lập mới {N} có phụ nữ tham gia "
     "quản lý", "hợp tác xã", "small"),
    ("coop_groups", "count", "hỗ trợ thành lập {N}", "tổ hợp tác", "small"),
    ("models", "count", "xây dựng {N} sinh kế cho phụ nữ|duy trì, nhân rộng {N} kinh tế hiệu quả", "mô hình",
     "per_unit"),
    ("trainings", "count", "tổ chức {N} tập huấn kỹ năng số cho hội viên", "lớp", "per_unit"),
    ("startups", "count", "hỗ trợ {N} khởi nghiệp|hỗ trợ {N} khởi sự kinh doanh", "phụ nữ", "per_unit"),
    ("charity_houses", "count", "vận động xây dựng {N} tình thương", "mái ấm", "small"),
    ("works", "count", "đăng ký và thực hiện {N} góp phần xây dựng nông thôn mới", "công trình, phần việc",
     "per_unit"),
    ("propaganda", "count", "tuyên truyền pháp luật cho {N} hội viên, phụ nữ", "lượt", "big"),
    ("5k3s_households", "count", "vận động {N} đạt tiêu chí “5 không, 3 sạch”|giúp {N} đạt 8 tiêu chí “gia đình 5 "
     "không, 3 sạch”", "hộ gia đình", "per_unit"),
    ("savings", "vnd", "vận động hội viên gửi tiết kiệm {N}", "", ""),
    ("loans", "vnd", "phối hợp giải ngân {N} vốn vay ưu đãi cho hộ phụ nữ|quản lý dư nợ ủy thác {N}", "", ""),
    ("fund", "vnd", "huy động {N} hỗ trợ phụ nữ nghèo", "", ""),
    ("digital_share", "share", "{N} cơ sở Hội có trang mạng xã hội", "", ""),
    ("members_share", "share", "{N} hội viên được tuyên truyền, phổ biến pháp luật|tỷ lệ thu hút hội viên đạt {N}",
     "", ""),
    ("5k3s_share", "share", "{N} hộ gia đình hội viên đạt tiêu chí gia đình “5 không, 3 sạch”", "", ""),
    ("strong_branches", "share", "{N} chi hội xếp loại vững mạnh", "", ""),
    ("online_services", "share", "{N} phụ nữ biết sử dụng dịch vụ công trực tuyến", "", ""),
    ("two_shares", "share", "100% cán bộ Hội, {N} hội viên được học tập, quán triệt Nghị quyết", "", ""),
    ("two_counts", "count", "giúp {N} thoát nghèo và {M} hộ thoát cận nghèo", "hộ", "per_unit"),
    # a growth or a cut set as a target, with its comparison ("so với đầu nhiệm kỳ" inside a target, not a result's)
    ("growth_share", "share", "tăng {N} số hội viên so với đầu nhiệm kỳ|giảm {N} số hộ hội viên nghèo so với đầu "
     "nhiệm kỳ", "", ""),
]
_IND = {i[0]: i for i in INDICATORS}

# cadence: (id, prefix, suffix); a congress uses the term's, a plan the year's
CADENCES_TERM = [("hang_nam", "Hằng năm, ", ""), ("moi_nam", "Mỗi năm, ", ""), ("hang_nam_a", "Hàng năm ", ""),
                 ("trong_nhiem_ky", "", " trong nhiệm kỳ"), ("cuoi_nhiem_ky", "Đến cuối nhiệm kỳ, ", ""),
                 ("den_2030", "Đến năm 2030, ", ""), ("giai_doan", "Giai đoạn 2026 – 2030, ", ""), ("none", "", ""),
                 ("phan_dau_hang_nam", "Phấn đấu hàng năm, ", ""), ("binh_quan", "Bình quân mỗi năm ", ""),
                 ("per_year_slash", "", "/năm"), ("trong_5_nam", "Trong 5 năm tới, ", ""),
                 ("ca_nhiem_ky", "", " cả nhiệm kỳ")]
CADENCES_YEAR = [("nam_2026", "Năm 2026, ", ""), ("trong_nam", "Trong năm 2026, ", ""),
                 ("ca_nam", "", " trong năm"), ("none", "", "")]
CADENCES = CADENCES_TERM + CADENCES_YEAR
# basis: (id, words before the predicate); "all_branches" turns the target into a share of branches
BASES = [("total", ""), ("per_grassroots", "mỗi cơ sở Hội "), ("per_branch", "mỗi chi hội "),
         ("all_branches", "100% chi hội "),
         # after the 2025 reform a province's grassroots are its communes and wards, a commune's its villages
         ("per_commune", "mỗi xã, phường "), ("per_commune", "mỗi xã, phường, đặc khu "),
         ("per_village", "mỗi thôn, tổ dân phố "), ("per_village", "mỗi thôn, bản ")]
_PROVINCE_BASES = ("per_grassroots", "per_commune")
_PER_UNIT_BASES = ("per_branch", "per_grassroots", "per_commune", "per_village")
BRANCH_PREDICATES = ["có mô hình tiết kiệm", "có nhóm Zalo sinh hoạt trực tuyến", "tổ chức sinh hoạt định kỳ",
                     "có tổ phụ nữ tự quản"]
# hedge: (id, qualifier)
HEDGES = [("none", "exact"), ("it_nhat", "at_least"), ("toi_thieu", "at_least"), ("tren", "more_than"),
          ("tu_tro_len", "at_least"), ("khong_duoi", "at_least"), ("phan_dau", "exact"), ("hon", "more_than"),
          ("tro_len", "at_least")]
# who does it, after the cadence: nobody named, "các cấp Hội", the union itself
SUBJECTS = ["none", "cac_cap", "union"]
WRITINGS = {"count": ["plain", "padded", "nghin"], "vnd": ["ty", "trieu", "ty_trieu"], "share": ["pct", "pct_space"]}
# a per-unit count may be a range: "01 - 02 hộ", "từ 2 đến 3 mô hình" (SCHEMA: the first end at_least, the second
# less_than, both targets)
LAYOUTS = ["colon", "numbered_paren", "dash_lines", "letter", "thu_nhat", "thu_nhat_bare", "run_on", "chi_tieu_block",
           "dat_chi_tieu", "nhu_list", "cu_the", "trong_do", "muc_tieu_la", "xac_dinh", "numbered_lines", "plus_lines",
           "bare_sentences", "plain_lines"]
WORDINGS = ["dat_pct_kh", "dat_pct_ct_nam", "vuot_pct_ct", "dat_bare", "kh_paren", "ct_paren", "uoc_dat", "gap_lan",
            "ratio_ct", "hoan_thanh_vuot", "so_cung_ky", "bang_cung_ky", "so_dau_nk", "tang_so_nam", "plain",
            "dat_so_voi_ct", "dat_ty_le", "paren_dat", "kh_short", "bang_kh", "vuot_kh", "hoan_thanh_pct",
            "ratio_over_target", "ct_paren_then_rate", "voi_chi_tieu", "ke_hoach_thuc_hien", "uoc_thuc_hien",
            "trong_khi_ct", "vuot_so_voi_nq", "giam_so_nam", "tang_count_cung_ky",
            "share_points", "share_over_share", "rate_first", "ct_nq_paren", "slash_ct", "kh_th", "ratio_paren",
            "share_points_so_voi"]
GENRES = ["congress_commune", "congress_province", "plan_2026", "review_2025", "review_6m_2026"]


class Passage:
    """One report: its text grows sentence by sentence, its gold figure by figure."""

    def __init__(self, rng: random.Random, genre: str):
        self.rng, self.genre = rng, genre
        self.lines: list[str] = []
        self.facts: list[Fact] = []
        self.used: set[tuple[str, float]] = set()

    def fresh(self, kind: str, low: int, high: int, step: int = 1) -> int:
        """A value not used yet in this passage (figures are matched by value)."""
        for _ in range(200):
            v = self.rng.randrange(low, high + 1, step)
            if (kind, float(v)) not in self.used:
                self.used.add((kind, float(v)))
                return v
        raise RuntimeError("no fresh value")


def _hedged(number: str, noun: str, hedge: str, share: bool) -> str:
    """The number with its hedge and noun (the quote of the gold: the hedge word first)."""
    sep = " " if noun else ""
    words = {"it_nhat": "ít nhất ", "toi_thieu": "tối thiểu ", "tren": "trên ", "khong_duoi": "không dưới ",
             "hon": "hơn "}
    if hedge == "tu_tro_len":
        return f"từ {number} trở lên{sep}{noun}" if share else f"từ {number}{sep}{noun} trở lên"
    if hedge == "tro_len":  # "89% trở lên hội viên", "tỷ lệ … đạt 89% trở lên"
        return f"{number} trở lên{sep}{noun}"
    return f"{words.get(hedge, '')}{number}{sep}{noun}"


def target_item(p: Passage, level: str, cadences: list, parts_fixed: dict,
                total_only: bool = False, union: str = "Hội") -> tuple[str, list[Fact]]:
    """One target: cadence + subject + basis + [phấn đấu] + predicate, and its gold figures (two for an item that
    sets two shares: "100% cán bộ Hội, 80% hội viên được …")."""
    rng = p.rng
    cad_id, prefix, suffix = rng.choice(cadences)
    hedges = HEDGES
    bases = [b for b in BASES if not (b[0] in _PROVINCE_BASES and level == "commune")]
    if total_only:
        bases = [b for b in bases if b[0] in ("total", "all_branches")]
        hedges = [h for h in HEDGES if h[0] != "phan_dau"]
    if ("percent", 100.0) in p.used:  # one "100% …" per passage
        bases = [b for b in bases if b[0] != "all_branches"]
    basis = rng.choice(list(dict.fromkeys(b[0] for b in bases)))  # each basis equally often, then its wording
    basis_words = rng.choice([words for b, words in bases if b == basis])
    if basis == "all_branches":
        ind = ("branches_share", "share", "{N} " + rng.choice(BRANCH_PREDICATES), "", "")
    else:
        ind = rng.choice([i for i in INDICATORS if (basis == "total" or i[4] == "per_unit") and not (
            i[0] == "two_shares" and ("percent", 100.0) in p.used)])
    ind_id, kind, predicates, noun, scale = ind
    predicate = rng.choice(predicates.split("|"))
    share = kind == "share"
    if not share:
        hedges = [h for h in hedges if h[0] != "tro_len"]
    hedge, qualifier = ("none", "exact") if basis == "all_branches" else rng.choice(hedges)
    if cad_id == "per_year_slash" and not (predicate.endswith("{N}") and kind == "count" and noun):
        cad_id, prefix, suffix = "moi_nam", "Mỗi năm, ", ""  # "/năm" goes right after a count's noun
    # a subject before a count or an amount ("các cấp Hội giúp …"), never before a share or after "đặt chỉ tiêu"
    named = basis == "total" and not total_only and not share and parts_fixed.get("layout") != "dat_chi_tieu"
    subject = rng.choice(SUBJECTS) if named else "none"
    subject_words = {"none": "", "cac_cap": "các cấp Hội ", "union": union + " "}[subject]
    writings = WRITINGS[kind]
    if kind == "count":  # "03 hợp tác xã", "2,5 nghìn hội viên": each where writers use it
        writings = ["plain", "padded"] if basis != "total" or scale != "big" else ["plain", "nghin"]
        if basis in _PER_UNIT_BASES and hedge == "none":
            writings = writings + ["range"]
    writing = rng.choice(writings)
    free = [v for v in range(1, 8) if ("count", float(v)) not in p.used and ("count", float(v + 1)) not in p.used]
    if writing == "range" and not free:
        writing = "plain"  # the passage has used the small numbers up
    if kind == "count":
        if writing == "range":
            value, second = (v := rng.choice(free)), v + 1
            p.used |= {("count", float(value)), ("count", float(second))}
        elif basis != "total" or writing == "padded":
            value = p.fresh("count", 1, 9)
        elif writing == "nghin":
            value = p.fresh("count", 1200, 9900, 100)
        elif scale == "big":
            value = p.fresh("count", 1000, 9999) if level == "province" else p.fresh("count", 30, 900)
        else:
            value = p.fresh("count", 20, 300) if level == "province" else p.fresh("count", 10, 60)
        number, unit_class = write_count(value, writing), "count"
        if writing == "range":
            number = rng.choice([f"{value:02d} - {second:02d}", f"{value}-{second}", f"từ {value} đến {second}"])
    elif kind == "vnd":
        if writing == "ty_trieu":
            value = p.fresh("vnd", 1, 9) * 10**9 + rng.randrange(100, 900, 100) * 10**6
        elif writing == "ty":
            value = p.fresh("vnd", 12, 95) * 10**8 * (10 if level == "province" else 1)
        else:
            value = p.fresh("vnd", 150, 950, 50) * 10**6
        number, unit_class = write_money(value, writing), "vnd"
    else:
        value = 100 if basis == "all_branches" else p.fresh("percent", 60, 98)
        p.used.add(("percent", float(value)))
        number, unit_class = write_percent(value, writing), "percent"
    parts = dict(parts_fixed, cadence=cad_id, subject=subject, basis=basis, hedge=hedge, indicator=ind_id,
                 writing=writing, wording="target")
    facts = []
    if ind_id == "two_shares":
        p.used.add(("percent", 100.0))
        facts.append(Fact("100%", 100.0, "percent", "exact", 100.0, None, None, parts))
    hedged = _hedged(number, noun, hedge, share)
    if basis == "all_branches":
        body = basis_words + predicate.replace("{N} ", "")
        hedged = "100%"
    else:
        body = basis_words + predicate.replace("{N}", hedged)
    if hedge == "phan_dau":
        reach = "phấn đấu " + ("đạt " if share and not predicate.startswith("tỷ lệ") else "")
        body = basis_words + reach + predicate.replace("{N}", hedged)
    if "{M}" in body:  # "giúp 2 hộ thoát nghèo và 3 hộ thoát cận nghèo": the second count is a target too
        more = p.fresh("count", 1, 9) if value < 10 else p.fresh("count", max(2, value // 2), value + 20)
        body = body.replace("{M}", _dotted(more))
        facts.append(Fact(f"{_dotted(more)} hộ", float(more), "count", "exact", float(more), None, None, parts))
    text = prefix + subject_words + body + suffix
    if writing == "range":  # both ends are the target's: the first at_least, the second less_than
        facts.append(Fact(hedged, float(value), unit_class, "at_least", float(value), None, None, parts))
        facts.append(Fact(hedged, float(second), unit_class, "less_than", float(second), None, None, parts))
        return text, facts
    facts.append(Fact(hedged, float(value), unit_class, qualifier, float(value), None, None, parts))
    return text, facts


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _low(s: str) -> str:
    return s[:1].lower() + s[1:] if not s.startswith(("Hội", "Đại hội")) else s


def target_list(p: Passage, level: str, cadences: list, genre_parts: dict, who: str, union: str) -> None:
    """A list of 3–5 targets in one layout, after (or without) a heading that counts them."""
    rng = p.rng
    layout = rng.choice(LAYOUTS)
    k = rng.randint(3, 5)
    items = []
    if layout == "bare_sentences":  # no heading, no marker: each target its own sentence, opened by its cadence
        cadences = [c for c in cadences if c[1] and c[0] not in ("trong_5_nam",)]
    for _ in range(k):
        text, facts = target_item(p, level, cadences, dict(genre_parts, layout=layout), union=union)
        items.append(text)
        p.facts += facts
    if layout != "bare_sentences" and rng.random() < 0.25:  # a target raised from where things stand (round 2)
        text, facts = sweep_shapes.baseline_item(p, Fact, dict(genre_parts, layout=layout, cadence="none",
                                                                subject="none", basis="total", hedge="-",
                                                                writing="-"))
        items.insert(rng.randrange(len(items) + 1), text)
        p.facts += facts
        k += 1
    count = rng.choice([str(k), f"0{k}"])
    set_by = "Đại hội" if genre_parts["genre"].startswith("congress") else who
    heading = rng.choice([f"{set_by} đề ra {count} chỉ tiêu chủ yếu", f"{set_by} thống nhất {count} chỉ tiêu",
                          f"Nghị quyết đề ra {count} nhóm chỉ tiêu",
                          f"{set_by} đã thông qua Nghị quyết với {count} chỉ tiêu trọng tâm",
                          f"{set_by} biểu quyết thông qua {count} chỉ tiêu nhiệm kỳ",
                          f"{set_by} xác định 3 khâu đột phá và {count} chỉ tiêu cơ bản",
                          f"{set_by} thống nhất thông qua {count} chỉ tiêu, 4 nhiệm vụ trọng tâm"])
    if layout == "colon":
        p.lines.append(heading + ": " + "; ".join(_low(i) for i in items) + ".")
    elif layout == "numbered_paren":
        p.lines.append(heading + ": " + "; ".join(f"({n}) {_cap(i)}" for n, i in enumerate(items, 1)) + ".")
    elif layout == "dash_lines":
        p.lines.append(heading + ":")
        p.lines += [f"- {_cap(i)}." for i in items]
    elif layout == "letter":
        p.lines.append(heading + ":")
        p.lines += [f"{'abcdef'[n]}) {_cap(i)};" for n, i in enumerate(items)]
    elif layout in ("thu_nhat", "thu_nhat_bare"):
        ordinals = ["Thứ nhất", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu"]
        body = " ".join(f"{ordinals[n]}, {_low(i)}." for n, i in enumerate(items))
        p.lines.append((heading + ". " if layout == "thu_nhat" else "") + body)
    elif layout == "run_on":
        lows = [_low(i) for i in items]
        p.lines.append(f"{set_by} phấn đấu " + ", ".join(lows[:-1]) + " và " + lows[-1] + ".")
    elif layout == "chi_tieu_block":
        p.lines.append(heading + ".")
        p.lines += [f"Chỉ tiêu {n}: {_cap(i)}." for n, i in enumerate(items, 1)]
    elif layout == "nhu_list":  # "… đề ra 5 chỉ tiêu chủ yếu, như: …, … và …"
        lows = [_low(i) for i in items]
        p.lines.append(heading + ", như: " + ", ".join(lows[:-1]) + " và " + lows[-1] + ".")
    elif layout == "cu_the":  # "… thông qua 5 chỉ tiêu. Cụ thể: …; …"
        p.lines.append(heading + ". Cụ thể: " + "; ".join(_low(i) for i in items) + ".")
    elif layout == "trong_do":  # "Nhiệm kỳ tới, Đại hội đặt ra nhiều chỉ tiêu, trong đó: …"
        p.lines.append(f"{set_by} đặt ra nhiều chỉ tiêu, trong đó: " + "; ".join(_low(i) for i in items) + ".")
    elif layout == "muc_tieu_la":  # "Mục tiêu cụ thể là …, …"
        lows = [_low(i) for i in items]
        p.lines.append("Mục tiêu cụ thể là " + "; ".join(lows) + ".")
    elif layout == "xac_dinh":  # "Nghị quyết Đại hội xác định: …"
        p.lines.append(f"Nghị quyết {set_by if set_by == 'Đại hội' else 'Hội nghị'} xác định: "
                       + "; ".join(_low(i) for i in items) + ".")
    elif layout == "bare_sentences":  # "Nhiệm kỳ 2025 – 2030, Hội tiếp tục …. Hằng năm, mỗi xã, phường giúp 3 hộ …."
        p.lines.append(f"{set_by} xác định tiếp tục đổi mới nội dung, phương thức hoạt động. "
                       + " ".join(f"{_cap(i)}." for i in items))
    elif layout == "plain_lines":  # a heading line, then a line each with no marker
        p.lines.append(rng.choice([heading + ":", "Các chỉ tiêu chủ yếu:"]))
        p.lines += [f"{_cap(i)}." for i in items]
    elif layout == "plus_lines":  # "* Các chỉ tiêu cụ thể:" then "+ …" lines
        p.lines.append("* Các chỉ tiêu cụ thể:")
        p.lines += [f"+ {_cap(i)};" for i in items]
    elif layout == "numbered_lines":  # "1. Hằng năm …" a line each, under a heading line
        p.lines.append(heading + ":")
        p.lines += [f"{n}. {_cap(i)}." for n, i in enumerate(items, 1)]
    else:  # dat_chi_tieu: one sentence per target, "Hội đặt chỉ tiêu …"
        p.lines += [f"{who} đặt chỉ tiêu {_low(i)}." for i in items]


# a result: (predicate with {N}, noun, kind)
RESULTS = [("kết nạp {N}", "hội viên mới", "count", "Số hội viên kết nạp mới"),
           ("giúp {N} thoát nghèo", "hộ", "count", "Số hộ thoát nghèo"),
           ("thành lập {N}", "tổ hợp tác", "count", "Số tổ hợp tác thành lập mới"),
           ("hỗ trợ {N} khởi nghiệp", "phụ nữ", "count", "Số phụ nữ được hỗ trợ khởi nghiệp"),
           ("vận động xây dựng {N} tình thương", "mái ấm", "count", "Số mái ấm tình thương xây dựng"),
           ("tổ chức {N} tập huấn", "lớp", "count", "Số lớp tập huấn"),
           ("vận động gửi tiết kiệm {N}", "", "vnd", "Tiền tiết kiệm hội viên gửi"),
           ("giải ngân {N} vốn vay ưu đãi", "", "vnd", "Vốn vay ưu đãi giải ngân")]
# the noun a writer repeats after a second number ("tăng 21 hội viên", "(KH: 500 hộ)")
SHORT_NOUN = {"hội viên mới": "hội viên", "hộ": "hộ", "tổ hợp tác": "tổ", "phụ nữ": "phụ nữ", "mái ấm": "mái ấm",
              "lớp": "lớp"}


def result_sentence(p: Passage, level: str, genre_parts: dict, lead: str) -> None:
    """One result with its wording (achievement, its target in brackets, a comparison with the past …)."""
    rng = p.rng
    wording = rng.choice(WORDINGS)
    parts = dict(genre_parts, layout="-", cadence="-", subject="-", basis="-", hedge="-", writing="-", wording=wording)
    if wording in ("ratio_ct", "hoan_thanh_vuot"):
        b = rng.randint(6, 16)
        a = b if wording == "hoan_thanh_vuot" else rng.randint(max(1, b - 4), b - 1)
        phrase = (f"hoàn thành và vượt {a}/{b} chỉ tiêu Nghị quyết" if wording == "hoan_thanh_vuot"
                  else rng.choice([f"đạt {a}/{b} chỉ tiêu", f"hoàn thành {a}/{b} chỉ tiêu đề ra"]))
        p.used.add(("ratio", float(a)))
        p.lines.append(f"{lead} {phrase}.")
        p.facts.append(Fact(f"{a}/{b}", float(a), "ratio", denominator=float(b), parts=dict(parts, indicator="ratio")))
        return
    if wording in ("share_points", "share_over_share", "share_points_so_voi"):
        share = float(p.fresh("percent", 81, 97))
        if wording == "share_points":  # "nâng tỷ lệ … lên 92% (vượt 7%)": points over the share's target, no rate
            x = float(p.fresh("percent", 2, 9))
            p.lines.append(f"{lead} nâng tỷ lệ hội viên tham gia sinh hoạt lên {_comma(share)}% (vượt {_comma(x)}%).")
            p.facts += [Fact(f"{_comma(share)}%", share, "percent", parts=dict(parts, indicator="share")),
                        Fact(f"vượt {_comma(x)}%", x, "percent", parts=dict(parts, indicator="share"))]
        elif wording == "share_points_so_voi":  # "tỷ lệ … đạt 92%, vượt 2% so với chỉ tiêu": points again
            x = float(p.fresh("percent", 2, 9))
            p.lines.append(f"{lead} nâng tỷ lệ tập hợp hội viên đạt {_comma(share)}%, vượt {_comma(x)}% so với chỉ "
                           "tiêu.")
            p.facts += [Fact(f"{_comma(share)}%", share, "percent", parts=dict(parts, indicator="share")),
                        Fact(f"vượt {_comma(x)}%", x, "percent", parts=dict(parts, indicator="share"))]
        else:  # "… đạt 90%/80% chỉ tiêu giao": the result share over the target share
            t = float(p.fresh("percent", 60, int(share) - 1))
            p.lines.append(f"{lead} vận động hộ gia đình hội viên đạt tiêu chí “5 không, 3 sạch”, tỷ lệ đạt "
                           f"{_comma(share)}%/{_comma(t)}% chỉ tiêu giao.")
            p.facts += [Fact(f"{_comma(share)}%", share, "percent", target=t, parts=dict(parts, indicator="share")),
                        Fact(f"{_comma(t)}%", t, "percent", target=t, parts=dict(parts, indicator="share"))]
        return
    unused = [r for r in RESULTS if ("result", r[0]) not in p.used]  # one result per indicator in a passage
    predicate, noun, kind, subject = rng.choice(unused or RESULTS)
    p.used.add(("result", predicate))
    parts["indicator"] = predicate.split(" {N}")[0]
    if kind == "count":
        value = p.fresh("count", 30, 900) if level == "commune" else p.fresh("count", 1200, 9999)
        number = _dotted(value)
    else:
        value = p.fresh("vnd", 150, 950, 10) * 10**6
        number = write_money(value, "trieu")
    words = f"{number} {noun}".strip()
    # "ước đạt" is an estimate: the package's qualifier for it is "about" (quantities.QUALIFIERS)
    result = Fact(words, float(value), kind, "about" if wording == "uoc_dat" else "exact", parts=parts)
    extra: list[Fact] = []
    a = float(rng.randrange(101, 180))
    if wording in ("dat_pct_kh", "dat_pct_ct_nam", "dat_bare", "uoc_dat"):
        tail = {"dat_pct_kh": f", đạt {_comma(a)}% kế hoạch", "dat_pct_ct_nam": f", đạt {_comma(a)}% chỉ tiêu năm",
                "dat_bare": f", đạt {_comma(a)}%", "uoc_dat": f", đạt {_comma(a)}% kế hoạch năm"}[wording]
        result.achievement_pct = a
        extra.append(Fact(f"{_comma(a)}%", a, "percent", achievement_pct=a, parts=parts))
    elif wording == "vuot_pct_ct":
        x = float(rng.randrange(5, 60))
        tail = f", vượt {_comma(x)}% chỉ tiêu"
        result.achievement_pct = 100 + x
        extra.append(Fact(f"vượt {_comma(x)}%", x, "percent", achievement_pct=100 + x, parts=parts))
    elif wording in ("kh_paren", "ct_paren"):
        t = float(p.fresh(kind, max(1, int(value * 0.6)), int(value * 0.95)) if kind == "count"
                  else p.fresh(kind, 100, int(value / 1e6) - 10, 10) * 10**6)
        written = _dotted(int(t)) + f" {SHORT_NOUN[noun]}" if kind == "count" else write_money(int(t), "trieu")
        tail = f" (KH: {written})" if wording == "kh_paren" else f" (chỉ tiêu {written})"
        result.target = t
        extra.append(Fact(written, t, kind, target=t, parts=parts))
    elif wording == "gap_lan":
        k = float(rng.choice([2, 3, 1.5, 2.5]))
        tail = f", gấp {_comma(k)} lần so với chỉ tiêu"
        result.achievement_pct = 100 * k
        extra.append(Fact(f"gấp {_comma(k)} lần", k, "other", achievement_pct=100 * k, parts=parts))
    elif wording in ("so_cung_ky", "so_dau_nk"):
        x = float(rng.randrange(5, 40))
        tail = f", tăng {_comma(x)}% so với cùng kỳ" if wording == "so_cung_ky" else \
            f", vượt {_comma(x)}% so với đầu nhiệm kỳ"
        extra.append(Fact(f"{_comma(x)}%", x, "percent", parts=parts))
    elif wording == "bang_cung_ky":
        tail = f", bằng {_comma(a)}% so với cùng kỳ năm trước"
        extra.append(Fact(f"{_comma(a)}%", a, "percent", parts=parts))
    elif wording == "tang_so_nam":
        d = p.fresh("count", 5, 29)
        tail = f", tăng {d} {SHORT_NOUN[noun] if kind == 'count' else 'triệu đồng'} so với năm 2024"
        extra.append(Fact(str(d), float(d) if kind == "count" else d * 1e6, kind, parts=parts))
    elif wording in ("dat_so_voi_ct", "dat_ty_le", "paren_dat", "kh_short", "bang_kh", "hoan_thanh_pct",
                     "uoc_thuc_hien"):
        tail = {"dat_so_voi_ct": f", đạt {_comma(a)}% so với chỉ tiêu", "dat_ty_le": f", đạt tỷ lệ {_comma(a)}%",
                "paren_dat": f" (đạt {_comma(a)}%)", "kh_short": f", đạt {_comma(a)}% KH",
                "bang_kh": f", bằng {_comma(a)}% kế hoạch", "hoan_thanh_pct": f", hoàn thành {_comma(a)}% chỉ tiêu",
                "uoc_thuc_hien": f", ước đạt {_comma(a)}% kế hoạch"}[wording]
        result.achievement_pct = a
        # "ước đạt 105%": the estimate's hedge is the percent's qualifier too
        extra.append(Fact(f"{_comma(a)}%", a, "percent", "about" if wording == "uoc_thuc_hien" else "exact",
                          achievement_pct=a, parts=parts))
    elif wording in ("vuot_kh", "vuot_so_voi_nq"):
        x = float(rng.randrange(5, 60))
        tail = f", vượt kế hoạch {_comma(x)}%" if wording == "vuot_kh" else f", vượt {_comma(x)}% so với Nghị quyết"
        result.achievement_pct = 100 + x
        extra.append(Fact(f"{_comma(x)}%", x, "percent", achievement_pct=100 + x, parts=parts))
    elif wording in ("ratio_over_target", "ct_paren_then_rate", "trong_khi_ct") and kind == "count":
        t = float(p.fresh(kind, max(1, int(value * 0.7)), int(value * 0.95)))
        rate = round(100 * value / t, 1)
        short = SHORT_NOUN[noun]
        if wording == "ratio_over_target":  # "kết nạp 320/300 hội viên mới, đạt 106,7%"
            words = f"{_dotted(value)}/{_dotted(int(t))} {noun}"
            result = Fact(words, float(value), "ratio", target=t, achievement_pct=rate, denominator=t, parts=parts)
            tail = f", đạt {_comma(rate)}%"
        elif wording == "ct_paren_then_rate":  # "giúp 57 hộ (chỉ tiêu 50 hộ), đạt 114%"
            tail = f" (chỉ tiêu {_dotted(int(t))} {short}), đạt {_comma(rate)}%"
            result.target, result.achievement_pct = t, rate
            extra.append(Fact(f"{_dotted(int(t))} {short}", t, kind, target=t, parts=parts))
        else:  # "…, trong khi chỉ tiêu đặt ra là 500 hội viên (đạt 104%)"
            tail = f", trong khi chỉ tiêu đặt ra là {_dotted(int(t))} {short} (đạt {_comma(rate)}%)"
            result.target, result.achievement_pct = t, rate
            extra.append(Fact(f"{_dotted(int(t))} {short}", t, kind, target=t, parts=parts))
        extra.append(Fact(f"{_comma(rate)}%", rate, "percent", achievement_pct=rate, parts=parts))
    elif wording in ("voi_chi_tieu", "ke_hoach_thuc_hien") and kind == "count":
        t = float(p.fresh(kind, max(1, int(value * 0.7)), int(value * 1.2)))
        short = SHORT_NOUN[noun]
        result.target = t
        target = Fact(f"{_dotted(int(t))} {short}", t, kind, target=t, parts=parts)
        if wording == "voi_chi_tieu":  # "Với chỉ tiêu 1.000 hội viên, đến nay Hội đã kết nạp 1.120 hội viên mới"
            p.lines.append(f"Với chỉ tiêu {_dotted(int(t))} {short}, đến nay Hội đã "
                           f"{predicate.replace('{N}', words)}.")
        else:  # "Giúp hộ thoát nghèo: kế hoạch 40 hộ, thực hiện 38 hộ"
            p.lines.append(f"{subject}: kế hoạch {_dotted(int(t))} {short}, thực hiện {_dotted(value)} {short}.")
        p.facts += [target, result]
        return
    elif wording == "rate_first":  # "Đạt 105% kế hoạch, Hội đã kết nạp 420 hội viên mới"
        result.achievement_pct = a
        p.lines.append(f"Đạt {_comma(a)}% kế hoạch, {_low(lead)} {predicate.replace('{N}', words)}.")
        p.facts += [Fact(f"{_comma(a)}%", a, "percent", achievement_pct=a, parts=parts), result]
        return
    elif wording == "ratio_paren" and kind == "count":  # "Số hộ thoát nghèo: 520/500 hộ (104%)"
        t = float(p.fresh(kind, max(1, int(value * 0.7)), int(value * 0.95)))
        rate = round(100 * value / t, 1)
        p.lines.append(f"{subject}: {_dotted(value)}/{_dotted(int(t))} {SHORT_NOUN[noun]} ({_comma(rate)}%).")
        p.facts += [Fact(f"{_dotted(value)}/{_dotted(int(t))}", float(value), "ratio", target=t, achievement_pct=rate,
                         denominator=t, parts=parts),
                    Fact(f"{_comma(rate)}%", rate, "percent", achievement_pct=rate, parts=parts)]
        return
    elif wording in ("ct_nq_paren", "slash_ct", "kh_th") and kind == "count":
        t = float(p.fresh(kind, max(1, int(value * 0.6)), int(value * 0.95)))
        short = SHORT_NOUN[noun]
        result.target = t
        target = Fact(f"{_dotted(int(t))}", t, kind, target=t, parts=parts)
        if wording == "kh_th":  # "Số hộ thoát nghèo: KH 300 - TH 320"
            p.lines.append(f"{subject}: KH {_dotted(int(t))} - TH {_dotted(value)}.")
            p.facts += [target, result]
            return
        tail = f" (chỉ tiêu Nghị quyết {_dotted(int(t))} {short})" if wording == "ct_nq_paren" else \
            f"/{_dotted(int(t))} {short} chỉ tiêu"
        if not (wording == "slash_ct" and predicate.endswith("{N}") and not noun.endswith(" mới")):
            extra.append(target)  # "520 hội viên/500 chỉ tiêu" right after the noun is one figure over its target
            # (the package reads it so: extract._noun_ratio; SCHEMA is silent), "36 hộ thoát nghèo/30 hộ …" two
    elif wording == "giam_so_nam":
        x = float(rng.randrange(2, 9))
        tail = f", giảm {_comma(x)}% so với năm 2024"
        extra.append(Fact(f"{_comma(x)}%", x, "percent", parts=parts))
    elif wording == "tang_count_cung_ky" and kind == "count":
        d = p.fresh("count", 11, 29)
        tail = f", tăng {d} {SHORT_NOUN[noun]} so với cùng kỳ"
        extra.append(Fact(str(d), float(d), kind, parts=parts))
    else:
        tail = ""
        parts["wording"] = "plain"
    if wording == "uoc_dat":  # "Số hộ thoát nghèo ước đạt 520 hộ, đạt 104% kế hoạch năm"
        p.lines.append(f"{subject} ước đạt {words}{tail}.")
    elif wording == "uoc_thuc_hien":  # "Số hội viên kết nạp mới ước thực hiện 3.200 hội viên, ước đạt 105% kế hoạch"
        p.lines.append(f"{subject} ước thực hiện {words}{tail}.")
    else:
        p.lines.append(f"{lead} {predicate.replace('{N}', words)}{tail}.")
    p.facts += [result, *extra]


def tail(p: Passage, genre_parts: dict, kind: str) -> None:
    """What a report tells after its targets, half the time, that is no target: the congress's election ("Đại hội đã
    bầu Ban Chấp hành gồm 15 đồng chí và 7 đại biểu đi dự Đại hội cấp trên"), a gift on the day ("Dịp này, Hội trao 50
    suất quà …"), the union's size ("Hiện toàn xã có 24 chi hội với 3.800 hội viên")."""
    rng = p.rng
    if rng.random() < 0.5:
        return
    parts = dict(genre_parts, layout="-", cadence="-", subject="-", basis="-", hedge="-", writing="-", wording="tail")
    choice = rng.choice(["election", "gift", "size"] if kind == "congress" else ["gift", "size"])
    if choice == "election":
        n, m = p.fresh("count", 11, 35), p.fresh("count", 40, 99)
        p.lines.append(f"Đại hội đã bầu Ban Chấp hành khóa I gồm {n} đồng chí và {m} đại biểu đi dự Đại hội đại biểu "
                       "Phụ nữ cấp trên.")
        p.facts += [Fact(f"{n} đồng chí", float(n), "count", parts=dict(parts, indicator="election")),
                    Fact(f"{m} đại biểu", float(m), "count", parts=dict(parts, indicator="election"))]
    elif choice == "gift":
        g = p.fresh("count", 12, 99)
        p.lines.append(f"Dịp này, Hội trao {g} suất quà cho hội viên có hoàn cảnh khó khăn.")
        p.facts.append(Fact(f"{g} suất quà", float(g), "count", parts=dict(parts, indicator="gift")))
    else:
        b, h = p.fresh("count", 12, 60), p.fresh("count", 1200, 9900)
        p.lines.append(f"Hiện nay, toàn đơn vị có {b} chi hội với {_dotted(h)} hội viên.")
        p.facts += [Fact(f"{b} chi hội", float(b), "count", parts=dict(parts, indicator="size")),
                    Fact(f"{_dotted(h)} hội viên", float(h), "count", parts=dict(parts, indicator="size"))]


@dataclass
class Union:
    level: str       # commune | province
    name: str        # "xã Tân Lập", "tỉnh Gia Lai"
    province: str


def pick_union(rng: random.Random, places: pd.DataFrame, provinces: list[str], level: str) -> Union:
    if level == "province":
        prov = rng.choice(provinces)
        central = prov in ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")
        written = "TP. Hồ Chí Minh" if prov == "Hồ Chí Minh" else ("thành phố " if central else "tỉnh ") + prov
        return Union(level, written, prov)
    row = places.iloc[rng.randrange(len(places))]
    return Union(level, f"{row['type']} {row['name']}", row["province"])


def make_passage(rng: random.Random, genre: str, places: pd.DataFrame,
                 provinces: list[str]) -> tuple[str, dict, list[Fact]]:
    level = "province" if genre == "congress_province" or (genre != "congress_commune" and rng.random() < 0.3) \
        else "commune"
    u = pick_union(rng, places, provinces, level)
    p = Passage(rng, genre)
    unions = ("Hội LHPN", "Hội Liên hiệp Phụ nữ", "Hội Phụ nữ")
    union = f"{rng.choice(unions)} {u.name}"
    where = "toàn tỉnh" if level == "province" else "toàn " + u.name.split()[0]
    gp = {"genre": genre}
    d = rng.randint(2, 28)
    if genre.startswith("congress"):
        start = 2025 if genre == "congress_commune" or rng.random() < 0.5 else 2026
        term = f"{start} – {start + 5}"
        year, span = start, "term"
        month = rng.choice([6, 7, 8, 9]) if start == 2025 else rng.choice([1, 3, 4])
        p.lines.append(f"Đại hội đại biểu Phụ nữ {u.name} lần thứ I, nhiệm kỳ {term}")
        delegates = p.fresh("count", 100, 350)
        p.lines.append(f"Ngày {d}/{month}/{start}, {union} long trọng tổ chức Đại hội đại biểu Phụ nữ lần thứ I, "
                       f"nhiệm kỳ {term}. Dự Đại hội có {delegates} đại biểu đại diện cho các tầng lớp phụ nữ {where}.")
        p.facts.append(Fact(f"{delegates} đại biểu", float(delegates), "count",
                            parts=dict(gp, layout="-", cadence="-", basis="-", hedge="-", indicator="delegates",
                                       writing="-", wording="plain")))
        if rng.random() < 0.6:
            result_sentence(p, level, gp, "Nhiệm kỳ qua, các cấp Hội đã")
        if rng.random() < 0.4:  # the closed term's review: "Đến cuối nhiệm kỳ 2020 – 2025, tỷ lệ … đã đạt 82%"
            sweep_shapes.closed_term(p, gp, start, Fact)
        cadences = CADENCES_TERM
        target_list(p, level, cadences, gp, "Hội", union)
        tail(p, gp, "congress")
    elif genre == "plan_2026":
        year, span = 2026, "year"
        p.lines.append(f"{union} ban hành Kế hoạch công tác Hội và phong trào phụ nữ năm 2026")
        p.lines.append(f"Ngày {d}/1/2026, {union} ban hành Kế hoạch công tác Hội và phong trào phụ nữ năm 2026 "
                       f"với các nhiệm vụ trọng tâm.")
        target_list(p, level, CADENCES_YEAR, gp, "Hội", union)
        tail(p, gp, "plan")
    else:
        half = genre == "review_6m_2026"
        year, span = (2026, "6m") if half else (2025, "year")
        label = "6 tháng đầu năm 2026" if half else "năm 2025"
        p.lines.append(f"{union} {'sơ kết' if half else 'tổng kết'} công tác Hội {label}")
        p.lines.append(f"Ngày {d}/{7 if half else 12}/{year}, {union} tổ chức Hội nghị "
                       f"{'sơ kết' if half else 'tổng kết'} công tác Hội và phong trào phụ nữ {label}.")
        leads = [f"{_cap(label)}, Hội đã", "Kết quả, các cấp Hội đã", f"Trong {label}, {where} đã", "Hội đã"]
        for _ in range(rng.randint(2, 4)):
            result_sentence(p, level, gp, rng.choice(leads))
        _round_two(p, level, gp, leads, union, label, year, half)
        if rng.random() < 0.3:  # "Năm 2026, bảo đảm 100% chi hội …", "…, nâng tỷ lệ … lên 85%"
            sweep_shapes.next_year_verbs(p, gp, Fact, 2026 if half else 2025)
        elif rng.random() < 0.5:  # the next period's plan, stated without a date ("Năm 2026, Hội tiếp tục vận động …")
            nxt = "Năm 2027" if half else "Năm 2026"
            text, facts = target_item(p, level, [("none", "", "")], dict(gp, layout="next_year"), total_only=True)
            verb = "vận động " if facts[-1].unit_class == "percent" and not text.startswith("tỷ lệ") else ""
            p.lines.append(f"{nxt}, Hội tiếp tục {verb}{_low(text)}.")
            for fact in facts:
                fact.parts["cadence"] = "next_year"
            p.facts += facts
    gold = {"org_level": u.level, "province": None, "period": {"year": year, "span": span, "label": None},
            "union": u.name}
    return "\n".join(p.lines) + "\n", gold, p.facts


def _round_two(p: Passage, level: str, gp: dict, leads: list[str], union: str, label: str, year: int,
               half: bool) -> None:
    """The second round's parts of a review (``sweep_shapes``): a headline repeating a result, a Word table of plans
    and results, results with their target after them, comparisons with the past, a share raised from a baseline."""
    rng = p.rng
    if rng.random() < 0.3:
        p.lines[0] = sweep_shapes.headline(p, gp, union, label, level, Fact)
    if rng.random() < 0.5:
        sweep_shapes.result_table(p, level, gp, Fact, year if not half else 2026, half)
    for _ in range(rng.choice([0, 1, 1, 2])):
        sweep_shapes.target_after(p, level, gp, rng.choice(leads), Fact)
    if rng.random() < 0.4:
        sweep_shapes.past_versus(p, level, gp, rng.choice(leads), Fact, year)
    if rng.random() < 0.25:
        sweep_shapes.baseline_result(p, gp, rng.choice(leads), Fact)


# ---------------------------------------------------------------- scoring

def _verdicts(gold: Fact, pred: dict | None) -> dict[str, str]:
    """Per attribute: ok / wrong / '' (not scored: neither gold nor prediction states one), as the scorer does."""
    if pred is None:
        return {"found": "wrong", "target": "", "achievement": "", "qualifier": ""}
    out = {"found": "ok", "qualifier": "ok" if norm(pred.get("qualifier")) == norm(gold.qualifier) else "wrong"}
    for key, attr in (("target", "target"), ("achievement", "achievement_pct")):
        g, q = getattr(gold, attr), num(pred.get(attr))
        out[key] = "" if g is None and q is None else ("ok" if same(q, g) else "wrong")
    return out


ATTRS = ("found", "target", "achievement", "qualifier")


def _cell(vs: list[dict], attr: str) -> str:
    scored = [v[attr] for v in vs if v[attr]]
    return f"{sum(v == 'ok' for v in scored)}/{len(scored)}" if scored else "-"


def table(rows: list[tuple[dict, dict]], part: str, extras: dict[str, int]) -> str:
    groups: dict[str, list[dict]] = defaultdict(list)
    for parts, verdict in rows:
        groups[parts.get(part, "-")].append(verdict)
    lines = [f"| {part} | n | " + " | ".join(ATTRS) + " | extra figures |", "|---" * (len(ATTRS) + 3) + "|"]
    for name in sorted(groups):
        vs = groups[name]
        cells = " | ".join(_cell(vs, a) for a in ATTRS)
        lines.append(f"| {name} | {len(vs)} | {cells} | {extras.get(name, 0) if part in ('genre', 'layout') else ''} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("-n", type=int, default=600, help="passages to write (default 600)")
    ap.add_argument("--show", type=int, default=3, help="examples of each failure group to print")
    ap.add_argument("--keep", type=Path, help="write the passages and gold here (an empty folder)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    places = pd.read_csv(ROOT / "wuanalysis" / "data" / "places.csv", dtype=str, keep_default_na=False)
    places = places[(places["era"] == "2025") & places["type"].isin(["xã", "phường"])].reset_index(drop=True)
    prov = pd.read_csv(ROOT / "wuanalysis" / "data" / "provinces.csv", dtype=str, keep_default_na=False)
    provinces = sorted(prov.loc[prov["era"] == "2025", "name"])
    cases = []
    for i in range(args.n):
        genre = GENRES[i % len(GENRES)]
        text, gold, facts = make_passage(rng, genre, places, provinces)
        cases.append((f"t{i:04d}.txt", text, gold, facts))
    gold_lines = [json.dumps({"doc": doc, **{k: v for k, v in gold.items() if k != "union"},
                              "facts": [{"quote": f.quote, "value": f.value, "unit_class": f.unit_class,
                                         "qualifier": f.qualifier, "denominator": f.denominator, "target": f.target,
                                         "achievement_pct": f.achievement_pct} for f in facts]},
                             ensure_ascii=False) + "\n" for doc, _t, gold, facts in cases]
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp) / "passages"
        folder.mkdir(parents=True, exist_ok=True)
        for doc, text, _g, _f in cases:
            (folder / doc).write_text(text, encoding="utf-8")
        (folder.parent / "sweep_gold.jsonl" if not args.keep else folder / "gold.jsonl").write_text(
            "".join(gold_lines), encoding="utf-8")
        work = Path(tmp) / "score"
        work.mkdir()
        summary = dev_score.score("sweep", sorted(folder.glob("t*.txt")), gold_lines, 0, work)
        preds = pd.read_csv(work / "sweep_facts.csv", dtype={"doc": str}, keep_default_na=False).to_dict("records")
        docs = pd.read_csv(work / "sweep_docs.csv", dtype={"doc": str}, keep_default_na=False).set_index("doc")
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in preds:
        by_doc[r["doc"]].append(r)
    rows: list[tuple[dict, dict]] = []
    failures: dict[tuple[str, str, str], list] = defaultdict(list)
    extras_by: dict[str, dict[str, int]] = {"genre": defaultdict(int), "layout": defaultdict(int)}
    extra_examples: list[tuple[str, dict]] = []
    for doc, _text, _gold, facts in cases:
        mine = [(num(r["value"]), norm(r["unit_class"]), r) for r in by_doc.get(doc, [])]
        used = [False] * len(mine)
        for f in facts:
            hit = next((i for i, (v, u, _r) in enumerate(mine)
                        if not used[i] and u == f.unit_class and v is not None and same(v, f.value)), None)
            if hit is not None:
                used[hit] = True
            pred = mine[hit][2] if hit is not None else None
            verdict = _verdicts(f, pred)
            rows.append((f.parts, verdict))
            for attr, v in verdict.items():
                if v == "wrong":
                    key = "wording" if f.parts.get("wording") != "target" else "hedge" if attr == "qualifier" \
                        else "layout"
                    got = None if pred is None else {"found": None, "target": pred.get("target"),
                                                     "achievement": pred.get("achievement_pct"),
                                                     "qualifier": pred.get("qualifier")}[attr]
                    want = {"found": f.value, "target": f.target, "achievement": f.achievement_pct,
                            "qualifier": f.qualifier}[attr]
                    failures[(attr, key, f.parts.get(key, "-"))].append((doc, f.quote, want, got, f.parts))
        layout = next((f.parts["layout"] for f in facts if f.parts.get("layout") not in (None, "-", "next_year")), "-")
        for i, (_v, _u, r) in enumerate(mine):
            if not used[i]:
                extras_by["genre"][facts[0].parts["genre"]] += 1
                extras_by["layout"][layout] += 1
                extra_examples.append((doc, r))
    total = len(rows)
    print(f"target sweep: seed {args.seed}, N {args.n} passages, {total} gold figures, "
          f"{sum(f.target is not None for c in cases for f in c[3])} with a target, "
          f"{sum(f.achievement_pct is not None for c in cases for f in c[3])} with an achievement")
    print("scorer (the held-out sets' rules):\n" + "\n".join("  " + s for s in summary.strip().splitlines()
                                                               if "tp=" not in s))
    for attr in ATTRS:
        scored = [v[attr] for _p, v in rows if v[attr]]
        print(f"  {attr}: {sum(v == 'ok' for v in scored)}/{len(scored)}")
    print("\n| genre | documents | level | year | span |\n|---|---|---|---|---|")
    doc_fail = []
    for genre in GENRES:
        mine_docs = [(doc, gold) for doc, _t, gold, facts in cases if facts[0].parts["genre"] == genre]
        cells = []
        for key, col in (("org_level", "org_level"), ("year", "period_year"), ("span", "period_span")):
            ok = 0
            for doc, gold in mine_docs:
                want = gold["org_level"] if key == "org_level" else gold["period"][key]
                got = str(docs.loc[doc, col]).split(".")[0]
                ok += got == str(want)
                if got != str(want):
                    doc_fail.append((doc, key, want, got))
            cells.append(f"{ok}/{len(mine_docs)}")
        print(f"| {genre} | {len(mine_docs)} | " + " | ".join(cells) + " |")
    for doc, key, want, got in doc_fail[:args.show * 3]:
        print(f"    {doc} {key}: want {want!r}, got {got!r}")
    for part in PARTS:
        print("\n" + table(rows, part, extras_by.get(part, {})))
    print("\nfailures, grouped (attribute, part = value): count; examples")
    for (attr, key, value), items in sorted(failures.items(), key=lambda kv: -len(kv[1])):
        print(f"- {attr} / {key} = {value}: {len(items)}")
        for doc, quote, want, got, parts in items[:args.show]:
            brief = ", ".join(f"{k}={v}" for k, v in parts.items() if v not in ("-",) and k not in (key,))
            print(f"    {doc} {quote!r}: want {want!r}, got {got!r} [{brief}]")
    print(f"\nextra figures (not in the gold): {len(extra_examples)}")
    for doc, r in extra_examples[:args.show * 4]:
        print(f"    {doc} {r['value']} {r['unit_class']} target={r['target']} ach={r['achievement_pct']} "
              f"| {str(r['quote'])[:40]!r} in {str(r['sentence'])[:90]!r}")


if __name__ == "__main__":
    main()
