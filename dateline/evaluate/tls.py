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
# ROUGE-1.5.5's data, reduced to what can change a score.
#
# The SMART stopword list (ROUGE's data/smart_common_words.txt), without its entries with an
# apostrophe, which no token can equal.
_STOPWORDS = frozenset("""
a able about above according accordingly across actually after afterwards again against all allow
allows almost alone along already also although always am amid among amongst an and another any
anybody anyhow anyone anything anyway anyways anywhere ap apart appear appreciate appropriate apr
are around as aside ask asking associated at aug available away awfully b be became because become
becomes becoming been before beforehand behind being believe below beside besides best better
between beyond both brief but by c came can cannot cant cause causes certain certainly changes
clearly co com come comes concerning consequently consider considering contain containing contains
corresponding could course currently d dec definitely described despite did different do does doing
done down downwards during e each edu eg eight either else elsewhere enough entirely especially et
etc even ever every everybody everyone everything everywhere ex exactly example except f far feb
few fifth five followed following follows for former formerly forth four fri from further
furthermore g get gets getting given gives go goes going gone got gotten greetings h had happens
hardly has have having he hello help hence her here hereafter hereby herein hereupon hers herself
hi him himself his hither hopefully how howbeit however i ie if ignored immediate in inasmuch inc
indeed index indicate indicated indicates inner insofar instead into inward is it its itself j jan
jul jun just k keep keeps kept know known knows l lately later latter latterly least less lest let
like liked likely little look looking looks ltd m mainly many mar may maybe me mean meanwhile
merely might mon more moreover most mostly much must my myself n namely nd near nearly necessary
need needs neither never nevertheless new news next nine no nobody non none noone nor normally not
nothing nov novel now nowhere o obviously oct of off often oh ok okay old on once one ones only
onto or other others otherwise ought our ours ourselves out outside over overall own p particular
particularly per perhaps placed please plus possible presumably probably provides q que quite qv r
rather rd re really reasonably regarding regardless regards relatively respectively reuters right s
said same sat saw say saying says second secondly see seeing seem seemed seeming seems seen self
selves sensible sent sep serious seriously seven several shall she should since six so some
somebody somehow someone something sometime sometimes somewhat somewhere soon sorry specified
specify specifying still sub such sup sure t take taken tech tell tends th than thank thanks thanx
that thats the their theirs them themselves then thence there thereafter thereby therefore therein
theres thereupon these they think third this thorough thoroughly those though three through
throughout thru thu thus to together too took toward towards tried tries truly try trying tue twice
two u un under unfortunately unless unlikely until unto up upon us use used useful uses using
usually uucp v value various very via viz vs w want wants was way we wed welcome well went were
what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever
whether which while whither who whoever whole whom whose why will willing wish with within without
wonder would x y yes yet you your yours yourself yourselves z zero
""".split())

# WordNet 2.0's morphological exceptions (ROUGE's data/WordNet-2.0.exc.db), inflected form to
# base form, which ROUGE uses instead of the Porter stem. Kept are the entries a token can hit
# (longer than three characters, only [a-z0-9], not a stopword) whose base form differs from
# the word's Porter stem. WordNet 2.0 Copyright 2003 by Princeton University. All rights
# reserved.
_WORDNET_EXCEPTIONS = dict(pair.split(":") for pair in """
aardwolves:aardwolf abaci:abacus abode:abide aboideaux:aboideau aboiteaux:aboiteau abought:aby
acanthi:acanthus acari:acarus acciaccature:acciaccatura accompanied:accompany acetabula:acetabulum
acetified:acetify achaemenidae:achaemenid acicula:aciculum acidified:acidify acini:acinus
acromia:acromion actinozoa:actinozoan addenda:addendum addrest:address
adenocarcinomata:adenocarcinoma adenomata:adenoma adieux:adieu adyta:adytum aecia:aecium
aecidia:aecidium aerified:aerify aerobia:aerobium aggiornamenti:aggiornamento agnomina:agnomen
airier:airy airiest:airy alewives:alewife alkalified:alkalify allied:ally allodia:allodium
alluvia:alluvium alodia:alodium altocumuli:altocumulus altostrati:altostratus alumni:alumnus
alveoli:alveolus amanuenses:amanuensis ambulacra:ambulacrum ammonified:ammonify amnestied:amnesty
amnia:amnion amniocenteses:amniocentesis amoebiases:amoebiasis amoraim:amora amoretti:amoretto
amorini:amorino amphiarthroses:amphiarthrosis amphicia:amphithecium amphimixes:amphimixis
amphioxi:amphioxus amplified:amplify anabases:anabasis anacolutha:anacoluthon anacruses:anacrusis
anaerobia:anaerobium anagnorises:anagnorisis analemmata:analemma analyses:analysis
anamneses:anamnesis anamorphoses:anamorphosis anastomoses:anastomosis anatyxes:anaptyxis
androclinia:androclinium androecia:androecium androsphinges:androsphinx andtheridia:antheridium
angiomata:angioma anglified:anglify angrier:angry angriest:angry animalcula:animalculum
anlagen:anlage annattos:anatto annuli:annulus antefixa:antefix antependia:antependium
anthelia:anthelion anthelices:anthelix anthemia:anthemion antheridia:antheridium anthodia:anthodium
anthozoa:anthozoan anthraces:anthrax anticlinoria:anticlinorium antihelices:antihelix
antisera:antiserum antitheses:antithesis antitragi:antitragus antra:antrum anus:anus
aphelia:aphelion aphides:aphis apices:apex apodoses:apodosis apomixes:apomixis
aponeuroses:aponeurosis apophyses:apophysis aposiopeses:aposiopesis apothecia:apothecium
apotheoses:apotheosis apparatus:apparatus appendices:appendix applied:apply
appoggiature:appoggiatura apsides:apsis aquaria:aquarium araglis:argali arboreta:arboretum
arcana:arcanum archegonia:archegonium archesporia:archesporium arcked:arc arcking:arc
argufied:argufy argumenta:argumentum ariette:arietta arisen:arise armamentaria:armamentarium
arose:arise arses:arsis artal:rotl artel:rotl arterioscleroses:arteriosclerosis artier:arty
artiest:arty aruspices:aruspex asceses:ascesis asci:ascus ascidia:ascidium ascogonia:ascogonium
ashier:ashy ashiest:ashy ashkenazim:ashkenazi aspergilla:aspergillum aspergilli:aspergillus
aspergilloses:aspergillosis aspersoria:aspersorium assaulter:assaulter assegais:assagai
astragali:astragalus asyndeta:asyndeton atheromata:atheroma atheroscleroses:atherosclerosis
atmolyses:atmolysis atria:atrium atrophied:atrophy attacker:attacker auditoria:auditorium
aurar:eyrir aurei:aureus auspices:auspex autocatalyses:autocatalysis automata:automaton
avitaminoses:avitaminosis awoke:awake awoken:awake babied:baby bacchii:bacchius bacilli:bacillus
backbit:backbite backbitten:backbite backslid:backslide backslidden:backslide
bacteriostases:bacteriostasis bacula:baculum bade:bid baggier:baggy baggiest:baggy balkier:balky
balkiest:balky balmier:balmy balmiest:balmy bambini:bambino bandeaux:bandeau bandied:bandy
bandier:bandy bandiest:bandy banditti:bandit bani:ban bargainer:bargainer barklice:barklouse
barmier:barmy barmiest:barmy basidia:basidium basified:basify basileis:basileus bassi:basso
bateaux:bateau battier:batty battiest:batty baulkier:baulky baulkiest:baulky bawdier:bawdy
bawdiest:bawdy beadier:beady beadiest:beady beadsmen:beadsman beastlier:beastly beastliest:beastly
beaten:beat beatified:beatify beautified:beautify beaux:beau beefier:beefy beefiest:beefy
beerier:beery beeriest:beery beeves:beef befallen:befall befell:befall began:begin begat:beget
begirt:begird begot:beget begotten:beget begun:begin beheld:behold beholden:behold behooves:behoof
bellied:belly belying:belie bendier:bendy bendiest:bendy benempt:bename bent:bend berried:berry
bersaglieri:bersagliere besought:beseech bespoke:bespeak bespoken:bespeak bestrewn:bestrew
bestrid:bestride bestridden:bestride bestrode:bestride betaken:betake bethought:bethink
betook:betake bhishties:bheesty biassed:bias biassing:bias bicennaries:bicentenary bidden:bid
bigger:big biggest:big bijoux:bijou bisectrices:bisectrix bitchier:bitchy bitchiest:bitchy
bitten:bite bittier:bitty bittiest:bitty bivouacked:bivouac bivouacking:bivouac
blackberried:blackberry blackfeet:blackfoot blastemata:blastema blearier:bleary bleariest:bleary
bled:bleed blest:bless blew:blow bloodied:bloody bloodier:bloody bloodiest:bloody
bloodthirstier:bloodthirsty bloodthirstiest:bloodthirsty blowier:blowy blowiest:blowy blown:blow
blowsier:blowsy blowsiest:blowsy blowzier:blowzy blowziest:blowzy bluer:blue bluest:blue
bodied:body boleti:boletus bolsheviki:bolshevik bonier:bony boniest:bony bonnier:bonny
bonniest:bonny booklice:booklouse bookshelves:bookshelf boozier:boozy booziest:boozy boraces:borax
borborygmi:borborygmus bordereaux:bordereau bore:bear born:bear borne:bear boskier:bosky
boskiest:bosky bossier:bossy bossiest:bossy botchier:botchy botchiest:botchy bought:buy
bouncier:bouncy bounciest:bouncy bound:bind brachia:brachium brainchildren:brainchild
brainier:brainy brainiest:brainy brashier:brashy brashiest:brashy brassier:brassy brassiest:brassy
brawnier:brawny brawniest:brawny breathier:breathy breathiest:breathy bred:breed breezier:breezy
breeziest:breezy bregmata:bregma brethren:brother brinier:briny briniest:briny britisher:britisher
broadcaster:broadcaster broadleaves:broadleaf broke:break broken:break bronchi:bronchus
broodier:broody broodiest:broody brought:bring browbeaten:browbeat brutified:brutify
bryozoa:bryozoan bubblier:bubbly bubbliest:bubbly buckteeth:bucktooth buggier:buggy buggiest:buggy
built:build bulkier:bulky bulkiest:bulky bullied:bully bumpier:bumpy bumpiest:bumpy bunchier:bunchy
bunchiest:bunchy bureaux:bureau buried:bury burlier:burly burliest:burly burnt:burn burrier:burry
burriest:burry bushbok:boschbok bushboks:boschbok bushier:bushy bushiest:bushy busied:busy
busier:busy busiest:busy busses:bus bustier:busty bustiest:busty bypast:bypass byssi:byssus
cacti:cactus caddied:caddie caddies:caddie caddying:caddie caducei:caduceus caeca:caecum
cagier:cagey cagiest:cagey calami:calamus calathi:calathus calcanei:calcaneum calces:calx
calcified:calcify calculi:calculus caldaria:caldarium calices:calix calli:callus calves:calf
calyces:calyx cambia:cambium canaliculi:canaliculus candelabra:candelabrum candied:candy
cannier:canny canniest:canny canopied:canopy canthi:canthus cantier:canty cantiest:canty
canzoni:canzone capita:caput capitula:capitulum capricci:capriccio carabinieri:carabiniere
carcinomata:carcinoma carides:caryatid carnied:carny carnified:carnify caroli:carolus carpi:carpus
carpogonia:carpogonium carried:carry caryopses:caryopsis caryopsides:caryopsis casefied:casefy
castrati:castrato catabases:catabasis cataclases:cataclasis catalyses:catalysis catchier:catchy
catchiest:catchy cathari:cathar cathexes:cathexis cattier:catty cattiest:catty caudices:caudex
caught:catch caules:caulis cavatine:cavatina cavetti:cavetto ceca:cecum cembali:cembalo
centesimi:centesimo centra:centrum cephalothoraces:cephalothorax cercariiae:cercaria cerci:cercus
cerebella:cerebellum cerebra:cerebrum certified:certify cervices:cervix cestuses:caestus
chadarim:cheder challoth:hallah chalutzim:chalutz chancier:chancy chanciest:chancy chapeaux:chapeau
charier:chary chariest:chary chasidim:chasid chassidim:chassid chateaux:chateau chattier:chatty
chattiest:chatty chazanim:chazan chedarim:cheder cheekier:cheeky cheekiest:cheeky cheerier:cheery
cheeriest:cheery cheesier:cheesy cheesiest:cheesy cherubim:cherub chestier:chesty chestiest:chesty
chevied:chivy chevies:chivy chevying:chivy chewier:chewy chewiest:chewy chiasmata:chiasma
chiasmi:chiasmus chid:chide chidden:chide children:child chillier:chilly chilliest:chilly
chintzier:chintzy chintziest:chintzy chippier:chippy chippiest:chippy chitarroni:chitarrone
chivied:chivy chivvied:chivy chivvies:chivy chivvying:chivy chlamydes:chlamys chondrified:chondrify
chondromata:chondroma choosier:choosy choosiest:choosy choppier:choppy choppiest:choppy
choragi:choragus choriambi:choriambus chose:choose chosen:choose choux:chou chromonemata:chromonema
chrysalides:chrysalis chubbier:chubby chubbiest:chubby chuffier:chuffy chuffiest:chuffy
chummier:chummy chummiest:chummy chunkier:chunky chunkiest:chunky churchier:churchy
churchiest:churchy ciboria:ciborium cicale:cicala cicatrices:cicatrix ciceroni:cicerone
cicisbei:cicisbeo cilia:cilium cimices:cimex cineraria:cinerarium cingula:cingulum cirri:cirrus
cirrocumuli:cirrocumulus cirrostrati:cirrostratus citified:citify clad:clothe clammier:clammy
clammiest:clammy clani:clarino clanos:clarino clarified:clarify classier:classy classiest:classy
classified:classify cleanlier:cleanly cleanliest:cleanly cleft:cleave clept:clepe clerklier:clerkly
clerkliest:clerkly clinandria:clinandrium clitella:clitellum clostridia:clostridium cloudier:cloudy
cloudiest:cloudy clove:cleave cloven:cleave cloverleaves:cloverleaf clubbier:clubby
clubbiest:clubby clumsier:clumsy clumsiest:clumsy clung:cling clypei:clypeus coagula:coagulum
cocci:coccus coccyges:coccyx cockier:cocky cockiest:cocky cockneyfied:cockneyfy codices:codex
codified:codify coelentera:coelenteron coenuri:coenurus cognomina:cognomen cola:colon
collegia:collegium collied:colly collier:colly colliest:colly colloquia:colloquium
colluvia:colluvium collyria:collyrium colossi:colossus columbaria:columbarium comedones:comedo
comelier:comely comeliest:comely comfier:comfy comfiest:comfy comics:comic_strip complied:comply
concertanti:concertante concerti:concerto concertini:concertino condottieri:condottiere
condylomata:condyloma congii:congius conidia:conidium consortia:consortium contagia:contagium
continua:continuum contralti:contralto conversazioni:conversazione convolvuli:convolvulus
copied:copy coria:corium cornier:corny corniest:corny cornua:cornu corpora:corpus
corrigenda:corrigendum cortices:cortex coryphaei:coryphaeus cosier:cosy cosiest:cosy
costlier:costly costliest:costly costumer:costumer cothurni:cothurnus counterfeiter:counterfeiter
countersank:countersink countersunk:countersink courtlier:courtly courtliest:courtly
couteaux:couteau cozier:cozy coziest:cozy crabbier:crabby crabbiest:crabby craftier:crafty
craftiest:crafty craggier:craggy craggiest:craggy crania:cranium crankier:cranky crankiest:cranky
crases:crasis crawlier:crawly crawliest:crawly crazier:crazy craziest:crazy creamier:creamy
creamiest:creamy credenda:credendum creepier:creepy creepiest:creepy crematoria:crematorium
crept:creep crescendi:crescendo cribella:cribellum cried:cry crises:crisis crispier:crispy
crispiest:crispy crissa:crissum criteria:criterion crossbred:crossbreed cruces:crux
crucified:crucify crumbier:crumby crumbiest:crumby crumblier:crumbly crumbliest:crumbly
crummier:crummy crummiest:crummy crura:crus crustier:crusty crustiest:crusty ctenidia:ctenidium
cubicula:cubiculum culices:culex culti:cultus cumuli:cumulus cumulonimbi:cumulonimbus
cumulostrati:cumulostratus curettes:curet curlier:curly curliest:curly curricula:curriculum
curried:curry curst:curse curtsied:curtsy custodes:custos customer:customer cuter:cute cutes:cutis
cyclopes:cyclops cycloses:cyclosis cylices:cylix cylikes:cylix cymatia:cymatium
cysticerci:cysticercus daffier:daffy daffiest:daffy daintier:dainty daintiest:dainty dallied:dally
damnified:damnify dandier:dandy dandiest:dandy dandified:dandify data:datum daymio:daimio
daymios:daimio deadlier:deadly deadliest:deadly dealt:deal debussed:debus debusses:debus
debussing:debus decalcified:decalcify decemviri:decemvir decennia:decennium declassified:declassify
decried:decry deeper:deeply defied:defy definienda:definiendum definientia:definiens degassed:degas
degasses:degas degassing:degas dehumidified:dehumidify deified:deify delphinia:delphinium
demulsified:demulsify demystified:demystify denarii:denarius denazified:denazify denied:deny
denitrified:denitrify dentalia:dentalium dermatoses:dermatosis descried:descry deserter:deserter
desiderata:desideratum detoxified:detoxify devitrified:devitrify dewier:dewy dewiest:dewy
diaereses:diaeresis diaerses:diaeresis diagnoses:diagnosis dialled:dial dialling:dial
dialyses:dialysis diaphyses:diaphysis diapophyses:diapophysis diarthroses:diarthrosis
diastalses:diastalsis diastases:diastasis diastemata:diastema diathses:diathesis dibbukkim:dibbuk
dichasia:dichasium dicier:dicey diciest:dicey dicta:dictum diereses:dieresis dieses:diesis
dignified:dignify dilettanti:dilettante diluvia:diluvium dimmer:dim dimmest:dim dingier:dingy
dingiest:dingy dinkier:dinky dinkiest:dinky diplococci:diplococcus dippier:dippy dippiest:dippy
dirtied:dirty dirtier:dirty dirtiest:dirty disci:discus discoboli:discobolos disembodied:disembody
disenthrals:disenthrall dishier:dishy dishiest:dishy disinterred:disinter disinterring:disinter
disqualified:disqualify dissatisfied:dissatisfy dive:diva diversified:diversify
diverticula:diverticulum divertimenti:divertimento divvied:divvy dizzied:dizzy dizzier:dizzy
dizziest:dizzy djinn:djinni dodgier:dodgy dodgiest:dodgy dogmata:dogma dogteeth:dogtooth
dollied:dolly domatia:domatium dopier:dopey dopiest:dopey dormice:dormouse dorsa:dorsum
dottier:dotty dottiest:dotty doughier:doughy doughiest:doughy dought:dow doughtier:doughty
doughtiest:doughty dove:dive dowdier:dowdy dowdiest:dowdy dowier:dowie dowiest:dowie downier:downy
downiest:downy dozier:dozy doziest:dozy drabber:drab drabbest:drab draftier:drafty draftiest:drafty
draggier:draggy draggiest:draggy drank:drink draughtier:draughty draughtiest:draughty
drawknives:drawknife drawn:draw dreamier:dreamy dreamiest:dreamy dreamt:dream drearier:dreary
dreariest:dreary dreggier:dreggy dreggiest:dreggy dressier:dressy dressiest:dressy drew:draw
dried:dry drier:dry driest:dry drippier:drippy drippiest:drippy driven:drive drove:drive
drowsier:drowsy drowsiest:drowsy drunk:drink dryer:dry dryest:dry duelled:duel duelling:duel
dulcified:dulcify dummied:dummy dumpier:dumpy dumpiest:dumpy dunner:dun dunnest:dun duona:duodenum
duonas:duodenum dupondii:dupondius duskier:dusky duskiest:dusky dustier:dusty dustiest:dusty
duumviri:duumvir dwarves:dwarf dwelt:dwell dybbukkim:dybbuk dying:die earlier:early earliest:early
earthier:earthy earthiest:earthy earthlier:earthly earthliest:earthly easied:easy easier:easy
easiest:easy eastsider:eastsider eaten:eat ecchymoses:ecchymosis ecdyses:ecdysis echini:echinus
echinococci:echinococcus ectozoa:ectozoan eddied:eddy edemata:edema edgier:edgy edgiest:edgy
edified:edify eerier:eerie eeriest:eerie effluvia:effluvium eidola:eidolon eisegeses:eisegesis
eisteddfodau:eisteddfod electrified:electrify elenchi:elenchus ellipses:ellipsis eluvia:eluvium
elves:elf elytra:elytron embodied:embody emboli:embolus embussed:embus embusses:embus
embussing:embus emphases:emphasis emporia:emporium emptied:empty emptier:empty emptiest:empty
emulsified:emulsify enarthroses:enarthrosis encephala:encephalon encephalitides:encephalitis
encephalomata:encephaloma enchiridia:enchiridion enchondromata:enchondroma encomia:encomium
endocardia:endocardium endocrania:endocranium endometria:endometrium endostea:endosteum
endostoses:endostosis endothecia:endothecium endothelia:endothelium endotheliomata:endothelioma
endozoa:endozoan enemata:enema enneahedra:enneahedron entases:entasis entera:enteron entia:ens
entozoa:entozoan envied:envy enwound:enwind epencephala:epencephalon epentheses:epenthesis
epexegeses:epexegesis ephemera:ephemeron ephemerides:ephemeris ephori:ephor epicalyces:epicalyx
epicanthi:epicanthus epicardia:epicardium epicedia:epicedium epicleses:epiclesis
epididymides:epididymis epigastria:epigastrium epiglottides:epiglottis epimysia:epimysium
epiphenomena:epiphenomenon epiphyses:epiphysis episterna:episternum epithalamia:epithalamion
epithelia:epithelium epitheliomata:epithelioma epizoa:epizoan epyllia:epyllion
equilibria:equilibrium equiseta:equisetum errata:erratum esophagi:esophagus espied:espy
esterified:esterify etherified:etherify etyma:etymon eucalypti:eucalyptus eupatridae:eupatrid
euripi:euripus exanthemata:exanthema executrices:executrix exegeses:exegesis exempla:exemplum
exemplified:exemplify exordia:exordium exostoses:exostosis extrema:extremum eyeteeth:eyetooth
fabliaux:fabliau faeroese:faeroese fallen:fall falsified:falsify famuli:famulus fancied:fancy
fancier:fancy fanciest:fancy fantasied:fantasy faroese:faroese farther:far fasciculi:fasciculus
fatter:fat fattest:fat fattier:fatty fattiest:fatty faultier:faulty faultiest:faulty
fedayeen:fedayee feet:foot feistier:feisty feistiest:feisty fell:fall fellaheen:fellah
fellahin:fellah felt:feel femora:femur fermate:fermata ferried:ferry festschriften:festschrift
fezzes:fez fibromata:fibroma fiddlier:fiddly fiddliest:fiddly fideicommissa:fideicommissum
fieldmice:fieldmouse fila:filum filariiae:filaria filmier:filmy filmiest:filmy filthier:filthy
filthiest:filthy finnier:finny finniest:finny fishier:fishy fishiest:fishy fishwives:fishwife
fitter:fit fittest:fit flabbier:flabby flabbiest:flabby flabella:flabellum flagella:flagellum
flaggier:flaggy flaggiest:flaggy flagstaves:flagstaff flakier:flaky flakiest:flaky
flambeaux:flambeau flamines:flamen flashier:flashy flashiest:flashy flatfeet:flatfoot flatter:flat
flattest:flat flauntier:flaunty flauntiest:flaunty fled:flee fledgier:fledgy fledgiest:fledgy
fleecier:fleecy fleeciest:fleecy fleshier:fleshy fleshiest:fleshy fleshlier:fleshly
fleshliest:fleshly flew:fly flightier:flighty flightiest:flighty flimsier:flimsy flimsiest:flimsy
flintier:flinty flintiest:flinty flittermice:flittermouse floatier:floaty floatiest:floaty
flocci:floccus flocculi:flocculus floodlit:floodlight floppier:floppy floppiest:floppy
florilegia:florilegium flossier:flossy flossiest:flossy flown:fly fluffier:fluffy fluffiest:fluffy
flukier:fluky flukiest:fluky flung:fling flurried:flurry flyblew:flyblow flyblown:flyblow
flyleaves:flyleaf foamier:foamy foamiest:foamy foci:focus foggier:foggy foggiest:foggy folia:folium
folksier:folksy folksiest:folksy foolhardier:foolhardy foolhardiest:foolhardy fora:forum
foramina:foramen forbad:forbid forbade:forbid forbidden:forbid forbore:forbear forborne:forbear
forceps:forceps fordid:fordo fordone:fordo foredid:foredo foredone:foredo forefeet:forefoot
foregone:forego foreigner:foreigner foreknew:foreknow foreknown:foreknow foreran:forerun
foresaw:foresee foreseen:foresee foreshown:foreshow forespoke:forespeak forespoken:forespeak
foreteeth:foretooth foretold:foretell forewent:forego forgave:forgive forgiven:forgive
forgone:forgo forgot:forget forgotten:forget formicaria:formicarium fornices:fornix
forsaken:forsake forsook:forsake forspoke:forspeak forspoken:forspeak forswore:forswear
forsworn:forswear fortes:fortis fortified:fortify forwent:forgo fought:fight found:find foxier:foxy
foxiest:foxy fractocumuli:fractocumulus fractostrati:fractostratus fraena:fraenum fratchier:fratchy
fratchiest:fratchy frauen:frau freakier:freaky freakiest:freaky freer:free freest:free frena:frenum
frenchier:frenchy frenchiest:frenchy frenchified:frenchify frenula:frenulum frenzied:frenzy
fricandeaux:fricandeau fried:fry friendlier:friendly friendliest:friendly friskier:frisky
friskiest:frisky frizzier:frizzy frizziest:frizzy frizzlier:frizzly frizzliest:frizzly
frolicked:frolic frolicking:frolic frontes:frons frostier:frosty frostiest:frosty frouzier:frouzy
frouziest:frouzy frowsier:frowsy frowsiest:frowsy frowzier:frowzy frowziest:frowzy froze:freeze
frozen:freeze fructified:fructify fruitier:fruity fruitiest:fruity frusta:frustum fuci:fucus
fuelled:fuel fuelling:fuel fulcra:fulcrum fumatoria:fumatorium fundi:fundus fungi:fungus
funiculi:funiculus funkier:funky funkiest:funky funnier:funny funniest:funny furcula:furculum
furrier:furry furriest:furry fussier:fussy fussiest:fussy fustier:fusty fustiest:fusty
fuzzier:fuzzy fuzziest:fuzzy gabbier:gabby gabbiest:gabby gainsaid:gainsay gametangia:gametangium
gametoecia:gametoecium gamier:gamy gamiest:gamy gammadia:gammadion gammier:gammy gammiest:gammy
ganglia:ganglion gasified:gasify gassed:gas gasses:gas gassier:gassy gassiest:gassy gassing:gas
gateaux:gateau gaudier:gaudy gaudiest:gaudy gauzier:gauzy gauziest:gauzy gave:give gawkier:gawky
gawkiest:gawky geese:goose gelled:gel gelling:gel gelsemia:gelsemium gelt:geld gemboks:gemsbok
gembucks:gemsbuck gemeinschaften:gemeinschaft genera:genus generatrices:generatrix geneses:genesis
genii:genius gentes:gens genua:genu genus:genus germina:germen gesellschaften:gesellschaft
gestalten:gestalt ghastlier:ghastly ghastliest:ghastly ghostlier:ghostly ghostliest:ghostly
ghostwritten:ghostwrite ghostwrote:ghostwrite giddied:giddy giddier:giddy giddiest:giddy gilt:gild
ginglymi:ginglymus girt:gird gladder:glad gladdest:glad gladioli:gladiolus glandes:glans
glassier:glassy glassiest:glassy glibber:glib glibbest:glib gliomata:glioma glissandi:glissando
glochidcia:glochidium glochidia:glochidium glomeruli:glomerulus gloomier:gloomy gloomiest:gloomy
gloried:glory glorified:glorify glossier:glossy glossiest:glossy glottides:glottis glummer:glum
glummest:glum glutaei:glutaeus glutei:gluteus gnawn:gnaw gnoses:gnosis godchildren:godchild
godlier:godly godliest:godly gollied:golly gomphoses:gomphosis gonia:gonion gonidia:gonidium
gonococci:gonococcus goodlier:goodly goodliest:goodly goodwives:goodwife goofier:goofy
goofiest:goofy gooier:gooey gooiest:gooey goosier:goosy goosiest:goosy gorgoneia:gorgoneion
gorier:gory goriest:gory gospopoda:gospodin goyim:goy gradelier:gradely gradeliest:gradely
grafen:graf graffiti:graffito grainier:grainy grainiest:grainy grandchildren:grandchild
granulomata:granuloma grassier:grassy grassiest:grassy gratified:gratify gravamina:gravamen
graven:grave greasier:greasy greasiest:greasy greedier:greedy greediest:greedy grew:grow
grimmer:grim grimmest:grim gript:grip grislier:grisly grisliest:grisly grittier:gritty
grittiest:gritty grizzlier:grizzly grizzliest:grizzly groggier:groggy groggiest:groggy
groovier:groovy grooviest:groovy groszy:grosz grottier:grotty grottiest:grotty ground:grind
groutier:grouty groutiest:grouty grown:grow grubbier:grubby grubbiest:grubby grumpier:grumpy
grumpiest:grumpy guarantied:guaranty guilder:guilde guilders:guilde guiltier:guilty
guiltiest:guilty gullied:gully gummata:gumma gummier:gummy gummiest:gummy gurnard:gurnar
gurnards:gurnar gushier:gushy gushiest:gushy gustier:gusty gustiest:gusty gutsier:gutsy
gutsiest:gutsy gymnasia:gymnasium gynaecea:gynaeceum gynaecia:gynaecium gynecea:gynecium
gynecia:gynecium gynoecea:gynoecium gynoecia:gynoecium gyri:gyrus hacksawn:hacksaw hadarim:heder
haematolyses:haematolysis haematomata:haematoma haematozoa:haematozoon haemodialyses:haemodialysis
haemolyses:haemolysis haemoptyses:haemoptysis haeredes:haeres haftaroth:haftarah haggadoth:haggada
hairier:hairy hairiest:hairy haleru:haler halfways:halfway hallot:hallah halloth:hallah
halluces:hallux halves:half hammier:hammy hammiest:hammy hamstrung:hamstring hamuli:hamulus
handfed:handfeed handier:handy handiest:handy haphtaroth:haphtarah happier:happy happiest:happy
harder:hard hardest:hard hardier:hardy hardiest:hardy haredim:haredi harried:harry
haruspices:haruspex hasidim:hasid hassidim:hassid hastier:hasty hastiest:hasty haughtier:haughty
haughtiest:haughty haustella:haustellum haustoria:haustorium hazier:hazy haziest:hazy
hazzanim:hazzan headier:heady headiest:heady healthier:healthy healthiest:healthy heard:hear
heartier:hearty heartiest:hearty heavier:heavy heaviest:heavy hectocotyli:hectocotylus
heftier:hefty heftiest:hefty held:hold helices:helix heliozoa:heliozoan hematolyses:hematolysis
hematomata:hematoma hematozoa:hematozoon hemelytra:hemelytron hemielytra:hemielytron
hemodialyses:hemodialysis hemolyses:hemolysis hemoptyses:hemoptysis hendecahedra:hendecahedron
hepper:hep heppest:hep heraclidae:heraclid heraklidae:heraklid herbaria:herbarium herbier:herby
herbiest:herby hermae:herm hermai:herma herren:herr hetairai:hetaira hewn:hew
hibernacula:hibernaculum hidden:hide hieracosphinges:hieracosphinx hila:hilum hili:hilus
himatia:himation hinder:hind hinnied:hinny hipper:hip hippest:hip hippier:hippy hippiest:hippy
hippocampi:hippocampus hippopotami:hippopotamus hoarier:hoary hoariest:hoary hocussed:hocus
hocussing:hocus hogtying:hogtie holier:holy holiest:holy homelier:homely homeliest:homely
homier:homey homiest:homey homunculi:homunculus honied:honey honoraria:honorarium hooves:hoof
hornier:horny horniest:horny horologia:horologium horrified:horrify horsier:horsy horsiest:horsy
hotter:hot hottest:hot housewives:housewife hove:heave humeri:humerus humidified:humidify
humpier:humpy humpiest:humpy hung:hang hungrier:hungry hungriest:hungry hurried:hurry huskier:husky
huskiest:husky hydrozoa:hydrozoan hymenoptera:hymenopteran hynia:hymenium hyniums:hymenium
hypanthia:hypanthium hyperostoses:hyperostosis hypertrophied:hypertrophy hypnoses:hypnosis
hypochondria:hypochondrium hypogastria:hypogastrium hypogea:hypogeum hypophyses:hypophysis
hypostases:hypostasis hypothalami:hypothalamus hypotheses:hypothesis hyraces:hyrax iambi:iamb
ibices:ibex ichthyosauri:ichthyosaurus ichthyosauruses:ichthyosaur icier:icy iciest:icy
icosahedra:icosahedron ideata:ideatum identified:identify igorrorote:igorrote ilia:ilium
imagines:imago imperia:imperium implied:imply inbred:inbreed incubi:incubus incudes:incus
indemnified:indemnify indices:index indumenta:indumentum indusia:indusium indwelt:indwell
infundibula:infundibulum inkier:inky inkiest:inky inlaid:inlay inocula:inoculum
insectaria:insectarium insider:insider intagli:intaglio intensified:intensify interbred:interbreed
interlaid:interlay interleaves:interleaf intermarried:intermarry intermezzi:intermezzo
interpled:interplead interreges:interrex interregna:interregnum interstratified:interstratify
interwove:interweave interwoven:interweave involucella:involucellum involucra:involucrum
inwove:inweave inwoven:inweave irides:iris ischia:ischium isthmi:isthmus jackeroos:jackaroo
jackknives:jackknife jaggier:jaggy jaggiest:jaggy jambeaux:jambeau jammier:jammy jammiest:jammy
jauntier:jaunty jauntiest:jaunty jazzier:jazzy jazziest:jazzy jellied:jelly jellified:jellify
jemmied:jemmy jerkier:jerky jerkiest:jerky jimmied:jimmy jinn:jinni joes:jo jollied:jolly
jollier:jolly jolliest:jolly jollified:jollify juicier:juicy juiciest:juicy jumpier:jumpy
jumpiest:jumpy jura:jus justified:justify kaddishim:kaddish kalmuck:kalmuc kalmucks:kalmuc
katabases:katabasis keeshonden:keeshond kent:ken kibbutzim:kibbutz kindlier:kindly kindliest:kindly
kinkier:kinky kinkiest:kinky knelt:kneel knew:know knives:knife knottier:knotty knottiest:knotty
knurlier:knurly knurliest:knurly kookier:kooky kookiest:kooky kronen:krone kroner:krone
kronur:krona krooni:kroon kylikes:kylix labara:labarum labella:labellum labia:labium labra:labrum
lacier:lacy laciest:lacy lactobacilli:lactobacillus lacunaria:lacunar laden:lade ladyfied:ladify
ladyfies:ladify ladyfying:ladify laid:lay lain:lie lairier:lairy lairiest:lairy lakier:laky
lakiest:laky lankier:lanky lankiest:lanky lapidified:lapidify lapilli:lapillus lapithae:lapith
larynges:larynx lathier:lathy lathiest:lathy lati:lat latices:latex latifundia:latifundium latu:lat
lazier:lazy laziest:lazy leafier:leafy leafiest:leafy leakier:leaky leakiest:leaky leant:lean
leapt:leap learier:leary leariest:leary learnt:learn leaves:leaf lecythi:lecythus leerier:leery
leeriest:leery left:leave leges:lex leggier:leggy leggiest:leggy lemmata:lemma lemnisci:lemniscus
lenes:lenis lengthier:lengthy lengthiest:lengthy lent:lend lentigines:lentigo
lepidoptera:lepidopteran leprosaria:leprosarium lepta:lepton leptocephali:leptocephalus
leucocytozoa:leucocytozoan leva:lev leveler:leveler levied:levy libretti:libretto lice:louse
lieder:lied lignified:lignify limbi:limbus limier:limy limiest:limy limina:limen limites:limes
limuli:limulus lipomata:lipoma lippier:lippy lippiest:lippy liquefied:liquefy liquified:liquify
lire:lira liriodendra:liriodendron listente:sente litai:lit litu:litas livelier:lively
liveliest:lively lives:life lixivia:lixivium loaves:loaf lobbied:lobby loci:locus loculi:loculus
loftier:lofty loftiest:lofty loggie:loggia logia:logion logier:logy logiest:logy lomenta:lomentum
lonelier:lonely loneliest:lonely longobardi:longobard loonier:loony looniest:loony loopier:loopy
loopiest:loopy lordlier:lordly lordliest:lordly lost:lose lousier:lousy lousiest:lousy
lovelier:lovely loveliest:lovely lowlander:lowlander lowlier:lowly lowliest:lowly
lubritoria:lubritorium luckier:lucky luckiest:lucky lullabied:lullaby lumbus:lumbi lumina:lumen
lumpier:lumpy lumpiest:lumpy lunier:luny luniest:luny lures:lur lustier:lusty lustiest:lusty
lustra:lustre lying:lie lymphangitides:lymphangitis lymphomata:lymphoma lymphopoieses:lymphopoiesis
lyses:lysis machzorim:machzor macronuclei:macronucleus macrosporangia:macrosporangium madder:mad
maddest:mad made:make madornos:madrono maestri:maestro mafiosi:mafioso magi:magus magmata:magma
magnified:magnify mahzorim:mahzor makuta:likuta maligner:maligner mallei:malleus malleoli:malleolus
maloti:loti maltier:malty maltiest:malty mangier:mangy mangiest:mangy mankier:manky mankiest:manky
manlier:manly manliest:manly manteaux:manteau mantes:mantis manubria:manubrium marchese:marchesa
marchesi:marchese maremme:maremma mariner:mariner markkaa:markka married:marry marshier:marshy
marshiest:marshy marsupia:marsupium massier:massy massiest:massy matrices:matrix matzoth:matzo
maungier:maungy maungiest:maungy mausolea:mausoleum maxima:maximum mazier:mazy maziest:mazy
mealier:mealy mealiest:mealy meant:mean measlier:measly measliest:measly meatier:meaty
meatiest:meaty media:medium mediastina:mediastinum megara:megaron megasporangia:megasporangium
megilloth:megillah meioses:meiosis melanomata:melanoma melismata:melisma memoranda:memorandum
menisci:meniscus menservants:manservant menstrua:menstruum merrier:merry merriest:merry
mesdames:madame mesdemoiselles:mademoiselle mesentera:mesenteron mesothoraces:mesothorax
messeigneurs:monseigneur messier:messy messiest:messy messieurs:monsieur metacarpi:metacarpus
metamorphoses:metamorphosis metanephroi:metanephros metastases:metastasis metatarsi:metatarsus
metatheses:metathesis metathoraces:metathorax metazoa:metazoan metempsychoses:metempsychosis
metencephala:metencephalon metrified:metrify mezuzoth:mezuzah miasmata:miasma mice:mouse
microanalyses:microanalysis micrococci:micrococcus micronuclei:micronucleus
microsporangia:microsporangium midrashim:midrash midwives:midwife miffier:miffy miffiest:miffy
mightier:mighty mightiest:mighty milia:milium milieux:milieu milkier:milky milkiest:milky
millennia:millennium mimicked:mimic mimicking:mimic mingier:mingy mingiest:mingy minified:minify
minima:minimum ministeria:ministerium minyanim:minyan mioses:miosis miracidia:miracidium miri:mir
mirkier:mirky mirkiest:mirky misapplied:misapply misbecame:misbecome miscarried:miscarry
misdealt:misdeal misgave:misgive misgiven:misgive mishnayoth:mishna mislaid:mislay misled:mislead
mispled:misplead misspelt:misspell misspent:misspend mistaken:mistake mistier:misty mistiest:misty
mistook:mistake misunderstood:misunderstand mitochondria:mitochondrion mitzvoth:mitzvah
modeler:modeler modified:modify modioli:modiolus moduli:modulus moldier:moldy moldiest:moldy
mollified:mollify molten:melt momenta:momentum momi:momus monochasia:monochasium
monopodia:monopodium monoptera:monopteron monopteroi:monopteros monsignori:monsignor moodier:moody
moodiest:moody mooncalves:mooncalf moonier:moony mooniest:moony moratoria:moratorium
morceaux:morceau morphallaxes:morphallaxis morphoses:morphosis mortified:mortify
mosasauri:mosasaurus moshavim:moshav moslim:moslem moslims:moslem mothier:mothy mothiest:mothy
mouldier:mouldy mouldiest:mouldy mousier:mousy mousiest:mousy mouthier:mouthy mouthiest:mouthy
mown:mow muckier:mucky muckiest:mucky mucrones:mucro muddied:muddy muddier:muddy muddiest:muddy
muggier:muggy muggiest:muggy multiplexer:multiplexer multiplied:multiply mummified:mummify
murices:murex murkier:murky murkiest:murky mushier:mushy mushiest:mushy muskallunge:muskellunge
muskier:musky muskiest:musky mustier:musty mustiest:musty mutinied:mutiny muzzier:muzzy
muzziest:muzzy mycelia:mycelium mycetomata:mycetoma mycobacteria:mycobacterium
myelencephala:myelencephalon myiases:myiasis myocardia:myocardium myomata:myoma myoses:myosis
mystified:mystify mythoi:mythos myxomata:myxoma naevi:naevus naoi:naos nappier:nappy nappiest:nappy
narcissi:narcissus nares:naris nasopharynges:nasopharynx nastier:nasty nastiest:nasty
natatoria:natatorium nattier:natty nattiest:natty naughtier:naughty naughtiest:naughty
nauplii:nauplius nautili:nautilus necropoleis:necropolis needier:needy neediest:needy
nemeses:nemesis nephridia:nephridium nervier:nervy nerviest:nervy neurohypophyses:neurohypophysis
neuromata:neuroma neuroptera:neuropteron neuroses:neurosis nevi:nevus newsier:newsy newsiest:newsy
nibelungen:nibelung nidi:nidus nidified:nidify nielli:niello niftier:nifty niftiest:nifty
nigrified:nigrify nimbi:nimbus nimbostrati:nimbostratus nippier:nippy nippiest:nippy
nitrified:nitrify nittier:nitty nittiest:nitty nodi:nodus noes:no noisier:noisy noisiest:noisy
nomina:nomen nonplussed:nonplus nonplusses:nonplus nonplussing:nonplus
northeasterner:northeasterner northerner:northerner nosier:nosy nosiest:nosy nota:notum
notified:notify noumena:noumenon novelle:novella nucelli:nucellus nuclei:nucleus nucleoli:nucleolus
nullified:nullify numina:numen nuttier:nutty nuttiest:nutty oases:oasis obeli:obelus
objectified:objectify obligati:obligato oboli:obolus occipita:occiput occupied:occupy
oceanaria:oceanarium ocelli:ocellus ocreae:ochrea octahedra:octahedron octopi:octopus oculi:oculus
odea:odeum oedemata:edema oesophagi:esophagus oilier:oily oiliest:oily oldwives:oldwife olea:oleum
oliver:oliver omasa:omasum omenta:omentum ommatidia:ommatidium onagri:onager oogonia:oogonium
oozier:oozy ooziest:oozy opener:opener opercula:operculum optima:optimum organa:organon
organums:organa orthoptera:orthopteron osar:os oscula:osculum ossa:os ossified:ossify
osteomata:osteoma ostia:ostium ottomans:othman outbidden:outbid outbred:outbreed outcried:outcry
outdid:outdo outdone:outdo outdrawn:outdraw outdrew:outdraw outfought:outfight outgassed:outgas
outgasses:outgas outgassing:outgas outgone:outgo outgrew:outgrow outgrown:outgrow outlaid:outlay
outran:outrun outridden:outride outrode:outride outshone:outshine outshot:outshoot
outsider:outsider outsold:outsell outstood:outstand outthought:outthink outwent:outgo
outwore:outwear outworn:outwear overbidden:overbid overblew:overblow overblown:overblow
overbore:overbear overborne:overbear overbuilt:overbuild overcame:overcome overcomer:overcomer
overdid:overdo overdone:overdo overdrawn:overdraw overdrew:overdraw overdriven:overdrive
overdrove:overdrive overflew:overfly overflown:overflow overgrew:overgrow overgrown:overgrow
overheard:overhear overhung:overhang overlaid:overlay overlain:overlie overlay:overlie
overlying:overlie overnighter:overnighter overpaid:overpay overpast:overpass overran:overrun
overridden:override overrode:override oversaw:oversee overseen:oversee oversewn:oversew
overshot:overshoot oversimplified:oversimplify overslept:oversleep oversold:oversell
overspent:overspend overspilt:overspill overtaken:overtake overthrew:overthrow overthrown:overthrow
overtook:overtake overwound:overwind overwritten:overwrite overwrote:overwrite ovoli:ovolo
ovotestes:ovotestis oxen:ox oxymora:oxymoron pacified:pacify paid:pay paise:paisa
palingeneses:palingenesis palled:pal pallia:pallium pallier:pally palliest:pally palling:pal
palmier:palmy palmiest:palmy palpi:palpus palsied:palsy paltrier:paltry paltriest:paltry
pancratia:pancratium pandied:pandy panettoni:panettone panicked:panic panicking:panic
paparazzi:paparazzo paperknives:paperknife papillomata:papilloma pappi:pappus pappier:pappy
pappiest:pappy papyri:papyrus parabases:parabasis paraleipses:paraleipsis paralyses:paralysis
paramecia:paramecium paramenta:parament paraphyses:paraphysis parapodia:parapodium
parapraxes:parapraxis paraselenae:paraselene parashoth:parashah parasyntheta:parasyntheton
parazoa:parazoan parentheses:parenthesis parerga:parergon parhelia:parhelion parietes:paries
parkier:parky parkiest:parky parodied:parody parried:parry partaken:partake partook:partake
parulides:parulis pasquil:pasquinade pasquilled:pasquinade pasquilling:pasquinade
pasquils:pasquinade pastier:pasty pastiest:pasty pastorali:pastorale patagia:patagium
patchier:patchy patchiest:patchy patresfamilias:paterfamilias pawkier:pawky pawkiest:pawky
peachier:peachy peachiest:peachy pearlier:pearly pearliest:pearly pease:pea pectines:pecten
pedaler:pedaler pedes:pes pekingese:pekinese pelves:pelvis pence:penny penes:penis
penetralium:penetralia penicillia:penicillium penknives:penknife pennia:penni pent:pen
pentahedra:pentahedron pentimenti:pentimento pepla:peplum peppier:peppy peppiest:peppy
pericardia:pericardium perichondria:perichondrium pericrania:pericranium peridia:peridium
perigonia:perigonium perihelia:perihelion perinea:perineum perinephria:perinephrium
perionychia:perionychium periostea:periosteum periphrases:periphrasis peristalses:peristalsis
perithecia:perithecium peritonea:peritoneum perkier:perky perkiest:perky personified:personify
peskier:pesky peskiest:pesky petrified:petrify pettier:petty pettiest:petty phalanges:phalange
phalli:phallus phantasied:phantasy pharynges:pharynx phenomena:phenomenon philodendra:philodendron
phlyctenae:phlyctaena phonier:phony phoniest:phony photocopied:photocopy phyla:phylum phylae:phyle
phyllotaxes:phyllotaxis phylogeneses:phylogenesis physicked:physic physicking:physic pickier:picky
pickiest:picky picnicked:picnic picnicking:picnic piggier:piggy piggiest:piggy pilea:pileum
pilei:pileus pilloried:pillory pineta:pinetum pinier:piny piniest:piny pirogi:pirog pitchier:pitchy
pitchiest:pitchy pithecanthropi:pithecanthropus pithier:pithy pithiest:pithy pithoi:pithos
pitied:pity planetaria:planetarium plashier:plashy plashiest:plashy plasmodesmata:plasmodesma
plasmodia:plasmodium plateaux:plateau platier:platy platiest:platy plectra:plectron pled:plead
plena:plenum pleura:pleuron plied:ply ploughmen:ploughman pluckier:plucky pluckiest:plucky
plumier:plumy plumiest:plumy plummier:plummy plummiest:plummy pneumobacilli:pneumobacillus
pneumococci:pneumococcus pocketknives:pocketknife podetia:podetium podgier:podgy podgiest:podgy
podia:podium pokier:poky pokiest:poky poleis:polis polisher:polisher pollices:pollex
pollinia:pollinium polychasia:polychasium polyhedra:polyhedron polyparia:polyparium polypi:polypus
polyzoa:polyzoan polyzoaria:polyzoarium pontes:pons pontifices:pontifex popes:popes porkier:porky
porkiest:porky portamenti:portamento portlier:portly portliest:portly portmanteaux:portmanteau
postliminia:postliminium pottier:potty pottiest:potty praenomina:praenomen praxes:praxis
preachier:preachy preachiest:preachy preachified:preachify predelle:predella prenomina:prenomen
preoccupied:preoccupy prepaid:prepay prese:presa presenter:presenter presignified:presignify
pretender:pretender prettied:pretty prettier:pretty prettiest:pretty prettified:prettify
pricier:pricy priciest:pricy pricklier:prickly prickliest:prickly pried:pry priestlier:priestly
priestliest:priestly primi:primo primmer:prim primmest:prim primordia:primordium
princelier:princely princeliest:princely principia:principium prissier:prissy prissiest:prissy
privateer:privateer privier:privy priviest:privy proboscides:proboscis prognoses:prognosis
programmes:program prolegomena:prolegomenon prolepses:prolepsis prologed:prologue
prologing:prologue prologs:prologue promycelia:promycelium pronephra:pronephros
pronephroi:pronephros pronuclei:pronucleus prophesied:prophesy propositi:propositus
proptoses:proptosis propyla:propylon propylaea:propylaeum proscenia:proscenium
prosencephala:prosencephalon prosier:prosy prosiest:prosy prostheses:prosthesis
prostomia:prostomium protases:protasis prothalamia:prothalamion prothalli:prothallus
prothallia:prothallium prothoraces:prothorax protonemata:protonema protozoa:protozoan proven:prove
proventriculi:proventriculus prytanea:prytaneum psalteria:psalterium pseudopodia:pseudopodium
psychoneuroses:psychoneurosis psychoses:psychosis pterygia:pterygium ptoses:ptosis pubes:pubis
pudenda:pudendum pudgier:pudgy pudgiest:pudgy puffier:puffy puffiest:puffy puli:pul pulpier:pulpy
pulpiest:pulpy pulvilli:pulvillus pulvini:pulvinus punchier:punchy punchiest:punchy punier:puny
puniest:puny puparia:puparium purified:purify pushier:pushy pushiest:pushy pussier:pussy
pussiest:pussy putamina:putamen putrefied:putrefy putti:putto puttied:putty pycnidia:pycnidium
pygidia:pygidium pylori:pylorus pyxides:pyxis pyxidia:pyxidium qaddishim:qaddish
quadrennia:quadrennium quaggier:quaggy quaggiest:quaggy quakier:quaky quakiest:quaky qualia:quale
qualified:qualify quanta:quantum quantified:quantify quarried:quarry quartersawn:quartersaw
quarterstaves:quarterstaff queasier:queasy queasiest:queasy queenlier:queenly queenliest:queenly
queried:query quinquennia:quinquennium quizzed:quiz quizzes:quiz quizzing:quiz rachides:rhachis
racier:racy raciest:racy radices:radix radii:radius rainier:rainy rainiest:rainy rallied:rally
ramenta:ramentum rami:ramus ramified:ramify randier:randy randiest:randy rang:ring rangier:rangy
rangiest:rangy ranunculi:ranunculus raphae:raphe raphides:raphide rarefied:rarefy ratified:ratify
rattier:ratty rattiest:ratty rattlier:rattly rattliest:rattly raunchier:raunchy raunchiest:raunchy
readier:ready readiest:ready rearmice:rearmouse rebuilt:rebuild reclassified:reclassify
recopied:recopy recorder:recorder recta:rectum recti:rectus rectified:rectify rectrices:rectrix
redder:red reddest:red redid:redo redone:redo reedier:reedy reediest:reedy referenda:referendum
reft:reave refugia:refugium reguli:regulus reheard:rehear reified:reify reis:real relata:relatum
relied:rely remade:remake remarried:remarry remiges:remex rent:rend repaid:repay replevied:replevy
replied:reply reran:rerun reremice:rearmouse resat:resit reseaux:reseau resewn:resew
residua:residuum responsa:responsum retailer:retailer retaken:retake rethought:rethink retia:rete
retiarii:retiarius reticula:reticulum retinacula:retinaculum retold:retell retook:retake
retried:retry reunified:reunify revivified:revivify rewound:rewind rewritten:rewrite
rewrote:rewrite rhabdomyomata:rhabdomyoma rhachides:rhachis rhachises:rachis
rhinencephala:rhinencephalon rhizobia:rhizobium rhombi:rhombus rhonchi:rhonchus rhyta:rhyton
ricercacari:ricercare ricercari:ricercare ridden:ride rigidified:rigidify rilievi:rilievo
rimier:rimy rimiest:rimy risen:rise riskier:risky riskiest:risky ritzier:ritzy ritziest:ritzy
riven:rive rockier:rocky rockiest:rocky rode:ride roilier:roily roiliest:roily roma:rom
rondeaux:rondeau rookier:rooky rookiest:rooky roomier:roomy roomiest:roomy ropier:ropy ropiest:ropy
rosaria:rosarium rose:rise rosier:rosy rosiest:rosy rostella:rostellum rostra:rostrum
rouleaux:rouleau rove:reeve rowdier:rowdy rowdiest:rowdy ruddier:ruddy ruddiest:ruddy rumina:rumen
rung:ring runnier:runny runniest:runny rushier:rushy rushiest:rushy rustier:rusty rustiest:rusty
ruttier:rutty ruttiest:rutty saccharified:saccharify sacra:sacrum sacraria:sacrarium sadder:sad
saddest:sad salaried:salary salespeople:salesperson salified:salify sallied:sally salpinges:salpinx
saltarelli:saltarello saltier:salty saltiest:salty sancta:sanctum sanctified:sanctify sandier:sandy
sandiest:sandy sang:sing sanitaria:sanitarium sank:sink santimi:santims saponified:saponify
sappier:sappy sappiest:sappy sarcophagi:sarcophagus sartorii:sartorius sassanidae:sassanid
sassier:sassy sassiest:sassy satisfied:satisfy saucier:saucy sauciest:saucy savvied:savvy
savvier:savvy savviest:savvy sawn:saw scabbier:scabby scabbiest:scabby scaleni:scalenus
scalier:scaly scaliest:scaly scantier:scanty scantiest:scanty scarabaei:scarabaeus scarier:scary
scariest:scary scarified:scarify scarves:scarf schatchonim:schatchen schemata:schema
scherzandi:scherzando scherzi:scherzo schmoes:schmo scholia:scholium schuln:schul
schutzstaffeln:schutzstaffel scirrhi:scirrhus scleromata:scleroma scleroses:sclerosis
sclerotia:sclerotium scoleces:scolex scolices:scolex scorified:scorify scotomata:scotoma
scraggier:scraggy scraggiest:scraggy scragglier:scraggly scraggliest:scraggly scrappier:scrappy
scrappiest:scrappy scrawnier:scrawny scrawniest:scrawny screwier:screwy screwiest:screwy
scried:scry scriptoria:scriptorium scrota:scrotum scrubbier:scrubby scrubbiest:scrubby
scruffier:scruffy scruffiest:scruffy scudi:scudo scungier:scungy scungiest:scungy scurried:scurry
scurvier:scurvy scurviest:scurvy scuta:scutum scutella:scutellum scyphi:scyphus
scyphozoa:scyphozoan seamier:seamy seamiest:seamy seconder:seconder secondi:secondo seedier:seedy
seediest:seedy seemlier:seemly seemliest:seemly segni:segno seleucidae:seleucid sensilla:sensillum
senti:sent senussis:senusi separatrices:separatrix sephardim:sephardi septa:septum
septaria:septarium septennia:septennium sequestra:sequestrum sera:serum seraphim:seraph
sestertia:sestertium sewn:sew sexier:sexy sexiest:sexy sgraffiti:sgraffito shabbasim:shabbas
shabbatim:shabbat shabbier:shabby shabbiest:shabby shadchanim:shadchan shadchans:schatchen
shadier:shady shadiest:shady shaggier:shaggy shaggiest:shaggy shaken:shake shakier:shaky
shakiest:shaky shammosim:shammas shapelier:shapely shapeliest:shapely shat:shit shaven:shave
sheaves:sheaf shellacked:shellac shellacking:shellac shelves:shelf shent:shend shewn:shew shied:shy
shier:shy shiest:shy shiftier:shifty shiftiest:shifty shillyshallied:shillyshally shimmied:shimmy
shinier:shiny shiniest:shiny shinleaves:shinleaf shirtier:shirty shirtiest:shirty shittim:shittah
shmoes:shmo shod:shoe shoddier:shoddy shoddiest:shoddy shofroth:shofar shone:shine shook:shake
shophroth:shophar shot:shoot showier:showy showiest:showy shown:show shrank:shrink
shrewmice:shrewmouse shriven:shrive shrove:shrive shrubbier:shrubby shrubbiest:shrubby
shrunk:shrink shrunken:shrink shuln:shul shyer:shy shyest:shy sicked:sic sicking:sic
sicklier:sickly sickliest:sickly siddurim:siddur sightlier:sightly sightliest:sightly
sightsaw:sightsee sightseen:sightsee sigloi:siglos signaler:signaler signified:signify
signore:signora signori:signior signorine:signorina silicified:silicify silkier:silky
silkiest:silky sillier:silly silliest:silly simplified:simplify simulacra:simulacrum
sincipita:sinciput sinfonie:sinfonia sistra:sistrum skellied:skelly sketchier:sketchy
sketchiest:sketchy skimpier:skimpy skimpiest:skimpy skinnier:skinny skinniest:skinny
skivvied:skivvy skydove:skydive slain:slay slaphappier:slaphappy slaphappiest:slaphappy
slatier:slaty slatiest:slaty sleazier:sleazy sleaziest:sleazy sleepier:sleepy sleepiest:sleepy
slept:sleep slew:slay slid:slide slidden:slide slier:sly sliest:sly slimier:slimy slimiest:slimy
slimmer:slim slimmest:slim slimsier:slimsy slimsiest:slimsy slinkier:slinky slinkiest:slinky
slippier:slippy slippiest:slippy sloppier:sloppy sloppiest:sloppy slung:sling slunk:slink slyer:sly
slyest:sly smalti:smalto smarmier:smarmy smarmiest:smarmy smellier:smelly smelliest:smelly
smelt:smell smit:smite smitten:smite smokier:smoky smokiest:smoky smote:smite smugger:smug
smuggest:smug snaggleteeth:snaggletooth snakier:snaky snakiest:snaky snappier:snappy
snappiest:snappy snatchier:snatchy snatchiest:snatchy snazzier:snazzy snazziest:snazzy
sniffier:sniffy sniffiest:sniffy snootier:snooty snootiest:snooty snottier:snotty snottiest:snotty
snowier:snowy snowiest:snowy snuck:sneak snuffier:snuffy snuffiest:snuffy snugger:snug
snuggest:snug soapier:soapy soapiest:soapy socmen:socman soggier:soggy soggiest:soggy sola:solum
solaria:solarium solatia:solatium sold:sell soldi:soldo solemnified:solemnify soles:sol
solfeggi:solfeggio soli:solo solidi:solidus solidified:solidify somata:soma sonsier:sonsy
sonsiest:sonsy soothsaid:soothsay sootier:sooty sootiest:sooty soppier:soppy soppiest:soppy
soprani:soprano sordini:sordino sori:sorus soroses:sorosis sorrier:sorry sorriest:sorry sought:seek
soupier:soupy soupiest:soupy southerner:southerner sovkhozy:sovkhoz sown:sow spadices:spadix
spat:spit spectra:spectrum specula:speculum sped:speed speechified:speechify speedier:speedy
speediest:speedy spellbound:spellbind spelt:spell spent:spend spermatia:spermatium
spermatogonia:spermatogonium spermatozoa:spermatozoon spermogonia:spermogonium sphinges:sphinx
spicier:spicy spiciest:spicy spicula:spiculum spied:spy spiffier:spiffy spiffiest:spiffy
spikier:spiky spikiest:spiky spilt:spill spindlier:spindly spindliest:spindly spinier:spiny
spiniest:spiny spirilla:spirillum splashier:splashy splashiest:splashy splayfeet:splayfoot
splenii:splenius spoilt:spoil spoke:speak spoken:speak spongier:spongy spongiest:spongy
spookier:spooky spookiest:spooky spoonier:spoony spooniest:spoony sporangia:sporangium
sporogonia:sporogonium sporozoa:sporozoan sportier:sporty sportiest:sporty spotlit:spotlight
spottier:spotty spottiest:spotty sprang:spring sprier:spry spriest:spry sprightlier:sprightly
sprightliest:sprightly springhase:springhaas springier:springy springiest:springy sprung:spring
spumoni:spumone spun:spin sputa:sputum squashier:squashy squashiest:squashy squatter:squat
squattest:squat squattier:squatty squattiest:squatty squiffier:squiffy squiffiest:squiffy
squilgee:squeegee squizzes:squiz stadia:stadium stagier:stagy stagiest:stagy stalkier:stalky
stalkiest:stalky stamina:stamen staminodia:staminodium stank:stink stapedes:stapes
staphylococci:staphylococcus starchier:starchy starchiest:starchy starrier:starry starriest:starry
startsy:starets statelier:stately stateliest:stately steadied:steady steadier:steady
steadiest:steady stealthier:stealthy stealthiest:stealthy steamier:steamy steamiest:steamy
stelae:stele stellified:stellify stemmata:stemma stenoses:stenosis stepchildren:stepchild
sterna:sternum stied:sty stigmata:stigma stimuli:stimulus stingier:stingy stingiest:stingy
stiper:striper stipites:stipes stirpes:stirps stoae:stoa stockier:stocky stockiest:stocky
stodgier:stodgy stodgiest:stodgy stole:steal stolen:steal stomata:stoma stomodaea:stomodaeum
stomodea:stomodeum stonier:stony stoniest:stony stood:stand storied:story stormier:stormy
stormiest:stormy stotinki:stotinka stotkini:stotinka stove:stave strata:stratum strati:stratus
stratified:stratify stratocumuli:stratocumulus streakier:streaky streakiest:streaky
streamier:streamy streamiest:streamy streptococci:streptococcus stretchier:stretchy
stretchiest:stretchy stretti:stretto strewn:strew striae:stria stridden:stride stringier:stringy
stringiest:stringy stripier:stripy stripiest:stripy striven:strive strobili:strobilus strode:stride
stromata:stroma stronger:strong strongest:strong stroppier:stroppy stroppiest:stroppy strove:strive
strown:strow struck:strike strung:string stuck:stick studied:study stuffier:stuffy stuffiest:stuffy
stultified:stultify stumpier:stumpy stumpiest:stumpy stung:sting stunk:stink stupefied:stupefy
sturdier:sturdy sturdiest:sturdy styli:stylus stylopes:stylops stylopodia:stylopodium
stymying:stymie subcortices:subcortex subdeliria:subdelirium subgenera:subgenus subindices:subindex
subjectified:subjectify submariner:submariner subphyla:subphylum substrasta:substratum
succedanea:succedaneum succubi:succubus sudaria:sudarium sudatoria:sudatorium sulci:sulcus
sulkier:sulky sulkiest:sulky sullied:sully sultrier:sultry sultriest:sultry sung:sing sunk:sink
sunken:sink sunnier:sunny sunniest:sunny superstrata:superstratum supplied:supply surlier:surly
surliest:surly swam:swim swankier:swanky swankiest:swanky swarthier:swarthy swarthiest:swarthy
sweatier:sweaty sweatiest:sweaty sweetiewives:sweetiewife swept:sweep swollen:swell swopped:swap
swopping:swap swops:swap swore:swear sworn:swear swum:swim swung:swing syconia:syconium
syllabi:syllabus syllabified:syllabify syllepses:syllepsis symphyses:symphysis sympodia:sympodium
symposia:symposium synapses:synapsis synarthroses:synarthrosis synclinoria:synclinorium
syncytia:syncytium syndesmoses:syndesmosis synopses:synopsis syntagmata:syntagma
syntheses:synthesis syphilomata:syphiloma syringes:syrinx syssarcoses:syssarcosis tableaux:tableau
tackier:tacky tackiest:tacky talcked:talc talcking:talc tali:talus talkier:talky talkiest:talky
tallaisim:tallith tallied:tally tallitoth:tallith tammied:tammy tangier:tangy tangiest:tangy
tanner:tan tannest:tan tapeta:tapetum tardier:tardy tardiest:tardy tarried:tarry tarsi:tarsus
tarsometatarsi:tarsometatarsus tastier:tasty tastiest:tasty tattier:tatty tattiest:tatty
taught:teach tawdrier:tawdry tawdriest:tawdry taxa:taxon taxis:taxis techier:techy techiest:techy
tectrices:tectrix teenager:teenager teenier:teeny teeniest:teeny teeth:tooth teetotaler:teetotaler
tegmina:tegmen telangiectases:telangiectasia telia:telium tempi:tempo tenacula:tenaculum
tenderfeet:tenderfoot tenues:tenuis tepefied:tepefy teraphim:teraph terata:teras teredines:teredo
terga:tergum termini:terminus terraria:terrarium terrified:terrify terzetti:terzetto testes:testes
testier:testy testiest:testy testified:testify testudines:testudo tetchier:tetchy tetchiest:tetchy
tetrahedra:tetrahedron tetraskelia:tetraskelion thalamencephala:thalamencephalon thalami:thalamus
thalli:thallus therses:thyrse thesauri:thesaurus theses:thesis thickleaves:thickleaf thieves:thief
thinner:thin thinnest:thin thirstier:thirsty thirstiest:thirsty tholoi:tholos thoraces:thorax
thornier:thorny thorniest:thorny thought:think threadier:thready threadiest:thready threw:throw
thriftier:thrifty thriftiest:thrifty thriven:thrive throatier:throaty throatiest:throaty
thrombi:thrombus throve:thrive thrown:throw thymi:thymus thyrsi:thyrsus tidied:tidy tidier:tidy
tidiest:tidy timelier:timely timeliest:timely tinier:tiny tiniest:tiny tinnier:tinny tinniest:tinny
tintinnabula:tintinnabulum tipsier:tipsy tipsiest:tipsy titmice:titmouse toadied:toady told:tell
tomenta:tomentum tondi:tondo tonier:tony toniest:tony tonneaux:tonneau toothier:toothy
toothiest:toothy tophi:tophus topoi:topos tore:tear tori:torus torn:tear torrefied:torrefy
torrify:torrefy torsi:torso touchier:touchy touchiest:touchy trafficked:traffic trafficking:traffic
tragi:tragus trameled:trammel trameling:trammel tramelled:trammel tramelling:trammel
tramels:trammel transfixt:transfix tranship:transship transmogrified:transmogrify
trapezia:trapezium trapezohedra:trapezohedron trashier:trashy trashiest:trashy traumata:trauma
travestied:travesty trendier:trendy trendiest:trendy treponemata:treponema trickier:tricky
trickiest:tricky tricksier:tricksy tricksiest:tricksy triclinia:triclinium triennia:triennium
triforia:triforium trihedra:trihedron trimmer:trim trimmest:trim triskelia:triskelion
trisoctahedra:trisoctahedron triumviri:triumvir trivia:trivium trod:tread trodden:tread
tropaeola:tropaeolum trousseaux:trousseau truer:true truest:true trustier:trusty trustiest:trusty
trymata:tryma tubbier:tubby tubbiest:tubby tumefied:tumefy turfier:turfy turfiest:turfy turves:turf
tweedier:tweedy tweediest:tweedy twiggier:twiggy twiggiest:twiggy tying:tie tympana:tympanum
typewritten:typewrite typewrote:typewrite typified:typify tyros:tiro ubermenschen:ubermensch
uglier:ugly ugliest:ugly uglified:uglify uigurs:uighur ultimata:ultimatum umbilici:umbilicus
umbones:umbo unbent:unbend unbound:unbind unci:uncus uncidia:uredium unclad:unclothe
underbought:underbuy underfed:underfeed undergirt:undergird undergone:undergo underlaid:underlay
underlain:underlie underlay:underlie underlying:underlie underpaid:underpay undershot:undershoot
undersold:undersell understood:understand understudied:understudy undertaken:undertake
undertook:undertake underwent:undergo underwritten:underwrite underwrote:underwrite undid:undo
undone:undo unfriendlier:unfriendly unfriendliest:unfriendly unfroze:unfreeze unfrozen:unfreeze
ungainlier:ungainly ungainliest:ungainly ungodlier:ungodly ungodliest:ungodly unhappier:unhappy
unhappiest:unhappy unhealthier:unhealthy unhealthiest:unhealthy unholier:unholy unholiest:unholy
unified:unify unlaid:unlay unlearnt:unlearn unmade:unmake unrove:unreeve unrulier:unruly
unruliest:unruly unsaid:unsay unslung:unsling unspoke:unspeak unspoken:unspeak unsteadied:unsteady
unstrung:unstring unstuck:unstick unswore:unswear unsworn:unswear untaught:unteach
unthought:unthink untidied:untidy untidier:untidy untidiest:untidy untrod:untread untrodden:untread
untying:untie unwound:unwind upbuilt:upbuild upheld:uphold uphove:upheave uprisen:uprise
uprose:uprise upsprang:upspring upsprung:upspring upswept:upsweep upswollen:upswell upswung:upswing
uredines:uredo uredinia:uredinium uredosori:uredosorus urinalyses:urinalysis uteri:uterus
utriculi:utriculus vacua:vacuum vagi:vagus vaporetti:vaporetto varices:varix varied:vary vasa:vas
vascula:vasculum vastier:vasty vastiest:vasty vela:velum velamina:velamen velaria:velarium
ventriculi:ventriculus verbified:verbify verified:verify vermes:vermis versified:versify
vertices:vertex vertigines:vertigo vexilla:vexillum viatica:viaticum vibracula:vibraculum
viewier:viewy viewiest:viewy vilified:vilify villi:villus vimina:vimen vincula:vinculum vires:vis
virtuosi:virtuoso vitelli:vitellus vitrified:vitrify vivaria:vivarium vivified:vivify voces:vox
volte:volta vortices:vortex vying:vie wackier:wacky wackiest:wacky waddied:waddy wahhabis:wahabi
wanner:wan wannest:wan warier:wary wariest:wary washier:washy washiest:washy wavier:wavy
waviest:wavy waxier:waxy waxiest:waxy waylaid:waylay weaklier:weakly weakliest:weakly
wealthier:wealthy wealthiest:wealthy wearied:weary wearier:weary weariest:weary webbier:webby
webbiest:webby weedier:weedy weediest:weedy weenier:weeny weeniest:weeny weensier:weensy
weensiest:weensy weepier:weepy weepiest:weepy weightier:weighty weightiest:weighty wept:weep
werewolves:werewolf wetter:wet wettest:wet whackier:whacky whackiest:whacky wharves:wharf
whimsier:whimsy whimsiest:whimsy whinnied:whinny whipsawn:whipsaw whizzed:whiz whizzes:whiz
whizzing:whiz wholesaler:wholesaler wieldier:wieldy wieldiest:wieldy wilier:wily wiliest:wily
windier:windy windiest:windy winier:winy winiest:winy winterfed:winterfeed winterier:wintery
winteriest:wintery wintrier:wintry wintriest:wintry wiredrawn:wiredraw wiredrew:wiredraw
wirier:wiry wiriest:wiry wispier:wispy wispiest:wispy withdrawn:withdraw withdrew:withdraw
withheld:withhold withstood:withstand wittier:witty wittiest:witty wives:wife woke:wake woken:wake
wolves:wolf wonkier:wonky wonkiest:wonky woodier:woody woodiest:woody woodlice:woodlouse
woodsier:woodsy woodsiest:woodsy woollier:woolly woolliest:woolly woozier:woozy wooziest:woozy
wordier:wordy wordiest:wordy wore:wear worldlier:worldly worldliest:worldly wormier:wormy
wormiest:wormy worn:wear worried:worry worse:bad worst:bad worthier:worthy worthiest:worthy
wound:wind wove:weave woven:weave wried:wry wrier:wry wriest:wry written:write wrote:write
wrought:work wrung:wring wryer:wry wryest:wry xiphisterna:xiphisternum yarer:yare yarest:yare
ycleped:clepe yclept:clepe yeastier:yeasty yeastiest:yeasty yeshivahs:yeshiva yeshivoth:yeshiva
yogin:yogi younger:young youngest:young yummier:yummy yummiest:yummy zanier:zany zaniest:zany
zecchini:zecchino zippier:zippy zippiest:zippy zoaeae:zoaea zoeae:zoea zoeas:zoaea
zoonoses:zoonosis zoosporangia:zoosporangium
""".split())
