"""Timeline-summarization (TLS) metrics, computed exactly as tilse 0.2.1 computes them.

Papers on timeline summarization report the ROUGE-based metrics of Martschat and Markert
(EACL 2017) as implemented by the `tilse` package: `concat`, `agreement`, `align_date_costs`,
`align_date_content_costs` and `align_date_content_costs_many_to_one` (the "AR-1"/"AR-2" of
later papers), each with ROUGE-1 and ROUGE-2, plus date selection F1. To be comparable with
published numbers these are reproduced to the last detail, without needing Perl:

* ROUGE counts are those of ROUGE-1.5.5 run as tilse runs it (`-n 2 -m -s -f A -t 2`): text is
  lowercased (ASCII only) and every character outside `[a-z0-9]` becomes a space (so accented
  letters split words), SMART stopwords are removed, tokens longer than three characters are
  mapped through WordNet's exception list or else Porter-stemmed (ROUGE's own variant), and
  bigrams run across sentence and date boundaries. With several reference timelines the counts
  of all of them are added up ("model average").
* Alignment costs are `1 - 1/(|d1 - d2| + 1)`, times `1 - F1` of tilse's crude whitespace-token
  unigram overlap for the content-aware variants. One-to-one alignments use the optimal
  assignment (scipy's, as tilse does, so ties break identically), the many-to-one variant each
  date's cheapest counterpart.
* Precision and recall sum counts over dates: an aligned pair's hits are weighted by
  `1/(|d1 - d2| + 1)`, unaligned dates add to the denominators only.

Where tilse would crash (an empty system timeline divides by zero), scores are 0.

`tokenizer="unicode"` is the language-neutral alternative for non-English timelines: NFC,
casefold, `\\w+` words (accented letters kept), no stopwords, no stemming, and the same words
for the alignment's content costs. Its numbers are not comparable with published ones.
"""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources
import string
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Literal

import numpy as np
from scipy.optimize import linear_sum_assignment

from dateline.model import Timeline

Tokenizer = Literal["rouge", "unicode"]
TimelineLike = Mapping[dt.date, Sequence[str]] | Timeline

# ---------------------------------------------------------------------------------------------
# ROUGE-1.5.5's Porter stemmer. It is Porter's reference algorithm in its regular-expression
# form, with one change by ROUGE's author in step 4: "-ement" is a suffix of its own, and
# "-ment" and "-ent" are tried again on what step 4's first rule left. Measures ("m") count
# vowel-consonant sequences of the stem; y is a vowel after a consonant, and an initial y is a
# consonant.

_CONS = "[^aeiou]"
_VOWEL = "[aeiouy]"
_CONS_SEQ = f"{_CONS}[^aeiouy]*"
_VOWEL_SEQ = f"{_VOWEL}[aeiou]*"
_M_GT0 = re.compile(f"^({_CONS_SEQ})?{_VOWEL_SEQ}{_CONS_SEQ}")
_M_EQ1 = re.compile(f"^({_CONS_SEQ})?{_VOWEL_SEQ}{_CONS_SEQ}({_VOWEL_SEQ})?$")
_M_GT1 = re.compile(f"^({_CONS_SEQ})?{_VOWEL_SEQ}{_CONS_SEQ}{_VOWEL_SEQ}{_CONS_SEQ}")
_HAS_VOWEL = re.compile(f"^({_CONS_SEQ})?{_VOWEL}")
# ROUGE tests Porter's "*o" condition on the whole word (consonants, one vowel, a consonant).
_SHORT_CVC = re.compile(f"^{_CONS_SEQ}{_VOWEL}[^aeiouwxy]$")
_DOUBLE_CONS = re.compile(r"([^aeiouylsz])\1$")

_STEP2 = {
    "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize",
    "bli": "ble", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize",
    "ation": "ate", "ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful",
    "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble", "logi": "log",
}
_STEP3 = {
    "icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "",
    "ness": "",
}
_STEP4 = ("al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate",
          "iti", "ous", "ive", "ize")


def _suffix_in(word: str, suffixes: Iterable[str]) -> str | None:
    """The longest of `suffixes` that `word` ends with (what a `(a|b|...)$` regex finds)."""
    found = [s for s in suffixes if word.endswith(s)]
    return max(found, key=len) if found else None


def porter_stem(word: str) -> str:
    """Stem a lowercase word exactly as ROUGE-1.5.5's `stem` does."""
    if len(word) < 3:
        return word
    initial_y = word[0] == "y"
    if initial_y:
        word = "Y" + word[1:]
    # Step 1a: plurals.
    if word.endswith(("sses", "ies")):
        word = word[:-2]
    elif len(word) > 1 and word[-1] == "s" and word[-2] != "s":
        word = word[:-1]
    # Step 1b: -eed, -ed, -ing.
    if word.endswith("eed"):
        if _M_GT0.search(word[:-3]):
            word = word[:-1]
    elif word.endswith(("ed", "ing")):
        stem = word[:-2] if word.endswith("ed") else word[:-3]
        if _HAS_VOWEL.search(stem):
            word = stem
            if word.endswith(("at", "bl", "iz")):
                word += "e"
            elif _DOUBLE_CONS.search(word):
                word = word[:-1]
            elif _SHORT_CVC.search(word):
                word += "e"
    # Step 1c: final y -> i when the stem before it has a vowel.
    if word.endswith("y") and _HAS_VOWEL.search(word[:-1]):
        word = word[:-1] + "i"
    # Steps 2 and 3: map double suffixes to single ones when m > 0.
    for table in (_STEP2, _STEP3):
        suffix = _suffix_in(word, table)
        if suffix and _M_GT0.search(word[: -len(suffix)]):
            word = word[: -len(suffix)] + table[suffix]
    # Step 4: drop suffixes when m > 1 (ROUGE's variant, see above).
    suffix = _suffix_in(word, _STEP4)
    if suffix and _M_GT1.search(word[: -len(suffix)]):
        word = word[: -len(suffix)]
    if word.endswith("ment") and _M_GT1.search(word[:-4]):
        word = word[:-4]
    if word.endswith("ent"):
        if _M_GT1.search(word[:-3]):
            word = word[:-3]
    elif word.endswith(("sion", "tion")) and _M_GT1.search(word[:-3]):
        word = word[:-3]
    # Step 5: final -e and -ll.
    if word.endswith("e"):
        stem = word[:-1]
        if _M_GT1.search(stem) or (_M_EQ1.search(stem) and not _SHORT_CVC.search(stem)):
            word = stem
    if word.endswith("ll") and _M_GT1.search(word):
        word = word[:-1]
    return "y" + word[1:] if initial_y else word


# ---------------------------------------------------------------------------------------------
# Tokenization.

_ROUGE_WORD = re.compile(r"[A-Za-z0-9]+")
_UNICODE_WORD = re.compile(r"\w+")


@lru_cache(maxsize=65536)
def _rouge_morph(token: str) -> str:
    """ROUGE's `-m`: words longer than three letters go through WordNet's exceptions or Porter."""
    if len(token) <= 3:
        return token
    return _WORDNET_EXCEPTIONS.get(token) or porter_stem(token)


def _rouge_sentence_tokens(sentence: str) -> list[str]:
    # pyrouge writes each sentence into HTML with `^` escaped as `&circ;` (read back as the word
    # "circ"), and ROUGE's reader stops the sentence at its first `<`.
    text = sentence.split("<", 1)[0].replace("^", " circ ")
    words = (w.lower() for w in _ROUGE_WORD.findall(text))
    return [_rouge_morph(w) for w in words if w not in _STOPWORDS]


def _unicode_tokens(sentence: str) -> list[str]:
    return _UNICODE_WORD.findall(unicodedata.normalize("NFC", sentence.casefold()))


def _overlap_words(sentence: str) -> list[str]:
    # tilse's content cost: raw whitespace tokens, dropping those that are a *substring* of
    # string.punctuation (so "," and "()" go, "..." stays).
    return [w for w in sentence.split() if w not in string.punctuation]


@dataclass(frozen=True, slots=True)
class _Summary:
    """One date's sentences, reduced to what the metrics count."""

    grams: tuple[Counter[tuple[str, ...]], Counter[tuple[str, ...]]]  # unigrams, bigrams
    sizes: tuple[int, int]
    words: Counter[str]  # for the alignment's content cost
    n_words: int


def _summary(sentences: Sequence[str], tokenizer: Tokenizer) -> _Summary:
    if tokenizer == "rouge":
        tokens = [t for s in sentences for t in _rouge_sentence_tokens(s)]
        words = Counter(w for s in sentences for w in _overlap_words(s))
    else:
        tokens = [t for s in sentences for t in _unicode_tokens(s)]
        words = Counter(tokens)
    unigrams = Counter((t,) for t in tokens)
    bigrams = Counter(zip(tokens, tokens[1:]))
    return _Summary((unigrams, bigrams), (len(tokens), max(len(tokens) - 1, 0)), words,
                    words.total())


_EMPTY = _summary([], "unicode")


def _hits(peer: Counter, model: Counter) -> int:
    if len(model) < len(peer):
        peer, model = model, peer
    return sum(min(n, model[g]) for g, n in peer.items() if g in model)


# ---------------------------------------------------------------------------------------------
# Scores.


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 of one metric."""

    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, precision: float, recall: float) -> PRF:
        """F1 of precision and recall, 0 when both are 0 (as tilse computes it)."""
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(precision, recall, f1)


# TLSScores field prefix -> tilse's metric name.
METRICS = {
    "concat": "concat",
    "agreement": "agreement",
    "align": "align_date_costs",
    "align_plus": "align_date_content_costs",
    "align_m1": "align_date_content_costs_many_to_one",
}


@dataclass(frozen=True, slots=True)
class TLSScores:
    """All tilse metrics of one system timeline against its reference timeline(s).

    Fields are `<metric>_r1` / `<metric>_r2` for ROUGE-1 / ROUGE-2, with `align`,
    `align_plus` and `align_m1` standing for tilse's `align_date_costs`,
    `align_date_content_costs` and `align_date_content_costs_many_to_one` (the paper's align,
    align+ and align+ m:1), and `date` for date selection.
    """

    concat_r1: PRF
    concat_r2: PRF
    agreement_r1: PRF
    agreement_r2: PRF
    align_r1: PRF
    align_r2: PRF
    align_plus_r1: PRF
    align_plus_r2: PRF
    align_m1_r1: PRF
    align_m1_r2: PRF
    date: PRF

    @property
    def ar1_f(self) -> float:
        """AR-1 F1 as papers report it: alignment-based many-to-one ROUGE-1."""
        return self.align_m1_r1.f1

    @property
    def ar2_f(self) -> float:
        """AR-2 F1 as papers report it: alignment-based many-to-one ROUGE-2."""
        return self.align_m1_r2.f1

    @property
    def date_f1(self) -> float:
        return self.date.f1

    def rows(self) -> list[tuple[str, str, float, float, float]]:
        """`(tilse metric, measure, precision, recall, f1)` rows, for printing a table."""
        out = []
        for prefix, metric in METRICS.items():
            for n in (1, 2):
                prf = getattr(self, f"{prefix}_r{n}")
                out.append((metric, f"rouge_{n}", prf.precision, prf.recall, prf.f1))
        out.append(("date_selection", "dates", self.date.precision, self.date.recall,
                    self.date.f1))
        return out

    def as_dict(self) -> dict[str, float]:
        """Flat `{"concat_r1_p": ..., "concat_r1_r": ..., "concat_r1_f": ..., ...}`."""
        out = {}
        for f in fields(self):
            prf = getattr(self, f.name)
            out |= {f"{f.name}_p": prf.precision, f"{f.name}_r": prf.recall,
                    f"{f.name}_f": prf.f1}
        return out


def mean_scores(scores: Sequence[TLSScores]) -> TLSScores:
    """Average over topics as tilse's `Scores` does: mean P, mean R, and the F1 of those."""
    if not scores:
        raise ValueError("no scores to average")

    def mean(name: str) -> PRF:
        prfs = [getattr(s, name) for s in scores]
        return PRF.of(sum(p.precision for p in prfs) / len(prfs),
                      sum(p.recall for p in prfs) / len(prfs))

    return TLSScores(**{f.name: mean(f.name) for f in fields(TLSScores)})


class _Sums:
    """Precision and recall numerators and denominators summed over dates, per n-gram order.

    This is ROUGE-1.5.5's `-f A -t 2` counting: hits and reference n-grams are added up over
    all references, and the system's n-grams are counted once per reference.
    """

    def __init__(self) -> None:
        self.hits_p = [0.0, 0.0]
        self.system = [0, 0]
        self.hits_r = [0.0, 0.0]
        self.reference = [0, 0]

    def precision(self, peer: _Summary, models: list[_Summary], weight: float = 1.0) -> None:
        for n in range(2):
            self.hits_p[n] += weight * sum(_hits(peer.grams[n], m.grams[n]) for m in models)
            self.system[n] += len(models) * peer.sizes[n]

    def recall(self, peer: _Summary, models: list[_Summary], weight: float = 1.0) -> None:
        for n in range(2):
            self.hits_r[n] += weight * sum(_hits(peer.grams[n], m.grams[n]) for m in models)
            self.reference[n] += sum(m.sizes[n] for m in models)

    def scores(self) -> tuple[PRF, PRF]:
        return tuple(PRF.of(_ratio(self.hits_p[n], self.system[n]),
                            _ratio(self.hits_r[n], self.reference[n])) for n in range(2))


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def _content_f1(peer: _Summary, models: list[_Summary]) -> float:
    """tilse's rough unigram F1 of a system date against the references' summaries of a date."""
    match = sum(_hits(peer.words, m.words) for m in models)
    precision = _ratio(match, len(models) * peer.n_words)
    recall = _ratio(match, sum(m.n_words for m in models))
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


_Assignment = Callable[[np.ndarray], tuple[np.ndarray, np.ndarray]]


def _many_to_one(costs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row to its cheapest column (the first one on ties), as tilse's m:1 alignment."""
    return np.arange(costs.shape[0]), costs.argmin(axis=1)


class _Topic:
    """A system timeline and its reference timelines, tokenized once for all metrics."""

    def __init__(self, system: Mapping[dt.date, Sequence[str]],
                 references: Sequence[Mapping[dt.date, Sequence[str]]], tokenizer: Tokenizer):
        self.tokenizer = tokenizer
        self.raw_system = system
        self.raw_references = references
        self.system_dates = sorted(system)
        self.reference_dates = sorted(set().union(*references))
        self.system = {d: _summary(system[d], tokenizer) for d in self.system_dates}
        self.references = [{d: _summary(r[d], tokenizer) for d in r} for r in references]

    def models(self, date: dt.date) -> list[_Summary]:
        """Every reference's summary of `date`; a reference without the date counts as empty."""
        return [r.get(date, _EMPTY) for r in self.references]

    def dates(self) -> PRF:
        both = len(set(self.system_dates) & set(self.reference_dates))
        return PRF.of(_ratio(both, len(self.system_dates)),
                      _ratio(both, len(self.reference_dates)))

    def concat(self) -> tuple[PRF, PRF]:
        def joined(timeline: Mapping[dt.date, Sequence[str]]) -> _Summary:
            return _summary([s for d in sorted(timeline) for s in timeline[d]], self.tokenizer)

        sums = _Sums()
        peer, models = joined(self.raw_system), [joined(r) for r in self.raw_references]
        sums.precision(peer, models)
        sums.recall(peer, models)
        return sums.scores()

    def agreement(self) -> tuple[PRF, PRF]:
        sums = _Sums()
        for date in self.system_dates:
            sums.precision(self.system[date], self.models(date))
        for date in self.reference_dates:
            sums.recall(self.system.get(date, _EMPTY), self.models(date))
        return sums.scores()

    def date_costs(self) -> np.ndarray:
        """`1 - 1/(|d1 - d2| + 1)`, system dates as rows, reference dates as columns."""
        sys_days = np.array([d.toordinal() for d in self.system_dates])
        ref_days = np.array([d.toordinal() for d in self.reference_dates])
        return 1 - 1 / (np.abs(sys_days[:, None] - ref_days[None, :]) + 1)

    def date_content_costs(self) -> np.ndarray:
        """Date costs times `1 - F1` of tilse's rough content overlap."""
        ref_models = [self.models(r) for r in self.reference_dates]
        content = np.array([
            [1 - _content_f1(self.system[s], models) for models in ref_models]
            for s in self.system_dates
        ]).reshape(len(self.system_dates), len(self.reference_dates))
        return self.date_costs() * content

    def aligned(self, costs: np.ndarray, assign: _Assignment) -> tuple[PRF, PRF]:
        """Score through the alignment `assign` finds on `costs`, once for each direction.

        Precision aligns system dates to reference dates, recall reference dates to system
        dates; an aligned pair's hits are weighted by `1/(|d1 - d2| + 1)`.
        """
        sums = _Sums()
        matched_sys, matched_ref = set(), set()
        if costs.size:
            for i, j in zip(*assign(costs)):
                s, r = self.system_dates[i], self.reference_dates[j]
                sums.precision(self.system[s], self.models(r), _closeness(s, r))
                matched_sys.add(i)
            for j, i in zip(*assign(np.ascontiguousarray(costs.T))):
                s, r = self.system_dates[i], self.reference_dates[j]
                sums.recall(self.system[s], self.models(r), _closeness(s, r))
                matched_ref.add(j)
        no_models = [_EMPTY] * len(self.references)
        for i, s in enumerate(self.system_dates):
            if i not in matched_sys:
                sums.precision(self.system[s], no_models)
        for j, r in enumerate(self.reference_dates):
            if j not in matched_ref:
                sums.recall(_EMPTY, self.models(r))
        return sums.scores()


def _closeness(a: dt.date, b: dt.date) -> float:
    return 1 / (abs(a.toordinal() - b.toordinal()) + 1)


def _as_dict(timeline: TimelineLike) -> Mapping[dt.date, Sequence[str]]:
    return timeline.as_dict() if isinstance(timeline, Timeline) else timeline


def evaluate(system: TimelineLike,
             reference: TimelineLike | Sequence[TimelineLike],
             tokenizer: Tokenizer = "rouge") -> TLSScores:
    """Score a system timeline against one reference timeline or several (as tilse does).

    Timelines are `{date: [sentence, ...]}` mappings or `Timeline`s. With several references
    their counts are pooled per date, and date selection compares against the union of their
    dates.
    """
    if tokenizer not in ("rouge", "unicode"):
        raise ValueError(f"unknown tokenizer {tokenizer!r}: use 'rouge' or 'unicode'")
    if isinstance(reference, (Mapping, Timeline)):
        references = [_as_dict(reference)]
    else:
        references = [_as_dict(r) for r in reference]
    if not references:
        raise ValueError("at least one reference timeline is needed")
    topic = _Topic(_as_dict(system), references, tokenizer)
    date_content = topic.date_content_costs()
    concat, agreement = topic.concat(), topic.agreement()
    align = topic.aligned(topic.date_costs(), linear_sum_assignment)
    align_plus = topic.aligned(date_content, linear_sum_assignment)
    align_m1 = topic.aligned(date_content, _many_to_one)
    return TLSScores(*concat, *agreement, *align, *align_plus, *align_m1, topic.dates())


# ---------------------------------------------------------------------------------------------
# ROUGE-1.5.5's data, reduced to what can change a score (files in rouge_data/).


def _data_lines(name: str) -> list[str]:
    text = (resources.files("dateline.evaluate") / "rouge_data" / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


_STOPWORDS = frozenset(_data_lines("stopwords.txt"))
_WORDNET_EXCEPTIONS = dict(line.split("\t") for line in _data_lines("wordnet_exceptions.txt"))
