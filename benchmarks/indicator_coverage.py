"""Indicator coverage on the seeds: share of facts with an indicator, topic agreement with the gold annotations,
speed, and a listing to judge each assignment by reading it.

usage: python benchmarks/indicator_coverage.py [--facts outputs/facts.csv] [--list] [--gold PATH] [--seeds DIR]

Without --facts the facts frame is built from the gold file itself (each gold quote located in its seed, with
its sentence from wuanalysis.text.split_sentences), so the assignment is measured apart from the extractor.
With --facts (the extractor's table) topic agreement is measured on the figures that match a gold figure
(same document, value and unit_class, each gold figure used once).
"""
from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

import pandas as pd

from wuanalysis.indicators import assign_indicators
from wuanalysis.text import SentenceIndex, normalize_text, split_sentences

ROOT = Path(__file__).resolve().parents[1]
_NUMBER = re.compile(r"^(?:hơn|trên|gần|khoảng|ít nhất|tối thiểu|tăng|đạt|vượt|DTTS:|phụ nữ làm chủ hộ:)?"
                     r"\s*[\d.,/]+\s*")


def gold_facts(gold: Path, seeds: Path) -> pd.DataFrame:
    rows = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = normalize_text((seeds / doc["doc"]).read_text(encoding="utf-8"))
        index = SentenceIndex(split_sentences(text))
        used: dict[str, int] = {}
        for fact in doc["facts"]:
            quote = normalize_text(fact["quote"])
            start = -1
            for _ in range(used.get(quote, 0) + 1):
                start = text.find(quote, start + 1)
            used[quote] = used.get(quote, 0) + 1
            if start < 0:
                continue
            sentence = index.at(start)
            subject = _NUMBER.sub("", quote)
            if fact["unit_class"] in ("vnd", "percent"):
                before = text[sentence.start:start].split(",")[-1].split()
                subject = " ".join(before[-4:])
            rows.append(dict(doc=doc["doc"], value=fact["value"], unit_class=fact["unit_class"], unit=fact["unit"],
                             subject=subject, sentence=sentence.text, start=start, end=start + len(quote),
                             sentence_start=sentence.start, quote=quote, gold_topic=fact["topic"]))
    return pd.DataFrame(rows)


def attach_gold(facts: pd.DataFrame, gold: Path) -> pd.DataFrame:
    pool: dict[tuple, list[str]] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        for f in doc["facts"]:
            pool.setdefault((doc["doc"], f["unit_class"], round(float(f["value"]), 6)), []).append(f["topic"])
    topics = []
    for doc, cls, value in facts[["doc", "unit_class", "value"]].itertuples(index=False):
        bucket = pool.get((Path(str(doc)).name, cls, round(float(value), 6)), [])
        topics.append(bucket.pop(0) if bucket else None)
    facts = facts.copy()
    facts["gold_topic"] = topics
    return facts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--facts")
    ap.add_argument("--gold", default="/work/shared/gold/seeds.jsonl")
    ap.add_argument("--seeds", default=str(ROOT / "seeds"))
    ap.add_argument("--list", action="store_true", help="print every fact with its indicator, to judge by reading")
    args = ap.parse_args()
    if args.facts:
        facts = attach_gold(pd.read_csv(args.facts), Path(args.gold))
    else:
        facts = gold_facts(Path(args.gold), Path(args.seeds))
    assign_indicators(facts.head(5))  # warm the caches
    t = time.perf_counter()
    out = assign_indicators(facts)
    elapsed = time.perf_counter() - t
    big = pd.concat([facts] * max(1, 5000 // max(len(facts), 1)), ignore_index=True)
    t = time.perf_counter()
    assign_indicators(big)
    rate = len(big) / (time.perf_counter() - t)

    if args.list:
        for r in out.itertuples(index=False):
            quote = getattr(r, "quote", None) or str(r.sentence)[int(r.start) - int(r.sentence_start):][:40]
            mark = " " if r.topic == r.gold_topic else "≠"
            print(f"{mark} {str(r.indicator):36s} {r.topic:20s} {str(r.gold_topic):20s} | {quote}")
    matched = out[out["gold_topic"].notna()]
    print(f"facts: {len(out)} (with a gold topic: {len(matched)}); {elapsed * 1000:.1f} ms; {rate:,.0f} facts/s")
    print(f"with an indicator: {out['indicator'].notna().mean():.1%} ({out['indicator'].notna().sum()})")
    print(f"topic agreement with gold: {(matched['topic'] == matched['gold_topic']).mean():.1%}")


if __name__ == "__main__":
    main()
