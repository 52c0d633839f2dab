"""The build folder a briefing reads: its tables, found from a notebook's ``data_dir``, and the checks a render
makes before a kernel starts (a province, a period). Reads only: notebooks and renders never build, so a mistyped
``data_dir`` stops with advice instead of filling a new folder with sample data.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

# ---------------------------------------------------------------- the tables a notebook reads


@dataclass
class Tables:
    """The ``build`` tables a briefing reads. ``facts`` may be given as a function that reads them: a page does not
    use them, and a national facts table is the largest of all, so :func:`load_tables` reads it only when asked."""

    documents: pd.DataFrame
    _facts: pd.DataFrame | Callable[[], pd.DataFrame]
    measurements: pd.DataFrame
    issues: pd.DataFrame
    targets: pd.DataFrame | None = None  # one row per target statement (linking.TARGET_TABLE_COLUMNS)
    folder: Path | None = None  # the build folder read (for :attr:`unplaced_facts`)
    _unplaced: pd.DataFrame | Callable[[], pd.DataFrame] | None = None

    @property
    def facts(self) -> pd.DataFrame:
        if callable(self._facts):
            self._facts = self._facts()
        return self._facts

    @property
    def unplaced_facts(self) -> pd.DataFrame:
        """The facts no indicator holds (``indicator`` empty), with only the columns
        :func:`wuanalysis.page_data.compute_other_figures` reads (:data:`UNPLACED_COLUMNS`): a page's "other
        figures". Read from ``facts.parquet`` with a filter (a national facts table is never loaded whole for it),
        or taken from :attr:`facts` when those are already read."""
        if callable(self._unplaced):
            self._unplaced = self._unplaced()
        if self._unplaced is None:
            if callable(self._facts) and self.folder is not None:
                self._unplaced = read_unplaced_facts(self.folder)
            else:
                facts = self.facts
                self._unplaced = facts.loc[facts["indicator"].isna(),
                                           [c for c in UNPLACED_COLUMNS if c in facts]].reset_index(drop=True)
        return self._unplaced


# The facts' columns :func:`wuanalysis.page_data.compute_other_figures` reads.
UNPLACED_COLUMNS = ("doc", "topic", "unit_class", "unit", "value", "qualifier", "estimate", "quote", "sentence",
                    "indicator", "achievement_pct", "is_target", "start")


def read_unplaced_facts(folder: str | os.PathLike) -> pd.DataFrame:
    """The rows of ``folder/facts.parquet`` whose ``indicator`` is empty, :data:`UNPLACED_COLUMNS` only (those the
    file has), read through a pyarrow dataset filter: the other rows are never turned into pandas."""
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    dataset = ds.dataset(Path(folder) / "facts.parquet", format="parquet")
    columns = [c for c in UNPLACED_COLUMNS if c in dataset.schema.names]
    table = dataset.to_table(columns=columns, filter=pc.field("indicator").is_null())
    return table.to_pandas().reset_index(drop=True)


# The tables a briefing reads; `wuanalysis build` writes them. Notebooks and renders only read: they never build,
# so a mistyped data_dir stops with this advice instead of filling a new folder with sample data.
TABLE_FILES = ("documents.parquet", "facts.parquet", "measurements.parquet")
BUILD_COMMAND = "wuanalysis build seeds --out outputs"
NOTEBOOK_DEFAULT = "../outputs"  # the notebooks' own data_dir
# a folder that replaces the notebooks' default data_dir (papermill or nbval runs against another build)
DATA_DIR_ENV = "WUANALYSIS_DATA_DIR"


class DataDirError(FileNotFoundError):
    """A ``data_dir`` without the build tables. In a notebook it shows as its one-line message, not a traceback
    (IPython asks an exception for ``_render_traceback_``)."""

    def _render_traceback_(self) -> list[str]:
        return [f"{type(self).__name__}: {self}"]


def data_dir_candidates(data_dir: str | os.PathLike) -> list[Path]:
    """Where ``data_dir`` may be: an absolute path as given; a relative one against the working folder, then
    against the checkout's ``notebooks/`` folder (the notebooks' default ``"../outputs"`` is relative to
    notebooks/, and papermill run from the repository root keeps the root as working folder). The notebooks' default
    ``"../outputs"`` means the folder in the environment variable ``WUANALYSIS_DATA_DIR`` when it is set (the
    notebook tests run against a build in a temporary folder so)."""
    if str(data_dir) == NOTEBOOK_DEFAULT and os.environ.get(DATA_DIR_ENV):
        data_dir = os.environ[DATA_DIR_ENV]
    path = Path(data_dir).expanduser()
    if path.is_absolute():
        return [path.resolve()]
    found = [(Path.cwd() / path).resolve()]
    notebooks = Path(__file__).resolve().parents[1] / "notebooks"
    if notebooks.is_dir() and (notebooks / path).resolve() not in found:
        found.append((notebooks / path).resolve())
    return found


def resolve_data_dir(data_dir: str | os.PathLike) -> Path:
    """The folder of ``wuanalysis build`` tables that ``data_dir`` names (see :func:`data_dir_candidates`).
    Raises :class:`DataDirError` (a ``FileNotFoundError``) with one line naming the folder, what is missing and
    the command to run; reads and creates nothing."""
    candidates = data_dir_candidates(data_dir)
    for folder in candidates:
        if all((folder / name).is_file() for name in TABLE_FILES):
            return folder
    fix = f"build the tables first, e.g. `{BUILD_COMMAND}`, and pass that folder as data_dir"
    for folder in candidates:
        if folder.is_dir():
            missing = ", ".join(n for n in TABLE_FILES if not (folder / n).is_file())
            raise DataDirError(f"{folder}: not a complete `wuanalysis build` folder (missing {missing}); {fix}")
    where = " or ".join(str(c) for c in candidates)
    raise DataDirError(f"{where}: no such folder; {fix}")


# Tables kept in this process between two pages (a warm kernel's, after :func:`keep_tables`): (folder, targets file)
# -> (the files' sizes and times, the tables).
_KEPT: dict[tuple, tuple[tuple, Tables]] = {}
_KEEP = False


def keep_tables(keep: bool = True) -> None:
    """Keep the tables :func:`load_tables` reads in this process, for the next page of the same build folder (a warm
    kernel renders dozens: reading a national measurements table is most of a page's time). A table file that
    changed (size or time) is read again. Off by default: a build's own process must not hold the tables."""
    global _KEEP
    _KEEP = keep
    if not keep:
        _KEPT.clear()


def _stamp(paths) -> tuple:
    found: list[tuple] = []
    for path in paths:
        try:
            st = os.stat(path)
            found.append((str(path), st.st_size, st.st_mtime_ns))
        except OSError:
            found.append((str(path), None, None))
    return tuple(found)


def _copy(tables: Tables) -> Tables:
    """The kept tables for one more page: the frames shallow-copied (a column a notebook adds stays its own), the
    facts read at most once for all pages."""
    def copy(frame):
        return frame.copy(deep=False) if isinstance(frame, pd.DataFrame) else frame

    return Tables(copy(tables.documents), lambda: tables.facts, copy(tables.measurements), copy(tables.issues),
                  copy(tables.targets), tables.folder, lambda: tables.unplaced_facts)


def load_tables(data_dir: str | os.PathLike, targets_path: str | os.PathLike | None = None,
                province: str | None = None, period: str | None = None) -> Tables:
    """Read documents, facts, measurements, issues and targets from a ``build`` folder. The targets are
    ``targets.parquet`` when the build wrote it, else computed from the reports' figures
    (:func:`wuanalysis.linking.compute_targets`). With ``targets_path`` the targets file's rows replace the
    national defaults and an earlier file's (the reports' own targets are kept), and the measurements are measured
    again against them. After :func:`keep_tables`, the tables of an unchanged folder are read once per process.

    With ``province`` (and the briefing's ``period``), the measurements are only the rows a briefing of it reads
    (:func:`page_rows`): its pages' tables are the same, computed over a few thousand rows instead of a nation's."""
    tables = _kept_tables(data_dir, targets_path) if _KEEP else _load_tables(data_dir, targets_path)
    if province is not None:
        tables.measurements = page_rows(tables.measurements, tables.targets, province, period)
    return tables


def page_rows(measurements: pd.DataFrame, targets: pd.DataFrame | None, province: str,
              period: str | None = None) -> pd.DataFrame:
    """The rows of ``measurements`` a briefing of ``province`` reads, in their order: every row of its provinces
    (scorecard, previous periods, trend, local reports), every province union's own result in the briefing's
    period (ranks, the cluster chart) and every result measured against one of its targets (the targets section).
    All rows when the province has none (the error then names the provinces that have some)."""
    from .scorecard import OWN_LEVELS, own_level, parse_period, resolve_period, same_period, scorecard_members

    _, members = scorecard_members(province)
    mine = measurements["province"].isin(members)
    if not mine.any():
        return measurements
    year, span = parse_period(period)
    # the period is the province's own: its rows alone are looked at (not a copy of the nation's own-level rows)
    year, span = resolve_period(own_level(measurements[mine.to_numpy()]), members, year, span)
    keep = mine.copy()
    if span is not None:
        peers = (measurements["role"] == "result") & measurements["province"].notna()
        if "org_level" in measurements:  # the province unions' own figures (scorecard.own_level)
            peers &= measurements["org_level"].isna() | measurements["org_level"].isin(OWN_LEVELS)
        keep |= peers & same_period(measurements, year, span)
    if targets is not None and len(targets) and "target_id" in measurements:
        theirs = set(targets.loc[targets["province"].isin(members), "target_id"].dropna())
        keep |= measurements["target_id"].isin(theirs) & (measurements["role"] == "result")
    return measurements[keep.to_numpy()]


def _kept_tables(data_dir: str | os.PathLike, targets_path: str | os.PathLike | None) -> Tables:
    folder = resolve_data_dir(data_dir)
    extra: list[Path] = [] if targets_path is None else [Path(targets_path).resolve()]
    names = [*TABLE_FILES, "targets.parquet", "issues.parquet", "issues.csv"]
    key = (str(folder), None if targets_path is None else str(extra[0]))
    stamp = _stamp([folder / n for n in names] + extra)
    kept = _KEPT.get(key)
    if kept is None or kept[0] != stamp:
        _KEPT.clear()  # one build folder at a time
        _KEPT[key] = (stamp, _load_tables(folder, targets_path))
    return _copy(_KEPT[key][1])


def _load_tables(data_dir: str | os.PathLike, targets_path: str | os.PathLike | None = None) -> Tables:
    from .corpus import read_table
    from .linking import compute_targets, with_user_targets

    data_dir = resolve_data_dir(data_dir)
    documents = read_table(data_dir / "documents.parquet")
    tables = Tables(documents, functools.partial(read_table, data_dir / "facts.parquet"), pd.DataFrame(),
                    _read_issues(data_dir), folder=data_dir)
    if (data_dir / "targets.parquet").is_file():
        tables.targets = read_table(data_dir / "targets.parquet")
    else:
        tables.targets = compute_targets(documents, tables.facts)
    if targets_path is not None:
        from .catalogue import load_targets
        from .measures import compute_measurements

        tables.targets = with_user_targets(tables.targets, load_targets(targets_path))
        tables.measurements = compute_measurements(documents, tables.facts, tables.targets)
    else:
        tables.measurements = read_table(data_dir / "measurements.parquet")
    return tables


def _read_issues(data_dir: Path) -> pd.DataFrame:
    """The build's issues: ``issues.parquet``, as written; a folder built before it existed has only ``issues.csv``
    (a spreadsheet copy, whose text cells that look like formulas carry a leading "'")."""
    from .corpus import read_table

    if (data_dir / "issues.parquet").is_file():
        return read_table(data_dir / "issues.parquet").fillna("")  # blanks as the csv reads them
    if (data_dir / "issues.csv").is_file():
        return pd.read_csv(data_dir / "issues.csv", encoding="utf-8", dtype=str, keep_default_na=False)
    return pd.DataFrame(columns=["doc", "path", "reason", "detail"])


def load_clusters(clusters_path: str | os.PathLike | None = None) -> pd.DataFrame:
    """The competition clusters: the package's, or a user CSV of the same shape."""
    from .catalogue import load_clusters as _load

    return _load(clusters_path)



def check_province(measurements: pd.DataFrame, province: str) -> None:
    """Raise ``ValueError`` naming the provinces that have figures when ``province`` has none."""
    from .scorecard import provinces_with_data, scorecard_members

    _, members = scorecard_members(province)
    if not measurements["province"].isin(members).any():
        known = ", ".join(provinces_with_data(measurements)) or "none"
        raise ValueError(f"{province}: no figures for this province in the tables; provinces with figures: {known}")


def check_period(measurements: pd.DataFrame, province: str, period: str | None) -> None:
    """Raise ``ValueError`` listing the periods with figures for ``province`` when ``period`` (as the briefing's
    parameter: None, "2023" or "2023:9m") has none; None (the latest period) always passes."""
    from .scorecard import parse_period, scorecard_members

    year, span = parse_period(period)
    if year is None:
        return
    _, members = scorecard_members(province)
    mine = measurements[measurements["province"].isin(members)]
    have = mine["period_year"] == year
    if span is not None:
        have &= mine["period_span"] == span
    if not have.fillna(False).any():
        periods = mine[["period_year", "period_span"]].dropna().drop_duplicates()
        periods = periods.sort_values(["period_year", "period_span"])
        known = ", ".join(f"{int(y)}:{s}" for y, s in periods.itertuples(index=False)) or "none"
        raise ValueError(f"{province}: no figures for the period {period}; periods with figures: {known}")

