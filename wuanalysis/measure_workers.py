"""The measurements' parts (:mod:`wuanalysis.measure_parts`) measured in worker processes, in the table's order.

A part is a run of whole provinces, measured exactly as the whole table measures them, so the parts are
independent: ``workers`` processes measure them side by side, each given its part's documents and facts (or, in
a build, a reader of its facts: each worker reads its own part's from disk, so no process holds the whole facts
table; the targets table once, when it starts), and each hands its part to ``finish`` where it was measured (a
build writes the part's CSV rows and Arrow file there: :func:`wuanalysis.tables_io.spill_part`), so the parent only puts
the parts together in order. The rows of stated rates that no figure carries come last, all parts' together, as
:func:`~wuanalysis.measure_parts.measurement_parts` gives them; their part is finished in the parent. The parts and
their order do not depend on the number of workers, so neither do the tables.

The pool (:func:`measuring_pool`) is started before the parent reads the corpus, so its processes are forks of a
small parent; it is used only when there is more than one part.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from .measure_parts import part_plan, province_plan
from .measures import MEASUREMENT_COLUMNS, measure_rows

# the targets table a worker measures against, read once from the file a task names (by path)
_TARGETS: dict = {}


@contextmanager
def measuring_pool(workers: int | None = None, initializer: Callable[[], None] | None = None) -> Iterator:
    """A pool of ``workers`` processes (default: one per CPU) for :func:`measure_in_workers`, or None for one.
    Start it before the parent grows: on Linux its processes are forked, and a fork of a parent that holds a
    national corpus would count (and, as pages are touched, copy) the parent's memory in each worker.
    ``initializer`` runs first in each process (a build's: workers die with it); the pool ends with the block."""
    workers = workers or os.cpu_count() or 1
    if workers <= 1:
        yield None
        return
    import multiprocessing
    import signal
    import sys
    import threading

    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    # Ctrl-C or SIGTERM while a worker is being forked would be lost (an at-fork hook swallows the exception the
    # build's handler raises): they wait until the pool is made, and each worker takes the mask back when it starts
    masked = hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread()
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM}) if masked else None
    try:
        pool = context.Pool(workers, initializer=_worker_start, initargs=(initializer, mask))
    finally:
        if mask is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    try:
        yield pool
    finally:
        pool.terminate()
        pool.join()


def _worker_start(initializer: Callable[[], None] | None, mask) -> None:
    if initializer is not None:
        initializer()
    if mask is not None:
        import signal

        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def measure_in_workers(documents: pd.DataFrame, facts: pd.DataFrame | None, targets: pd.DataFrame,
                       finish: Callable[[pd.DataFrame, int], object], pool=None, scratch: Path | None = None,
                       part_facts: int | None = None, stored=None,
                       read_facts: Callable[[list], pd.DataFrame] | None = None,
                       meanwhile: Callable[[], None] | None = None) -> Iterator:
    """``finish(part, number)`` of each part of :func:`wuanalysis.measure_parts.measurement_parts` (the same
    parts, in its order; ``number`` is unique to the part), the parts measured by the processes of ``pool``
    (:func:`measuring_pool`; None measures here). ``targets`` is a targets table
    (:func:`wuanalysis.linking.compute_targets`), handed to the workers through a file in ``scratch`` (default:
    the system's temporary folder); ``finish`` must pickle (a module's function, or a ``functools.partial`` of
    one) when there is a pool.

    With ``read_facts`` (``facts`` is then not needed), no process is given the whole facts table: the parts are
    planned from the documents (:func:`~wuanalysis.measure_parts.province_plan`) and each part's facts are
    ``read_facts(its provinces)`` where it is measured (a build's: :func:`wuanalysis.facts_parts.read_facts`; it
    must pickle too). All parts are handed to the workers at once, and ``meanwhile()`` (the parent's own writing)
    runs while they measure, before the first part is given.

    With ``stored`` (what an earlier build measured: ``stored.key`` (part's documents, targets) names a part by
    all it is measured from, ``stored.get(key, number)`` gives (finish's result, the rows of stated rates without
    a figure) of a part measured before, or None, and ``stored.put(key, done, rest)`` keeps a part just measured),
    the parts' bounds are stable (:func:`~wuanalysis.measure_parts.part_plan`), and only the parts whose inputs
    changed are measured again."""
    empty = (int(documents["n_facts"].fillna(0).sum()) == 0 if read_facts is not None
             else facts is None or facts.empty or "indicator" not in facts)
    if empty:
        if meanwhile is not None:
            meanwhile()
        yield finish(pd.DataFrame(columns=MEASUREMENT_COLUMNS), 0)
        return
    stable = stored is not None
    plan: list = (list(province_plan(documents, part_facts, stable)) if read_facts is not None
                  else list(part_plan(documents, facts, part_facts, stable)))
    keys = [stored.key(docs, targets) for docs, _rows in plan] if stored is not None else [None] * len(plan)
    known = [stored.get(key, number) for number, key in enumerate(keys)] if stored is not None else [None] * len(plan)
    todo = [number for number, k in enumerate(known) if k is None]
    if read_facts is not None:
        tasks: Iterator = ((plan[n][0], _Facts(read_facts, plan[n][1]), n) for n in todo)
    else:
        assert facts is not None
        tasks = ((plan[n][0], facts.iloc[plan[n][1]], n) for n in todo)
    n_tasks = len(todo)
    orphans, given = [], False
    with _targets_file(targets, scratch if pool is not None and n_tasks > 1 else None) as where:
        if where is None:
            if meanwhile is not None:
                meanwhile()
            measured: Iterator = (_measure_part(task, targets, finish) for task in tasks)
        else:
            ahead = n_tasks if read_facts is not None else 2 * pool._processes  # a task without facts is small
            measured = _ordered(pool, tasks, where, finish, ahead, meanwhile)
        for number, key in enumerate(keys):
            stored_part = known[number]
            if stored_part is not None:
                done, rest = stored_part
                known[number] = None
            else:
                done, rest = next(measured)
                if stored is not None:
                    stored.put(key, done, rest)
            if done is not None:
                given = True
                yield done
            if rest is not None:
                orphans.append(rest)
    if orphans:
        yield finish(_together(orphans), len(plan))
    elif not given:
        yield finish(pd.DataFrame(columns=MEASUREMENT_COLUMNS), len(plan))


class _Facts:
    """A part's facts, read where the part is measured: ``read(provinces)``."""

    def __init__(self, read: Callable[[list], pd.DataFrame], provinces: list):
        self.read, self.provinces = read, provinces

    def __call__(self) -> pd.DataFrame:
        return self.read(self.provinces)


def _together(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """The parts as one frame, as one process gives it: a categorical column (the sentence) whose parts carry
    categories of their own stays categorical, over the union of theirs (pandas would make it objects)."""
    if len(parts) == 1:
        return parts[0]
    shared = [c for c in parts[0].columns if all(isinstance(p[c].dtype, pd.CategoricalDtype) for p in parts)]
    for c in shared:
        if any(not p[c].dtype.categories.equals(parts[0][c].dtype.categories) for p in parts):
            # only the rows' own values: a part's rows carry the categories of all its facts' sentences
            parts = [p.assign(**{c: p[c].cat.remove_unused_categories()}) for p in parts]
            values = pd.concat([p[c].dtype.categories.to_series() for p in parts])
            union = pd.CategoricalDtype(pd.Index(pd.unique(values)))
            parts = [p.assign(**{c: p[c].astype(union)}) for p in parts]
    return pd.concat(parts, ignore_index=True)


@contextmanager
def _targets_file(targets: pd.DataFrame, scratch: Path | None) -> Iterator[str | None]:
    """With ``scratch``, the targets table pickled into a file there (removed with the block): its path."""
    if scratch is None:
        yield None
        return
    import tempfile

    handle, name = tempfile.mkstemp(prefix=".targets-", suffix=".pickle", dir=scratch)
    os.close(handle)
    try:
        targets.to_pickle(name)
        yield name
    finally:
        os.unlink(name)


def _ordered(pool, tasks, targets: str, finish, ahead: int, meanwhile: Callable[[], None] | None = None) -> Iterator:
    """The results of :func:`_measured_part` over ``tasks`` from ``pool``, in order, at most ``ahead`` parts sent
    ahead (a task may carry its part's facts); ``meanwhile()`` runs once the first are sent."""
    pending: deque = deque()
    for docs, facts, number in tasks:
        part = facts if isinstance(facts, _Facts) else _own_categories(facts)
        pending.append(pool.apply_async(_measured_part, ((docs, part, number), targets, finish)))
        del docs, facts, part
        if len(pending) > ahead:
            if meanwhile is not None:
                meanwhile()
                meanwhile = None
            yield pending.popleft().get()
    if meanwhile is not None:
        meanwhile()
    while pending:
        yield pending.popleft().get()


def _own_categories(facts: pd.DataFrame) -> pd.DataFrame:
    """A part's facts with only the categories its rows use (the sentences of the whole corpus are not sent with
    each part); the values are the same."""
    shared = [c for c in facts.columns if isinstance(facts[c].dtype, pd.CategoricalDtype)]
    return facts.assign(**{c: facts[c].cat.remove_unused_categories() for c in shared}) if shared else facts


def _measured_part(task: tuple[pd.DataFrame, pd.DataFrame, int], targets: str, finish):
    """:func:`_measure_part` in a worker, the targets read from their file (once per worker)."""
    if targets not in _TARGETS:
        _TARGETS.clear()
        _TARGETS[targets] = pd.read_pickle(targets)
    try:
        return _measure_part(task, _TARGETS[targets], finish)
    finally:
        import pyarrow as pa

        pa.default_memory_pool().release_unused()


def _measure_part(task: tuple[pd.DataFrame, pd.DataFrame, int], targets: pd.DataFrame, finish):
    """(finish of the part's figures' rows or None, the rows of its stated rates that no figure carries or None)."""
    docs, facts, number = task
    if isinstance(facts, _Facts):  # read here: the parent never holds them
        facts = facts()
    out, n_figures = measure_rows(docs, facts, targets)
    done = finish(out.iloc[:n_figures], number) if n_figures else None
    return done, (out.iloc[n_figures:] if len(out) > n_figures else None)
