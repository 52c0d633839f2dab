"""Command line: argument parsing, progress, messages and exit codes. No logic lives here.

    wuanalysis extract PATH [PATH ...] --facts FILE [--documents FILE] [--issues FILE]
    wuanalysis build PATH [PATH ...] --out DIR        tables, measurements, scorecards, briefings, index.html
    wuanalysis brief --province NAME --out DIR [--data outputs]
"""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import __version__


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    # pypdf logs every repaired cross-reference table; the issues table already says what matters
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("wuanalysis: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="wuanalysis", description="Women's Union reports → tables, scorecards, briefings.")
    p.add_argument("--version", action="version", version=f"wuanalysis {__version__}")
    sub = p.add_subparsers(dest="command")

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders (searched recursively)")
        sp.add_argument("--quiet", "-q", action="store_true", help="no progress bar, only errors")
        sp.add_argument("--strict", action="store_true", help="exit non-zero if any file has a problem")
        sp.add_argument("--max-mb", type=float, default=20, help="refuse files larger than this (default 20 MB)")

    ex = sub.add_parser("extract", help="read reports and write the facts (and documents, issues) tables")
    common(ex)
    ex.add_argument("--facts", required=True, type=Path, help="output file: .parquet, .csv or .jsonl")
    ex.add_argument("--documents", type=Path, help="output file for the documents table")
    ex.add_argument("--issues", type=Path, help="output file for the issues table")
    ex.set_defaults(run=_run_extract)

    bd = sub.add_parser("build", help="the main job: tables, measurements, scorecards and briefings into --out")
    common(bd)
    bd.add_argument("--out", required=True, type=Path, help="output folder (created if needed)")
    bd.add_argument("--targets", type=Path, help="your own targets CSV (see README: Targets)")
    bd.add_argument("--clusters", type=Path, help="your own competition clusters CSV (see README: Clusters)")
    bd.add_argument("--no-briefings", action="store_true", help="write the tables only, no HTML")
    bd.add_argument("--workers", type=int, help="briefings rendered in parallel (default: number of CPUs)")
    bd.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of the briefings (default vi)")
    bd.set_defaults(run=_run_build)

    br = sub.add_parser("brief", help="render one province's briefing (HTML and the executed notebook)")
    br.add_argument("--province", required=True, help='"Bình Phước", or a 2025 province such as "Đồng Nai"')
    br.add_argument("--out", required=True, type=Path, help="output folder")
    br.add_argument("--data", type=Path, default=Path("outputs"), help="folder written by build (default: outputs)")
    br.add_argument("--period", help='"2023" or "2023:9m" (default: the latest period with figures)')
    br.add_argument("--targets", type=Path, help="your own targets CSV")
    br.add_argument("--clusters", type=Path, help="your own competition clusters CSV")
    br.add_argument("--lang", choices=["vi", "en"], default="vi")
    br.set_defaults(run=_run_brief)
    return p


def _read(args: argparse.Namespace):
    from .corpus import read_reports

    bar = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(desc="reading", unit=" file", file=sys.stderr, leave=False)
    corpus = read_reports(args.paths, max_bytes=int(args.max_mb * 1024 * 1024), progress=(lambda _p: bar.update()) if bar is not None else None)
    if bar is not None:
        bar.close()
    for row in corpus.issues.itertuples():
        if row.reason != "warning" or not args.quiet:
            print(f"wuanalysis: {row.path}: {row.reason}: {row.detail}", file=sys.stderr)
    return corpus


def _exit_code(corpus, args) -> int:
    if corpus.documents.empty:
        print("wuanalysis: no report could be read; check the paths above.", file=sys.stderr)
        return 1
    if args.strict and not corpus.issues.empty:
        return 1
    return 0


def _run_extract(args: argparse.Namespace) -> int:
    from .corpus import write_table

    corpus = _read(args)
    try:
        write_table(corpus.facts, args.facts)
        if args.documents:
            write_table(corpus.documents, args.documents)
        if args.issues:
            write_table(corpus.issues, args.issues)
    except (ValueError, OSError) as exc:
        print(f"wuanalysis: {exc}", file=sys.stderr)
        return 2
    print(corpus.summary())
    return _exit_code(corpus, args)


def _run_build(args: argparse.Namespace) -> int:
    from .catalogue import load_clusters, load_targets
    from .corpus import write_corpus
    from .errors import ConfigError
    from .measures import compute_measurements

    try:
        targets = load_targets(args.targets)
        clusters = load_clusters(args.clusters)
    except ConfigError as exc:
        print(f"wuanalysis: {exc}", file=sys.stderr)
        return 2
    corpus = _read(args)
    measurements = compute_measurements(corpus.documents, corpus.facts, targets)
    try:
        write_corpus(corpus, args.out, measurements)
    except OSError as exc:
        print(f"wuanalysis: cannot write to {args.out}: {exc}", file=sys.stderr)
        return 2
    print(corpus.summary())
    print(f"tables written to {args.out}/")
    code = _exit_code(corpus, args)
    if code or args.no_briefings:
        return code
    return _render_briefings(args, measurements, clusters)


def _render_briefings(args: argparse.Namespace, measurements, clusters) -> int:
    from .briefing import render_all, write_scorecards

    write_scorecards(measurements, args.out, clusters=clusters)
    bar = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(desc="briefings", unit=" page", file=sys.stderr, leave=False)

    def progress(row) -> None:
        if bar is not None:
            bar.update()
        if row["status"] != "ok":
            print(f"wuanalysis: briefing for {row['province'] or 'the overview'} failed: {row['error']} "
                  f"(executed notebook: {row['notebook']})", file=sys.stderr)

    # measurements.parquet already carries the --targets, so only the clusters travel to the notebooks
    result = render_all(args.out, args.out, workers=args.workers, progress=progress,
                        clusters_path=args.clusters, lang=args.lang)
    if bar is not None:
        bar.close()
    print(f"{int((result['status'] == 'ok').sum())} pages written; open {args.out}/index.html")
    return 1 if (result["status"] != "ok").any() else 0


def _run_brief(args: argparse.Namespace) -> int:
    from .briefing import render_briefing

    try:
        path = render_briefing(args.province, args.out, args.data, period=args.period, targets_path=args.targets,
                               lang=args.lang, clusters_path=args.clusters)
    except FileNotFoundError as exc:
        print(f"wuanalysis: {exc}; run `wuanalysis build REPORTS --out {args.data}` first", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"wuanalysis: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # papermill.PapermillExecutionError: the notebook itself failed
        print(f"wuanalysis: the briefing notebook failed for {args.province}: {exc}; the executed notebook "
              f"is kept in {args.out}", file=sys.stderr)
        return 1
    print(path)
    return 0
