"""The rate and target rules decide and the reader applies (issue 9): `decide_rates_and_targets` returns the marks
of each figure and leaves the figures it is given alone, and neither `rates` nor `target_statements` imports the
extractor when it runs (no import cycle)."""
from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

import wuanalysis
from wuanalysis.extract import extract_figures
from wuanalysis.target_statements import Marks, decide_rates_and_targets
from wuanalysis.text import match_form, normalize_text

PACKAGE = Path(wuanalysis.__file__).parent

TEXTS = [
    # a cued target, then a result measured against its target with a stated rate
    "Phấn đấu năm 2025 kết nạp 3.000 hội viên. Kết quả, phát triển mới 4.094 hội viên, đạt 195% so với chỉ tiêu.",
    # a target in parentheses after its result; an estimate
    "Giúp 245 hộ thoát nghèo (chỉ tiêu 200 hộ). Ước thực hiện 3.200 hội viên, ước đạt 105% kế hoạch.",
    # a table of targets and results with a rate column
    "TT\nChỉ tiêu\nKế hoạch\nThực hiện\nTỷ lệ (%)\n1\nKết nạp hội viên mới\n3.000\n3.250\n108,3\n"
    "2\nGiúp hộ thoát nghèo\n500\n450\n90\n",
]


def _unmarked(f):
    """The figure as the reader hands it over, before any rate or target is decided."""
    return dataclasses.replace(f, is_target=False, target=None, achievement_pct=None, estimate=False)


@pytest.mark.parametrize("text", TEXTS)
def test_decisions_leave_the_figures_alone_and_match_the_reader(text):
    norm = normalize_text(text)
    read, _ = extract_figures(norm)
    given = [_unmarked(f) for f in read]
    snapshot = [dataclasses.astuple(f) for f in given]
    marks = decide_rates_and_targets(match_form(norm), given)
    assert [dataclasses.astuple(f) for f in given] == snapshot  # nothing mutated
    assert marks  # every text above has a rate, a target or an estimate
    for i, f in enumerate(read):
        expected = Marks(f.is_target, f.target, f.achievement_pct, f.estimate)
        assert marks.get(i, Marks(False, None, None, False)) == expected


def test_the_cued_target_and_the_rate_are_decided():
    norm = normalize_text(TEXTS[0])
    given = [_unmarked(f) for f in extract_figures(norm)[0]]
    marks = decide_rates_and_targets(match_form(norm), given)
    by_value = {given[i].value: m for i, m in marks.items()}
    assert by_value[3000].is_target and by_value[3000].target == 3000
    assert by_value[4094].achievement_pct == 195 and not by_value[4094].is_target


@pytest.mark.parametrize("module", ["rates.py", "target_statements.py", "target_cues.py", "target_openers.py",
                                    "target_sentences.py", "target_lists.py", "target_tables.py",
                                    "result_tables.py", "rate_shapes.py", "rate_heads.py", "target_progress.py",
                                    "target_pairs.py", "skip_frame.py", "target_plans.py", "table_verdicts.py",
                                    "table_prose.py",
                                    "target_then_done.py", "target_across_sentences.py",
                                    "target_floors.py", "target_terms.py", "rate_named_targets.py",
                                    "target_ratio_shortfalls.py", "target_nouns.py", "target_levels.py",
                                    "target_shares.py", "rate_goals.py", "rate_followups.py",
                                    "target_after_result.py", "target_demands.py", "target_listed_pairs.py"])
def test_no_run_time_import_of_the_extractor(module):
    """`extract` imports the rules; the rules may name `Figure` for type checking only."""
    tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
    guarded = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
               and ast.unparse(node.test) == "TYPE_CHECKING" for n in ast.walk(node)}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and id(node) not in guarded:
            assert node.module != "extract", f"{module} imports extract at run time"
