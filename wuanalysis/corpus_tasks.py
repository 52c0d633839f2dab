"""The work of a corpus's worker processes: a few report files read and extracted (:func:`extract_batch`; one
file: :func:`extract_one`, a plain function any engine could map), and the pool that does it for
:func:`wuanalysis.corpus.read_reports` (:func:`_extraction`; its processes leave Ctrl-C and SIGTERM to the parent
and die with it: :func:`_init_worker`)."""
from __future__ import annotations

import hashlib
import json
import os
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from .documents import extract_document_info
from .errors import InputError
from .extract import extract_facts
from .facts_arrow import facts_table
from .readers import read_document


# -- one document, in a worker process ------------------------------------------------------------------------


@dataclass
class _Done:
    """What one file yielded: its cache entry (document row, compressed text) and facts table, or its error."""

    doc: str
    error: tuple[str, str, str] | None = None  # (path, reason, detail): InputError itself does not pickle
    entry: dict | None = None
    facts: object = None  # a pyarrow Table, without doc and fact_id


def extract_one(task: tuple[str, str, int]) -> _Done:
    """Read and extract one file (a plain function, so any engine could map it)."""
    return _split(*extract_batch([task]))[0]


def extract_batch(tasks: list[tuple[str, str, int]]):
    """Read and extract a few files: what one worker does at a time. Returns each file's :class:`_Done` (without
    its facts) and one table of the facts of all (see :func:`_split`): one table crosses between processes, not
    one per file. Indicators are assigned to the facts of the whole batch at once (they are read sentence by
    sentence, so the result is the same as file by file, but ``assign_indicators`` remembers which indicators fit
    a unit only within one call)."""
    done: list[_Done] = []
    lists: list[list[dict]] = []
    for doc, path, max_bytes in tasks:
        try:
            raw = read_document(path, max_bytes=max_bytes)
        except InputError as exc:
            done.append(_Done(doc, error=(exc.path, exc.reason, exc.detail)))
            lists.append([])
            continue
        info = extract_document_info(raw.text, meta_title=raw.title, meta_published=raw.published)
        facts = extract_facts(raw.text)
        for fact in facts:
            fact["doc"] = doc
        data = raw.text.encode("utf-8")
        entry = {"info": json.dumps(info, ensure_ascii=False, default=str), "format": raw.format,
                 "encoding": raw.encoding, "warnings": list(raw.warnings), "n_chars": len(raw.text),
                 "n_facts": len(facts), "text_sha256": hashlib.sha256(data).hexdigest(),
                 "text_z": zlib.compress(data, 1)}
        done.append(_Done(doc, entry=entry))
        lists.append(facts)
    return done, facts_table([fact for facts in lists for fact in facts])


def _split(done: list[_Done], table) -> list[_Done]:
    """Give each file of a batch its slice of the batch's facts table."""
    start = 0
    for result in done:
        if result.error is None:
            assert result.entry is not None  # set whenever error is None
            n = result.entry["n_facts"]
            result.facts = table.slice(start, n)
            start += n
    return done


BATCH = 16  # files per task of a worker


@contextmanager
def _extraction(todo: list[tuple[str, str, int]], workers: int | None, pool=None) -> Iterator[Iterator[_Done]]:
    """The results of :func:`extract_one` over ``todo``, in order: in this process for one worker or one file,
    else streamed through a pool (small chunks, so memory holds a few documents per worker, not the corpus). The
    pool's processes end with the block, however it ends, and with this process if it is killed; a ``pool`` given
    (a multiprocessing pool of ``workers`` processes) is used instead, and left to its owner."""
    workers = min(workers or os.cpu_count() or 1, len(todo))
    # Batches of a few files: small enough that memory holds a few documents per worker, and that the work
    # spreads evenly; large enough that indicators are assigned with a warm memo.
    size = max(1, min(BATCH, len(todo) // max(1, workers * 4)))
    batches = [todo[k:k + size] for k in range(0, len(todo), size)]
    if workers <= 1:
        yield (done for batch in batches for done in _split(*extract_batch(batch)))
        return
    if pool is not None:  # the caller's processes (a build's, which measure afterwards): its to end
        yield (done for result in pool.imap(extract_batch, batches) for done in _split(*result))
        return
    import multiprocessing

    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    mask = _stops_held()
    try:
        pool = context.Pool(workers, initializer=_init_worker, initargs=(mask,))
    finally:  # a stop that came while the workers were forked is taken now
        _stops_released(mask)
    try:
        yield (done for result in pool.imap(extract_batch, batches) for done in _split(*result))
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _stops_held():
    """Ctrl-C and SIGTERM held back in this thread (the mask before, or None where that cannot be done): one that
    came while a worker is forked would be lost (an at-fork hook swallows the exception the build's handler raises)."""
    import signal
    import threading

    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})


def _stops_released(mask) -> None:
    import signal

    if mask is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _init_worker(mask=None) -> None:
    """A worker leaves Ctrl-C and SIGTERM to the parent, which stops the pool, and dies with the parent; ``mask``:
    the signals its parent held back while forking it (:func:`_stops_held`) are let through again."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    _stops_released(mask)
