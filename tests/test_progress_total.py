"""The reading bar knows how many files it will read ("3/5 files", not "3 files" while reading 5): the command
line walks the folders first (nothing is read twice) when the bar is shown, and gives the bar that total."""
from __future__ import annotations

import io
import re
import shutil
import sys
from pathlib import Path

import pytest

from wuanalysis.cli import main
from wuanalysis.corpus import count_reports, read_reports

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
READING_OF_5 = re.compile(r"reading:.*\b\d/5 \[")  # tqdm's bar with a total: "reading:  40%|████ | 2/5 [00:01<…"


def test_the_count_is_the_files_a_read_goes_through(tmp_path):
    """Every file met is counted once (a file given twice, a bad one, a duplicate's text), but not a path that does
    not exist, a file that is never a report nor an output folder: exactly the files ``progress`` is called for."""
    reports = tmp_path / "reports"
    shutil.copytree(SEEDS, reports)
    (reports / "empty.txt").write_bytes(b"")
    (reports / "old.doc").write_bytes(b"x")  # never a report: an issue row, no progress
    shutil.copy(next(SEEDS.glob("*.txt")), reports / "copy.txt")
    outputs = reports / "outputs"
    outputs.mkdir()
    (outputs / "wuanalysis-manifest.json").write_text("{}", encoding="utf-8")
    (outputs / "facts.csv").write_text("doc\n", encoding="utf-8")
    paths = [reports, reports / "copy.txt", tmp_path / "missing"]
    done: list[Path] = []
    read_reports(paths, workers=1, progress=done.append)
    assert count_reports(paths) == len(done) == 5 + 2
    assert count_reports(SEEDS) == 5 and count_reports(tmp_path / "missing") == 0


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("command", ["extract", "build"])
def test_the_reading_bar_on_a_terminal_has_the_number_of_files(command, tmp_path, monkeypatch):
    shown = _Terminal()
    monkeypatch.setattr(sys, "stderr", shown)
    out = (["--facts", str(tmp_path / "facts.csv")] if command == "extract"
           else ["--out", str(tmp_path / "out"), "--no-briefings", "--workers", "1"])
    assert main([command, str(SEEDS), *out]) == 0, shown.getvalue()
    assert READING_OF_5.search(shown.getvalue()), shown.getvalue()


def test_no_walk_when_no_bar_is_shown(tmp_path, monkeypatch):
    """Quiet, or not on a terminal: the folders are walked once, by the read."""
    import wuanalysis.corpus as corpus

    def walked(paths):
        raise AssertionError("counted without a bar")

    monkeypatch.setattr(corpus, "count_reports", walked)
    assert main(["extract", str(SEEDS), "--facts", str(tmp_path / "facts.csv")]) == 0
    monkeypatch.setattr(sys, "stderr", _Terminal())
    assert main(["extract", str(SEEDS), "--facts", str(tmp_path / "facts.csv"), "-q"]) == 0
