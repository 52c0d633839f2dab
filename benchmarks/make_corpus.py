"""A deterministic synthetic corpus: N reports written with the seeds' phrasings, for the scale benchmarks.

Each report is a province, district or commune union's review (sơ kết 6 tháng, 9 tháng; tổng kết năm) of one of
the 63 old provinces (``wuanalysis/data/provinces.csv``), for a year from 2019 to 2025: a headline, a lede that
names the union, its level, province and period, then 12–40 sentences drawn from the seeds (those with figures
weigh three times as much as the rest), their province names replaced by the report's, their years by its year and
every figure but dates and years varied by -30 % to +40 %. Three reports in a row share a province and period, so
the measurements have sources to join and conflicts to flag, as real corpora do. Reports land in
``OUT/<province>/<year>/<level>-<i>.txt``; the same N and seed always give the same bytes.

    .venv/bin/python benchmarks/make_corpus.py 1000 /tmp/corpus-1000 [--seed 0] [--start 0]

``--start K`` writes reports K … K+N-1 (so "10 more reports" for an existing corpus of N is ``--start N``).
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "wuanalysis" / "data"
YEARS = range(2019, 2026)
SPANS = (("6m", "sơ kết", "6 tháng đầu năm {y}", "15/07/{y}"), ("9m", "sơ kết", "9 tháng năm {y}", "10/10/{y}"),
         ("year", "tổng kết", "năm {y}", "20/12/{y}"))
PER_GROUP = 3  # consecutive reports about one province and period (they share sources and disagree)
LEVELS = ("province", "province", "district", "district", "commune")  # one report in five is a commune's

_NUMBER = re.compile(r"(?<![\d/.,:-])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?![\d/:]|[.,]\d|-\d)")
_YEAR = re.compile(r"(?<![\d/.-])20[12]\d(?![\d-])")


@cache
def provinces() -> list[tuple[str, str]]:
    """(name, kind) of the 63 provinces before the 2025 reform, in code order."""
    with open(DATA / "provinces.csv", encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r["era"] == "pre2025"]
    return [(r["name"], r["kind"]) for r in sorted(rows, key=lambda r: r["code"])]


@cache
def places() -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(province, "district" | "commune") → [(type, name)] from the pre-2025 gazetteer."""
    found: dict[tuple[str, str], list[tuple[str, str]]] = {}
    with open(DATA / "places.csv", encoding="utf-8") as handle:
        for r in csv.DictReader(handle):
            if r["era"] != "pre2025":
                continue
            level = "district" if r["type"] in ("huyện", "quận", "thị xã") else "commune" if r["type"] == "xã" else None
            if level:
                found.setdefault((r["province"], level), []).append((r["type"], r["name"]))
    for key in found:
        found[key].sort()
    return found


@cache
def sentence_pool() -> tuple[list[str], list[str]]:
    """The seeds' sentences (after their headline and dateline): (with a figure, without)."""
    from wuanalysis.readers import read_document
    from wuanalysis.text import split_sentences

    with_figures, without = [], []
    for path in sorted(SEEDS.glob("*.txt")):
        if path.name.startswith("004"):  # the cluster report names nine provinces in every other sentence
            continue
        text = read_document(path).text
        for sentence in split_sentences(text)[3:]:
            s = " ".join(sentence.text.split())
            if len(s) < 40 or "Cụm" in s or "Site" in s:
                continue
            (with_figures if _NUMBER.search(_YEAR.sub("", s)) else without).append(s)
    return with_figures, without


@cache
def _periods(seed: int) -> list[tuple[int, int, int]]:
    """Every (province, year, span) once, in an order shuffled by ``seed``: a small corpus still spans them all."""
    combos = [(p, y, s) for p in range(len(provinces())) for y in range(len(YEARS)) for s in range(len(SPANS))]
    random.Random(seed).shuffle(combos)
    return combos


def _vary(match: re.Match, rng: random.Random) -> str:
    text = match.group(1)
    if "," in text:  # a decimal: "4,2 tỷ đồng", "85,2%"
        whole, frac = text.split(",")
        value = float(f"{whole}.{frac}") * rng.uniform(0.7, 1.4)
        return f"{value:.{len(frac)}f}".replace(".", ",")
    value = int(text.replace(".", ""))
    if value == 0 or 1900 <= value <= 2099 and len(text) == 4:  # a year ("giai đoạn 2021- 2025"): kept
        return text
    new = max(1, round(value * rng.uniform(0.7, 1.4)))
    if "." in text or new >= 10000:
        return f"{new:,}".replace(",", ".")
    return str(new).zfill(len(text)) if text.startswith("0") else str(new)


def report(i: int, seed: int = 0) -> tuple[str, str]:
    """The relative path and text of report ``i``."""
    rng = random.Random(seed * 1_000_003 + i)
    names = provinces()
    p, y, s = _periods(seed)[(i // PER_GROUP) % len(_periods(seed))]
    (province, kind), year, (_span, review, period, date) = names[p], YEARS[y], SPANS[s]
    level = LEVELS[rng.randrange(len(LEVELS))]
    where = f"{'thành phố' if kind == 'city' else 'tỉnh'} {province}"
    candidates = places().get((province, level), []) if level != "province" else []
    if level != "province" and not candidates:
        level = "province"
    if level == "province":
        unit, lede_unit = where, where
    else:
        place_type, place = candidates[rng.randrange(len(candidates))]
        unit = place if place.lower().startswith(place_type) else f"{place_type} {place}"  # "Quận 8"
        lede_unit = f"{unit}, {where}"
    with_figures, without = sentence_pool()
    body = []
    for _ in range(rng.randint(12, 40)):
        pool = with_figures if rng.random() < 0.75 else without
        sentence = pool[rng.randrange(len(pool))]
        sentence = _YEAR.sub(str(year), sentence)
        for name, _kind in names:
            if name in sentence and name != province:
                sentence = sentence.replace(name, province)
        body.append(_NUMBER.sub(lambda m: _vary(m, rng), sentence))
    title = f"Hội LHPN {unit} {review} công tác Hội và phong trào phụ nữ {period.format(y=year)}"
    lede = (f"Ngày {date.format(y=year)}, Hội Liên hiệp Phụ nữ {lede_unit} tổ chức hội nghị {review} công tác Hội "
            f"và phong trào phụ nữ {period.format(y=year)}, triển khai nhiệm vụ thời gian tới.")
    paragraphs = [title, "", lede]
    for k in range(0, len(body), 4):
        paragraphs.append(" ".join(body[k:k + 4]))
    slug = _slug(province)
    return f"{slug}/{year}/{level}-{i:06d}.txt", "\n".join(paragraphs) + "\n"


def _slug(name: str) -> str:
    import unicodedata

    flat = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return re.sub(r"[^a-z0-9]+", "-", "".join(c for c in flat if not unicodedata.combining(c)).lower()).strip("-")


def write_corpus(n: int, out: str | Path, *, seed: int = 0, start: int = 0) -> list[Path]:
    """Write reports ``start`` … ``start + n - 1`` under ``out``; returns their paths."""
    out = Path(out)
    written = []
    for i in range(start, start + n):
        rel, text = report(i, seed)
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, help="how many reports")
    parser.add_argument("out", type=Path, help="folder to write them in")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=0, help="number of the first report (default 0)")
    args = parser.parse_args()
    paths = write_corpus(args.n, args.out, seed=args.seed, start=args.start)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} reports, {size / 1e6:.1f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
