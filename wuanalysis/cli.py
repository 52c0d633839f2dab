"""Command line: argument parsing, progress, messages and exit codes. No logic lives here.

    wuanalysis extract PATH [PATH ...] --facts FILE [--documents FILE] [--issues FILE] [--workers N]
    wuanalysis build PATH [PATH ...] --out DIR [--workers N] [--force] [--corrections FILE]
                                        tables, measurements, scorecards, briefings
    wuanalysis brief --province NAME --out DIR [--data outputs]
"""
from __future__ import annotations

import argparse
import logging
import shutil
import sys
from pathlib import Path
from typing import NoReturn

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
    except SystemExit as exc:  # SIGTERM during a build (wuanalysis.build turns it into SystemExit)
        if exc.code == 128 + 15:
            print("wuanalysis: terminated", file=sys.stderr)
        raise


class _Parser(argparse.ArgumentParser):
    """Argument errors in one line, with where to find the usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="wuanalysis",
                                description="Women's Union reports → tables, scorecards, briefings.")
    p.add_argument("--version", action="version", version=f"wuanalysis {__version__}")
    sub = p.add_subparsers(dest="command")

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders (searched recursively)")
        sp.add_argument("--quiet", "-q", action="store_true", help="no progress bar, only errors")
        sp.add_argument("--strict", action="store_true", help="exit non-zero if any file has a problem")
        sp.add_argument("--max-mb", type=_megabytes, default=20, metavar="MB",
                        help="limit per file: the file, each part of a Word file, each PDF stream; a report's text "
                             "is limited to 1/16 of it in characters (default 20)")
        sp.add_argument("--workers", type=_positive_int, metavar="N",
                        help="processes reading the reports (and rendering briefings); default: one per CPU")

    ex = sub.add_parser("extract", help="read reports and write the facts (and documents, issues) tables")
    common(ex)
    ex.add_argument("--facts", required=True, type=_table_path, help="output file: .parquet, .csv or .jsonl")
    ex.add_argument("--documents", type=_table_path, help="output file for the documents table")
    ex.add_argument("--issues", type=_table_path, help="output file for the issues table")
    ex.set_defaults(run=_run_extract)

    bd = sub.add_parser("build", help="the main job: tables, measurements, scorecards and briefings into --out")
    common(bd)
    bd.add_argument("--out", required=True, type=Path,
                    help="output folder (created if needed; replaced as a whole by each build)")
    bd.add_argument("--targets", type=Path, help="your own targets CSV (see README: Targets)")
    bd.add_argument("--clusters", type=Path, help="your own competition clusters CSV (see README: Clusters)")
    bd.add_argument("--corrections", type=Path, metavar="FILE",
                    help="a reviewer's corrections CSV (fact_id or doc+quote, action set/drop, value, qualifier, "
                         "indicator, target, note), applied on every build; a corrections.csv among the reports is "
                         "never applied unless named here")
    bd.add_argument("--no-briefings", action="store_true", help="write the tables only, no HTML")
    bd.add_argument("--force", action="store_true",
                    help="read every report again instead of taking unchanged ones from the cache in --out")
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


def _megabytes(text: str) -> float:
    from .build import megabytes

    try:
        megabytes(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return float(text)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more, not {text!r}")
    return value


def _table_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in (".parquet", ".csv", ".jsonl"):
        raise argparse.ArgumentTypeError(f"{text}: unknown table format {path.suffix or '(none)'!r}; "
                                         "name the file .parquet, .csv or .jsonl")
    return path


def _say(message: str) -> None:
    print(f"wuanalysis: {message}", file=sys.stderr)


class _Bars:
    """A progress bar per stage on stderr, only on a terminal and without --quiet."""

    LABELS = {"read": ("reading", " files"), "page": ("briefings", " pages")}

    def __init__(self, quiet: bool):
        self.enabled = not quiet and sys.stderr.isatty()
        self.bars: dict = {}
        self.totals: dict[str, int] = {}

    def expect(self, stage: str, paths) -> None:
        """The reading bar's total: the files under ``paths`` (a walk of the folders, nothing read), when it is
        shown."""
        from . import corpus

        if self.enabled:
            self.totals[stage] = corpus.count_reports(paths)

    def __call__(self, stage: str, item) -> None:
        if stage == "page" and item["status"] != "ok":
            _say(f"briefing for {item['province'] or 'the overview'} failed: {item['error']} "
                 f"(executed notebook: {item['notebook']})")
        if not self.enabled:
            return
        if stage == "start":  # ("page", how many): show the bar now, with its total
            self._bar(item[0], total=item[1])
            return
        self._bar(stage).update()

    def _bar(self, stage: str, total: int | None = None):
        bar = self.bars.get(stage)
        if bar is None:
            from tqdm import tqdm

            for other in self.bars.values():  # one bar at a time: the previous stage is over
                other.close()
            desc, unit = self.LABELS.get(stage, (stage, ""))
            total = self.totals.get(stage) if total is None else total
            # a terminal that reports a size of 0 x 0 (a pseudo-terminal without one, as under `script -qec`)
            # gets no bar at all from tqdm, which reads it as -1 rows: assume 80 x 24
            size = shutil.get_terminal_size((80, 24))
            bar = self.bars[stage] = tqdm(desc=desc, unit=unit, total=total, file=sys.stderr, leave=False,
                                          ncols=size.columns or 80, nrows=size.lines or 24)
        return bar

    def close(self) -> None:
        for bar in self.bars.values():
            bar.close()


def _print_issues(issues, quiet: bool) -> None:
    for row in issues.itertuples():
        if row.reason == "write_failed":
            _say(row.detail)  # "cannot write FILE: why; what to do"
        elif row.reason != "warning" or not quiet:
            _say(f"{row.path}: {row.reason}: {row.detail}")


def _read(args: argparse.Namespace):
    from .corpus import read_reports

    bars = _Bars(args.quiet)
    bars.expect("read", args.paths)
    try:
        corpus = read_reports(args.paths, max_bytes=int(args.max_mb * 1024 * 1024),
                              progress=lambda path: bars("read", path), workers=args.workers)
    finally:
        bars.close()
    _print_issues(corpus.issues, args.quiet)
    return corpus


def _run_extract(args: argparse.Namespace) -> int:
    from .build import write_error_text
    from .corpus import SKIPPED_REASONS, write_table

    corpus = _read(args)
    failed = False
    for frame, path in ((corpus.facts, args.facts), (corpus.documents, args.documents), (corpus.issues, args.issues)):
        if path is None:
            continue
        try:
            write_table(frame, path)
        except OSError as exc:
            _say(write_error_text(path, exc))
            failed = True
    print(corpus.summary(files=True, issues_file=str(args.issues) if args.issues else None))
    if corpus.documents.empty:
        _say("no report could be read; check the paths and the problems listed above.")
        return 1
    if failed:
        return 2
    return 1 if args.strict and not corpus.issues["reason"].isin(SKIPPED_REASONS).all() else 0


def _run_build(args: argparse.Namespace) -> int:
    from .build import BuildError, NothingRead, ProblemsFound, build
    from .errors import ConfigError

    if args.corrections is None and not args.quiet:
        for unused in _corrections_files(args.paths):  # explicit is better: say it, never apply it silently
            _say(f"{unused} is not applied; pass --corrections {unused} to apply it")
    bars = _Bars(args.quiet)
    bars.expect("read", args.paths)
    try:
        result = build(args.paths, args.out, targets=args.targets, clusters=args.clusters,
                       briefings=not args.no_briefings, workers=args.workers, lang=args.lang, max_mb=args.max_mb,
                       strict=args.strict, force=args.force, progress=bars,
                       corrections=args.corrections)
    except ConfigError as exc:
        bars.close()
        _say(str(exc))
        return 2
    except (NothingRead, ProblemsFound) as exc:
        bars.close()
        _print_issues(getattr(exc, "problems", exc.corpus.issues), args.quiet)
        print(exc.corpus.summary(files=True))
        _say(str(exc))
        return 1
    except BuildError as exc:
        bars.close()
        _say(str(exc))
        return 2
    bars.close()
    _print_issues(result.problems, args.quiet)
    print(result.summary())
    if result.corrections is not None:
        print(_corrections_line(result))
    if result.stats.get("up_to_date"):
        print(f"{result.out} is up to date: nothing changed since its last build (--force builds it again)")
    elif result.pages is None:
        print(f"tables written to {result.out}/")
    else:
        ok = int((result.pages["status"] == "ok").sum())
        print(f"{ok} page{'s' * (ok != 1)} written; open {result.out}/index.html")
    return 0 if result.ok else 1


def _corrections_line(result) -> str:
    """"2 corrections applied (corrections_applied.csv), 1 not (see issues.csv)"."""
    from .corrections import NOT_APPLIED

    n = len(result.corrections)
    unapplied = int(result.problems["reason"].isin(NOT_APPLIED).sum())
    text = f"{n} correction{'s' * (n != 1)} applied (corrections_applied.csv)"
    return text + (f", {unapplied} not (see issues.csv)" if unapplied else "")


def _corrections_files(paths: list[str]) -> list[Path]:
    """The corrections.csv at the root of the input folders given."""
    return [Path(p) / "corrections.csv" for p in paths if (Path(p) / "corrections.csv").is_file()]


def _run_brief(args: argparse.Namespace) -> int:
    from .briefing import render_briefing
    from .datadir import DataDirError
    from .errors import ConfigError

    try:
        path = render_briefing(args.province, args.out, args.data, period=args.period, targets_path=args.targets,
                               lang=args.lang, clusters_path=args.clusters)
    except (ConfigError, DataDirError) as exc:  # one line naming the file or folder and the fix (or the command)
        _say(str(exc))
        return 2
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
