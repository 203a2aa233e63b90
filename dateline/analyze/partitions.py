"""One shard in, one Parquet partition out: the unit of work every executor runs.

`analyze_shard` is a plain top-level function of picklable arguments, so a local process
pool and a Dask cluster run the very same code. It streams: articles are analysed and
written a row group at a time, so a worker holds one row group, not the shard's results.
A partition is written to a temporary name and renamed when complete, so a partition that
exists is finished; its footer records what it was made from (the shard's size and
modification time, the options, Dateline's code), and a re-run skips it when that matches.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateline.analyze.arrow import article_row, article_schema, row_article
from dateline.analyze.shards import Shard, read_shard
from dateline.ingest import ErrorHandler, IngestError, raise_error
from dateline.model import Article
from dateline.pipeline import HintRange, analyse
from dateline.store import Repository, fingerprint

# Articles per Parquet row group: what a worker holds in memory before writing.
ROW_GROUP = 200
SUFFIX = ".parquet"
_IDENTITY = b"dateline.identity"
_PROBLEMS = b"dateline.problems"
_UNSAFE = re.compile(r"[^\w.-]+")


@dataclass(frozen=True, slots=True)
class Options:
    """What, besides the input, changes an analysis: a forced language and a date range
    undated articles are known to fall in (a crawl period)."""

    lang: str | None = None
    hint_range: HintRange | None = None

    def key(self) -> str:
        hint = "..".join(d.isoformat() for d in self.hint_range) if self.hint_range else ""
        return f"lang={self.lang or ''}|hint={hint}"


@dataclass(slots=True)
class ShardReport:
    """What became of one shard: its partition, the articles in it, the problems met (one
    line each), whether an earlier run had finished it, and the worker's cost."""

    shard: str
    partition: str
    articles: int = 0
    problems: list[str] = field(default_factory=list)
    done_before: bool = False
    seconds: float = 0.0
    peak_rss_kib: int = 0


def analyze_article(article: Article, hint_range: HintRange | None = None) -> Article:
    """Time expressions of a read article, anchored to its date; an undated article is first
    dated from its own text (within `hint_range` when given). A pure function of the article
    and the range: what makes a distributed run give the same output as one process."""
    return analyse(article, hint_range=hint_range)


def partition_path(out_dir: str | os.PathLike[str], shard: Shard) -> Path:
    """Where a shard's partition goes: readable name plus a digest of the shard's full path,
    so two `part-0.jsonl` in different folders do not collide."""
    digest = hashlib.sha256(str(shard.path.resolve()).encode()).hexdigest()[:12]
    stem = _UNSAFE.sub("_", shard.path.name)[:80]
    return Path(out_dir) / f"{stem}-{digest}{SUFFIX}"


def _identity(shard: Shard, options: Options) -> str:
    """Changes whenever the shard's files, the options or Dateline's code change."""
    parts = [options.key(), fingerprint()]
    for file in shard.files or (shard.path,):
        stat = file.stat()
        parts.append(f"{file.resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def _footer(path: Path) -> dict[bytes, bytes]:
    import pyarrow.lib
    import pyarrow.parquet as pq

    try:
        return pq.read_metadata(path).metadata or {}
    except (OSError, pyarrow.lib.ArrowException):
        return {}


def analyze_shard(shard: Shard, out_dir: str, options: Options = Options()) -> ShardReport:
    """Analyse every article of a shard into its Parquet partition, unless an earlier run did.

    Problems with the input (a bad line, an unreadable file) are reported in the result and
    the rest of the shard is analysed; they are kept in the partition's footer so that a
    re-run that skips the partition still reports them.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    started = time.perf_counter()
    target = partition_path(out_dir, shard)
    report = ShardReport(shard.name, str(target))
    try:
        identity = _identity(shard, options)
    except OSError as exc:
        report.problems.append(f"{shard.name}: {exc.strerror or exc}")
        return report
    footer = _footer(target) if target.exists() else {}
    if footer.get(_IDENTITY) == identity.encode():
        report.done_before = True
        report.problems = json.loads(footer.get(_PROBLEMS, b"[]"))
        report.articles = pq.read_metadata(target).num_rows
        return _finish(report, started)

    def problem(error: IngestError) -> None:
        report.problems.append(str(error))

    schema = article_schema().with_metadata({_IDENTITY: identity.encode()})
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with pq.ParquetWriter(temporary, schema, compression="zstd") as writer:
            rows: list[dict[str, object]] = []
            for article in read_shard(shard, lang=options.lang, on_error=problem):
                try:
                    rows.append(article_row(analyze_article(article, options.hint_range)))
                except Exception as exc:  # noqa: BLE001 - reported; one article does not end a run
                    report.problems.append(f"{shard.name}: article {article.id!r} could not be analysed "
                                           f"({type(exc).__name__}: {exc}); please report this as a bug")
                    continue
                report.articles += 1
                if len(rows) == ROW_GROUP:
                    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                    rows = []
            if rows:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            writer.add_key_value_metadata({_PROBLEMS: json.dumps(report.problems)})
        os.replace(temporary, target)
    except OSError as exc:  # a full disk, an unwritable folder: this shard is left to a re-run
        report.problems.append(f"{target}: could not be written ({exc.strerror or exc}); "
                               "run the command again once fixed")
    finally:
        temporary.unlink(missing_ok=True)
    return _finish(report, started)


def _finish(report: ShardReport, started: float) -> ShardReport:
    report.seconds = time.perf_counter() - started
    report.peak_rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return report


def partitions(out_dir: str | os.PathLike[str]) -> list[Path]:
    """The finished partitions of an analysis folder, in name order."""
    return sorted(p for p in Path(out_dir).glob(f"*{SUFFIX}") if not p.name.startswith("."))


def _partition_articles(path: Path, batch: int = ROW_GROUP) -> Iterator[Article]:
    import pyarrow.parquet as pq

    for records in pq.ParquetFile(path).iter_batches(batch_size=batch):
        for row in records.to_pylist():
            yield row_article(row)


def read_analysis(out_dir: str | os.PathLike[str], store: Repository | None = None,
                  on_error: ErrorHandler = raise_error) -> Iterator[Article]:
    """Stream the analysed articles of an analysis folder, a row group at a time.

    With a `store`, its per-file cache (the one `dateline.pipeline.process` uses) makes
    loading resumable: a partition it has complete is skipped, and the articles of each
    other partition are handed to `store.put` before they are yielded (so, as with files,
    the caller can record the partition complete once they are all stored). A partition
    that cannot be read (a corrupt or foreign file) goes to `on_error`, as a bad input file
    does, and the other partitions are still read.
    """
    import pyarrow.lib

    for path in partitions(out_dir):
        key = store.key(path, "analysis") if store is not None else None
        try:
            if key is None:
                yield from _partition_articles(path)
            elif store.get(key) is None:
                articles = list(_partition_articles(path))
                store.put(key, articles)
                yield from articles
        except (OSError, pyarrow.lib.ArrowException) as exc:
            on_error(IngestError(str(path), f"not a readable Parquet partition ({exc})"))
