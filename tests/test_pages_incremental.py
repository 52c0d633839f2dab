"""Incremental pages: a render given the previous one copies the pages whose inputs did not change and runs the
others (``pages.render_all(..., previous=...)``, digests in ``briefings/pages.json``); a build with briefings hands
it the folder it replaces (moved here from test_incremental.py, whose builds write tables only)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from wuanalysis import build, pages

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
BAC_KAN = "000_8ca3ed94d4963485.txt"  # Bắc Kạn, 9 months of 2024 ("… cho 353 hội viên tham gia")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.suffix in (".html", ".ipynb")}


@pytest.fixture(scope="module")
def renders(seeds_site, tmp_path_factory):
    """The seeds' main job (conftest.py: its tables and a first render of every page, with their digests in
    briefings/pages.json; read-only) and the tables again after one figure of the Bắc Kạn report changed."""
    root = tmp_path_factory.mktemp("incremental")
    changed = root / "reports" / BAC_KAN
    changed.parent.mkdir()
    text = (SEEDS / BAC_KAN).read_text(encoding="utf-8")
    assert "cho 353 hội viên tham gia" in text
    changed.write_text(text.replace("cho 353 hội viên tham gia", "cho 357 hội viên tham gia"), encoding="utf-8")
    for other in SEEDS.glob("*.txt"):  # the others copied beside it (where a report was read is no input of a page)
        if other.name != BAC_KAN:
            shutil.copy(other, changed.parent)
    build(changed.parent, root / "changed", briefings=False, workers=1)
    return root, seeds_site


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


@pytest.fixture
def planned(monkeypatch):
    """The tasks handed to the worker processes, recorded and not run (no kernel starts): for a test of which
    pages a render decides to run, not of what a run writes (the tests above run theirs)."""
    return record_tasks(monkeypatch)


def record_tasks(monkeypatch) -> list[str]:
    """From now on, the tasks handed to the worker processes recorded (their slugs, returned) and not run."""
    ran: list[str] = []

    def recording(tasks, *args, **kwargs):
        ran.extend(t["slug"] for t in tasks)
        return [{"province": t["province"], "slug": t["slug"], "status": "ok",
                 "html": str(Path(t["output"]).with_suffix(".html")), "notebook": t["output"], "error": None,
                 "headlines": "", "seconds": 0.0, "reused": False} for t in tasks]

    monkeypatch.setattr(pages, "_run_tasks", recording)
    monkeypatch.setattr(pages, "_start_pool", lambda *args, **kwargs: None)  # no worker warms a kernel either
    return ran


def test_nothing_changed_runs_no_kernel_and_gives_the_same_pages(renders, runs):
    root, first = renders
    recorded = json.loads((first / "briefings" / pages.PAGES_FILE).read_text(encoding="utf-8"))
    slugs = ["binh-phuoc", "bac-kan", "cluster-cum-thi-dua-cac-tinh-dong-bang-song-hong", "overview"]
    assert set(recorded["pages"]) == set(slugs)  # every page of the first render, with its digest
    seen = []
    again = pages.render_all(first, root / "again", workers=1, previous=first, progress=seen.append)
    assert runs == [] and len(seen) == len(again) == len(slugs) and list(again["slug"]) == slugs
    assert again["reused"].all() and (again["status"] == "ok").all()
    assert list(again["headlines"]) == [recorded["pages"][s]["headlines"] for s in slugs]
    assert again["headlines"].iloc[0].startswith("năm 2023 — ")  # the first render's index lines, not blanks
    assert _files(root / "again") == _files(first)
    index = (root / "again" / "index.html").read_text(encoding="utf-8")
    assert index == (first / "index.html").read_text(encoding="utf-8")


def test_one_changed_report_renders_only_its_province_and_the_overview(renders, runs, pages_in_warm_kernel):
    root, first = renders  # the two pages run here, in this process's warm kernel (conftest.py)
    result = pages.render_all(root / "changed", root / "third", workers=1, previous=first)
    assert sorted(runs) == ["bac-kan", "overview"]
    assert (result["status"] == "ok").all()
    assert set(result.loc[result["reused"], "slug"]) == set(result["slug"]) - {"bac-kan", "overview"}
    assert len(result) == 4  # the cluster page is reused too
    before, after = _files(first), _files(root / "third")
    assert before.keys() == after.keys()
    assert before["briefings/binh-phuoc.html"] == after["briefings/binh-phuoc.html"]
    assert before["briefings/bac-kan.html"] != after["briefings/bac-kan.html"]
    assert "357" in after["briefings/bac-kan.html"].decode()


def test_the_same_reports_read_from_another_folder_copy_every_page(seeds_site, planned, tmp_path):
    """A page shows a report's name, title and figures, never the folder it was read from: the seeds copied
    elsewhere (another mount, a colleague's copy) and built there give the pages of the main job, copied."""
    reports = tmp_path / "elsewhere" / "bao-cao"
    shutil.copytree(SEEDS, reports)
    build(reports, tmp_path / "tables", briefings=False, workers=1)
    result = pages.render_all(tmp_path / "tables", tmp_path / "out", workers=1, previous=seeds_site)
    assert planned == [] and result["reused"].all() and len(result) == 4


def test_a_page_digest_reads_what_the_page_shows_not_where_the_file_was(seeds_tables, tmp_path):
    """The digests are those of the documents' and issues' rows without their ``path`` (the file as the build
    saw it, which no page shows); a title or an issue's detail, which pages show, changes them."""
    import dataclasses

    from wuanalysis.datadir import load_tables
    from wuanalysis.page_digests import page_digests

    tables = load_tables(seeds_tables)
    issue = {"doc": "003_1bd7b950d73e6ed6.txt", "reason": "warning", "detail": "a table was read as text"}
    tables = dataclasses.replace(tables, issues=pd.DataFrame([{**issue, "path": "/mnt/a/003_1bd7b950d73e6ed6.txt"}]))
    tasks = pages._page_tasks(tables, ["Bình Phước", "Bắc Kạn"], True, tmp_path / "briefings", tmp_path, seeds_tables,
                              warm=False, lang="vi", targets_path=None, clusters_path=None, overview=True)
    before = page_digests(tables, tasks)
    moved = dataclasses.replace(
        tables, documents=tables.documents.assign(path="/elsewhere/" + tables.documents["doc"]),
        issues=pd.DataFrame([{**issue, "path": "/mnt/b/003_1bd7b950d73e6ed6.txt"}]))
    assert page_digests(moved, tasks) == before
    retitled = tables.documents.copy()
    retitled.loc[retitled["province"] == "Bắc Kạn", "title"] = "Báo cáo khác"
    after = page_digests(dataclasses.replace(tables, documents=retitled), tasks)
    assert [a != b for a, b in zip(after, before)] == [False, True, False, True]  # Bắc Kạn's page, the overview
    detail = pd.DataFrame([{**issue, "detail": "another detail", "path": "/mnt/a/003_1bd7b950d73e6ed6.txt"}])
    after = page_digests(dataclasses.replace(tables, issues=detail), tasks)
    assert [a != b for a, b in zip(after, before)] == [True, False, False, True]  # Bình Phước's page, the overview


def test_a_page_whose_previous_files_are_gone_or_whose_language_differs_is_run(renders, planned, tmp_path):
    _, first = renders
    previous = tmp_path / "previous"
    shutil.copytree(first, previous, ignore=shutil.ignore_patterns(".wuanalysis"))
    (previous / "briefings" / "binh-phuoc.html").unlink()
    result = pages.render_all(first, tmp_path / "out", workers=1, previous=previous,
                              provinces=["Bình Phước", "Bắc Kạn"])
    assert planned == ["binh-phuoc"]
    assert list(result["reused"]) == [False, True, True]
    planned.clear()
    pages.render_all(first, tmp_path / "en", workers=1, previous=previous, provinces=["Bắc Kạn"], lang="en")
    assert planned == ["bac-kan", "overview"]


# ---------------------------------------------------------------- through build (it hands over the folder it replaces)


def test_a_rebuild_with_briefings_reuses_unchanged_pages_and_force_renders_them(seeds_site, tmp_path, monkeypatch):
    """`build` hands the folder it replaces to the renderer: a page whose inputs did not change is copied from it
    (byte for byte), a changed report's page is handed to the workers again, and --force hands them every page.
    The first build is the main job's (conftest.py), copied; the pages handed to the workers are recorded, not run
    (what a run of a changed page writes: test_one_changed_report_renders_only_its_province_and_the_overview and
    test_corrections_build.py, whose rebuild renders the corrected pages)."""
    out = tmp_path / "out"
    shutil.copytree(seeds_site, out)
    page = (out / "briefings" / "binh-phuoc.html").read_bytes()
    ran = record_tasks(monkeypatch)
    again = build(SEEDS, out, workers=1)
    assert len(again.pages) == 4 and again.pages.set_index("slug")["reused"].all() and ran == []
    assert (out / "briefings" / "binh-phuoc.html").read_bytes() == page
    reports = tmp_path / "reports"
    shutil.copytree(SEEDS, reports)
    with (reports / BAC_KAN).open("a", encoding="utf-8") as text:
        text.write("\nCác cấp Hội đã giúp 77 hộ thoát nghèo.\n")
    changed = build(reports, out, workers=1).pages.set_index("slug")["reused"]
    assert not changed["bac-kan"] and changed["binh-phuoc"] and sorted(ran) == ["bac-kan", "overview"]
    ran.clear()
    assert not build(reports, out, force=True, workers=1).pages["reused"].any() and len(ran) == 4
