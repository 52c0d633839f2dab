"""Render briefings, one province or all: the front door to the rendering parts.

The work is split by job: :mod:`.datadir` finds and reads a build folder, :mod:`.notebook_runs` runs one notebook
with papermill and exports it to an offline page, :mod:`.kernels` keeps warm kernels, :mod:`.processes` ties every
kernel's and worker's life to the build's, :mod:`.pages` renders a whole batch and the index page,
:mod:`.workbook` writes the scorecard files. The names below are those the CLI, the build, the notebooks and
users' scripts import from here.

``python -m wuanalysis.briefing EXECUTED.ipynb [PAGE.html]`` exports a notebook run by hand (:func:`export_notebook`).
"""
from __future__ import annotations

from .datadir import (BUILD_COMMAND, TABLE_FILES, DataDirError, Tables, check_period, check_province,
                      data_dir_candidates, load_clusters, load_tables, resolve_data_dir)
from .kernels import WarmKernel
from .notebook_runs import (PARAMETERS, briefing_parameters, export_html, export_notebook, inline_svg, notebook_path,
                            render_briefing, slug, template_dir)
from .pages import RESULT_COLUMNS, page_count, render_all, render_index
from .processes import die_with_parent
from .workbook import XLSX_COLUMNS, _sheet_name, write_scorecards, xlsx_headers

__all__ = [
    "BUILD_COMMAND", "PARAMETERS", "RESULT_COLUMNS", "TABLE_FILES", "XLSX_COLUMNS", "DataDirError", "Tables",
    "WarmKernel", "_sheet_name", "briefing_parameters", "check_period", "check_province", "data_dir_candidates",
    "die_with_parent", "export_html", "export_notebook", "inline_svg", "load_clusters", "load_tables", "main",
    "notebook_path", "page_count", "render_all", "render_briefing", "render_index", "resolve_data_dir", "slug",
    "template_dir", "write_scorecards", "xlsx_headers",
]


def main(argv: list[str] | None = None) -> int:
    """``python -m wuanalysis.briefing EXECUTED.ipynb [PAGE.html]``: see :func:`export_notebook`."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m wuanalysis.briefing",
                                     description="Export an executed briefing notebook as an offline HTML page.")
    parser.add_argument("notebook",
                        help="a notebook executed by papermill (notebooks/briefing.ipynb or overview.ipynb)")
    parser.add_argument("html", nargs="?", help="the page to write (default: the notebook's name with .html)")
    args = parser.parse_args(argv)
    try:
        print(export_notebook(args.notebook, args.html))
    except (OSError, ValueError) as exc:
        parser.exit(1, f"{args.notebook}: cannot export ({exc})\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
