"""ARCHITECTURE.md's "never" list, enforced: walk every import of every module (at the top and inside
functions, but not under ``if TYPE_CHECKING:``) and check no layer reaches up or sideways where it must not."""
from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "wuanalysis"

READ = {"readers", "webpages", "office", "legacy_fonts"}
EXTRACT = {"extract", "period_rules", "level_rules", "skip_rules", "skip_patterns", "skip_furniture", "skip_dates",
           "skip_names", "skip_counts", "rates", "target_statements", "target_cues", "target_sentences", "target_lists",
           "documents", "headline", "reporter", "report_era", "periods", "indicators",
           "indicator_rules", "target_openers", "skip_listings", "headline_sites", "reporter_places",
           "target_tables", "result_tables", "rate_shapes", "table_cells", "target_pairs",
           "rate_heads", "skip_frame", "table_verdicts", "table_prose",
           "target_progress", "target_plans", "target_then_done",
           "target_across_sentences", "target_floors", "target_terms",
           "rate_named_targets", "target_ratio_shortfalls", "target_nouns", "target_levels",
           "target_shares", "rate_goals", "clause_bounds", "rate_followups",
           "target_after_result", "target_demands", "target_listed_pairs"}
GRAMMAR = {"text", "toneless", "quantities", "units", "errors"}
CORPUS = {"corpus", "cache", "facts_arrow", "tables_io", "facts_stream", "facts_parts", "facts_splice",
          "tables_csv", "corpus_tasks"}
SCORE = {"measures", "rate_ties", "measure_parts", "measure_workers", "target_table", "linking", "scorecard",
         "page_data", "comparisons", "corrections", "target_tally"}
PRESENT = {"wording", "present", "charts", "sections", "fonts"}
RENDER = {"datadir", "page_digests", "notebook_runs", "kernels", "processes", "pages", "workbook", "briefing"}
TOP = {"build", "build_steps", "build_facts", "stored_parts", "output_folder", "cli", "__main__"}
# registries and the user's targets/clusters files: below everything but the grammar
CATALOGUE = {"catalogue", "config_files"}

# module group -> the groups it must never import
NEVER = {
    "grammar": (GRAMMAR, READ | EXTRACT | CORPUS | SCORE | PRESENT | RENDER | TOP | CATALOGUE),
    "read": (READ, EXTRACT | CORPUS | SCORE | PRESENT | RENDER | TOP | CATALOGUE),
    "extract": (EXTRACT, READ | CORPUS | SCORE | PRESENT | RENDER | TOP),
    "score": (SCORE, READ | EXTRACT | CORPUS | PRESENT | RENDER | TOP),
    "present": (PRESENT, READ | EXTRACT | CORPUS | RENDER | TOP),
    "render": (RENDER, READ | EXTRACT | TOP),
    "corpus": (CORPUS, SCORE | PRESENT | RENDER | TOP),
    "catalogue": (CATALOGUE, READ | EXTRACT | CORPUS | SCORE | PRESENT | RENDER | TOP),
}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports_of(path: Path) -> set[str]:
    """The package's own modules that ``path`` imports anywhere (TYPE_CHECKING blocks left out)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for sub in child.orelse:
                    visit(sub)
                continue
            if isinstance(child, ast.ImportFrom):
                if child.level == 1 and child.module:
                    found.add(child.module.split(".")[0])
                elif child.level == 1:
                    found.update(alias.name for alias in child.names)
                elif child.module and child.module.startswith("wuanalysis."):
                    found.add(child.module.split(".")[1])
            elif isinstance(child, ast.Import):
                found.update(a.name.split(".")[1] for a in child.names if a.name.startswith("wuanalysis."))
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


@cache
def package_imports() -> dict[str, set[str]]:
    """Module name → the package's modules it imports, for every module of the package; parsed once, when a test
    first asks (not while the tests are collected)."""
    return {p.stem: imports_of(p) for p in sorted(PACKAGE.glob("*.py"))}


def test_every_module_has_a_layer():
    placed = READ | EXTRACT | GRAMMAR | CORPUS | SCORE | PRESENT | RENDER | TOP | CATALOGUE | {"__init__"}
    assert set(package_imports()) - placed == set(), "add the new module to a layer here and in ARCHITECTURE.md"


@pytest.mark.parametrize("group", sorted(NEVER))
def test_no_layer_imports_what_it_must_never(group):
    members, forbidden = NEVER[group]
    modules = package_imports()
    bad = {m: sorted(modules[m] & forbidden) for m in sorted(members) if m in modules and modules[m] & forbidden}
    assert bad == {}


def test_the_walker_sees_imports_inside_functions_and_skips_type_checking(tmp_path):
    source = tmp_path / "m.py"
    source.write_text(
        "from typing import TYPE_CHECKING\nfrom . import text\nif TYPE_CHECKING:\n    from .extract import Figure\n"
        "def f():\n    from .measures import compute_measurements\n    import wuanalysis.cli\n",
        encoding="utf-8",
    )
    assert imports_of(source) == {"text", "measures", "cli"}
