"""Which event words an entity takes part in: its verb as subject or object, its event nouns.

A sentence naming an entity holds many event words, and the entity is a participant (agent or
patient) of only a few: in "Jobs said the iPhone 4 has two cameras", Jobs takes part in
"said" and iPhone 4 in "has". Without a parser, the shared rules read word order and word
shapes, with the per-language `[grammar]` data saying what the shapes are:

- **subject**: the verb after the entity, past adverbs, an apposition between commas and
  auxiliaries ("Jobs, the CEO, has also built", "iPhone 4 has two cameras", "it now uses"),
  and the verbs it shares its subject with ("returned to the stage to reveal", ", saying");
- **object or agent**: the verb before it, past determiners and modifiers ("unveiled the new
  iPhone 4"), or before "by" ("was praised by Jobs"); a verb before its subject (Arabic's
  verb-first order) is read the same way;
- **event nouns**: a noun with an event ending (or of the data's `event_nouns`: "speech",
  "leave", "request") next to it ("iPhone 4 development",
  "la presentación del iPhone 4"), or the object of its verb ("filed a lawsuit", "lost its
  court case", "presentó una demanda"); after a light verb the noun alone is the event
  ("made an appearance", "gave a speech").

A verb form is a word with a verb ending or an irregular form of the data; a present-tense
form ("uses") counts only right after its subject, where a noun seldom stands. The rules are
for any language whose data lists these shapes: no word list is fitted to an evaluation set.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from dateline.events.lexicon import Lexicon

# How many adverbs or modifiers may stand between an entity and its verb.
SKIP = 3
# How many words an apposition between commas may have ("Steve Jobs, the Apple CEO, said").
APPOSITION = 12
# How many words after its verb a verb sharing the subject may stand ("..., saying").
CHAIN = 15
# Punctuation that ends the clause an entity is in.
_CLAUSE_END = frozenset(";:()[]\"“”«»—?!")


class Shapes:
    """One sentence's words, with what the grammar data says of each word's shape. Word
    lists are looked up folded (and without a clitic, "وقال" → "قال"); endings are read on
    the lower-case word, where accents still tell "presentó" from "presento"."""

    def __init__(self, words: Sequence[str], lower: Sequence[str], upper: Sequence[bool],
                 gaps: Sequence[str], lex: Lexicon, timed: Set[int] = frozenset()) -> None:
        self.words, self.lower, self.upper, self.gaps = words, lower, upper, gaps
        self.timed = timed  # the words inside a time expression
        self.alts = [lex.alternative(w) for w in words]
        self.g, self.lex = lex.grammar, lex

    def _ends(self, i: int, endings: tuple[str, ...], stem: int = 3) -> bool:
        """Whether word i ends with one of `endings` after a stem of `stem` letters or more."""
        w = self.lower[i]
        # `endswith` of the tuple first: most words end with none (this runs for every word)
        return w.endswith(endings) and any(w.endswith(e) and len(w) >= len(e) + stem for e in endings)

    def _plain(self, i: int) -> bool:
        """A lower-case word (or any word, in a script without case) that is no modifier or adverb."""
        w = self.words[i]
        return (not self.upper[i] or not self.lex.has_case) and w.isalpha() \
            and w not in self.g.modifiers and not self.grammar_word(i)

    def _word(self, i: int) -> bool:
        """A plain word that is not a common word either: no grammar word."""
        return self._plain(i) and self.words[i] not in self.lex.common

    def listed(self, i: int, words: Set[str]) -> bool:
        """Whether word i, or the word without a clitic it carries, is one of `words`."""
        return self.words[i] in words or self.alts[i] in words

    def verb(self, i: int) -> bool:
        """A word that is a verb form wherever it stands (an ending or an irregular form,
        though also a common word: "said")."""
        if self.listed(i, self.g.verb_forms):
            return self._plain(i)
        if not self._word(i):
            return False
        lower = self.lower[i]
        return self._ends(i, self.g.verb_endings) or lower.startswith(self.g.verb_prefixes) and any(
                lower.startswith(p) and len(lower) >= len(p) + 3 for p in self.g.verb_prefixes)

    def grammar_word(self, i: int) -> bool:
        """An adverb as written: French "ne", not "né", though both fold to "ne" (a word
        written without accents is taken as folded)."""
        return self.words[i] in self.g.adverbs and (
            self.lower[i] in self.g.written_adverbs or self.lower[i] == self.words[i])

    def present(self, i: int) -> bool:
        """A present-tense form ("uses", "comes"): a verb only right after its subject."""
        return self._word(i) and self._ends(i, self.g.present_endings, stem=2)  # "usa", "has"

    def perfective_future(self, i: int) -> bool:
        """A perfective verb's non-past form, which is a future ("посетит", "подпишет"): the
        temporal stage's rule on its words (`Lexicon.perfective_future` there), on a plain word."""
        return self.lex.perfective_future(self.lower[i]) and self._word(i)

    def past(self, i: int, listed: bool = False) -> bool:
        """A past form ("reached", "llegó", "met"), or a past tense's auxiliary ("has", "è"):
        a past ending on a plain word (not the noun "Proteste"; not if `listed`), or a form
        the data lists as written (Italian "è" is one, the conjunction "e" is not), or a
        particle marking a perfect (`_perfect`)."""
        lower = self.lower[i]
        return lower in self.lex.past or self.lex.alternative(lower) in self.lex.past \
            or (not listed and self._word(i) and self._ends(i, self.lex.past_endings)) \
            or self._perfect(i)

    def _perfect(self, i: int) -> bool:
        """Whether word i is a particle marking the past before a perfect: Arabic "قد" before
        a word with no imperfect prefix ("قد زار", had visited; not "قد يزور", may visit), or
        after a past auxiliary of its clause ("كان الرئيس قد أعلن", had announced)."""
        markers, lower = self.lex.perfect_markers, self.lower[i]
        if not markers or (lower not in markers and self.lex.alternative(lower) not in markers):
            return False  # most languages list none: `past` asks this of every word
        if i + 1 < len(self.lower) and not self.lower[i + 1].startswith(self.lex.imperfect_prefixes):
            return True
        return any(self.lower[k] in self.lex.past for k in range(clause_start(self, i), i))

    def participle(self, i: int) -> bool:
        """A form only a participle has ("presentado", "annoncée"): never a finite verb."""
        return self._word(i) and self._ends(i, self.g.participle_endings)

    def noun(self, i: int) -> bool:
        """An event noun: a noun ending that names an action or a change ("decision"), a noun
        naming an appearance or absence with no such ending ("speech", "leave": the data's
        `event_nouns`), or an event word of the trigger lists ("the launch of", "визит")."""
        if self.upper[i] and not self.lex.capitalized_nouns or not self.words[i].isalpha() \
                or self.grammar_word(i):
            return False
        return self._ends(i, self.g.noun_endings) or self.listed(i, self.g.event_nouns) \
            or self.lex.triggers.match(self.words, i) is not None

    def adjective(self, i: int) -> bool:
        """A word standing before a noun as its adjective: an adjective ending ("medical",
        "annual"), or a verb's "-ing" form right before an event noun ("opening keynote")."""
        if not self._word(i):
            return False
        return self._ends(i, self.g.adjective_endings) or (
            i + 1 < len(self.words) and self._ends(i, self.g.gerund_endings) and self.noun(i + 1))

    def adverb(self, i: int) -> bool:
        return self.grammar_word(i) or self._ends(i, self.g.adverb_endings)

    def boundary(self, i: int) -> bool:
        """Whether a clause ends before word i (a clause word, or punctuation that ends one)."""
        return self.words[i] in self.g.boundaries or not _CLAUSE_END.isdisjoint(self.gaps[i])

    def comma(self, i: int) -> bool:
        """Whether a comma (Latin or Arabic "،") stands right before word i."""
        gap = self.gaps[i]
        return "," in gap or "،" in gap

    def conjunction(self, i: int) -> int | None:
        """Whether word i opens with "and": the word itself (0), or a conjunction the language
        writes glued to the next word (1: Arabic "والتقى", "and met"); else None."""
        if self.listed(i, self.lex.conjunctions):
            return 0
        glued = self.words[i] != self.alts[i] and self.words[i].startswith(tuple(self.lex.conjunctions))
        return 1 if glued else None

    def content(self, i: int) -> bool:
        """A plain word that is not a grammar word: after a modal, the verb itself."""
        return self._word(i) and self.words[i] not in self.g.auxiliaries


def _after_auxiliary(s: Shapes, aux: int, n: int) -> int | None:
    """The verb an auxiliary leads to ("has built", "will use", "is slated"), or the
    auxiliary itself when it is the verb ("has two cameras"), else None ("is a metal strip")."""
    k, last = aux + 1, aux
    while k < n and k - aux <= SKIP and (s.adverb(k) or s.words[k] in s.g.auxiliaries) \
            and not s.boundary(k):
        last = k if s.words[k] in s.g.auxiliaries else last
        k += 1
    if k < n and not s.boundary(k) and (s.verb(k) or (s.words[last] in s.g.modals and s.content(k))):
        return k
    if k < n and s.words[k] in s.g.state_prepositions and not s.boundary(k):
        return object_noun(s, k)  # "has been on medical leave": the state is the subject's event
    if s.g.participle_last and k < n:  # "Apple hat das iPhone 4 vorgestellt": the clause's end
        last = _clause_end(s, k) - 1
        if s.content(last):
            return last
    if last == aux and (s.words[aux] in s.g.possession or s.words[aux] in s.g.perfect):
        # "ha difeso", "a défendu", es "ha resuelto": a plain word right after it is a participle
        # the data does not list (an auxiliary is never the event); "has two cameras", "ha un
        # piano": possession, while es "ha" (no "have") is then no event.
        if k < n and k == aux + 1 and not s.boundary(k) and s._word(k):
            return k
        return aux if s.words[aux] in s.g.possession else None
    return None


def subject_verb(s: Shapes, end: int, spans: Sequence[tuple[int, int]]) -> int | None:
    """The verb of an entity standing as its subject (the entity's words end at `end`)."""
    n = len(s.words)
    j = end
    while j < n and s.gaps[j].strip() == "" and any(a == j for a, _ in spans):
        j = next(b for a, b in spans if a == j)  # "Apple Inc" right after: one subject
    if j < n and s.comma(j):  # an apposition: ", the Apple CEO, announced"
        close = next((k for k in range(j + 1, min(n, j + APPOSITION)) if s.comma(k)), None)
        if close is None or not (s.verb(close) or s.words[close] in s.g.auxiliaries):
            return None
        j = close
    elif j < n and s.boundary(j):
        return None
    first = j
    while j < n and j - first <= SKIP:
        if j > first and s.boundary(j):
            return None
        w = s.words[j]
        if w in s.g.auxiliaries:
            return _after_auxiliary(s, j, n)
        if s.verb(j):
            return j
        if s.adverb(j) or j in s.timed or (j + 1 in s.timed and w in s.lex.common):
            j += 1  # "The Commission on Thursday activated", "la Commissione oggi ha attivato"
            continue
        # "uses", "comes": a present form right after its subject, unless a verb follows it
        # ("Apple shares fell": "shares" is a noun).
        if s.present(j) and j + 1 < n and not (s.verb(j + 1) or s.words[j + 1] in s.g.auxiliaries):
            return j
        return None
    return None


def chained(s: Shapes, verb: int) -> list[int]:
    """Verbs sharing the subject of `verb`: "..., saying", "by walking", "to reveal", "and took"."""
    out = []
    n = len(s.words)
    for k in range(verb + 1, min(n, verb + CHAIN)):
        if s.boundary(k):
            break
        prev = s.words[k - 1]
        # "to reveal" (a plain form after "to"), "by walking", "and took" (a verb form)
        if prev in s.g.links and s.content(k) and s.verb(k) != (prev in s.g.infinitive):
            out.append(k)
        elif s.comma(k) and s.verb(k) and any(s.words[k].endswith(e) for e in s.g.gerund_endings):
            out.append(k)
    return out


def object_noun(s: Shapes, verb: int) -> int | None:
    """The event noun a verb takes as its object, past determiners, modifiers and adjectives
    ("filed a lawsuit", "extended an invitation", "has taken medical leave", "gave his annual
    opening keynote"): what the verb's subject did is that event too."""
    for k in range(verb + 1, min(len(s.words), verb + 2 + SKIP)):
        if s.boundary(k) or s.comma(k):
            return None
        if s.noun(k):
            return k
        if not (s.words[k] in s.g.modifiers or s.adverb(k) or s.adjective(k)):
            return None
    return None


def clause_start(s: Shapes, i: int) -> int:
    """The first word of the clause word i stands in (after a comma or a clause word)."""
    while i > 0 and not (s.boundary(i) or s.comma(i)):
        i -= 1
    return i


def _clause_end(s: Shapes, start: int) -> int:
    """The index after the last word of the clause word `start` is in."""
    return next((j for j in range(start + 1, len(s.words)) if s.boundary(j) or s.comma(j)),
                len(s.words))


def object_verb(s: Shapes, start: int) -> int | None:
    """The verb (or event noun, through "of") an entity beginning at `start` follows."""
    j = start - 1
    skipped = 0
    while j >= 0 and skipped <= SKIP and not s.boundary(j + 1):
        w = s.words[j]
        if w in s.g.agent and j > 0 and not s.boundary(j):
            if s.g.participle_last:  # "wurde von Russland gebilligt"
                last = _clause_end(s, start) - 1
                return last if last > start and s.content(last) else None
            k = j - 1
            while k > 0 and s.adverb(k) and not s.boundary(k + 1):
                k -= 1
            return k if s.verb(k) else None
        if w in s.g.of:
            return j - 1 if j > 0 and s.noun(j - 1) and not s.boundary(j) else None
        if s.verb(j) or (j > 0 and s.words[j - 1] in s.g.modals and s.content(j)):
            return j  # "unveiled the new iPhone", "will visit China"
        if s.g.head_before and j == start - 1 and s.noun(j):
            return j  # a case language's genitive: "визит Путина", "زيارة بوتين"
        if w in s.g.modifiers or s.adverb(j) or (s.content(j) and not s.noun(j)) \
                or (s.upper[j] and s.lex.has_case):  # "by Apple CEO Steve Jobs"
            j -= 1
            skipped += 1
            continue
        return None
    return None


def event_noun(s: Shapes, end: int) -> int | None:
    """An event noun right after the entity ("iPhone 4 development", "Jobs' death")."""
    n = len(s.words)
    for k in range(end, min(n, end + 2)):
        if s.boundary(k) or s.comma(k):
            return None
        if s.noun(k):
            return k
        if s.verb(k) or s.words[k] in s.g.auxiliaries:
            return None
    return None


def possessed(s: Shapes, start: int) -> int | None:
    """The event noun heading the noun phrase after a name's possessive ending at `start`
    ("Jobs' last two absences", "Jobs' 2 hour speech"; of event nouns in a row the last: "Jobs'
    keynote address"), past modifiers, numbers and adjectives, not past a verb or a clause's
    end. `event_noun` reads only the next two words ("Jobs' death")."""
    n = len(s.words)
    for k in range(start, min(n, start + 1 + SKIP)):
        if k > start and (s.boundary(k) or s.comma(k)):
            return None
        if s.noun(k):
            while k + 1 < n and s.noun(k + 1) and not s.comma(k + 1):
                k += 1
            return k
        if s.verb(k) or s.words[k] in s.g.auxiliaries or not (
                s.words[k] in s.g.modifiers or s.adverb(k) or s.words[k].isdigit() or s._word(k)):
            return None
    return None


def particle(s: Shapes, verb: int) -> int | None:
    """The particle that completes a verb later in its clause ("took six months off",
    "stellte das iPhone vor"), within a few words and before another verb; where compound
    verbs end their clause, the particle is the clause's last word."""
    if s.g.participle_last:
        last = _clause_end(s, verb) - 1
        return last if last > verb and s.words[last] in s.g.verb_particles else None
    for k in range(verb + 1, min(len(s.words), verb + 2 + SKIP)):
        if s.boundary(k) or s.comma(k) or s.verb(k) or s.words[k] in s.g.infinitive:
            return None  # "chosen to step down": "down" is the next verb's
        if s.words[k] in s.g.verb_particles:
            return k
    return None


def _complement(s: Shapes, start: int) -> bool:
    """Whether the entity beginning at `start` completes a noun with "of" ("Pre-orders of the
    recently announced iPhone 4 began": the pre-orders began), past lower-case determiners,
    modifiers, adverbs and a participle; the "of" word follows a word that is no verb
    ("sagte der Konzern": an article, not a genitive)."""
    j = start - 1
    while j >= 0 and not s.upper[j] and not s.comma(j + 1) and not s.boundary(j + 1) \
            and s.words[j] not in s.g.of and (s.words[j] in s.g.modifiers or s.adverb(j) or s.verb(j)):
        j -= 1
    return j > 0 and s.words[j] in s.g.of and not s.boundary(j) and not s.comma(j) \
        and s.words[j - 1].isalpha() and not s.verb(j - 1) and s.words[j - 1] not in s.g.auxiliaries


def roles(s: Shapes, span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> list[int]:
    """Token indices of every event word the entity mention at token `span` takes part in."""
    start, end = span
    out: list[int] = []
    verb = None if _complement(s, start) else subject_verb(s, end, spans)
    if verb is not None:
        for v in [verb, *chained(s, verb)]:
            noun = object_noun(s, v)
            light = s.listed(v, s.g.light_verbs)
            out += [k for k in (None if light and noun is not None else v, noun) if k is not None]
    possessor = end < len(s.words) and s.gaps[end].lstrip()[:1] in ("'", "’")
    for k in (None if possessor else object_verb(s, start),
              possessed(s, end) if possessor else event_noun(s, end)):
        if k is not None:  # "showed off iPhone 4's new abilities": the abilities were shown
            out.append(k)
    return out
