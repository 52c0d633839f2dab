"""Incremental pages: a render given the previous one copies the pages whose inputs did not change and runs the
others (``pages.render_all(..., previous=...)``, digests in ``briefings/pages.json``)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from wuanalysis import build, pages

ROOT = Path(__file__).resolve().parents[1]
BAC_KAN = "000_8ca3ed94d4963485.txt"  # Bắc Kạn, 9 months of 2024 ("… cho 353 hội viên tham gia")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.suffix in (".html", ".ipynb")}


@pytest.fixture(scope="module")
def renders(tmp_path_factory):
    """The seeds' tables; a first render; the tables again after one figure of the Bắc Kạn report changed."""
    root = tmp_path_factory.mktemp("incremental")
    reports = root / "reports"
    shutil.copytree(ROOT / "seeds", reports)
    build(reports, root / "data", briefings=False, workers=1)
    first = pages.render_all(root / "data", root / "first", workers=1)
    text = (reports / BAC_KAN).read_text(encoding="utf-8")
    assert "cho 353 hội viên tham gia" in text
    (reports / BAC_KAN).write_text(text.replace("cho 353 hội viên tham gia", "cho 357 hội viên tham gia"),
                                   encoding="utf-8")
    build(reports, root / "changed", briefings=False, workers=1)
    return root, first


@pytest.fixture
def runs(monkeypatch):
    """The tasks handed to the worker processes (each one a kernel run)."""
    ran: list[str] = []
    real = pages._run_tasks

    def counting(tasks, *args, **kwargs):
        ran.extend(t["slug"] for t in tasks)
        return real(tasks, *args, **kwargs)

    monkeypatch.setattr(pages, "_run_tasks", counting)
    return ran


def test_nothing_changed_runs_no_kernel_and_gives_the_same_pages(renders, runs):
    root, first = renders
    assert (first["status"] == "ok").all() and not first["reused"].any()
    recorded = json.loads((root / "first" / "briefings" / pages.PAGES_FILE).read_text(encoding="utf-8"))
    assert set(recorded["pages"]) == set(first["slug"])
    seen = []
    again = pages.render_all(root / "data", root / "again", workers=1, previous=root / "first", progress=seen.append)
    assert runs == [] and len(seen) == len(again) == len(first)
    assert again["reused"].all() and (again["status"] == "ok").all()
    assert list(again["headlines"]) == list(first["headlines"])
    assert _files(root / "again") == _files(root / "first")
    index = (root / "again" / "index.html").read_text(encoding="utf-8")
    assert index == (root / "first" / "index.html").read_text(encoding="utf-8")


def test_one_changed_report_renders_only_its_province_and_the_overview(renders, runs):
    root, first = renders
    result = pages.render_all(root / "changed", root / "third", workers=1, previous=root / "first")
    assert sorted(runs) == ["bac-kan", "overview"]
    assert (result["status"] == "ok").all()
    assert set(result.loc[result["reused"], "slug"]) == set(first["slug"]) - {"bac-kan", "overview"}
    before, after = _files(root / "first"), _files(root / "third")
    assert before.keys() == after.keys()
    assert before["briefings/binh-phuoc.html"] == after["briefings/binh-phuoc.html"]
    assert before["briefings/bac-kan.html"] != after["briefings/bac-kan.html"]
    assert "357" in after["briefings/bac-kan.html"].decode()


def test_a_page_whose_previous_files_are_gone_or_whose_language_differs_is_run(renders, runs, tmp_path):
    root, _ = renders
    previous = tmp_path / "previous"
    shutil.copytree(root / "first", previous)
    (previous / "briefings" / "binh-phuoc.html").unlink()
    result = pages.render_all(root / "data", tmp_path / "out", workers=1, previous=previous,
                              provinces=["Bình Phước", "Bắc Kạn"])
    assert runs == ["binh-phuoc"]
    assert list(result["reused"]) == [False, True, True]
    runs.clear()
    pages.render_all(root / "data", tmp_path / "en", workers=1, previous=previous, provinces=["Bắc Kạn"], lang="en")
    assert runs == ["bac-kan", "overview"]
