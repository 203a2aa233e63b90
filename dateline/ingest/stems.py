"""Word stems for full-text search: a plural or another ending of a word finds the word.

The store's SQLite FTS5 index had whole words only (its `unicode61` tokenizer), so an Italian
plural "alluvioni" found none of six sentences with "alluvione", and a plural query never the
singular. FTS5's own stemmer (`porter`) is English only and Python's sqlite3 cannot register a
tokenizer, so the stems are made here with Snowball's stemmers (PyStemmer, C, one per
language: `data/stemmers.txt`) and indexed in place of the words, one stem per word: the
index's tokenizer finds as many tokens in the stemmed text as in the text itself, which keeps
FTS5's highlights on the original words. A query's words are stemmed in every language, since a
search box names none (`query_forms`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.ingest.language import code_table

# The words a stemmer is given: runs of letters. Digits, signs and apostrophes are left as
# they are, so each run becomes one run of letters and the tokens around it do not change.
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def stemmer_names() -> dict[str, str]:
    """Language code -> Snowball algorithm (`data/stemmers.txt`)."""
    return code_table("stemmers.txt")


@lru_cache(maxsize=None)
def _stemmer(lang: str):  # type: ignore[no-untyped-def]
    try:
        import Stemmer  # PyStemmer: imported when a text is indexed or searched
    except ImportError:  # an environment installed before it was a dependency
        raise ImportError("PyStemmer is missing (a dependency of Dateline's search index since "
                          "schema 9): run `pip install -e .` again in this environment") from None
    name = stemmer_names().get(lang)
    return Stemmer.Stemmer(name) if name else None


def stems(text: str, lang: str | None) -> str:
    """The text with each word (lower-cased) replaced by its stem in `lang`; as written, lower-cased,
    for a language without a stemmer. What the store indexes for a sentence."""
    stemmer = _stemmer(lang) if lang else None
    if stemmer is None:
        return text.lower()
    stem = stemmer.stemWord
    return _WORD.sub(lambda m: stem(m.group().lower()) or m.group().lower(), text)


def query_forms(text: str) -> list[str]:
    """A query's text stemmed in each language that has a stemmer, and as written (for texts
    of no such language), without repeats: any of them may be how a sentence's words were indexed."""
    forms = [text.lower(), *(stems(text, lang) for lang in stemmer_names())]
    return list(dict.fromkeys(forms))
