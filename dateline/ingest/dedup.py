"""Near-duplicate texts: a wire story republished by many outlets, found with MinHash LSH.

Outlets change a wire copy a little (headline, byline, a trimmed last paragraph, their own
boilerplate), so an exact hash misses most copies. Each text is reduced to the set of its
word 3-grams; MinHash signatures estimate the Jaccard similarity of two such sets and LSH
(datasketch) finds the candidates without comparing every pair, so adding a text costs the
same whether the index holds a hundred texts or a million. A candidate counts as a copy when
its estimated similarity reaches the threshold.

The threshold (0.8) is not fitted on any dataset: at 0.8 of shared 3-grams two texts are the
same story with local edits; a follow-up that adds a few paragraphs to a story, which is news
of its own, falls below it.
"""

from __future__ import annotations

import hashlib
import operator
import re
from collections.abc import Sequence
from functools import lru_cache

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

from dateline.model import Article

THRESHOLD = 0.8
NUM_PERM = 128
SHINGLE_WORDS = 3
# The hashing scheme, named so that stored signatures stay comparable across datasketch versions.
SCHEME = "affine32"
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    """The text's word 3-grams, case-folded (its words, for texts shorter than that)."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return {w.encode() for w in words}
    # map and zip, not a comprehension: no Python step per 3-gram (a text has thousands)
    return set(map(str.encode, set(map(" ".join, zip(*(words[k:] for k in range(SHINGLE_WORDS)))))))


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    """datasketch's permutation parameters for NUM_PERM and SCHEME (its default seed): the
    same for every MinHash, so drawn once per process; datasketch draws them again for each
    MinHash made without them (twice per text added), a sixth of a signature's cost."""
    from datasketch import MinHash  # imported when used: it loads SciPy, which tagging never needs

    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def _minhash(hashvalues: np.ndarray | None = None) -> MinHash:
    """A MinHash of the project's scheme (empty, or with a signature's `hashvalues`). Its
    hash function is `int`: `signature` hashes the shingles itself, with datasketch's
    default for the scheme (`sha1_hash32`, the first 4 bytes of SHA-1, little-endian)."""
    from datasketch import MinHash  # see `_permutations`

    return MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=hashvalues, permutations=_permutations(),
                   hashfunc=int)


_DIGEST = operator.methodcaller("digest")
_FIRST_4 = operator.itemgetter(slice(0, 4))


def shingle_hashes(text: str) -> np.ndarray:
    """The hashes of the text's shingles (uint32, in no set order) that its `signature` is the
    MinHash of, hashed as datasketch's `sha1_hash32` hashes them (the first 4 bytes of SHA-1,
    little-endian) with no Python call per shingle. Most of a signature's cost, and it needs
    no datasketch (whose import loads SciPy): a reading worker computes it
    (`dateline.pipeline.process`'s `hashes`), the index finishes it (`signature_of`)."""
    digests = map(_DIGEST, map(hashlib.sha1, shingles(text)))
    return np.frombuffer(b"".join(map(_FIRST_4, digests)), dtype="<u4")


def signature_of(hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature of a text's `shingle_hashes` (NUM_PERM uint32; `.tobytes()` to
    store it, `np.frombuffer(b, np.uint32)` to read it back). The minimum of each permutation
    does not depend on the order of the hashes."""
    minhash = _minhash()
    minhash.update_batch(hashes.tolist())
    return minhash.hashvalues


def signature(text: str) -> np.ndarray:
    """The text's MinHash signature (see `signature_of`)."""
    return signature_of(shingle_hashes(text))


class NearDuplicates:
    """An index of texts that says, for each text added, which earlier text it copies."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        from datasketch import MinHashLSH  # see `_permutations`

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, key: str, text: str | None = None, *, hashvalues: np.ndarray | None = None) -> str | None:
        """Index a text (or its stored `signature`) under `key`; the key of the earliest text
        already indexed that it is a near copy of, or None for a new text.

        A copy is not indexed itself: its original stands for the whole group, so a chain
        of small edits never joins texts that differ a lot.
        """
        if key in self._signatures:
            raise ValueError(f"{key!r} is already indexed")
        values = hashvalues if hashvalues is not None else signature(text or "")
        minhash = _minhash(values)
        found = [k for k in self._lsh.query(minhash)
                 if self._signatures[k].jaccard(minhash) >= self.threshold]
        if found:
            return min(found, key=self._order.__getitem__)
        self._order[key] = len(self._order)
        self._signatures[key] = minhash
        self._lsh.insert(key, minhash)
        return None


def originals(texts: Sequence[str], threshold: float = THRESHOLD,
              hashes: Sequence[np.ndarray] | None = None) -> list[int]:
    """For each text, the index of the text it copies (the first of its group), or its own.
    `hashes`: each text's `shingle_hashes`, when computed already."""
    index = NearDuplicates(threshold)
    result = []
    for i, text in enumerate(texts):
        original = index.add(str(i), text, hashvalues=None if hashes is None else signature_of(hashes[i]))
        result.append(i if original is None else int(original))
    return result


def collapse(articles: Sequence[Article], threshold: float = THRESHOLD,
             hashes: Sequence[np.ndarray] | None = None) -> tuple[list[Article], list[int]]:
    """The articles without the near copies of an earlier one, and for each article kept its
    number of outlets (itself and its copies): one text, counted once, with its reach.
    `hashes`: each article's `shingle_hashes`, when computed already (by the reading workers)."""
    if hashes is not None and len(hashes) != len(articles):
        raise ValueError(f"{len(hashes)} shingle hashes for {len(articles)} articles")
    outlets: dict[int, int] = {}
    for original in originals([a.text for a in articles], threshold, hashes):
        outlets[original] = outlets.get(original, 0) + 1
    return [articles[i] for i in outlets], list(outlets.values())
