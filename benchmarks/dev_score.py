"""Score the extractor on the seeds, both halves of ../shared/dev (our own split in dev_split.txt) and our check sets.

    .venv/bin/python benchmarks/dev_score.py [--show N] [--part seeds|train|heldout|rc1|rc2|rc3|rc4|…|all]

Runs `wuanalysis extract` on each part, then ../shared/tools/score_facts.py against the matching gold lines,
and prints each part's summary. Rules are developed on `train`; `heldout` is only scored. Every folder
`checksets/<name>/` holding a `gold.jsonl` and `docs/` is a part of that name.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_facts.py"


def heldout_ids() -> set[str]:
    lines = (Path(__file__).with_name("dev_split.txt")).read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def score(name: str, files: list[Path], gold_lines: list[str], show: int, tmp: Path) -> str:
    folder = tmp / name
    folder.mkdir()
    for f in files:
        (folder / f.name).symlink_to(f)
    gold = tmp / f"{name}.jsonl"
    gold.write_text("".join(gold_lines), encoding="utf-8")
    facts, docs = tmp / f"{name}_facts.csv", tmp / f"{name}_docs.csv"
    subprocess.run([sys.executable, "-m", "wuanalysis", "extract", str(folder), "--quiet",
                    "--facts", str(facts), "--documents", str(docs)], check=True, capture_output=True)
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(facts), "--documents", str(docs),
                          "--show", str(show)], check=True, capture_output=True, text=True)
    return out.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=0, help="misses of each kind to print")
    checksets = sorted(p.parent for p in Path(__file__).with_name("checksets").glob("*/gold.jsonl"))
    ap.add_argument("--part", choices=["seeds", "train", "heldout", *(c.name for c in checksets), "all"],
                    default="all")
    ap.add_argument("--skip", action="append", default=[], metavar="PART",
                    help="leave this part out of --part all (repeatable); the sets in checksets/UNSEEN always are")
    args = ap.parse_args()
    unseen_file = Path(__file__).with_name("checksets") / "UNSEEN"
    unseen = [x.strip() for x in unseen_file.read_text(encoding="utf-8").splitlines()
              if x.strip() and not x.startswith("#")] if unseen_file.exists() else []
    args.skip = [*args.skip, *unseen]  # an unseen set is scored only when named: --part iv6
    held = heldout_ids()
    dev_gold = (SHARED / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    dev_docs = sorted((SHARED / "dev" / "docs").glob("*.txt"))
    parts = {
        "seeds": (sorted((SHARED / "seeds").glob("*.txt")),
                  (SHARED / "gold" / "seeds.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)),
        "train": ([d for d in dev_docs if d.stem not in held],
                  [g for g in dev_gold if g.strip() and json.loads(g)["doc"].split(".")[0] not in held]),
        "heldout": ([d for d in dev_docs if d.stem in held],
                    [g for g in dev_gold if g.strip() and json.loads(g)["doc"].split(".")[0] in held]),
    }
    for folder in checksets:  # our own check sets (benchmarks/checksets/README.md)
        parts[folder.name] = (sorted((folder / "docs").glob("*.txt")),
                              (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines(keepends=True))
    with tempfile.TemporaryDirectory() as tmp:
        for name, (files, gold) in parts.items():
            if args.part == name or (args.part == "all" and name not in args.skip):
                print(f"== {name}: {len(files)} documents")
                print(score(name, files, gold, args.show, Path(tmp)))


if __name__ == "__main__":
    main()
