"""Post-reform commune and ward reports across the map: is each one's level, province, place and year right?

    .venv/bin/python benchmarks/place_sweep.py [--seed 11] [-n 600] [--show 3] [--keep DIR]

A deterministic sweep of the genre, not of one sentence. From ``wuanalysis/data/places.csv`` it draws a seeded sample
of the 3,321 communes, wards and special zones of the 34 provinces (era ``2025``): every province, and the hard cases
(see :data:`KINDS`). Each place is written into one of :data:`TEMPLATES`, the opening (headline, dateline, lede) a
secretary or a local paper writes in 2025–2026, with its expected level, province (the one since 1 July 2025), place
and period year. The openings are read by :func:`wuanalysis.read_reports` (as the CLI does) and the documents table
is scored per template and per hard-case kind; failures are printed grouped by (template, attribute).

A name that several provinces of 2025 share, in a text that names no province, is genuinely ambiguous: an empty
province with ``ambiguous: …`` in ``province_note`` is then right and counted apart (``ambiguous``); a province there
is a guess, counted wrong. Nothing is written into ``outputs/``: the openings go to a temporary folder (or ``--keep``).
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wuanalysis import read_reports  # noqa: E402
from wuanalysis.catalogue import resolve_province  # noqa: E402
from wuanalysis.text import fold, match_form, y_spelling  # noqa: E402

CENTRAL = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}
# people whose names communes and wards bear (a person's name is no province and no union)
PEOPLE = ("Quang Trung", "Lê Lợi", "Trần Hưng Đạo", "Hưng Đạo", "Nguyễn Trãi", "Lê Hồng Phong", "Hoàng Văn Thụ",
          "Võ Thị Sáu", "Phan Đình Phùng", "Hai Bà Trưng", "Trần Phú", "Nguyễn Du", "Lý Thường Kiệt", "Ngô Quyền",
          "Đinh Tiên Hoàng", "Lê Lai", "Hoàng Hoa Thám", "Nguyễn Huệ", "Kim Đồng", "Võ Nguyên Giáp", "Trưng Vương",
          "Phan Bội Châu", "Tô Hiệu", "Nguyễn Văn Cừ", "Bà Triệu", "Lê Quý Đôn", "Chu Văn An", "Đề Thám")
# the hard cases, in the order a place is classed (a place is of its first kind)
KINDS = ("numbered", "province_or_person", "shared_2025", "hoa_spelling", "moved", "central_city", "plain")
# old-style tone placement ("hoà", "thuỷ") that writers still use for the names the gazetteer writes "hòa", "thủy"
_OLD_TONE = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ọe": "oẹ",
             "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}
_OLD_TONE_RE = re.compile("|".join(_OLD_TONE), re.IGNORECASE)


@dataclass
class Place:
    kind: str       # xã, phường, đặc khu
    name: str       # as the gazetteer writes it
    province: str   # the 2025 province
    hard: str       # one of KINDS
    shared: tuple[str, ...]  # the 2025 provinces that have a place of this kind and name


def _key(name: str) -> str:
    """Names compared folded, an i-spelling as its y: the documents table writes "xã Mỹ Quí" as "xã Mỹ Quý"."""
    return " ".join(fold(y_spelling(name)).split())


def _spelling(name: str) -> str:
    """A name as the gazetteer tells names apart: marks kept ("Phù Mỹ" is not "Phú Mỹ"), tone placement not."""
    return " ".join(match_form(name).lower().split())


def load_places() -> tuple[list[Place], dict]:
    table = pd.read_csv(ROOT / "wuanalysis" / "data" / "places.csv", dtype=str, keep_default_na=False)
    new, old = table[table["era"] == "2025"], table[table["era"] == "pre2025"]
    from wuanalysis.catalogue import province_2025
    provinces_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in new.itertuples(index=False):
        provinces_of[(r.type, _spelling(r.name))].add(r.province)
    old_of: dict[str, set[str]] = defaultdict(set)
    for r in old.itertuples(index=False):
        if r.type in ("xã", "phường", "thị trấn"):
            old_of[_key(r.name)].add(province_2025(r.province) or r.province)
    places = []
    for r in new.itertuples(index=False):
        shared = tuple(sorted(provinces_of[(r.type, _spelling(r.name))]))
        province_named = resolve_province(r.name)
        if r.name[:1].isdigit():
            hard = "numbered"
        elif (province_named and _spelling(province_named) == _spelling(r.name)) or r.name in PEOPLE:
            hard = "province_or_person"
        elif len(shared) > 1:
            hard = "shared_2025"
        elif _OLD_TONE_RE.search(r.name):
            hard = "hoa_spelling"
        elif old_of.get(_key(r.name), set()) - {r.province}:
            hard = "moved"  # the name was another province's commune before the reform
        elif r.province in CENTRAL:
            hard = "central_city"
        else:
            hard = "plain"
        places.append(Place(r.type, r.name, r.province, hard, shared))
    return places, {"old_of": old_of}


def sample(places: list[Place], n: int, rng: random.Random) -> list[Place]:
    """One place of every province first, then the hard kinds in equal shares (plain ones fill the rest)."""
    by_province: dict[str, list[Place]] = defaultdict(list)
    by_kind: dict[str, list[Place]] = defaultdict(list)
    for p in places:
        by_province[p.province].append(p)
        by_kind[p.hard].append(p)
    chosen = [rng.choice(by_province[prov]) for prov in sorted(by_province)]
    share = (n - len(chosen)) // len(KINDS)
    for kind in KINDS:
        pool = sorted(by_kind[kind], key=lambda p: (p.province, p.kind, p.name))
        chosen += rng.sample(pool, min(share, len(pool)))  # a small pool ("phường 1 Bảo Lộc") is taken whole
    while len(chosen) < n:
        chosen.append(rng.choice(by_kind["plain"]))
    return chosen[:n]


def written_province(province: str) -> str:
    """How a report writes the province: "tỉnh Gia Lai", "thành phố Hà Nội", "TP. Hồ Chí Minh"."""
    if province == "Hồ Chí Minh":
        return "TP. Hồ Chí Minh"
    return ("thành phố " if province in CENTRAL else "tỉnh ") + province


def written_name(p: Place, rng: random.Random) -> str:
    """The place's name as a writer spells it: old-style tone marks half the time for the "hòa"-type names."""
    if p.hard == "hoa_spelling" and rng.random() < 0.5:
        return _OLD_TONE_RE.sub(lambda m: _OLD_TONE[m.group(0).lower()] if m.group(0).islower()
                                else _OLD_TONE[m.group(0).lower()].capitalize(), p.name)
    return p.name


# Each template: (id, names the province?, expected level, expected year, expected place?, opening). The opening's
# fields: {k} kind ("xã"), {K} kind capitalised, {n} name, {U} the union as the writer names it ("Hội LHPN", "Hội
# Liên hiệp Phụ nữ", "Hội Phụ nữ"), {P} province as written ("tỉnh Gia Lai", "TP.HCM", bare), {p} province bare,
# {F} the province with the former one the commune was in ("(tỉnh Bình Phước cũ), tỉnh Đồng Nai"), {d} a day.
TEMPLATES: list[tuple[str, bool, str, int, bool, str]] = [
    ("congress_caps", False, "commune", 2025, True,
     "ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ {KU} {NU} LẦN THỨ I, NHIỆM KỲ 2025 – 2030\n"
     "Ngày {d}/8/2025, {U} {k} {n} long trọng tổ chức Đại hội đại biểu Phụ nữ lần thứ I, nhiệm kỳ "
     "2025 – 2030. Dự Đại hội có 120 đại biểu đại diện cho hơn 4.500 hội viên phụ nữ trong toàn {k}.\n"
     "Nhiệm kỳ qua, các cấp Hội đã vận động kết nạp mới 650 hội viên, giúp 45 hộ thoát nghèo."),
    ("halfyear_2026", True, "commune", 2026, True,
     "{U} {k} {n} tổ chức Hội nghị sơ kết 6 tháng đầu năm 2026\n"
     "Sáng {d}/7/2026, {U} {k} {n}, {P} tổ chức Hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng "
     "đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. 6 tháng qua, Hội đã kết nạp 120 hội viên mới."),
    ("paper_dateline", True, "commune", 2025, True,
     "Phụ nữ {k} {n} sơ kết 9 tháng đầu năm\n"
     "(Báo {p}) – Ngày 30/9/2025, {U} {k} {n} ({P}) tổ chức Hội nghị sơ kết công tác Hội 9 tháng đầu năm "
     "2025. Trong 9 tháng, Hội đã vận động 85 hội viên gửi tiết kiệm với số tiền 320 triệu đồng."),
    ("place_in_lede", False, "commune", 2025, True,
     "Tổng kết công tác Hội và phong trào phụ nữ năm 2025\n"
     "Chiều {d}/12/2025, {U} {k} {n} tổ chức Hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025, "
     "triển khai phương hướng, nhiệm vụ năm 2026. Năm qua, Hội đã giúp 12 hộ phụ nữ nghèo có việc làm."),
    ("new_commune_undated", False, "commune", 2025, True,
     "{U} {k} {n} (mới) sơ kết 9 tháng đầu năm 2025\n"
     "{U} {k} {n} vừa tổ chức Hội nghị sơ kết công tác Hội 9 tháng đầu năm 2025. Đây là hội nghị sơ kết "
     "đầu tiên của {U} {k} mới sau sắp xếp đơn vị hành chính; toàn {k} có 24 chi hội với 3.800 hội viên."),
    ("after_merger", True, "commune", 2025, True,
     "Sau sáp nhập, {U} {k} {n} phát huy sức mạnh đoàn kết\n"
     "Ngày {d}/1/2026, {U} {k} {n}, {F} tổ chức Hội nghị tổng kết công tác Hội và phong trào phụ nữ năm "
     "2025. Sau sáp nhập, toàn {k} có 18 chi hội với 5.230 hội viên; năm 2025 kết nạp mới 210 hội viên."),
    ("branch_of_ward", False, "commune", 2025, True,
     "Chi hội Phụ nữ thôn 3 sinh hoạt chuyên đề\n"
     "Ngày {d}/10/2025, Chi hội Phụ nữ thôn 3, {k} {n} tổ chức buổi sinh hoạt chuyên đề quý III năm 2025 với chủ "
     "đề phòng, chống bạo lực gia đình. Tham dự có 45 hội viên của chi hội."),
    ("province_visits", True, "commune", 2025, True,
     "Hội LHPN {P} làm việc với {U} {k} {n}\n"
     "Ngày {d}/11/2025, Đoàn công tác của Hội LHPN {P} do đồng chí Nguyễn Thị Hoa, Phó Chủ tịch, làm trưởng đoàn "
     "đã làm việc với {U} {k} {n} về kết quả thực hiện công tác Hội 9 tháng đầu năm 2025. {U} {k} đã "
     "kết nạp 150 hội viên mới, đạt 100% chỉ tiêu."),
    ("caps_with_province", True, "commune", 2025, True,
     "HỘI LHPN {KU} {NU}, {PU} TỔNG KẾT CÔNG TÁC HỘI NĂM 2025\n"
     "Ngày {d}/12/2025, {U} {k} {n} tổ chức Hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025. "
     "Năm 2025, Hội đã vận động xây dựng 3 mái ấm tình thương cho hội viên khó khăn."),
    ("pnvn_congress", False, "commune", 2025, True,
     "{K} {n}: Đại hội Phụ nữ lần thứ I thành công tốt đẹp\n"
     "(PNVN) - Sáng {d}/8/2025, tại Hội trường UBND {k} {n}, {U} {k} {n} tổ chức Đại hội đại biểu Phụ nữ "
     "lần thứ I, nhiệm kỳ 2025 – 2030. Đại hội đã bầu Ban Chấp hành gồm 15 đồng chí."),
    ("plan_bare_province", True, "commune", 2025, True,
     "{U} {k} {n} triển khai nhiệm vụ năm 2026\n"
     "Ngày {d}/1/2026, {U} {k} {n} ({p}) tổ chức hội nghị tổng kết công tác Hội năm 2025, triển khai "
     "nhiệm vụ năm 2026. Năm 2025, Hội đã kết nạp 96 hội viên mới."),
    ("province_meets_there", True, "province", 2026, False,
     "Hội LHPN {P} sơ kết 6 tháng đầu năm 2026\n"
     "Sáng {d}/7/2026, tại Hội trường UBND {k} {n}, Hội LHPN {P} tổ chức Hội nghị sơ kết công tác Hội và phong "
     "trào phụ nữ 6 tháng đầu năm 2026. 6 tháng qua, toàn tỉnh kết nạp 3.200 hội viên mới."),
]


UNIONS = ("Hội LHPN", "Hội LHPN", "Hội Liên hiệp Phụ nữ", "Hội Phụ nữ")
# how writers shorten a province after a commune, besides "tỉnh X" / "thành phố X"
SHORT = {"Hồ Chí Minh": ("TP.HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"), "Hà Nội": ("TP. Hà Nội", "Hà Nội"),
         "Huế": ("TP. Huế", "thành phố Huế"), "Đà Nẵng": ("TP. Đà Nẵng", "TP Đà Nẵng"),
         "Hải Phòng": ("TP. Hải Phòng", "thành phố Hải Phòng"), "Cần Thơ": ("TP. Cần Thơ", "TP Cần Thơ")}


def with_former(p: Place, rng: random.Random) -> str:
    """The province as written after a merged commune, with the one it was in before the reform when it was another:
    "(tỉnh Bình Phước cũ), tỉnh Đồng Nai"."""
    from wuanalysis.catalogue import predecessors
    others = [q for q in predecessors(p.province) if q != p.province]
    if not others:
        return written_province(p.province)
    return f"(tỉnh {rng.choice(others)} cũ), {written_province(p.province)}"


# a quarter of the ledes lose their date ("Vừa qua, Hội LHPN xã …"): the period reviewed must then date the report
_LEDE_DATE = re.compile(r"(?m)(^|\) ?[-–] )(?:Ngày|Sáng|Chiều) \d{1,2}/\d{1,2}/\d{4}, ")


def opening(template: str, p: Place, rng: random.Random) -> tuple[str, bool]:
    """The opening, and whether its lede's date was left out."""
    name = written_name(p, rng)
    bare = p.province
    written = rng.choice((written_province(bare),) * 2 + SHORT.get(bare, (written_province(bare),)))
    undated = rng.random() < 0.25 and _LEDE_DATE.search(template.replace("{d}", "1")) is not None
    if undated:
        template = re.sub(r"(?m)(^|\) ?[-–] )(?:Ngày|Sáng|Chiều) \{d\}/\d{1,2}/\d{4}, ", r"\1Vừa qua, ", template)
    return template.format(k=p.kind, K=p.kind.capitalize(), n=name, KU=p.kind.upper(), NU=name.upper(),
                           U=rng.choice(UNIONS), P=written, PU=written_province(bare).upper(), p=bare,
                           F=with_former(p, rng), d=rng.randint(2, 28)), undated


def expected(tid: str, names_province: bool, level: str, year: int, with_place: bool, p: Place) -> dict:
    ambiguous = not names_province and len(p.shared) > 1
    return {"level": level, "province": None if ambiguous else p.province, "ambiguous": ambiguous,
            "place": f"{p.kind} {p.name}" if with_place else None, "year": year}


def _text(value) -> str:
    """A table cell as text: missing values (None, NaN) are empty."""
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _same(a, b) -> bool:
    return _key(_text(a)) == _key(_text(b))


def judge(row: pd.Series, want: dict) -> dict[str, str]:
    """Each attribute's verdict: ``ok``, ``ambiguous`` (rightly left empty) or ``wrong``."""
    got_prov = _text(row["province_2025"])
    out = {"level": "ok" if row["org_level"] == want["level"] else "wrong",
           "place": "ok" if _same(row["place"], want["place"]) else "wrong",
           "year": "ok" if _text(row["period_year"]).split(".")[0] == str(want["year"]) else "wrong"}
    if want["ambiguous"]:
        note = _text(row["province_note"])
        out["province"] = "ambiguous" if not got_prov and note.startswith("ambiguous") else "wrong"
    else:
        out["province"] = "ok" if _same(got_prov, want["province"]) else "wrong"
    return out


ATTRS = ("level", "province", "place", "year")


def table(groups: dict[str, list[dict[str, str]]], title: str) -> str:
    lines = [f"| {title} | n | " + " | ".join(ATTRS) + " | ambiguous |", "|---" * (len(ATTRS) + 3) + "|"]
    for name in sorted(groups):
        verdicts = groups[name]
        n = len(verdicts)
        cells = [f"{sum(v[a] == 'ok' for v in verdicts) + sum(v[a] == 'ambiguous' for v in verdicts)}/{n}"
                 for a in ATTRS]
        ambiguous = sum(v["province"] == "ambiguous" for v in verdicts)
        lines.append(f"| {name} | {n} | " + " | ".join(cells) + f" | {ambiguous} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("-n", type=int, default=600, help="openings to write (default 600)")
    ap.add_argument("--show", type=int, default=3, help="examples of each failure group to print")
    ap.add_argument("--keep", type=Path, help="write the openings here (an empty folder) instead of a temporary one")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    places, _ = load_places()
    chosen = sample(places, args.n, rng)
    cases = []
    for i, p in enumerate(chosen):
        tid, names, level, year, with_place, template = TEMPLATES[i % len(TEMPLATES)]
        text, undated = opening(template, p, rng)
        cases.append((f"s{i:04d}.txt", tid, p, text, expected(tid, names, level, year, with_place, p), undated))
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for doc, _tid, _p, text, _want, _undated in cases:
            (folder / doc).write_text(text + "\n", encoding="utf-8")
        docs = read_reports(folder, workers=1).documents.set_index("doc")
    by_template: dict[str, list] = defaultdict(list)
    by_kind: dict[str, list] = defaultdict(list)
    by_dating: dict[str, list] = defaultdict(list)
    failures: dict[tuple[str, str], list] = defaultdict(list)
    overall = Counter()
    for doc, tid, p, text, want, undated in cases:
        row = docs.loc[doc]
        verdict = judge(row, want)
        by_template[tid].append(verdict)
        by_kind[p.hard].append(verdict)
        by_dating["lede undated" if undated else "lede dated"].append(verdict)
        for attr, v in verdict.items():
            overall[(attr, v)] += 1
            if v == "wrong":
                got = {"level": row["org_level"], "province": f"{row['province_2025']!s} ({row['province_note']})",
                       "place": row["place"], "year": row["period_year"]}[attr]
                failures[(attr, tid)].append((doc, p, want[attr] if attr != "province" else want["province"], got,
                                              text.split("\n")[0]))
    print(f"place sweep: seed {args.seed}, N {args.n}, {len(TEMPLATES)} templates, "
          f"{len({case[2].province for case in cases})} provinces")
    for attr in ATTRS:
        ok, amb = overall[(attr, "ok")], overall[(attr, "ambiguous")]
        print(f"  {attr}: {ok + amb}/{args.n} right ({100 * (ok + amb) / args.n:.1f}%)"
              + (f", of which {amb} rightly ambiguous" if amb else ""))
    print("\n" + table(by_template, "template") + "\n\n" + table(by_kind, "hard case") + "\n\n"
          + table(by_dating, "dating") + "\n")
    undated_docs = {case[0] for case in cases if case[5]}
    print("failures, grouped (attribute, template): count; examples")
    for (attr, tid), items in sorted(failures.items(), key=lambda kv: -len(kv[1])):
        print(f"- {attr} / {tid}: {len(items)}")
        for doc, p, want, got, head in items[:args.show]:
            tags = p.hard + (", undated" if doc in undated_docs else "")
            print(f"    {doc} [{tags}] {p.kind} {p.name} ({p.province}): want {want!r}, got {got!r} | {head}")


if __name__ == "__main__":
    main()
