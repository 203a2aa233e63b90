"""Stage 1, ingest: read articles from files and folders into the data model.

Public API: `read` (stream Articles from paths), `make_article` (from a string),
`parse_timeml`, `split_sentences`, `identify_language`, and `IngestError`.
"""

from dateline.ingest.errors import IngestError
from dateline.ingest.language import identify as identify_language
from dateline.ingest.reader import make_article, read
from dateline.ingest.sentences import split as split_sentences
from dateline.ingest.timeml import TimeMLDocument, parse_timeml

__all__ = ["IngestError", "TimeMLDocument", "identify_language", "make_article",
           "parse_timeml", "read", "split_sentences"]
