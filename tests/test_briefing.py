"""Briefings: the notebook contract, tables and charts as HTML, offline pages, escaping, cold versus warm kernels,
what `brief` checks before a kernel, a notebook run by hand. (A batch, the workbook and a notebook without its data
folder: test_briefing_batch.py.)"""
from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from wuanalysis import briefing, charts, fonts, page_data, pages, present, scorecard, sections

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PAYLOADS = ("<script>alert('wu')</script>", "<img src=x onerror=alert('wu')>")


def offline_problems(page: str) -> list[str]:
    """Every script/link/img/iframe that would fetch something from the network."""
    tags = re.findall(r"<(?:script|link|img|iframe|source|video|audio)\b[^>]*>", page, flags=re.I)
    return [t for t in tags if re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", t, flags=re.I)] + \
        re.findall(r"@import\s+url\(\s*['\"]?https?://[^)]*\)", page)


def build_tables(reports: Path, out: Path) -> Path:
    """The tables ``wuanalysis build --no-briefings`` writes (briefing.py only reads them), read in this process (a
    pool forked for two reports costs more than it saves; the tables are the same: test_parallel.py)."""
    from wuanalysis import build

    build(reports, out, briefings=False, workers=1)
    return out


@pytest.fixture(scope="session")
def data_dir(seeds_tables) -> Path:
    """The seeds' tables, built once per run (conftest.py); read-only."""
    return seeds_tables


@pytest.fixture(scope="session")
def tables(data_dir):
    return briefing.load_tables(data_dir)


# ---------------------------------------------------------------- the notebook contract


def test_notebook_declares_the_parameters_the_runner_passes():
    import papermill

    declared = papermill.inspect_notebook(str(briefing.notebook_path("briefing")))
    passed = briefing.briefing_parameters("Bình Phước", "outputs")
    assert set(declared) == set(passed) == set(briefing.PARAMETERS)
    assert declared["province"]["default"] == '"Bình Phước"' and declared["data_dir"]["default"] == '"../outputs"'
    assert all(p["help"] for p in declared.values())  # each default is commented
    overview = papermill.inspect_notebook(str(briefing.notebook_path("overview")))
    assert set(overview) == {"data_dir", "targets_path", "clusters_path", "lang"}
    cluster = papermill.inspect_notebook(str(briefing.notebook_path("cluster")))
    assert set(cluster) == {"cluster", "data_dir", "clusters_path", "lang"} and all(p["help"] for p in cluster.values())


@pytest.mark.parametrize("name", ["briefing", "overview", "cluster", "explore"])
def test_notebooks_are_thin(name):
    nb = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
    assert nb.metadata.kernelspec.name == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not re.search(r"^\s*(def|class)\s|import re\b|re\.(compile|search|match|sub)", cell.source, re.M)


@pytest.mark.parametrize("name", ["briefing", "overview", "cluster"])
def test_packaged_notebook_matches_the_checkout(name):
    packaged = ROOT / "wuanalysis" / "templates" / "notebooks" / f"{name}.ipynb"
    a = nbformat.read(packaged, as_version=4)
    b = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
    assert [c.source for c in a.cells] == [c.source for c in b.cells]


# ---------------------------------------------------------------- present: formatting and escaping


def test_vietnamese_formats():
    assert present.format_figure(4094, "count", "hội viên") == "4.094 hội viên"
    assert present.format_figure(1.293e12, "vnd", "VND") == "1.293 tỷ đồng"
    assert present.format_figure(1.293e12, "vnd", "VND", "en") == "1,293 billion VND"
    assert present.format_figure(12.5, "percent", "%") == "12,5%"
    assert present.format_number(4094, "en") == "4,094"


def test_tables_escape_report_text(tables):
    card = scorecard.compute_scorecard(tables.measurements, "Bình Phước")
    evil = card.copy()
    evil.loc[evil.index[0], "sentence"] = f"Đạt 4.094 hội viên {PAYLOADS[0]} {PAYLOADS[1]}"
    evil.loc[evil.index[0], "quote"] = "4.094 hội viên"
    evil.loc[evil.index[0], "unit"] = PAYLOADS[1]
    evidence = page_data.compute_evidence(evil, tables.documents)
    pages = [
        present.table_evidence(evidence).as_raw_html(),
        present.table_scorecard(evil).as_raw_html(),
        sections.html_headlines(page_data.headline_figures(evil)).data,
    ]
    for page in pages:
        assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in pages[0] and "<mark>4.094 hội viên</mark>" in pages[0]


def test_tables_have_fixed_ids_and_vietnamese_numbers(tables):
    card = scorecard.compute_scorecard(tables.measurements, "Bình Phước")
    first, second = present.table_scorecard(card).as_raw_html(), present.table_scorecard(card).as_raw_html()
    assert first == second and 'id="scorecard"' in first
    assert present.FONT_FAMILY in first  # tables in the page's embedded font too
    assert "4.094" in first and "195%" in first and "1.293 tỷ đồng" in first
    english = present.table_scorecard(card, "en").as_raw_html()
    assert "4,094" in english and "New members" in english


def test_charts_are_static_svg(tables):
    import altair as alt

    fonts.enable_offline_charts()
    card = scorecard.compute_scorecard(tables.measurements, "Bình Phước")
    chart = charts.chart_achievement(card)
    svg1 = alt.renderers.get()(chart.to_dict())
    svg2 = alt.renderers.get()(chart.to_dict())
    svg = svg1["image/svg+xml"] if isinstance(svg1, dict) else svg1[0]["image/svg+xml"]
    assert svg1 == svg2 and svg.startswith("<svg") and "<script" not in svg
    assert "role-mark" in svg  # bars and the 100 % rule were drawn


def test_inline_svg_refuses_active_content():
    assert briefing.inline_svg("<svg><rect/></svg>") == "<svg><rect/></svg>"
    for bad in ("<svg><script>x</script></svg>", '<svg onload="x()"></svg>',
                '<svg><image href="http://x/y.png"/></svg>'):
        assert briefing.inline_svg(bad).startswith('<img alt="" src="data:image/svg+xml;base64,')


# ---------------------------------------------------------------- rendering


@pytest.fixture(scope="module")
def cold_binh_phuoc(seeds_briefing_en) -> Path:
    """Bình Phước's briefing as `wuanalysis brief --lang en` renders it (:func:`briefing.render_briefing`, a fresh
    kernel) on the main job's folder, once per run (conftest.py); the page and the warm test read it. Its figures'
    evidence is the report's own Vietnamese sentence."""
    return seeds_briefing_en


def test_render_briefing_binh_phuoc(cold_binh_phuoc):
    page_path = cold_binh_phuoc
    page = page_path.read_text(encoding="utf-8")
    assert page_path.name == "binh-phuoc.html" and page_path.with_suffix(".ipynb").exists()
    assert "4,094" in page and "195%" in page  # 4,094 new members at 195 % of target
    assert "<mark>4.094 hội viên</mark>" in page and "đạt 195% so với chỉ tiêu đăng ký" in page  # the evidence
    assert 'id="scorecard"' in page and 'id="evidence"' in page and 'id="data-notes"' in page
    # the achievement chart, inline; no cluster chart (Bình Phước is the only province of its cluster with figures)
    # and no trend (one period): a panel with one bar or one dot says nothing
    assert page.count("<svg") == 1
    assert "from wuanalysis import" not in page and "papermill" not in page.lower()  # code hidden
    assert offline_problems(page) == []
    assert not re.search(r"<script\b", page)  # no script at all: the page is static
    assert '<meta name="generator" content="wuanalysis">' in page  # the reader skips our own pages
    assert "@font-face" in page and f'font-family="{present.FONT_FAMILY}"' in page  # charts drawn in the shipped font


def test_render_briefing_unknown_province(data_dir, tmp_path):
    with pytest.raises(ValueError, match="Bình Phước"):
        briefing.render_briefing("Cao Bằng", tmp_path, data_dir)


def _sanitised_outputs(nb) -> list:
    out = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        outputs = copy.deepcopy(cell.outputs)
        for o in outputs:
            o.pop("metadata", None)
        # the injected parameters hold this run's paths
        if "injected-parameters" not in cell.metadata.get("tags", []):
            out.append((cell.execution_count, outputs))
    return out


def test_warm_kernel_briefing_equals_cold(cold_binh_phuoc, seeds_site, warm_kernel, tmp_path):
    """A kernel reused after another province (and dirtied on purpose) renders the same briefing as a new one. (The
    kernel is this process's (conftest.py): other pages may have run in it before, as in a build's worker.)"""
    cold_html, data_dir = cold_binh_phuoc, seeds_site  # the folder the cold page was rendered from
    kernel = warm_kernel
    (tmp_path / "warm").mkdir()
    nb_path = briefing.notebook_path("briefing")
    kernel.render(nb_path, tmp_path / "warm" / "bac-kan.ipynb",
                  briefing.briefing_parameters("Bắc Kạn", data_dir), "Bắc Kạn")  # in Vietnamese
    # leave traps a leaking kernel would fall into: names the briefing uses, and a changed renderer
    kernel.run("card = 'leak'; clusters = None; period = '2020'; import altair; altair.renderers.enable('html')")
    kernel.run("left_by_the_last_page = 1")  # a name no briefing sets: gone only if the namespace was wiped
    warm_html = kernel.render(nb_path, tmp_path / "warm" / "binh-phuoc.ipynb",
                              briefing.briefing_parameters("Bình Phước", data_dir, lang="en"), "Bình Phước")
    # the index line, from the scorecard the page showed: the one a worker would compute again
    line = kernel.evaluate(pages.HEADLINE_EXPRESSION)
    assert kernel.evaluate("no_such_name") is None
    assert kernel.evaluate("left_by_the_last_page") is None
    assert line and line == pages._headline_text("Bình Phước", str(data_dir), None, None, "en")
    cold = nbformat.read(cold_html.with_suffix(".ipynb"), as_version=4)
    warm = nbformat.read(warm_html.with_suffix(".ipynb"), as_version=4)
    assert _sanitised_outputs(cold) == _sanitised_outputs(warm)
    assert [c.execution_count for c in warm.cells if c.cell_type == "code"] == list(range(1, 1 + sum(
        c.cell_type == "code" for c in warm.cells)))
    assert cold_html.read_bytes() == warm_html.read_bytes()


def test_slug():
    assert briefing.slug("Bình Phước") == "binh-phuoc"
    assert briefing.slug("Bà Rịa - Vũng Tàu") == "ba-ria-vung-tau"
    assert scorecard.parse_period("2023:9m") == (2023, "9m") and scorecard.parse_period(None) == (None, None)
    with pytest.raises(ValueError):
        scorecard.parse_period("last year")


# ---------------------------------------------------------------- notebooks only read


def test_incomplete_data_dir_names_what_is_missing(data_dir, tmp_path):
    shutil.copy(data_dir / "documents.parquet", tmp_path)
    with pytest.raises(FileNotFoundError, match=r"measurements\.parquet.*wuanalysis build seeds --out outputs"):
        briefing.resolve_data_dir(tmp_path)
    assert briefing.resolve_data_dir(data_dir) == data_dir.resolve()


def test_default_data_dir_works_from_the_notebooks_folder_and_from_the_root(data_dir, tmp_path, monkeypatch):
    """``"../outputs"`` is relative to notebooks/; run from the repository root it still finds outputs/."""
    monkeypatch.delenv("WUANALYSIS_DATA_DIR", raising=False)  # set for the nbval kernels by notebooks/conftest.py
    monkeypatch.chdir(ROOT / "notebooks")
    from_notebooks = briefing.data_dir_candidates("../outputs")
    monkeypatch.chdir(ROOT)
    from_root = briefing.data_dir_candidates("../outputs")
    assert from_notebooks[0] == from_root[-1] == (ROOT / "outputs").resolve()
    assert briefing.data_dir_candidates(str(data_dir)) == [data_dir.resolve()]  # an absolute path is taken as is


def test_briefing_module_never_builds():
    assert not hasattr(briefing, "ensure_outputs")
    for name in ("briefing", "overview"):
        source = "\n".join(c.source for c in nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4).cells)
        assert "ensure_outputs" not in source and "seeds" not in source and "resolve_data_dir(data_dir)" in source


# ---------------------------------------------------------------- `brief` checks its inputs before any kernel


@pytest.fixture
def no_kernel(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a kernel was started before the inputs were checked")

    from wuanalysis import notebook_runs

    monkeypatch.setattr(notebook_runs, "_execute", refuse)


def test_render_briefing_checks_inputs_before_starting_a_kernel(data_dir, tmp_path, no_kernel):
    from wuanalysis.errors import ConfigError

    with pytest.raises(ValueError, match=r"no figures for the period 2030; periods with figures: 2023:year"):
        briefing.render_briefing("Bình Phước", tmp_path / "a", data_dir, period="2030")
    with pytest.raises(ValueError, match="Bình Phước"):
        briefing.render_briefing("Cao Bằng", tmp_path / "b", data_dir)
    with pytest.raises(ValueError, match="Atlantis"):
        briefing.render_briefing("Atlantis", tmp_path / "c", data_dir)
    with pytest.raises(FileNotFoundError, match="wuanalysis build seeds --out outputs"):
        briefing.render_briefing("Bình Phước", tmp_path / "d", tmp_path / "nowhere")
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ConfigError, match="empty.csv"):
        briefing.render_briefing("Bình Phước", tmp_path / "e", data_dir, targets_path=empty)
    with pytest.raises(ConfigError, match="empty.csv"):
        briefing.render_briefing("Bình Phước", tmp_path / "f", data_dir, clusters_path=empty)
    with pytest.raises(ValueError, match="period must look like"):
        briefing.render_briefing("Bình Phước", tmp_path / "g", data_dir, period="last year")
    assert not any((tmp_path / d).exists() for d in "abcdefg")  # nothing written either


def test_pages_are_marked_as_ours_and_carry_the_font(data_dir, tmp_path):
    result = pd.DataFrame([{"province": "Bình Phước", "slug": "binh-phuoc", "status": "ok",
                            "html": str(tmp_path / "briefings" / "binh-phuoc.html"), "notebook": None, "error": None,
                            "headlines": "<b>x</b>", "seconds": 1.0}], columns=briefing.RESULT_COLUMNS)
    page = briefing.render_index(result, tmp_path).read_text(encoding="utf-8")
    assert '<meta name="generator" content="wuanalysis">' in page
    assert "@font-face" in page and present.FONT_FAMILY in page and "&lt;b&gt;x" in page


def test_a_briefing_run_by_hand_exports_to_an_offline_page(data_dir, tmp_path, monkeypatch, capsys):
    """The README's recipe: papermill, then `python -m wuanalysis.briefing executed.ipynb page.html`. Both commands'
    own entry points are called here (papermill's command line, the module's ``main``), not new interpreters to
    import them: papermill still runs the notebook in a fresh kernel of its own."""
    from papermill.cli import papermill

    executed = tmp_path / "bp.ipynb"
    monkeypatch.chdir(ROOT)
    papermill.main([str(ROOT / "notebooks" / "briefing.ipynb"), str(executed), "-p", "province", "Bình Phước",
                    "-p", "data_dir", str(data_dir), "--no-progress-bar"], prog_name="papermill",
                   standalone_mode=False)
    assert briefing.main([str(executed), str(tmp_path / "bp.html")]) == 0
    assert capsys.readouterr().out == f"{tmp_path / 'bp.html'}\n"
    page = (tmp_path / "bp.html").read_text(encoding="utf-8")
    assert offline_problems(page) == [] and not re.search(r"<script\b", page)
    assert "<title>Bình Phước</title>" in page and "4.094" in page and "from wuanalysis import" not in page
    assert '<meta name="generator" content="wuanalysis">' in page and "@font-face" in page


def test_load_tables_reads_the_issues_parquet_not_its_spreadsheet_copy(data_dir, tmp_path):
    """issues.csv is a formula-safe copy for spreadsheets ("'=cmd" for a file named "=cmd"); the parquet holds the
    names and details as they are."""
    folder = tmp_path / "tables"
    shutil.copytree(data_dir, folder)
    issue = pd.DataFrame([{"doc": "=cmd.txt", "path": "in/=cmd.txt", "reason": "empty", "detail": "-1 bytes"}])
    issue.to_parquet(folder / "issues.parquet", index=False)
    from wuanalysis.corpus import write_table

    write_table(issue, folder / "issues.csv", formula_safe=True)
    issues = briefing.load_tables(folder).issues
    assert issues[["doc", "detail"]].values.tolist() == [["=cmd.txt", "-1 bytes"]]
    (folder / "issues.parquet").unlink()  # an older build folder: the csv, as written
    assert briefing.load_tables(folder).issues["doc"].tolist() == ["'=cmd.txt"]
