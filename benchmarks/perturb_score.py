"""Does the extractor generalise? Score it on meaning-preserving variants of every annotated document.

    .venv/bin/python benchmarks/perturb_score.py [--k 3] [--seed 11] [--edits places,numbers,years,words]
                                                [--part all|seeds|train|heldout|rc1|…] [--show N] [--by-edit]
                                                [--keep DIR]

For every document of the seeds, both halves of ../shared/dev and benchmarks/checksets/rc*, K variants are made
(deterministic: seeded by --seed, the variant's number and the document's name) by edits applied to the text and,
where they change what is annotated, to its gold line:

- places: a province named in the text becomes another real one of the same kind and era (a 'thành phố'
  directly under the centre stays one; a report of the 2025 reform's era — dated on/after 1 July 2025 or speaking
  of the merger or of a 2025–2030 term — takes one of the 34 provinces, an older one one of the 63, an undated
  one of the 11 that did not change); its spelled forms only (a province with an abbreviation or a same-named
  city in the text is kept). A commune, ward or district ('xã Thanh Phong', 'huyện Ba Bể') becomes another of the
  same type and era from the package's gazetteer. The gold's province follows.
- numbers: a figure's number in the gold's quote becomes another of the same written form (digit count, '1.234'
  grouping, '4,2' decimals, leading zero, a share stays ≤ 100, 'a/b' keeps a ≤ b and a == b); the gold's value
  (and denominator) follows, scale words kept ('4,2 tỷ đồng' -> '6,7 tỷ đồng' = 6.7e9). Left alone: figures that
  carry a target or an achievement, a sentence speaking of targets, plans, rates or comparisons, 100 %, a quote
  found more than once, a number that would read as a year.
- years: every year of the text shifts by one offset (-1, -2 or -5: terms keep their five-year shape, the
  report stays before the 2025 reform); gold year and publication date follow. Reports of the reform's era are
  not shifted.
- words: synonyms the genre uses interchangeably and that keep every annotated attribute (SCHEMA.md): 'Hội
  LHPN' <-> 'Hội Liên hiệp Phụ nữ', 'hằng năm'/'hàng năm'/'mỗi năm', 'kết nạp mới' -> 'kết nạp', 'ít nhất' <->
  'tối thiểu', 'hơn' <-> 'trên' before a number (both more_than), 'ngàn' <-> 'nghìn', 'tỷ' <-> 'tỉ', and the old
  tone-mark placement ('Thanh Hóa' -> 'Thanh Hoá', 'thủy' -> 'thuỷ'). Hedges of different qualifiers
  ('khoảng', 'gần') are never swapped.

The scorer only matches figures by value and unit class (quotes are not compared), so the gold's quotes are
rewritten for the reader only. All variants are extracted in one `wuanalysis extract` run (file names prefixed
by the variant), scored with ../shared/tools/score_facts.py like dev_score.py, and per part the original and the
perturbed scores are printed: facts F1, target, achievement, qualifier, level, year, province, span.
`--by-edit` also scores each kind of edit alone (which edit loses what); `--keep DIR` keeps the variants.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_facts.py"
DATA = ROOT / "wuanalysis" / "data"
EDITS = ("places", "numbers", "scale", "forms", "years", "words")
L = r"[^\W\d_]"  # a letter (Vietnamese included)


# ---------------------------------------------------------------- documents and gold

def unseen_sets() -> set[str]:
    """The check sets kept unseen (``benchmarks/checksets/UNSEEN``): left out unless named."""
    listed = ROOT / "benchmarks" / "checksets" / "UNSEEN"
    if not listed.exists():
        return set()
    return {x.strip() for x in listed.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("#")}


def parts(include_unseen: bool = False) -> dict[str, tuple[list[Path], list[dict]]]:
    """The parts dev_score.py scores, as (files, gold records); the unseen check sets only if asked for."""
    unseen = set() if include_unseen else unseen_sets()
    held = {x.strip() for x in (ROOT / "benchmarks" / "dev_split.txt").read_text(encoding="utf-8").splitlines()
            if x.strip() and not x.startswith("#")}
    dev_gold = [json.loads(x) for x in (SHARED / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
                if x.strip()]
    dev_docs = sorted((SHARED / "dev" / "docs").glob("*.txt"))
    out = {
        "seeds": (sorted((SHARED / "seeds").glob("*.txt")),
                  [json.loads(x) for x in (SHARED / "gold" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()
                   if x.strip()]),
        "train": ([d for d in dev_docs if d.stem not in held],
                  [g for g in dev_gold if g["doc"].split(".")[0] not in held]),
        "heldout": ([d for d in dev_docs if d.stem in held], [g for g in dev_gold if g["doc"].split(".")[0] in held]),
    }
    for folder in sorted(p.parent for p in (ROOT / "benchmarks" / "checksets").glob("*/gold.jsonl")):
        if folder.name in unseen:
            continue
        out[folder.name] = (sorted((folder / "docs").glob("*.txt")),
                            [json.loads(x) for x in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
                             if x.strip()])
    return out


# ---------------------------------------------------------------- edits as spans of the original text

@dataclass
class Edits:
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def free(self, a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e, _ in self.spans)

    def add(self, a: int, b: int, new: str) -> bool:
        if self.text[a:b] == new or not self.free(a, b):
            return False
        self.spans.append((a, b, new))
        return True

    def apply(self) -> str:
        out, pos = [], 0
        for a, b, new in sorted(self.spans):
            out.append(self.text[pos:a])
            out.append(new)
            pos = b
        out.append(self.text[pos:])
        return "".join(out)

    def moved(self, a: int, b: int) -> tuple[int, int]:
        """Where the original slice [a, b) is after the edits (edits inside it grow or shrink it)."""
        na, nb = a, b
        for s, e, new in self.spans:
            d = len(new) - (e - s)
            if e <= a:
                na += d
            if e <= b:
                nb += d
        return na, nb


# ---------------------------------------------------------------- places

def _province_table() -> tuple[dict[str, str], set[str], set[str]]:
    """Kind of every province name (old and 2025), the old names and the 2025 names."""
    kind: dict[str, str] = {}
    old, new = set(), set()
    with (SHARED / "reference" / "provinces_2025.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            kind[row["old_name"]] = row["old_kind"]
            kind.setdefault(row["new_name"], row["new_kind"])
            if row["new_name"] == row["old_name"]:
                kind[row["new_name"]] = row["new_kind"] if row["change"] == "unchanged" else kind[row["new_name"]]
            old.add(row["old_name"])
            new.add(row["new_name"])
    return kind, old, new


KIND, OLD_NAMES, NEW_NAMES = _province_table()
# Hải Phòng, Đà Nẵng, Hồ Chí Minh, Cần Thơ are cities in both eras; a province merged into one became a city.
NEW_KIND = {n: ("city" if n in {"Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"} else "province")
            for n in NEW_NAMES}
UNCHANGED = {"Cao Bằng", "Điện Biên", "Lai Châu", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
             "Hà Tĩnh", "Hà Nội"}
NEVER = {"Huế", "Hồ Chí Minh", "Bà Rịa - Vũng Tàu"}  # written in too many forms to swap safely


def _aliases() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    with (DATA / "province_aliases.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["alias"] != row["name"]:
                out[row["name"]].append(row["alias"])
    return out


ALIASES = _aliases()


def _places() -> dict[tuple[str, str], dict[str, list[str]]]:
    """(era, type) -> name -> provinces, from the package gazetteer."""
    out: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    with (DATA / "places.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out[(row["era"], row["type"])][row["name"]].append(row["province"])
    return out


PLACES = _places()
REFORM = re.compile(r"sau sắp xếp|sáp nhập|sắp xếp đơn vị hành chính|chính quyền (?:địa phương )?2 cấp|\(mới\)"
                    r"|xã mới|phường mới|2025\s*[-–]\s*2030|2026\s*[-–]\s*2031|1/7/2025|01/7/2025|01/07/2025",
                    re.IGNORECASE)


def era(text: str, gold: dict) -> str:
    """'2025' for a report of the reform's era, 'pre2025' before it, '' when unsure."""
    pub = gold.get("published") or ""
    if pub >= "2025-07" or REFORM.search(text):
        return "2025"
    if pub and pub < "2025-07":
        return "pre2025"
    years = [int(y) for y in re.findall(r"(?<!\d)(20[0-3]\d)(?!\d)", text)]
    return "pre2025" if years and max(years) <= 2024 else ""


PLACE_TYPES = "thị trấn|thị xã|thành phố|huyện|quận|xã|phường"


def _name_re(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(name)}(?![\w])")


def edit_places(ed: Edits, gold: dict, rng: random.Random) -> dict[str, str]:
    text = ed.text
    n_before = len(ed.spans)
    e = era(text, gold)
    pool = {"2025": NEW_NAMES, "pre2025": OLD_NAMES}.get(e, UNCHANGED) - NEVER
    names = sorted(OLD_NAMES | NEW_NAMES | {"Thừa Thiên Huế"}, key=len, reverse=True)
    present = [n for n in names if _name_re(n).search(text)]
    mapping: dict[str, str] = {}
    taken = set(present)
    alternatives = "|".join(map(re.escape, names))
    if re.search(rf"(?:{PLACE_TYPES})\s+(?:{alternatives})(?!\w)", text):
        return mapping  # a place named like a province ('huyện Hòa Bình', 'phường Vĩnh Phúc') would still tell it
    for name in present:
        if name in NEVER or name not in pool or any(name in other and name != other for other in present):
            continue
        if any(a in text for a in ALIASES.get(name, []) if a != name and not a.startswith("Thủ đô")):
            continue
        short = name.split(" ")[0]
        if re.search(rf"(?:tỉnh|xứ|quê) {re.escape(short)}(?! {re.escape(name.split(' ')[-1])})(?!\w)", text):
            continue  # a nickname ('phụ nữ tỉnh Thanh', 'xứ Nghệ') would still tell it
        k = (NEW_KIND if e == "2025" else KIND).get(name)
        if k == "province" and re.search(rf"(?:{PLACE_TYPES}|TP\.?)\s+{re.escape(name)}", text, re.IGNORECASE):
            continue  # a same-named city or district: the report may be that one's
        choices = sorted(n for n in pool if n not in taken and (NEW_KIND if e == "2025" else KIND).get(n) == k)
        if not choices:
            continue
        mapping[name] = rng.choice(choices)
        taken.add(mapping[name])
    for name, new in list(mapping.items()):
        for m in _name_re(name.upper()).finditer(text):  # a title in capitals ('THÀNH PHỐ HÀ NỘI')
            ed.add(m.start(), m.end(), new.upper())
        for m in _name_re(name).finditer(text):
            left = text[max(0, m.start() - 12):m.start()].lower()
            if re.search(r"(?:huyện|xã|phường|thị trấn|quận|thị xã)\s+$", left):
                continue
            ed.add(m.start(), m.end(), new)
    # communes, wards, districts: the gazetteer's names of the same type and era
    pera = "2025" if e == "2025" else "pre2025"
    for m in re.finditer(rf"(?<![\w])({PLACE_TYPES}) ((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]\w*)(?: [A-ZĐ]\w*){{0,3}})", text):
        typ, words = m.group(1), m.group(2).split(" ")
        table = PLACES.get((pera, typ))
        if not table:
            continue
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if name in table and name not in mapping and name not in KIND:
                start = m.start(2)
                old = name
                break
        else:
            continue
        key = (pera, typ, old)
        if key not in mapping:
            provs = table[old]
            target = mapping.get(provs[0], provs[0]) if len(provs) == 1 else None
            cands = sorted(n for n, ps in table.items()
                           if len(ps) == 1 and (target is None or ps[0] == target) and n != old
                           and n not in KIND and not re.search(r"[\d-]", n) and n not in text)
            if not cands:
                if target is not None and target != provs[0]:
                    del ed.spans[n_before:]  # the place would still tell the old province: no place edits
                    return {}
                continue
            mapping[key] = rng.choice(cands)  # type: ignore[index]
        ed.add(start, start + len(old), mapping[key])  # type: ignore[index]
        for m2 in _name_re(old).finditer(text):  # the bare name too ('Hội Phụ nữ Đô Lương')
            ed.add(m2.start(), m2.end(), mapping[key])  # type: ignore[index]
    return {k: v for k, v in mapping.items() if isinstance(k, str)}


# ---------------------------------------------------------------- numbers

NUM = re.compile(r"\d+(?:[.,]\d+)*")
CAUTION = re.compile(r"chỉ tiêu|kế hoạch|\bKH\b|mục tiêu|phấn đấu|đăng ký|vượt|đạt|so với|bằng|tỷ lệ|tỉ lệ|gấp|"
                     r"lần|trong đó|bình quân|trung bình|tăng|giảm|còn|/|%", re.IGNORECASE)


def parse_vn(tok: str) -> float | None:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", tok):
        return float(tok.replace(".", ""))
    if re.fullmatch(r"\d+,\d+", tok):
        return float(tok.replace(",", "."))
    if re.fullmatch(r"\d+", tok):
        return float(tok)
    return None


def new_token(tok: str, rng: random.Random, cap: float | None) -> str | None:
    """Another number written like tok (same digit count, grouping, decimals, leading zero)."""
    for _ in range(20):
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", tok):
            digits = tok.replace(".", "")
            n = str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))
            head = len(n) % 3 or 3
            out = n[:head] + "".join("." + n[i:i + 3] for i in range(head, len(n), 3))
        elif re.fullmatch(r"\d+,\d+", tok):
            a, b = tok.split(",")
            ia = str(rng.randint(0 if len(a) == 1 else 10 ** (len(a) - 1), 10 ** len(a) - 1))
            ib = "".join(str(rng.randint(0, 9)) for _ in b[:-1]) + str(rng.randint(1, 9))
            out = f"{ia},{ib}"
        elif re.fullmatch(r"0\d+", tok):
            rest = tok.lstrip("0")
            out = tok[:len(tok) - len(rest)] + str(rng.randint(10 ** (len(rest) - 1), 10 ** len(rest) - 1))
        elif re.fullmatch(r"\d+", tok):
            out = str(rng.randint(2 if len(tok) == 1 else 10 ** (len(tok) - 1), 10 ** len(tok) - 1))
            if len(tok) == 4 and 1900 <= int(out) <= 2099:
                continue
        else:
            return None
        v = parse_vn(out)
        if out != tok and v is not None and v > 0 and (cap is None or v < cap):
            return out
    return None


def _sentence(text: str, a: int, b: int) -> str:
    s = max(text.rfind(c, 0, a) for c in ".;:\n!?")
    e = min((x for x in (text.find(c, b) for c in ".;\n!?") if x >= 0), default=len(text))
    return text[s + 1:e]


def edit_numbers(ed: Edits, gold: dict, rng: random.Random) -> list[tuple[int, dict]]:
    """Change figures' numbers; returns (fact index, new fields) for the gold."""
    text = ed.text
    quotes = [f["quote"] for f in gold["facts"]]
    changes = []
    for i, f in enumerate(gold["facts"]):
        q = f["quote"]
        if (f.get("target") is not None or f.get("achievement_pct") is not None or quotes.count(q) != 1
                or text.count(q) != 1 or rng.random() < 0.25):
            continue
        if any(q in o or o in q for j, o in enumerate(quotes) if j != i):
            continue
        a = text.index(q)
        if CAUTION.search(_sentence(text, a, a + len(q)).replace(q, "")):
            continue
        toks = list(NUM.finditer(q))
        value = float(f["value"])
        if f.get("denominator") is not None:
            if len(toks) != 2 or q[toks[0].end():toks[1].start()].strip() != "/":
                continue
            x, y = parse_vn(toks[0].group()), parse_vn(toks[1].group())
            if x != value or y != float(f["denominator"]):
                continue
            ny = new_token(toks[1].group(), rng, None)
            if ny is None or len(ny) != len(toks[0].group()) and x == y:
                continue
            nyv = parse_vn(ny)
            assert nyv is not None
            if x == y:
                nx = ny
            else:
                nx = new_token(toks[0].group(), rng, nyv + 0.5)
                if nx is None:
                    continue
            ok = ed.add(a + toks[0].start(), a + toks[0].end(), nx)
            ok = ok and ed.add(a + toks[1].start(), a + toks[1].end(), ny)
            if ok:
                changes.append((i, {"value": parse_vn(nx), "denominator": nyv}))
            continue
        if len(toks) != 1 or "/" in q:
            continue
        tok = toks[0].group()
        v = parse_vn(tok)
        if not v or value == 100 and f["unit_class"] == "percent":
            continue
        scale = value / v
        if not any(abs(scale - s) < 1e-9 * s for s in (1, 1e3, 1e6, 1e9)):
            continue
        cap = 100.0 if f["unit_class"] == "percent" and value <= 100 else None
        nt = new_token(tok, rng, cap)
        if nt is None:
            continue
        nv = parse_vn(nt)
        assert nv is not None
        if ed.add(a + toks[0].start(), a + toks[0].end(), nt):
            new = round(nv * round(scale), 6)
            changes.append((i, {"value": int(new) if new == int(new) else new}))
    return changes


def _written_like(tok: str, v: float) -> str | None:
    """v written the way tok is: '1.234' grouping (also once v reaches 1.000), '4,2' decimals, no grouping for
    '1200'."""
    if "," in tok:
        places = len(tok.split(",")[1])
        txt = f"{v:.{places}f}"
        if float(txt) != v:
            return None
        head, tail = txt.split(".")
    else:
        if v != int(v):
            return None
        head, tail = str(int(v)), ""
    if "." in tok or ("," not in tok and len(tok) <= 3 and len(head) > 3) or ("," in tok and len(head) > 3):
        k = len(head) % 3 or 3
        head = head[:k] + "".join("." + head[i:i + 3] for i in range(k, len(head), 3))
    elif len(head) == 4 and 1900 <= int(head) <= 2099:
        return None  # would read as a year
    return head + ("," + tail if tail else "")


def edit_scale(ed: Edits, gold: dict, rng: random.Random) -> list[tuple[int, dict]]:
    """Every count and money figure (and the targets they carry) times one factor: results, their targets and the
    plans they are measured against keep their ratios, so stated rates stay true. All or nothing per document."""
    text, f = ed.text, rng.choice([2, 3])
    changes, spans = [], []
    quotes = [x["quote"] for x in gold["facts"]]
    for i, fact in enumerate(gold["facts"]):
        if fact["unit_class"] not in ("count", "vnd") or fact.get("denominator") is not None:
            continue
        q = fact["quote"]
        toks = [t for t in NUM.finditer(q)]
        if len(toks) != 1 or text.count(q) != quotes.count(q) or any(q != o and (q in o or o in q) for o in quotes):
            return []
        tok = toks[0].group()
        v = parse_vn(tok)
        if not v:
            return []
        scale = float(fact["value"]) / v
        if not any(abs(scale - s) < 1e-9 * s for s in (1, 1e3, 1e6, 1e9)):
            return []
        new = _written_like(tok, v * f)
        if new is None:
            return []
        if quotes.index(q) == i:  # each occurrence of a repeated quote once
            for m in re.finditer(re.escape(q), text):
                spans.append((m.start() + toks[0].start(), m.start() + toks[0].end(), new))
        nv = round(float(fact["value"]) * f, 6)
        upd: dict = {"value": int(nv) if nv == int(nv) else nv}
        if fact.get("target") is not None:
            nt = round(float(fact["target"]) * f, 6)
            upd["target"] = int(nt) if nt == int(nt) else nt
        changes.append((i, upd))
    if not spans or any(not ed.free(a, b) for a, b, _ in spans):
        return []
    for a, b, new in spans:
        ed.add(a, b, new)
    return changes


def edit_forms(ed: Edits, gold: dict, rng: random.Random) -> int:
    """A figure's number written with a scale word instead of all its digits, as the genre does both:
    '500.000.000 đồng' -> '500 triệu đồng', '1.200.000.000 đồng' -> '1,2 tỷ đồng', '12.000 lượt' -> '12 nghìn lượt'.
    The value does not change."""
    text, n = ed.text, 0
    quotes = [x["quote"] for x in gold["facts"]]
    for fact in gold["facts"]:
        q = fact["quote"]
        toks = list(NUM.finditer(q))
        if len(toks) != 1 or text.count(q) != 1 or quotes.count(q) != 1 or rng.random() < 0.3:
            continue
        tok = toks[0].group()
        v = parse_vn(tok)
        if not v or v != float(fact["value"]) or not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", tok):
            continue
        after = q[toks[0].end():]
        unit_len = 0
        if fact["unit_class"] == "vnd" and (money := re.match(r"\s*(?:đồng|đ)(?!\w)", after)):
            scale, word = (1e9, "tỷ") if v >= 1e9 else (1e6, "triệu") if v >= 1e6 else (0, "")
            unit_len, word = money.end(), word + " đồng"  # '67.500.000đ' -> '67,5 triệu đồng'
        elif fact["unit_class"] == "count" and v >= 1e4 and v % 1000 == 0:
            scale, word = 1e3, rng.choice(["nghìn", "ngàn"])
        else:
            continue
        if not scale or (v / scale) != round(v / scale, 3):
            continue
        short = f"{v / scale:.3f}".rstrip("0").rstrip(".").replace(".", ",")
        a = text.index(q) + toks[0].start()
        n += ed.add(a, a + len(tok) + unit_len, f"{short} {word}")
    return n


# ---------------------------------------------------------------- years

YEAR = re.compile(r"(?<![\d.,])(19[5-9]\d|20[0-4]\d)(?![\d]|[.,]\d)")


def edit_years(ed: Edits, gold: dict, rng: random.Random) -> int:
    text = ed.text
    if era(text, gold) != "pre2025" or re.search(r"toàn quốc lần thứ|Đại hội [XVI]+ (?:của )?Hội", text):
        return 0  # the national congresses' terms are history (XIII: 2022–2027): shifting them tells another
    years = [int(m.group()) for m in YEAR.finditer(text)]
    if not years or any(float(f["value"]) in years for f in gold["facts"]):
        return 0
    off = rng.choice([-1, -2, -5])
    for m in YEAR.finditer(text):
        ed.add(m.start(), m.end(), str(int(m.group()) + off))
    return off


# ---------------------------------------------------------------- words

SWAPS = [
    (r"Hội LHPN", ["Hội Liên hiệp Phụ nữ"]), (r"Hội Liên hiệp Phụ nữ", ["Hội LHPN"]),
    (r"hằng năm", ["hàng năm", "mỗi năm"]), (r"hàng năm", ["hằng năm", "mỗi năm"]),
    (r"kết nạp mới", ["kết nạp"]), (r"ít nhất(?= \d)", ["tối thiểu"]), (r"tối thiểu(?= \d)", ["ít nhất"]),
    (r"(?<![\w])hơn(?= \d)", ["trên"]), (r"(?<![\w])trên(?= \d)", ["hơn"]),
    (r"(?<![\w])ngàn(?![\w])", ["nghìn"]), (r"(?<![\w])nghìn(?![\w])", ["ngàn"]),
    (r"(?<![\w])tỷ(?![\w])", ["tỉ"]), (r"(?<![\w])tỷ lệ(?![\w])", ["tỉ lệ"]),
    # a rate's reference: 'đạt 115% kế hoạch' / 'đạt 115% chỉ tiêu' (SCHEMA: both achievement)
    (r"(?<=\d% )kế hoạch(?![\w])", ["chỉ tiêu"]), (r"(?<=\d% )chỉ tiêu(?![\w])", ["kế hoạch"]),
    # money written short: '200.000 đồng' / '200.000đ' / '200.000 VNĐ'
    (r"(?<=\d{3}) đồng(?![\w]| (?:chí|bào|hành|hương|thời|lòng|đội|nghiệp|thuận|tâm))", ["đ", " VNĐ"]),
    (r"(?<![\w])khoảng(?= \d)", ["chừng"]), (r"(?<![\w])dưới(?= \d)", ["chưa đến"]),
    (r"TP\.? ?HCM|TPHCM|TP\. Hồ Chí Minh|[Tt]hành phố Hồ Chí Minh",
     ["TP.HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP HCM"]),
]
# a full date written with dashes or dots as often as with slashes: '23/9/2024', '23-9-2024', '23.9.2024'
DATE = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")
OLD_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ọe": "oẹ",
             "úy": "uý", "ùy": "uỳ", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}


def _bare(s: str) -> str:
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).split())


def edit_words(ed: Edits, gold: dict, rng: random.Random) -> int:
    text, n = ed.text, 0
    for pat, repl in SWAPS:  # one choice a text, as a writer keeps to one spelling (a title repeats its lede)
        if rng.random() < 0.6:
            word = rng.choice(repl)
            n += sum(ed.add(m.start(), m.end(), word) for m in re.finditer(pat, text))
    if rng.random() < 0.5:
        sep = rng.choice(["-", "."])
        for m in DATE.finditer(text):
            n += ed.add(m.start(), m.end(), sep.join(m.groups()))
            left = max(0, m.start() - 12)
            if first := re.search(r"(\d{1,2})/(\d{1,2})(?=\s*(?:[–-]|đến)\s*$)", text[left:m.start()]):
                a = left + first.start()  # the range's first day: '17/2 – 19/3/2021'
                ed.add(a, a + len(first.group()), sep.join(first.groups()))
    if rng.random() < 0.3:  # a headline in capitals ('HỘI LHPN TỈNH … TỔNG KẾT CÔNG TÁC NĂM 2023')
        title = gold.get("title") or ""
        a = text.find(title) if len(title) > 20 and text.count(title) == 1 else -1
        if a >= 0 and ed.free(a, a + len(title)):
            n += ed.add(a, a + len(title), title.upper())
    if rng.random() < 0.5:  # the old tone placement, on the whole text ('Thanh Hoá', 'thuỷ sản')
        for m in re.finditer(rf"({'|'.join(OLD_TONES)})(?!{L})", text):
            n += ed.add(m.start(), m.end(), OLD_TONES[m.group()])
    return n


def _follow_slugs(ed: Edits) -> None:
    """A line the page repeats as its address's words ('hoi lhpn viet nam phan dau …') follows its edited line."""
    lines, starts, pos = ed.text.split("\n"), [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    slugs = {line.strip(): i for i, line in enumerate(lines) if line.strip() and line.isascii()}
    for i, line in enumerate(lines):
        j = slugs.get(_bare(line))
        if j is None or j == i or not line.strip():
            continue
        a, b = starts[i], starts[i] + len(line)
        inside = Edits(line, [(s - a, e - a, new) for s, e, new in ed.spans if a <= s and e <= b])
        sa, sb = starts[j], starts[j] + len(lines[j])
        if inside.spans and ed.free(sa, sb):
            ed.add(sa, sb, _bare(inside.apply()))


# ---------------------------------------------------------------- one variant

def variant(text: str, gold: dict, edits: tuple[str, ...], rng: random.Random) -> tuple[str, dict, dict]:
    ed = Edits(text)
    g = json.loads(json.dumps(gold))
    log: dict = {}
    if "scale" in edits:
        changes = edit_scale(ed, gold, rng)
        for i, new in changes:
            g["facts"][i].update(new)
        log["scale"] = len(changes)
    if "numbers" in edits:
        changes = edit_numbers(ed, gold, rng)
        for i, new in changes:
            g["facts"][i].update(new)
        log["numbers"] = len(changes)
    if "forms" in edits:
        log["forms"] = edit_forms(ed, gold, rng)
    if "places" in edits:
        mapping = edit_places(ed, gold, rng)
        if g.get("province") in mapping:
            g["province"] = mapping[g["province"]]
        g["provinces_mentioned"] = [mapping.get(p, p) for p in g.get("provinces_mentioned") or []]
        log["places"] = mapping
    if "years" in edits:
        off = edit_years(ed, gold, rng)
        if off:
            per = g.get("period") or {}
            if per.get("year"):
                per["year"] += off
            if g.get("published"):
                g["published"] = str(int(g["published"][:4]) + off) + g["published"][4:]
        log["years"] = off
    if "words" in edits:
        log["words"] = edit_words(ed, gold, rng)
    _follow_slugs(ed)
    new_text = ed.apply()
    for f in g["facts"]:  # quotes for the reader: the same slice after the edits
        if text.count(f["quote"]) == 1:
            a = text.index(f["quote"])
            na, nb = ed.moved(a, a + len(f["quote"]))
            f["quote"] = new_text[na:nb]
    return new_text, g, log


# ---------------------------------------------------------------- scoring

SUMMARY = [("F1", r"facts: P=\S+ R=\S+ F1=(\S+)"), ("target", r"attribute target: (\d+/\d+)"),
           ("achiev", r"attribute achievement_pct: (\d+/\d+)"), ("qualif", r"attribute qualifier: (\d+/\d+)"),
           ("level", r"documents org_level: (\d+/\d+)"), ("year", r"documents period_year: (\d+/\d+)"),
           ("prov", r"documents province: (\d+/\d+)"), ("span", r"documents period_span: (\d+/\d+)")]


def summarise(out: str) -> dict[str, str]:
    res = {}
    for key, pat in SUMMARY:
        m = re.search(pat, out)
        res[key] = m.group(1) if m else "-"
    return res


def seed_for(*parts: object) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12], 16)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--k", type=int, default=3, help="variants of each document")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--edits", default=",".join(EDITS), help="comma-separated: " + ",".join(EDITS))
    ap.add_argument("--part", default="all")
    ap.add_argument("--show", type=int, default=0, help="misses of each kind to print per perturbed part")
    ap.add_argument("--by-edit", action="store_true", help="also score each kind of edit alone")
    ap.add_argument("--keep", type=Path, help="write the variants (texts, gold, edit log) here")
    args = ap.parse_args()
    edits = tuple(e for e in args.edits.split(",") if e)
    bad = [e for e in edits if e not in EDITS]
    if bad:
        ap.error(f"unknown edit {bad[0]!r}: use {', '.join(EDITS)}")
    all_parts = parts()
    if args.part != "all" and args.part not in all_parts:
        ap.error(f"unknown part {args.part!r}: use {', '.join(all_parts)} or all")
    chosen = {n: p for n, p in all_parts.items() if args.part in (n, "all")}
    runs: list[tuple[str, tuple[str, ...]]] = [("orig", ())] + [(f"k{i}", edits) for i in range(1, args.k + 1)]
    if args.by_edit:
        runs += [(f"{e}{i}", (e,)) for e in edits for i in range(1, args.k + 1)]
    with tempfile.TemporaryDirectory() as tmp_:
        tmp = args.keep or Path(tmp_)
        docs = tmp / "docs"
        docs.mkdir(parents=True, exist_ok=True)
        golds: dict[tuple[str, str], list[dict]] = defaultdict(list)
        logs = []
        for part, (files, gold) in chosen.items():
            by_name = {g["doc"]: g for g in gold}
            for f in files:
                g = by_name.get(f.name)
                if g is None:
                    continue
                text = f.read_text(encoding="utf-8")
                for run, ed in runs:
                    name = f"{run}__{part}__{f.name}"
                    if ed:
                        rng = random.Random(seed_for(args.seed, run, part, f.name))
                        new_text, new_gold, log = variant(text, g, ed, rng)
                    else:
                        new_text, new_gold, log = text, json.loads(json.dumps(g)), {}
                    new_gold["doc"] = name
                    (docs / name).write_text(new_text, encoding="utf-8")
                    golds[(run, part)].append(new_gold)
                    logs.append({"doc": name, **log})
        (tmp / "edits.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in logs),
                                         encoding="utf-8")
        facts, documents = tmp / "facts.csv", tmp / "documents.csv"
        subprocess.run([sys.executable, "-m", "wuanalysis", "extract", str(docs), "--quiet", "--facts", str(facts),
                        "--documents", str(documents)], check=True, capture_output=True)
        table: dict[str, dict[str, dict[str, str]]] = defaultdict(dict)
        for (run, part), gl in golds.items():
            gpath = tmp / f"gold_{run}_{part}.jsonl"
            gpath.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in gl), encoding="utf-8")
            show = args.show if run != "orig" else 0
            out = subprocess.run([sys.executable, str(SCORER), str(gpath), str(facts), "--documents", str(documents),
                                  "--show", str(show)], check=True, capture_output=True, text=True).stdout
            table[part][run] = summarise(out)
            if show:
                misses = [x for x in out.splitlines() if x.strip().startswith(("MISSED", "EXTRA"))]
                if misses:
                    print(f"-- {part} {run} ({','.join(runs[[r for r, _ in runs].index(run)][1])})")
                    print("\n".join(misses))
    print_table(table, [r for r, _ in runs], edits, args.k)


def _pooled(cells: list[str]) -> str:
    if all(re.fullmatch(r"\d+/\d+", c) for c in cells):
        ok = sum(int(c.split("/")[0]) for c in cells)
        n = sum(int(c.split("/")[1]) for c in cells)
        return f"{ok}/{n}"
    vals = [float(c) for c in cells if re.fullmatch(r"[\d.]+", c)]
    return f"{sum(vals) / len(vals):.3f}" if vals else "-"


def print_table(table: dict[str, dict[str, dict[str, str]]], runs: list[str], edits: tuple[str, ...], k: int) -> None:
    keys = [k_ for k_, _ in SUMMARY]
    groups = [("original", ["orig"]), ("perturbed", [f"k{i}" for i in range(1, k + 1)])]
    groups += [(e, [f"{e}{i}" for i in range(1, k + 1)]) for e in edits if f"{e}1" in runs]
    print(f"{'part':8s} {'variants':10s} " + " ".join(f"{x:>9s}" for x in keys))
    for part, cells in table.items():
        for label, rs in groups:
            row = [_pooled([cells[r][x] for r in rs]) for x in keys]
            print(f"{part:8s} {label:10s} " + " ".join(f"{x:>9s}" for x in row))


if __name__ == "__main__":
    main()
