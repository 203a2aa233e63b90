"""Analysis at scale: sharded inputs analysed article by article into Parquet partitions.

Public API: `find_shards(sources)` and `read_shard`; `analyze_article(article)` (the pure
per-article analysis); `analyze_shard(shard, out_dir)` (one partition); `run(shards,
out_dir, executor=Executor(...))` (a local pool or Dask); `read_analysis(out_dir)` (the
analysed articles back, streamed); `Options`, `ShardReport`, `Executor`.
"""

from dateline.analyze.partitions import (Options, ShardReport, analyze_article, analyze_shard,
                                         partition_path, partitions, read_analysis)
from dateline.analyze.run import Executor, run
from dateline.analyze.shards import Shard, find_shards, read_shard

__all__ = ["Executor", "Options", "Shard", "ShardReport", "analyze_article", "analyze_shard",
           "find_shards", "partition_path", "partitions", "read_analysis",
           "read_shard", "run"]
