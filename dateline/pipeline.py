"""The stages chained: read articles, date the undated ones, tag their time expressions.

This is what every user-facing job starts with; each stage stays usable on its own. Reading,
dating and tagging are per article and independent, so they run in a pool of worker processes
(`workers`), with results handed on in input order and only a few inputs in flight at once:
memory is bounded by that window, not by the size of the collection.
"""

from __future__ import annotations

import itertools
import datetime as dt
import multiprocessing
import os
import pickle
import signal
import tempfile
import threading
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, runtime_checkable

from dateline.ingest import (ErrorHandler, IngestError, Input, identify_language, ignore_error, inputs, raise_error,
                             read_input, shingle_hashes, size_of)
from dateline.model import Article, DateBasis
from dateline.temporal import (CollectionSpan, Mention, PageLines, SiteLines, Twins, annotate, article_readings, attach, date_article,
                               mark_site, own_site_lines, page_lines, shipped_answer, tagger_for, tagger_for_language,
                               twin_shingles)

if TYPE_CHECKING:
    import numpy as np

# Inputs go to a worker in batches of about this many bytes: a trip per news article costs
# more than the article's own analysis saves, a trip per thousand articles balances badly.
BATCH_BYTES = 32 * 1024

# Batches of inputs in flight per worker: enough to keep every worker busy while the main
# process hands results on, few enough that memory does not grow with the collection.
IN_FLIGHT_PER_WORKER = 4

HintRange = tuple[dt.date, dt.date]


def collection_span(first: dt.date | None, last: dt.date | None, count: int) -> HintRange | None:
    """The days a collection's undated articles are dated within when their text alone does
    not say, with the prior its `count` dated articles between `first` and `last` give
    (`CollectionSpan`: a collection covers a period, and its undated articles are most likely
    from it, the likelier the nearer; a tight span or many dated articles narrow the range,
    a long span or few widen it); None without one. The span is only a fallback: an article
    whose text dates it on its own (it names the year, or an anniversary) keeps that date even
    outside it, as an old piece filed with a newer story would."""
    if not (first and last):
        return None
    return CollectionSpan(first, last, count)


T = TypeVar("T")


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(slots=True)
class _FileResult:
    """What a worker made of one input: annotated dated articles, undated ones still to be
    dated, and the problems met, to be reported in input order by the main process."""

    dated: list[Article] = field(default_factory=list)
    undated: list[Article] = field(default_factory=list)
    problems: list[IngestError] = field(default_factory=list)
    pages: list[PageLines] = field(default_factory=list)  # of the undated, for SiteLines
    hashes: list[np.ndarray] = field(default_factory=list)  # of the dated, when asked (`process`)


def _read_and_tag(item: Input, lang: str | None, sign: bool = False) -> _FileResult:
    """Read one input and tag its dated articles (the undated wait for the collection's span);
    with `sign`, the dated ones' `shingle_hashes` too.

    Runs in a worker process. An unexpected error in one input is reported as that input's
    failure, so that one bad article does not end a long run.
    """
    result = _FileResult()
    try:
        for article in read_input(item, lang=lang, on_error=result.problems.append):
            if article.date is None:
                result.undated.append(article)
                result.pages.append(page_lines(article.text))  # here, not in the main process
            else:
                article = annotate(article)
                if sign:
                    result.hashes.append(shingle_hashes(article.text))
                result.dated.append(article)
    except Exception as exc:  # noqa: BLE001 - reported, never swallowed
        result.problems.append(IngestError(item.name, f"could not be analysed ({type(exc).__name__}: "
                                                      f"{exc}); please report this as a bug"))
    return result


_Dated = tuple[Article, frozenset[int] | None, "np.ndarray | None", list[IngestError]]


def _date_and_tag(article: Article, hint_range: HintRange | None, fallback: HintRange | None,
                  site: frozenset[str] = frozenset(), sign: bool = False) -> _Dated:
    """`date_and_annotate` in a worker, with the article's `twin_shingles` and, with `sign`, its
    `shingle_hashes` (computed here, not in the main process): an unexpected error is that
    article's failure, and the article is still handed on as read, so that one bad article
    does not end the run."""
    try:
        article = date_and_annotate(article, hint_range, fallback, site)
        return article, twin_shingles(article), shingle_hashes(article.text) if sign else None, []
    except Exception as exc:  # noqa: BLE001 - reported, never swallowed
        return article, None, None, [IngestError(article.path or article.id, f"could not be dated "
                                           f"({type(exc).__name__}: {exc}); please report this as a bug")]


class _Ready:
    """A result already at hand (taken from the store), queued among pending work."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def result(self) -> list[Any]:
        return [self.value]

    def done(self) -> bool:
        return True


def _run_batch(fn: Callable[..., T], batch: list[tuple[Any, ...]]) -> list[T]:
    """Several tasks in one trip to a worker: fewer messages between the processes."""
    return [fn(*args) for args in batch]


# Why a pool started by forkserver or spawn broke at once: each worker imports the caller's
# script first, and a script that calls Dateline at its top level starts workers again there.
UNGUARDED = ("worker processes could not start (start method {method}, used when this process runs "
             "other threads or cannot fork): a script that calls Dateline with workers > 1 must make "
             "the call under `if __name__ == \"__main__\":`, since every worker imports the script "
             "first (README, Python); or pass workers=1")


class WorkersNotStarted(RuntimeError):
    """Worker processes died as they started: the message says why and what to change."""


class _Held:
    """A batch waiting for the pool to start (`_Workers`): its future once handed to a worker."""

    def __init__(self, batch: list[tuple[Any, ...]], start: Callable[[], None]) -> None:
        self.batch = batch
        self._start = start
        self.future: Future[list[Any]] | None = None

    def result(self) -> list[Any]:
        if self.future is None:
            self._start()
        assert self.future is not None
        return self.future.result()

    def done(self) -> bool:
        return self.future is not None and self.future.done()


class _Workers:
    """Runs tasks in worker processes, or in this one, and yields their results in order.

    A map's `warm` runs here on its first task before the pool is forked: what it loads
    (language data, models) every worker then starts with, instead of loading it again. Tasks travel in
    batches of about `BATCH_BYTES` of input (a big file alone), and at most
    `IN_FLIGHT_PER_WORKER` batches per worker are pending at once.

    The pool has no more workers than there are batches to share: the first `workers` batches
    are held until they are all there (or the tasks end), and the pool is started for as many
    as came; one batch alone runs here. A forked pool starts all its workers at once, so
    `workers=1000` on two files forked 1,000 processes, each holding the language data.
    """

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._warm: Callable[..., object] | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._size = 0  # the pool's workers
        self._method: str | None = None  # how the pool's workers start

    def _executor(self, first: tuple[Any, ...], size: int) -> ProcessPoolExecutor:
        """A pool of at least `size` workers (a smaller one from an earlier `map`, idle by
        now, is replaced)."""
        if self._pool is not None and self._size < size:
            self._pool.shutdown(wait=True)
            self._pool = None
        if self._pool is None:
            if self._warm is not None:
                self._warm(*first)
                self._warm = None
            context = worker_context()
            self._method = context.get_start_method()
            self._pool = process_pool(size, context)
            self._size = size
            assert self._pool is not None
        return self._pool

    def _full(self) -> bool:
        """Whether the pool has every worker asked for: until then, batches are held (`_Held`)."""
        return self._pool is not None and self._size >= self.workers

    def map(self, fn: Callable[..., T], tasks: Iterable[tuple[Any, ...] | _Ready],
            size: Callable[[tuple[Any, ...]], int] = lambda _task: BATCH_BYTES,
            warm: Callable[..., object] | None = None, first_here: bool = False) -> Iterator[T]:
        """fn(*args) for each task's args, in task order; a `_Ready` task is its own result.
        `size` tells how much input a task holds, to batch small ones together; `warm`, given
        a task's args, loads here what the workers are to start with. `first_here`: the first
        task itself runs here before any worker starts, and its result is kept: the warm step
        of tasks small enough that doing one whole costs no more than warming up (a TimeML
        file), where `warm` would do part of the first task's work twice."""
        self._warm = warm
        if first_here:
            rest = iter(tasks)
            first = next(rest, None)
            tasks = rest if first is None else itertools.chain(
                (first if isinstance(first, _Ready) else _Ready(fn(*first)),), rest)
        try:
            yield from self._map(fn, tasks, size)
        except BrokenProcessPool as broken:
            if self._method in (None, "fork"):
                raise
            raise WorkersNotStarted(UNGUARDED.format(method=self._method)) from broken

    def _map(self, fn: Callable[..., T], tasks: Iterable[tuple[Any, ...] | _Ready],
             size: Callable[[tuple[Any, ...]], int]) -> Iterator[T]:
        pending: deque[Future[list[T]] | _Ready | _Held] = deque()
        batch: list[tuple[Any, ...]] = []
        held: list[_Held] = []  # batches waiting for the pool, until `workers` of them are there
        in_bytes = 0

        def start() -> None:
            if len(held) == 1 and self._pool is None:  # one batch: no worker to start for it
                done: Future[list[T]] = Future()
                done.set_result(_run_batch(fn, held[0].batch))
                held[0].future = done
            elif held:
                pool = self._executor(held[0].batch[0], len(held))
                for waiting in held:
                    waiting.future = pool.submit(_run_batch, fn, waiting.batch)
            held.clear()

        def submit() -> None:
            nonlocal in_bytes
            if batch:
                if self._full():
                    pending.append(self._executor(batch[0], self._size).submit(_run_batch, fn, list(batch)))
                else:
                    held.append(_Held(list(batch), start))
                    pending.append(held[-1])
                    if len(held) == self.workers:
                        start()
                batch.clear()
                in_bytes = 0

        for task in tasks:
            if isinstance(task, _Ready):
                submit()
                pending.append(task)
            elif self.workers == 1:
                pending.append(_Ready(fn(*task)))
            else:
                batch.append(task)
                in_bytes += size(task)
                if in_bytes >= BATCH_BYTES:
                    submit()
            while pending and (len(pending) > self.workers * IN_FLIGHT_PER_WORKER
                               or pending[0].done()):
                yield from pending.popleft().result()
        submit()
        start()
        while pending:
            yield from pending.popleft().result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)


def in_workers(fn: Callable[..., T], tasks: Iterable[tuple[Any, ...]], workers: int,
               size: Callable[[tuple[Any, ...]], int] = lambda _task: BATCH_BYTES,
               first_here: bool = False) -> Iterator[T]:
    """fn(*task) for each task, in order, in up to `workers` processes as `process` shares its
    inputs (`_Workers`: batches of about `BATCH_BYTES` by `size`, no more workers than batches,
    `first_here` to run the first task here before forking); the pool is closed at the end."""
    pool = _Workers(workers)
    try:
        yield from pool.map(fn, tasks, size, first_here=first_here)
    finally:
        pool.close()


class _Spill:
    """Undated articles waiting for the collection's span, kept in a temporary file rather
    than in memory, so that a collection of mostly undated articles does not fill memory."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()
        self.count = 0

    def add(self, article: Article) -> None:
        pickle.dump(article, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def __iter__(self) -> Iterator[Article]:
        self._file.seek(0)
        for _ in range(self.count):
            yield pickle.load(self._file)

    def close(self) -> None:
        self._file.close()


def _warm(item: Input, lang: str | None, _sign: bool = False) -> None:
    """Analyse the first article of the first input (a file or standard input; a URL is not
    fetched twice) once before forking, so that the language identifier's model, the
    language's tagger and the rest are loaded once and shared by every worker."""
    if item.is_url:
        identify_language("warm up")
        return
    for article in read_input(item, lang=lang, on_error=ignore_error):
        date_and_annotate(article, None, None)
        break


def _text_size(task: tuple[Article]) -> int:
    """Bytes of text a shingling task holds, to batch them as inputs are batched."""
    return len(task[0].text)


def _input_size(task: tuple[Any, ...]) -> int:
    """Bytes of input a task holds: a file's size; a URL or standard input counts as big."""
    item: Input = task[0]
    if item.data is not None:
        return len(item.data)
    try:
        return item.path.stat().st_size if item.path is not None else BATCH_BYTES
    except OSError:
        return 0


def process_pool(workers: int, context: multiprocessing.context.BaseContext | None = None
                 ) -> ProcessPoolExecutor | None:
    """A process pool of `workers` started by `context` (default `worker_context()`), or None
    to work in this process."""
    if workers <= 1:
        return None
    return ProcessPoolExecutor(max_workers=workers, mp_context=context or worker_context(),
                               initializer=_ignore_interrupt)


def worker_context() -> multiprocessing.context.BaseContext:
    """How worker processes are started. fork where there is one and this process runs no other
    thread: workers start at once with Dateline and its language data already loaded, and
    callers need no `if __name__ == "__main__"` guard (spawn and forkserver re-run the
    caller's script in every worker). A fork copies only the forking thread: a lock another
    thread held at that instant (the progress bar's refresh thread writing to stdout, whose
    buffer every worker flushes as it exits) stays held in the child forever, and the run
    hangs. With another thread, forkserver: workers are forked from a server process that runs
    no other thread."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else None)


def _ignore_interrupt() -> None:
    """Workers leave Ctrl-C to the main process, which stops handing out work and keeps what
    is done (the store), instead of every worker printing its own traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class FileCache(Protocol):
    """Where `process` keeps each file's analysed articles between runs: the store
    (`dateline.store`), or a view of it such as ingest's, which skips what is stored."""

    def key(self, file: Path, options: str) -> str | None: ...

    def get(self, key: str) -> list[Article] | None: ...

    def put(self, key: str, articles: list[Article], more: int = 0) -> None: ...

    def file_span(self, key: str) -> tuple[dt.date | None, dt.date | None, int]: ...


@runtime_checkable
class CorpusCache(FileCache, Protocol):
    """A file cache that is a whole corpus, such as ingest's: a run skips its stored files, so
    the dated twins of a new undated article may be among them rather than among the
    articles read (the copy of a story stored yesterday)."""

    def twins(self, article: Article) -> list[Article]: ...

    def kept(self, article: Article) -> None:
        """A stored article about to be handed on as it is stored (its date decided again,
        the same): nothing of it needs writing."""


def _holds(article: Article, hint_range: HintRange | None, fallback: HintRange | None,
           site: int | None = None) -> bool:
    """Whether a stored article's own dating still holds in this run: the collection's site
    lines it has are those it was dated with (`site`, their `_site_digest`; the lines are left
    out of its dating: a page that now shares its site's name with another is a served page,
    whose date line may be the crawl's),
    and it was held to the same span, or its text alone dated it and no hard limit is given.
    The text's own answer depends on the collection only through those two."""
    basis = article.date_basis
    if basis is None or basis.site != site:
        return False
    within = hint_range or fallback
    return basis.within == within or (basis.within is None and basis.own is not None and hint_range is None)


def _site_digest(site: frozenset[str]) -> int | None:
    """A digest of an article's own site lines (`own_site_lines`), kept in its `DateBasis`;
    None for none, as an article stored before digests were kept."""
    return zlib.crc32("\n".join(sorted(site)).encode()) if site else None


def _corpus_twins(corpus: CorpusCache, article: Article, twins: Twins,
                  known: set[tuple[str | None, str]]) -> None:
    """Add to `twins` the corpus's dated copies of an undated article its text does not date
    surely (only then are twins asked): a run that skipped their files did not read them, and
    without them the article stayed undated where a run over both files dated it."""
    basis = article.date_basis
    if basis is not None and basis.own_confidence >= shipped_answer():
        return
    for other in corpus.twins(article):
        if (other.path, other.id) not in known:
            known.add((other.path, other.id))
            twins.add(other)


def _lost(problems: list[IngestError]) -> bool:
    """Whether something of a file was lost (or left out): then it is not kept, and a re-run
    reads it again. A warning is about an article kept as stored (a repaired encoding), so
    it does not keep a file from the store, nor is it repeated when the file is skipped."""
    return any(p.severity != "warning" for p in problems)


_Dating = tuple[dt.date | None, float | None, str | None]


def _dating(article: Article) -> _Dating:
    """An article's date as decided: what a re-run compares to the stored one."""
    return article.date, article.date_confidence, article.date_source


def _undated(article: Article) -> Article:
    """A stored article whose dating no longer holds, as read: to be dated again."""
    article.date, article.date_inferred, article.date_confidence = None, False, None
    article.date_source, article.date_basis = None, None
    return article


def process(sources: Iterable[str | Path | Input] | str | Path | Input, *, lang: str | None = None,
            on_error: ErrorHandler = raise_error,
            hint_range: HintRange | None = None,
            store: FileCache | None = None,
            workers: int = 1,
            on_input: Callable[[int], object] | None = None,
            hashes: list[np.ndarray] | None = None) -> Iterator[Article]:
    """Stream Articles from files, folders, URLs and `-`, with their time expressions anchored.

    Dated articles are yielded as they are read. Undated ones are held back to the end of
    the stream, then dated and yielded (dated or not): within `hint_range` if given (a hard
    limit, such as the crawl period); else from their text alone, and if that does not say
    enough, within the span of the dated articles read (`collection_span`). An
    undated near-duplicate of a dated article (or of an undated one dated more surely before
    it) takes that article's date. The undated articles are one collection, as for `dateline
    date`: a short line their pages repeat across stories is their sites' furniture (`SiteLines`,
    counted as they are read; memory holds their lines, not their texts), left out of dating.
    Problems with an input go to `on_error` and the stream goes on with the next one.

    `workers` > 1 reads, dates and tags in that many processes; the articles, their order and
    the problems reported are the same as with one.

    With a `store`, each file read without a problem is saved once processed and taken from
    the store the next time: an interrupted run resumes. A file's dated articles are put as
    they are handed on, its undated ones once dated (`FileCache.put`'s `more`). An undated
    article is kept with what its date rested on (`DateBasis`): a later run reuses its
    analysis and decides again only what the collection decides (the span, a near-duplicate),
    reading and tagging it again only when the span it was dated within changed.
    A `lang` without a language file is a LanguageError (a ValueError) before anything is read.

    `on_input`, if given, is called with each input's bytes (`ingest.size_of`) once its
    articles are handed on (its undated ones still to be dated): a progress bar's steps
    towards `ingest.input_bytes(sources)`.

    `hashes`, if given, gets each article's `ingest.shingle_hashes` appended as the article is
    yielded: what `ingest.collapse` needs of a text, computed by the workers (by this process
    for the articles the store gives), not serially by a caller about to collapse near copies.
    """
    sign = hashes is not None
    if lang is not None:
        tagger_for(lang)
    pool = _Workers(workers)
    spill = _Spill()
    twins = Twins()  # the collection's dated texts: an undated near-duplicate shares their date
    # The dated articles as read, for `twins` once an undated article is to be dated: a
    # collection with none (a dated crawl, ML-Crisis) never pays for their shingles. In a
    # temporary file as the undated ones are, so memory stays bounded by the inputs in flight.
    dated_spill = _Spill()
    site_lines = SiteLines()  # the lines the undated pages repeat across stories: their sites'
    keys: dict[int, tuple[str, bool]] = {}  # a file's key, and whether it came from the store
    sizes: dict[int, int] = {}  # an input's bytes, told to `on_input`
    corpus = store if isinstance(store, CorpusCache) else None
    known: set[tuple[str | None, str]] = set()  # the corpus's articles added to `twins`
    first: dt.date | None = None
    last: dt.date | None = None
    count = 0  # the dated articles read (or stored) that span first..last
    counted: set[int] = set()  # the inputs taken from the store: their dated articles counted by `file_span`

    def widen(earliest: dt.date | None, latest: dt.date | None, dated: int = 1) -> None:
        nonlocal first, last, count
        if earliest is not None and latest is not None:
            first = earliest if first is None else min(first, earliest)
            last = latest if last is None else max(last, latest)
            count += dated

    def tasks() -> Iterator[tuple[Input, str | None] | _Ready]:
        for number, item in enumerate(inputs(sources, on_error=on_error)):
            if on_input is not None:
                sizes[number] = size_of(item)
            part = f"|bytes={item.start}+{len(item.data)}" if item.data is not None else ""
            key = (store.key(item.path, f"lang={lang}|root={item.root}{part}")
                   if store is not None and item.path is not None else None)
            saved = store.get(key) if store is not None and key is not None else None
            if saved is not None:
                assert store is not None and key is not None
                widen(*store.file_span(key))  # its dated articles, handed on or not
                counted.add(number)
                undated = [a for a in saved if a.date is None or a.date_inferred]
                dated = [a for a in saved if a.date is not None and not a.date_inferred]
                if undated:
                    keys[number] = key, True  # kept again once dated in this collection
                yield _Ready(_FileResult(dated=dated, undated=undated, pages=[page_lines(a.text) for a in undated]))
                continue
            if key is not None:
                keys[number] = key, False
            yield (item, lang, True) if sign else (item, lang)  # as before, unless hashes are asked for

    # A file with undated articles, kept once they are dated: its key, its dated articles
    # not yet put (a stored file's, put again with its undated ones if a date changed), and
    # how many undated articles it has.
    files: dict[int, tuple[str, list[Article], int]] = {}
    groups: deque[int | None] = deque()
    try:
        for number, result in enumerate(pool.map(_read_and_tag, tasks(), size=_input_size, warm=_warm)):
            for problem in result.problems:
                on_error(problem)
            key, from_store = keys.pop(number, (None, False))
            if key is not None and not _lost(result.problems):
                assert store is not None
                if result.undated:
                    files[number] = key, result.dated if from_store else [], len(result.undated)
                if not from_store and (result.dated or not result.undated):
                    store.put(key, result.dated, more=len(result.undated))
            for page in result.pages:
                site_lines.add(page)
            for article in result.undated:
                spill.add(article)
                groups.append(number if number in files else None)
            for k, article in enumerate(result.dated):
                assert article.date is not None
                widen(article.date, article.date, 0 if number in counted else 1)
                dated_spill.add(article)  # pickled now: what the caller does with it later does not reach it
                if hashes is not None:  # a stored file's are not computed yet
                    hashes.append(result.hashes[k] if result.hashes else shingle_hashes(article.text))
                yield article
            if on_input is not None:
                on_input(sizes.pop(number, 0))
        fallback = None if hint_range else collection_span(first, last, count)
        site = site_lines.lines()
        if spill.count:  # an undated article to date: only now are the dated ones' shingles needed
            # One pass over the file: `tee` holds only the articles the pool has read ahead.
            kept, sent = itertools.tee(dated_spill)
            for copy, grams in zip(kept, pool.map(twin_shingles, ((c,) for c in sent), size=_text_size)):
                twins.add(copy, grams=grams)
        dated_spill.close()

        # the date a stored article was kept with, and the digest of the site lines it is dated with
        stored: deque[tuple[_Dating | None, int | None]] = deque()

        def dating() -> Iterator[tuple[Article, HintRange | None, HintRange | None] | _Ready]:
            for article in spill:
                own = own_site_lines(article.text, site)
                digest = _site_digest(own)
                reused = _holds(article, hint_range, fallback, digest)
                stored.append((_dating(article) if reused else None, digest))
                # a reused article's shingles, computed once here for both `find` and `add`
                yield (_Ready((article, twin_shingles(article), None, [])) if reused
                       else (_undated(article), hint_range, fallback, own, *((True,) if sign else ())))

        held: list[tuple[Article, np.ndarray | None]] = []  # a stored file's articles (and shingle hashes,
        # when asked), yielded once kept again
        failed = False  # one of them could not be dated: the file is not kept
        changed = False  # one of them is new or was dated again: the file is kept again
        for article, grams, own_hashes, problems in pool.map(_date_and_tag, dating()):
            for problem in problems:
                on_error(problem)
            was, digest = stored.popleft()
            if article.date_basis is not None:  # what its dating rested on, kept in the store
                article.date_basis.site = digest
            if corpus is not None and was is None:
                _corpus_twins(corpus, article, twins, known)
            article = _with_twin(article, twins, grams, was)
            if corpus is not None and was is not None and was == _dating(article):
                corpus.kept(article)
            twins.add(article, article.date_confidence or 0.0, grams)
            if hashes is not None and own_hashes is None:  # reused from the store, or failed
                own_hashes = shingle_hashes(article.text)
            number = groups.popleft()
            if number is None:
                if hashes is not None:
                    hashes.append(own_hashes)
                yield article
                continue
            held.append((article, own_hashes))
            failed = failed or _lost(problems)
            changed = changed or was != _dating(article)
            key, dated, count = files[number]
            if len(held) == count:
                if changed and not failed:
                    assert store is not None
                    store.put(key, dated + [a for a, _ in held])
                for article, own_hashes in held:
                    if hashes is not None:
                        hashes.append(own_hashes)
                    yield article
                held, failed, changed = [], False, False
    finally:
        spill.close()
        dated_spill.close()
        pool.close()


def analyse(article: Article, fallback: HintRange | None = None, *,
            hint_range: HintRange | None = None, site: frozenset[str] = frozenset()) -> Article:
    """What `process` does to each article read, for an article read elsewhere (an HTTP
    request, a shard on a Dask worker): tag a dated one; date an undated one from its text
    (within `hint_range` if given, a hard limit; else within `fallback`, such as a corpus's
    span, when the text alone does not say enough; `site`, its collection's site lines, as
    for `date_and_annotate`), then tag it."""
    if article.date is not None:
        return annotate(article)
    return date_and_annotate(article, hint_range, None if hint_range else fallback, site)


def _with_twin(article: Article, twins: Twins, grams: frozenset[int] | None,
               stored: _Dating | None = None) -> Article:
    """An undated article dated by its text's own answer (`date_basis`) unless that is below
    the answer threshold and a near-duplicate (a dated article of the collection, or an undated
    one dated before it with more confidence) is dated more surely: then like it. A text that
    dates itself keeps its date: a copy may be filed a day after the original. A stored
    article (`stored`, the date it was kept with) keeps a near-duplicate's date found before,
    unless a surer one turns up: that article is in the store, though a run that skips the
    files stored (ingest) does not read it again. Its expressions are anchored again only
    when the date changes."""
    basis = article.date_basis or DateBasis()
    own = (basis.own, basis.own_confidence, "inferred from the text")
    date, confidence, source = own
    if confidence < shipped_answer():
        found_before = stored is not None and stored[0] is not None and stored != own
        if found_before:
            assert stored is not None
            date, confidence, source = stored[0], stored[1] or 0.0, stored[2]
        twin = twins.find(article, grams)
        if twin is not None and basis.own_confidence < twin.confidence \
                and (not found_before or min(twin.confidence, twin.containment) > confidence):
            date, confidence = twin.date, min(twin.confidence, twin.containment)
            source = f"near-duplicate of {twin.article_id}"
    anchored = article.date
    article.date, article.date_inferred = date, date is not None
    article.date_confidence, article.date_source = (confidence, source) if date is not None else (None, None)
    return article if date == anchored else annotate(article)


def date_in_collection(article: Article, fallback: HintRange | None, twins: Twins,
                       site: frozenset[str] = frozenset()) -> Article:
    """An undated article of a collection dated as `process` dates it (no hint range): from its
    text, else within `fallback` (`collection_span` of the dated articles), then a
    near-duplicate's date among `twins` (the collection's dated texts) when surer; tagged.
    What `dateline benchmark dating --collection` measures that path by."""
    article = date_and_annotate(article, None, fallback, site)
    return _with_twin(article, twins, twin_shingles(article))


def _infer(article: Article, mentions: Sequence[Mention], hint_range: HintRange | None,
           fallback: HintRange | None, site: frozenset[str] = frozenset()) -> None:
    """Date the article within `hint_range`, or else within `fallback` if the text alone
    does not say enough; keep what the date rested on (`date_basis`)."""
    within = hint_range
    guess = date_article(article, hint_range, mentions=mentions, site=site)
    if guess.date is None and hint_range is None and fallback is not None:
        within = fallback
        guess = date_article(article, fallback, mentions=mentions, site=site)
    first, last = within or (None, None)
    article.date_basis = DateBasis(first, last, guess.date, guess.confidence if guess.date else 0.0)
    if guess.date is not None:
        article.date, article.date_inferred, article.date_confidence = guess.date, True, guess.confidence
        article.date_source = "inferred from the text"


def date_and_annotate(article: Article, hint_range: HintRange | None,
                       fallback: HintRange | None, site: frozenset[str] = frozenset()) -> Article:
    """Date an undated article from its text, then anchor its time expressions to that date,
    searching the text once (`article_readings`): dated from what `dateline date` reads in
    it, anchored from the full pass. `site`: its collection's site lines (`SiteLines`; its
    own are enough, `own_site_lines`), marked as furniture first (`mark_site`): left out of
    dating and of timeline sentences, as `dateline date` leaves them out.

    Left undated when the text does not say enough; anchoring then leaves deictic
    expressions ("yesterday") unresolved rather than guessing."""
    tagger, _fell_back = tagger_for_language(article.lang)
    mark_site(article, site)
    mentions, dating = article_readings(article, site)
    _infer(article, dating, hint_range, fallback, site)
    return attach(article, tagger.anchor(article.text, mentions, article.date))
