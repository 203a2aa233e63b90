"""`dateline ingest SOURCE... --db PATH`: grow the corpus with analysed articles.

Articles are committed in batches, one transaction each, so a crash or kill -9 loses at most
the batch being written and never leaves half an article; running the same command again
skips the files already stored and stores each article once (by normalized content hash).
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import typer
from rich.table import Table

from dateline.cli.common import WORKERS_HELP, ErrorLog, check_language, check_workers, console, err_console, example_dir, fail
from dateline.cli.progress import Reading
from dateline.cli.store import db_option, open_db
from dateline.ingest import input_bytes
from dateline.model import Article
from dateline.pipeline import process
from dateline.saved import update_timelines
from dateline.store import COPY, KNOWN, NEW, REVISED, UPDATED, Repository

# A transaction every BATCH articles or every FLUSH_SECONDS, whichever comes first: big
# enough that commits cost little, small enough that an interruption costs little.
BATCH = 200
FLUSH_SECONDS = 2.0


class Resume:
    """The pipeline's per-file store, for ingest: a file already stored complete is skipped
    (it yields nothing, its articles being in the corpus, but for those whose date the source
    did not give: the pipeline decides their date again in this collection, from the stored
    analysis), and a file is recorded complete only after all its articles are committed, so
    a crash never marks a file done too early."""

    def __init__(self, store: Repository) -> None:
        self.store = store
        self._owner: dict[int, str] = {}
        self._left: dict[str, int] = {}
        self._ids: dict[str, list[int]] = {}
        self._done: set[str] = set()  # stored complete: its record already lists its articles
        self._kept: Counter[tuple[object, ...]] = Counter()  # stored articles handed on as stored, by `_as_kept`
        self.skipped_files = 0
        self.reused = 0  # undated articles handed on from the store, not read again

    def key(self, file: Path, options: str) -> str | None:
        return self.store.key(file, options)

    def get(self, key: str) -> list[Article] | None:
        undated = self.store.get(key, undated_only=True)  # None unless stored complete
        if undated is not None:
            self._done.add(key)
            self.skipped_files += 1
            self.reused += len(undated)
        return undated

    def file_span(self, key: str) -> tuple[dt.date | None, dt.date | None, int]:
        return self.store.file_span(key)

    def kept(self, article: Article) -> None:
        self._kept[_as_kept(article)] += 1

    def as_stored(self, article: Article) -> bool:
        """Whether the pipeline handed this stored article on unchanged: storing it again
        would hash its text only to find its row as it is (KNOWN)."""
        key = _as_kept(article)
        if not self._kept[key]:
            del self._kept[key]
            return False
        self._kept[key] -= 1
        if not self._kept[key]:
            del self._kept[key]
        return True

    def twins(self, article: Article) -> list[Article]:
        """The corpus's dated copies of an undated article: their files are skipped, not read."""
        return self.store.dated_copies(article)

    def put(self, key: str, articles: list[Article], more: int = 0) -> None:
        """Record the file once these articles, and the `more` put later, are committed. A
        stored file's articles whose dates changed are updated in their rows, which its
        record already lists."""
        if key in self._done:
            return
        if not articles and not more:
            self.store.mark_files({key: []})
            return
        self._left.setdefault(key, len(articles) + more)
        self._ids.setdefault(key, [])
        for article in articles:
            self._owner[id(article)] = key

    def committed(self, articles: list[Article], ids: list[int]) -> None:
        """Articles now stored: files whose every article is stored are recorded complete."""
        finished: dict[str, list[int]] = {}
        for article, row in zip(articles, ids, strict=True):
            key = self._owner.pop(id(article), None)
            if key is None:
                continue
            self._ids[key].append(row)
            self._left[key] -= 1
            if not self._left[key]:
                del self._left[key]
                finished[key] = self._ids.pop(key)
        if finished:
            self.store.mark_files(finished)


def _as_kept(article: Article) -> tuple[object, ...]:
    """What makes a stored article's row what it is (where from, its text, its dating): an
    article handed on with this key needs no writing, whichever object carries it (an object's
    `id` was the key: a copy of the article, or a new one at a freed address, broke it)."""
    return article.path, article.id, article.text, article.date, article.date_confidence, article.date_source


def store_all(store: Repository, articles: Iterable[Article], resume: Resume, counts: Counter[str], *,
              batch: int = BATCH, shown: Callable[[], object] | None = None) -> None:
    """Commit articles as they come, a transaction every `batch` articles or FLUSH_SECONDS,
    recording each file once all its articles are in; `counts` gets read/undated/inferred
    and the store's outcomes; `shown` is called after each article (progress). On Ctrl-C the
    articles already read are committed before the interruption goes on."""
    pending: list[Article] = []
    flushed = time.perf_counter()

    def flush() -> None:
        nonlocal flushed
        if pending:
            outcomes = store.add(pending)
            counts.update(o.outcome for o in outcomes)
            resume.committed(pending, [o.row for o in outcomes])
            pending.clear()
        flushed = time.perf_counter()

    try:
        for article in articles:
            if resume.as_stored(article):
                counts[KNOWN] += 1
            else:
                pending.append(article)
            counts["read"] += 1
            counts["undated"] += article.date is None
            counts["inferred"] += article.date_inferred
            if shown is not None:
                shown()
            if len(pending) >= batch or time.perf_counter() - flushed > FLUSH_SECONDS:
                flush()
    except KeyboardInterrupt:
        flush()  # the articles read and analysed so far are kept: a re-run need not redo them
        raise
    flush()


def ingest(
    sources: list[str] = typer.Argument(None, help="Files, folders, URLs or - (stdin): everything `dateline timeline` reads."),
    db: Path = db_option(),
    lang: str = typer.Option(None, "--lang", callback=check_language, help="Language code; identified per article if not given."),
    workers: int = typer.Option(None, "--workers", "-w", help=WORKERS_HELP),
    batch: int = typer.Option(BATCH, "--batch", min=1, help="Articles per transaction (also committed every few seconds)."),
    from_analysis: Path = typer.Option(None, "--from-analysis", help="Load the Parquet partitions written by `dateline analyze --out DIR`, with no re-analysis."),
    example: bool = typer.Option(False, "--example", help="Also the built-in example articles (China-Russia summits), e.g. to try `dateline serve`."),
) -> None:
    """Read, date and analyse articles into the corpus; each article is stored once."""
    from dateline.analyze import partitions, read_analysis  # pyarrow, only when asked

    sources = list(sources or []) + ([str(example_dir())] if example else [])
    if bool(sources) == (from_analysis is not None):
        raise typer.BadParameter("give files, folders or URLs to read, or --from-analysis DIR (one of the two)",
                                 param_hint="SOURCES")
    if from_analysis is not None and not partitions(from_analysis):
        raise typer.BadParameter(f"{from_analysis} holds no Parquet partition of `dateline analyze`",
                                 param_hint="--from-analysis")
    jobs = check_workers(workers)
    errors = ErrorLog()
    counts: Counter[str] = Counter()
    with open_db(db) as store:
        resume = Resume(store)
        started = time.perf_counter()
        with Reading("ingest", input_bytes(sources) if from_analysis is None else 0) as progress:
            articles = (read_analysis(from_analysis, resume, on_error=errors) if from_analysis is not None else
                        process(sources, lang=lang, on_error=errors, store=resume, workers=jobs,
                                on_input=progress.input_read))
            try:
                store_all(store, articles, resume, counts, batch=batch,
                          shown=lambda: progress.articles(counts["read"]))
            except KeyboardInterrupt:
                fail(f"interrupted after {counts['read']:,} article(s), every one stored",
                     "run the same command again to resume: the files finished are skipped", code=130)
        seconds = time.perf_counter() - started
        changes = update_timelines(store)
        facts = store.info()
    _summary(counts, resume, seconds, facts.texts, facts.path)
    if changes:
        console.print(f"{len(changes)} saved timeline(s) updated: {sum(changes.values())} change(s) "
                      "(`dateline saved history ID`)")
    raise typer.Exit(errors.exit_code(counts["read"]))


def _summary(counts: Counter[str], resume: Resume, seconds: float, texts: int, path: str) -> None:
    table = Table(title="ingest", show_header=False, box=None)
    rate = counts["read"] / seconds if seconds else 0.0
    table.add_row("read and analysed", f"{counts['read']:,} article(s) in {seconds:.1f} s ({rate:,.0f}/s)")
    table.add_row("new", f"{counts[NEW]:,}")
    table.add_row("wire copies", f"{counts[COPY]:,} (known text, another outlet)")
    table.add_row("already stored", f"{counts[KNOWN]:,} article(s); {resume.skipped_files:,} file(s) skipped whole")
    if resume.reused:
        table.add_row("undated, stored", f"{resume.reused:,} (their dates decided again in this collection)")
    if counts[REVISED]:
        table.add_row("new versions", f"{counts[REVISED]:,} (an article stored before, edited since: "
                                      "its older text replaced)")
    if counts[UPDATED]:
        table.add_row("re-analysed", f"{counts[UPDATED]:,} (older analysis or date replaced)")
    table.add_row("dates", f"{counts['inferred']:,} inferred from the text, {counts['undated']:,} undated")
    table.add_row("corpus", f"{texts:,} text(s) in {path}")
    console.print(table)
