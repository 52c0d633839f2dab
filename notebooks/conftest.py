"""nbval runs the committed notebooks against ``outputs/`` built from ``seeds/``.

Built once with :func:`wuanalysis.build` (the same call as ``wuanalysis build seeds --out outputs``), by the
pytest process that starts the run (not by each xdist worker, which would race), and only when ``outputs/`` is
missing or older than the package's code or the seeds; with briefings when the folder had them. Tables built
from other reports are never overwritten: the run stops and says so.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent


def _stale(out: Path, seeds: Path) -> bool:
    marker = out / "measurements.parquet"
    if not marker.exists() or not (out / "documents.parquet").exists():
        return True
    code = max(p.stat().st_mtime for p in (ROOT / "wuanalysis").rglob("*") if p.is_file())
    inputs = max(p.stat().st_mtime for p in seeds.glob("*.txt"))
    return marker.stat().st_mtime < max(code, inputs)


def _built_from_other_reports(out: Path, seeds: Path) -> bool:
    if not (out / "documents.parquet").exists():
        return False
    built_from = set(pd.read_parquet(out / "documents.parquet", columns=["doc"])["doc"])
    return built_from != {p.name for p in seeds.glob("*.txt")}


def prepare_outputs() -> Path:
    """``outputs/`` built from ``seeds/`` and as fresh as the code; raises RuntimeError rather than overwrite
    tables built from other reports (and :class:`wuanalysis.build.BuildError` for a folder wuanalysis did not
    write, or one another build is writing)."""
    out, seeds = ROOT / "outputs", ROOT / "seeds"
    if _built_from_other_reports(out, seeds):
        raise RuntimeError(
            f"{out} holds tables built from other reports than seeds/; the notebook tests compare against the "
            "seeds. Move that folder away (or run `wuanalysis build seeds --out outputs`) and run them again."
        )
    if _stale(out, seeds):
        from wuanalysis import build

        # the whole folder is replaced: keep the briefings if the analyst had built them
        build(seeds, out, briefings=(out / "index.html").exists())
    return out


def pytest_configure(config):
    if hasattr(config, "workerinput"):
        return  # an xdist worker: the controller has prepared outputs/ before starting it
    from wuanalysis.build import BuildError

    try:
        prepare_outputs()
    except (RuntimeError, BuildError) as exc:  # never overwrite an analyst's own tables to run the tests
        raise pytest.UsageError(str(exc)) from None
