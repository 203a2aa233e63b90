"""Stage 1, ingest: read articles from files and folders into the data model.

Public API: `read` (stream Articles from paths), `inputs` (the `Input`s of paths, folders
walked; `input_bytes`, their files' size, and `size_of` one's, for progress), `iter_files` (a folder's readable files), `file_kind` (the reader of a file, None if none), `read_input` (one `Input`: a file's bytes,
a pasted text), `make_article` (from a string), `marked_sentences` (a text's sentences, furniture marked, as `make_article` gives them), `shown` (a path as printable text), `iso_day` (the one reader of ISO dates and timestamps), `option_day` (a day a user gives as an option: YYYY-MM-DD only), `given_day` (a record's or request's date: ISO, or a number exports write; `not_a_day`, why a value is none; `KEPT_UNDATED`, what a reader then does), `in_future` / `future_note` (the one rule for a date no article was published on), `decode` (bytes to text, naming the file on
failure), `parse_timeml`, `stems` (a text's word stems in its language, which full-text search indexes) and `query_forms` (a query's, in every language), `url_list` (the URLs of a text that lists only URLs), `split_sentences`, `identify_language`, `language_code` ('es-MX' is es; a ValueError for a language without data, the one check of every `lang`), `fold` (the case- and
accent-free form every stage matches words in), `collapse` (near-duplicate articles as one;
`signature`, a text's MinHash, whose share of equal values at `NEAR_DUPLICATE` or more makes a copy;
`shingle_hashes`, what it is made of, which a reading worker computes for `collapse`),
and `IngestError` (`skipped`: a file left out, not lost) with the handlers a caller passes as `on_error` (`ErrorHandler`;
`raise_error`, the default; `ignore_error`).
"""

from dateline.ingest.dates import KEPT_UNDATED, future_note, given_day, in_future, iso_day, not_a_day, option_day
from dateline.ingest.dedup import THRESHOLD as NEAR_DUPLICATE, collapse, shingle_hashes, signature
from dateline.ingest.errors import IngestError, skipped
from dateline.ingest.language import identify as identify_language, language_code
from dateline.ingest.reader import (ErrorHandler, Input, OwnIds, ignore_error, input_bytes, inputs, iter_files, make_article,
                                    marked_sentences, raise_error, read, read_input, shown, size_of,
                                    url_list)
from dateline.ingest.reader import kind as file_kind
from dateline.ingest.sentences import split as split_sentences
from dateline.ingest.stems import query_forms, stems
from dateline.ingest.text import decode, fold, parse_terms
from dateline.ingest.timeml import TimeMLDocument, parse_timeml

__all__ = ["ErrorHandler", "Input", "IngestError", "KEPT_UNDATED", "NEAR_DUPLICATE", "OwnIds", "TimeMLDocument", "collapse", "decode",
           "file_kind", "fold", "future_note", "given_day", "identify_language", "ignore_error", "in_future", "input_bytes", "inputs", "iso_day", "not_a_day", "option_day",
           "iter_files", "language_code", "make_article",
           "marked_sentences", "parse_terms",
           "parse_timeml", "query_forms", "raise_error", "read", "read_input", "shingle_hashes", "shown", "signature", "size_of", "skipped", "split_sentences", "stems", "url_list"]
