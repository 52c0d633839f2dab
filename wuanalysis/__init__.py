"""wuanalysis: Vietnam Women's Union reports in, tidy tables, scorecards and offline briefings out.

Data flows one way: **read → extract → score → present → render**. Files are read and normalised (``readers`` with
``webpages``, ``office`` and ``legacy_fonts``; ``text``) and each report becomes a document row and one fact row per
reported figure (``documents``, ``quantities``, ``extract``, gathered by ``corpus``). Facts are then tied to
indicators, provinces and targets (``catalogue``, ``indicators``, ``measures``), scored per province
(``scorecard``), shown as tables and charts (``present``) and rendered into HTML briefings with papermill
(``briefing``). :func:`wuanalysis.build` runs that whole sequence into one output folder (``build``), reading the
reports in a pool of processes and keeping what each file yielded in the folder's cache (``cache``), so a re-run
reads only new or changed files; the command line is a thin skin over it (``cli``).
"""
from __future__ import annotations

__version__ = "0.1.0"

# Imported now (it imports nothing heavy at module level) so that `wuanalysis.build` is the function, not the
# module of the same name.
from .build import BuildResult, build  # noqa: E402

__all__ = ["BuildResult", "Corpus", "build", "read_reports", "extract_facts", "__version__"]


def __getattr__(name: str):
    # Lazy: `import wuanalysis` stays cheap for the CLI and for kernels that only need one piece.
    if name in ("Corpus", "read_reports"):
        from . import corpus

        return getattr(corpus, name)
    if name == "extract_facts":
        from .extract import extract_facts

        return extract_facts
    raise AttributeError(f"module 'wuanalysis' has no attribute {name!r}")
