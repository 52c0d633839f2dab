"""Speed of ``compute_measurements`` on a deterministic synthetic corpus made from the seeds' facts.

The seeds are read once; their documents and facts are then copied N times into other provinces and years,
ten reports per province and year (each seed twice, so every figure has two sources), and in about a third of
the copies every figure is shifted by a few per cent, so reports of one province and period disagree as real
ones do (the clashing groups that made ``_flag_conflicts`` quadratic). Provincial targets are added for two
indicators in every province and year, and two term targets per province (a yearly one and a term total, so
linking sums the years of the term). Only the measurements step is timed (reading the reports' own targets,
linking, statuses included): no extraction, no files.

    .venv/bin/python benchmarks/measures_speed.py [--n 1000 5000 20000] [--seed 0]

Prints the machine, then per N: documents, facts, measurements, conflicts, results linked to a target, wall and
CPU seconds (CPU is the figure to compare on a shared machine).
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PER_GROUP = 10  # reports per province and year


def synthetic(n: int, seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """documents, facts and targets of ``n`` synthetic reports (deterministic for a given seed)."""
    from wuanalysis import read_reports
    from wuanalysis.catalogue import load_provinces, load_targets, province_2025

    corpus = read_reports(SEEDS)
    docs = corpus.documents.sort_values("doc").reset_index(drop=True)
    facts = corpus.facts
    by_doc = {d: facts[facts["doc"] == d] for d in docs["doc"]}
    provinces = load_provinces().query("era == 'pre2025'").sort_values("code")["name"].tolist()
    rng = np.random.default_rng(seed)
    doc_rows, fact_parts = [], []
    for i in range(n):
        base = docs.iloc[i % len(docs)]
        group = i // PER_GROUP
        province = provinces[group % len(provinces)] if pd.notna(base["province"]) else None  # cluster reports stay
        year = 2015 + (group // len(provinces)) % 10
        name = f"syn{i:05d}_{base['doc']}"
        doc_rows.append({"doc": name, "province": province,
                         "province_2025": province_2025(province) if province else None,
                         "org_level": base["org_level"], "period_year": year, "period_span": base["period_span"],
                         "duplicate_of": None})
        f = by_doc[base["doc"]].copy()
        f["doc"] = name
        f["fact_id"] = [f"{name}#{s}" for s in f["start"]]
        if rng.random() < 0.35:  # this report gives other figures than its twin
            f["value"] = (f["value"] * (1 + rng.integers(1, 6) / 100)).round(0)
        fact_parts.append(f)
    documents = pd.DataFrame(doc_rows)
    documents["period_year"] = documents["period_year"].astype("Int64")
    all_facts = pd.concat(fact_parts, ignore_index=True)
    years = sorted(set(documents["period_year"]))
    provincial = pd.DataFrame([
        {"indicator": ind, "scope": p, "period": str(y), "period_span": "year", "basis": "total", "value": v,
         "unit": u, "label_vi": "", "source": "synthetic", "target_id": "", "label_en": "", "verified": ""}
        for p in provinces for y in years
        for ind, v, u in (("members_new", 2100.0, "hội viên"), ("households_out_of_poverty", 300.0, "hộ"))
    ] + [
        {"indicator": ind, "scope": p, "period": period, "period_span": span, "basis": "total", "value": v,
         "unit": u, "label_vi": "", "source": "synthetic", "target_id": "", "label_en": "", "verified": ""}
        for p in provinces
        for ind, period, span, v, u in (("borrowers", "2015-2020", "year", 20000.0, "hộ"),
                                        ("households_out_of_near_poverty", "2015-2020", "term", 2000.0, "hộ"))
    ])
    targets = pd.concat([load_targets(), provincial], ignore_index=True)
    return documents, all_facts, targets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 5000, 20000], help="numbers of documents")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    from wuanalysis.measures import compute_measurements

    print(f"machine: {platform.machine()} {platform.processor() or ''}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, pandas {pd.__version__}, {platform.platform()}")
    print(f"{'N':>7} {'facts':>9} {'measurements':>12} {'conflicts':>9} {'linked':>7} {'wall s':>8} {'CPU s':>8}")
    for n in args.n:
        documents, facts, targets = synthetic(n, args.seed)
        t0, c0 = time.perf_counter(), time.process_time()
        m = compute_measurements(documents, facts, targets)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        linked = int(((m["role"] == "result") & m["target"].notna()).sum())
        print(f"{n:>7} {len(facts):>9} {len(m):>12} {int(m['conflict'].sum()):>9} {linked:>7} {wall:>8.2f} {cpu:>8.2f}",
              flush=True)


if __name__ == "__main__":
    sys.exit(main())
