"""Sharded inputs: the units of work of `dateline analyze`, each read as a stream of articles.

A shard is one JSONL, JSONL.gz or Parquet file, or one other file Dateline reads (text,
TimeML, ...), or the loose files of one folder taken together (a folder of a thousand text
files is one unit of work, not a thousand). Shards are listed in a stable order, so every
run (one process, a pool, a Dask cluster) sees the same units and names the same partitions.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.ingest import IngestError
from dateline.ingest import reader as ingest
from dateline.ingest.jsonl import ALIASES, TEXT_ALIASES, read_record
from dateline.model import Article

# Parquet inputs are read this many rows at a time, so a big file never sits in memory whole.
PARQUET_BATCH = 1000
# Suffixes read here rather than by the ingest stage.
PARQUET = (".parquet",)


@dataclass(frozen=True, slots=True)
class Shard:
    """One unit of work: a file, or the loose `files` of the folder `path` found under `root`."""

    path: Path
    root: Path | None = None
    files: tuple[Path, ...] = ()

    @property
    def name(self) -> str:
        return str(self.path)


def _shard_kind(path: Path) -> str | None:
    """`parquet`, the ingest stage's reader of the file (`jsonl`, JSONL.gz too; `text`, ...)
    or None (not read)."""
    if path.name.lower().endswith(PARQUET):
        return "parquet"
    return ingest.kind(path)


def _folder_shards(folder: Path) -> Iterator[Shard]:
    """The shards of a folder, walked in sorted order, hidden entries left out."""
    for current, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        here = Path(current)
        loose: list[Path] = []
        for name in sorted(n for n in names if not n.startswith(".")):
            path = here / name
            kind = _shard_kind(path)
            if kind in ("parquet", "jsonl"):
                yield Shard(path, folder)
            elif kind is not None:
                loose.append(path)
        if loose:
            yield Shard(here, folder, tuple(loose))


def find_shards(sources: Iterable[str | Path], *,
                on_error: ingest.ErrorHandler = ingest.raise_error) -> list[Shard]:
    """Every shard of the sources (files and folders), in a stable order; missing paths,
    unreadable file types and folders without input go to `on_error`."""
    found: list[Shard] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            shards = list(_folder_shards(path))
            if not shards:
                on_error(IngestError(str(path), "folder contains no readable files"))
            found += shards
        elif not path.exists():
            on_error(IngestError(str(path), "no such file or folder"))
        elif _shard_kind(path) is None:
            on_error(IngestError(str(path), f"unknown file type {path.suffix!r} (Dateline analyzes "
                                            "JSONL, JSONL.gz, Parquet and the files it reads)"))
        else:
            found.append(Shard(path))
    return found


def read_shard(shard: Shard, *, lang: str | None = None,
               on_error: ingest.ErrorHandler = ingest.raise_error) -> Iterator[Article]:
    """The shard's articles as a stream (language identified, sentences split), in order."""
    if shard.files:
        for file in shard.files:
            yield from ingest.read_file(file, root=shard.root, lang=lang, on_error=on_error)
        return
    kind = _shard_kind(shard.path)
    try:
        if kind == "parquet":
            yield from _read_parquet(shard, lang, on_error)
        else:
            yield from ingest.read_file(shard.path, root=shard.root, lang=lang, on_error=on_error)
    except IngestError as error:
        on_error(error)
    except OSError as exc:
        on_error(IngestError(shard.name, exc.strerror or str(exc)))


def _read_parquet(shard: Shard, lang: str | None, on_error: ingest.ErrorHandler) -> Iterator[Article]:
    """Rows of a Parquet file with JSONL's columns (`text`, `date`, `title`, `url`, `id`, `lang`)."""
    import pyarrow.lib
    import pyarrow.parquet as pq

    name = shard.name
    try:
        table = pq.ParquetFile(shard.path)
    except pyarrow.lib.ArrowException as exc:
        on_error(IngestError(name, f"not a readable Parquet file ({exc})"))
        return
    if not {"text", *ALIASES["text"]} & set(table.schema_arrow.names):
        on_error(IngestError(name, f"Parquet file has no 'text' column {TEXT_ALIASES}"))
        return
    article_id, number = ingest.file_id(shard.path, shard.root), 0
    for batch in table.iter_batches(batch_size=PARQUET_BATCH):
        for record in batch.to_pylist():
            number += 1
            if isinstance(record := read_record(record, name, number), IngestError):
                on_error(record)
                continue
            if hasattr(record.get("date"), "isoformat"):  # a date or timestamp column; numbers as JSONL's
                record["date"] = record["date"].isoformat()
            yield ingest.record_article(record, name, number, article_id=article_id,
                                        lang=lang, on_error=on_error)
