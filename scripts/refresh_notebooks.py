"""Re-execute the committed notebooks in place, so their outputs match what the package now computes.

Run it after a change to the extractor, the measurements or the scorecards (nbval in the test suite fails
until you do), then commit the notebooks:

    .venv/bin/python scripts/refresh_notebooks.py
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "notebooks"))

from conftest import _built_from_other_reports, _stale  # noqa: E402  (the tests' own rules)


def main() -> None:
    out, seeds = ROOT / "outputs", ROOT / "seeds"
    if _built_from_other_reports(out, seeds):
        sys.exit(f"{out} holds tables built from other reports; move it away first")
    if _stale(out, seeds):
        from wuanalysis.catalogue import load_targets
        from wuanalysis.corpus import read_reports, write_corpus
        from wuanalysis.measures import compute_measurements

        corpus = read_reports(seeds)
        write_corpus(corpus, out, compute_measurements(corpus.documents, corpus.facts, load_targets()))
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            cell.metadata.pop("execution", None)  # no wall-clock timings in committed files
        NotebookClient(nb, kernel_name="python3", record_timing=False, timeout=600,
                       resources={"metadata": {"path": str(path.parent)}}).execute()
        nbformat.write(nb, path)
        print(f"executed {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
