"""Dateline: accurate, sourced timelines from piles of news articles.

Stages, each a package usable on its own: `dateline.ingest` (read articles),
`dateline.temporal` (time expressions), `dateline.evaluate` (metrics), `dateline.render`
(output formats). The data model is in `dateline.model`.
"""

from dateline.version import __version__

__all__ = ["__version__"]
