"""Dated statements: who did what, when, in each sentence that names an entity.

An event mention is a sentence's trigger word (the per-language `[triggers]` lists: visit,
meet, sign, unveil, fall, ...), the entities named in the sentence, a time anchor and a
status. The anchor is the sentence's time expression nearest the trigger, if one is close
enough to belong to it (one of its own clause before a nearer one of an earlier clause joined
by "and"); otherwise the article's publication day, less surely (the "focus day"
of a news report), and less still when that day was itself inferred.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence, Set

from dateline.events.entities import Token, tokens_of
from dateline.events.lexicon import BEFORE_NOUN, Lexicon, fold, lexicon_for
from dateline.events.roles import Shapes, clause_start, particle, roles
from dateline.model import Article, EntityMention, EventAnchor, EventMention, EventStatus, Resolution, Timex

# Resolutions of a day the sentence states itself ("March 17", "17 de marzo de 2023").
STATED = frozenset({Resolution.STATED, Resolution.YEAR_FROM_PUBLICATION})
# How sure an anchor is: a stated day, a day computed from "Sunday" or "yesterday", the
# article's own date standing in for a sentence without a time expression.
STATED_CERTAINTY = 0.9
COMPUTED_CERTAINTY = 0.7
PUBLICATION_CERTAINTY = 0.5
# A time expression farther than this (in characters) from the trigger speaks of something else.
ANCHOR_REACH = 120
# Characters between a range's first day and a bare closing day ("-", " to ", " al ", " bis ").
RANGE_GAP = 5
# The lead, where a news story names the day it is about, and how far before publication it may be.
LEAD_SENTENCES = 3
FOCUS_WEEK = dt.timedelta(days=7)
# How many sentences back a pronoun's person may have been named.
PRONOUN_REACH = 2
# How many words before a trigger a cue like "will" or "plans to" may stand.
CUE_WINDOW = 4
_DATE_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d{2})")
# Quotation marks: a verb after one is the quoted speaker's ('… Beatles," said Jobs').
_QUOTES = "\"“”„«»'’"
# The anchor value of a report whose day is not known.
UNDATED = "XXXX-XX-XX"
# The kind of an event word no trigger list holds, found as an entity's verb or event noun.
OPEN_KIND = "act"
# Words after an act's verb within which a phrase saying whom it is for begins (past its object).
BENEFICIARY_REACH = 8
# Kinds of event that happen once to what they are about, each with the kind it joins
# (announcing or unveiling a product is its launch): see `dateline.events.recall`.
ONCE: dict[str, str] = {"launch": "launch", "announce": "launch", "found": "found",
                        "born": "born", "die": "die"}


def _anchor(timexes: Sequence[Timex], start: int, end: int) -> Timex | None:
    """The date expression nearest the trigger, if it is near enough. The bare day closing a
    range ("from May 7 to 10", "March 20-22") stands for the range, which starts earlier."""
    best, distance = None, ANCHOR_REACH + 1
    previous: Timex | None = None
    for timex in timexes:
        if timex.type not in ("DATE", "TIME") or not _DATE_VALUE.match(timex.value):
            continue
        gap = timex.start - end if timex.start >= end else start - timex.end
        closes_range = previous is not None and timex.text.isdigit() \
            and timex.start - previous.end <= RANGE_GAP
        if gap < distance:
            best, distance = (previous if closes_range else timex), gap
        if not closes_range:
            previous = timex
    return best


def _reported(s: Shapes, toks: Sequence[Token], i: int, n: int, timex: Timex,
              events: Sequence[int]) -> bool:
    """Whether a time expression after the trigger (words i..i+n-1) stands in the clause it
    reports: a complementizer right after the trigger ("announced that Leopard would be released
    in 2007"), another verb or its particle ("dijo que", "kündigte an, dass"; not "Egipto, país
    que bloqueó"), and an event word of that clause (`events`: the sentence's event words) to
    take the expression. Not after a subject between ("dijo el portavoz que", "أعلن الرئيس
    أنه"): measured on es timelines, those reports are better dated by the reported day.
    Also after a planning cue that opens a verb phrase, a modal or a cue of several words
    ("said the dam would be inspected on Friday": English drops its "that"; "va a visitar";
    not an adjective, "unveiled the next iPhone on June 7"; a comma after the cue closes its
    clause: "launched the rocket, which will carry a crew, on June 7"; an event noun with no verb
    before the cue is its clause's subject, and the day its own: "the summit will take place on
    June 7"), and after a comma and a
    conjunction opening a clause with an event word of its own ("visitó Oslo, y el 3 de mayo se
    reunió"): es AR1-F Egipto/Mubarak/Gadafi +0.001/+0.001/+0.003, Siria -0.001; English trial
    dev and SemEval trial unchanged."""
    if timex.start < toks[i + n - 1].end:
        return False
    for k in range(i + n, len(toks)):
        if toks[k].end > timex.start:
            return False
        cue = s.lex.match(s.lex.planned, s.words, s.alts, k) if k > i + n else None
        if cue and (cue[0] > 1 or s.listed(k, s.g.modals)) and not any(
                s.comma(j) for j in range(k + 1, len(toks)) if toks[j].start <= timex.start) \
                and any(s.verb(j) for j in range(i + n - 1, k)):
            return True  # "said the dam would be inspected on Friday": the cue's clause takes it
        joins = s.conjunction(k) if k > i + n and s.comma(k) else None
        if joins is not None and any(e > k or (joins and e == k) for e in events):
            return True  # "visited Oslo, and on May 3 he met": the next clause's event takes it
        word = s.listed(k, s.g.complementizers)
        elided = fold(s.gaps[k].strip(" ,")) in s.g.complementizers  # "qu'il"
        if (word or elided) and (k == i + n or s.verb(k - 1) or s.words[k - 1] in s.g.verb_particles):
            return any(e > k or (elided and e == k) for e in events)
    return False


def _earlier_clause(s: Shapes, toks: Sequence[Token], i: int, timex: Timex, events: Sequence[int],
                    timexes: Sequence[Timex]) -> bool:
    """Whether a time expression before the trigger (word i) stands in an earlier clause with
    an event word of its own, joined to the trigger's by "and" a few words before it, with no
    other expression between ("visited Oslo on May 1 and met the mayor on May 3", "زار أوسلو
    يوم 1 مايو واجتمع"; not "in 2014 and 2015, he said", "experts and inspectors documented").
    Measured: SemEval trial dev 47.96 -> 48.98; English entity timelines and es ML-Crisis
    unchanged (10 of 37,000 es mentions move, mostly to the right day: "conquistó … en 2013 y
    proclamó un califato en 2014")."""
    for k in range(i, max(-1, i - CUE_WINDOW - 1), -1):
        if toks[k].start < timex.end:
            return False
        joins = s.conjunction(k)
        if joins is not None and (k < i or joins):
            return any(e < k for e in events) and not any(
                toks[k].start <= t.start < toks[i].start for t in timexes)  # "2014 and 2015"
    return False


def _plans(s: Shapes, j: int, i: int, kind: str) -> bool:
    """Whether a planning cue at word j puts the event at word i ahead: a verb or modal
    before it ("will visit", "plans to sign"), an adjective only beside an event noun ("the
    next summit", "الزيارة المقبلة"), not before any noun ("the next generation") or further
    off ("the next day, he visited")."""
    cue = s.lex.match(s.lex.planned, s.words, s.alts, j)
    if cue is None:
        return False
    if cue[1] != BEFORE_NOUN:
        return j < i
    return kind != OPEN_KIND and not s.verb(i) and (j + cue[0] == i or j == i + 1)


def _status(s: Shapes, i: int, future: bool, kind: str) -> EventStatus:
    """Happened, planned (a cue such as "will" just before the trigger, a future or conditional
    form of it, "visitará", "signerait", a perfective non-past, "посетит"; else a date after the
    report, unless the trigger is in a past tense), or announced (planned, and the sentence is
    the announcement of it; or told by someone's account only, unconfirmed: "aurait signé",
    "habría firmado", "reportedly signed").

    Why the tense before the date: "Rescue teams reached Harlow on April 2" in an article
    dated April 1 tells something that happened; the day (or the article's date) is what is
    off, and the writer's tense is the surer of the two. Where a verb ends its clause
    (German), its auxiliary or modal may stand anywhere before it in the clause ("wird am
    9. Mai Moskau besuchen", "wurde am 7. Mai unterzeichnet")."""
    lex, words, word = s.lex, s.words, s.words[i]
    first = clause_start(s, i) if s.g.participle_last else max(0, i - CUE_WINDOW)
    cued = s.lower[i].endswith(lex.planned_endings or ("\0",)) \
        and not s.lower[i].endswith(lex.imperfective_endings or ("\0",)) \
        or any(word.startswith(p) and len(word) > len(p) + 2 for p in lex.planned_prefixes) \
        or s.perfective_future(i) \
        or any(_plans(s, j, i, kind) for j in range(first, min(i + 2, len(words))) if j != i)
    if not cued and any(lex.match(lex.reported, words, s.alts, j) for j in range(first, i)):
        return EventStatus.ANNOUNCED  # "aurait signé", "reportedly signed": by someone's account
    if not cued and not future:
        return EventStatus.HAPPENED
    if not cued:  # a day after the report: the tense, looked at only now, may still say happened
        auxiliaries = range(first if s.g.participle_last else max(0, _before_adverbs(s, i)), i)
        light = _light_verb(s, i)
        if s.past(i) or any(s.past(j, listed=True) for j in auxiliaries) or _took_place(s, i) or (
                light is not None and (s.past(light) or s.past(_before_adverbs(s, light), listed=True))):
            return EventStatus.HAPPENED
    return EventStatus.ANNOUNCED if any(lex.match(lex.announced, words, s.alts, j) for j in range(i)) \
        else EventStatus.PLANNED


def _light_verb(s: Shapes, i: int) -> int | None:
    """The light verb whose object the event noun at word i is, if any: the tense is the
    verb's ("hizo una visita", "made a visit", "a effectué une visite", "قام الرئيس بزيارة").
    Back in the noun's clause past articles, modifiers, adverbs and a subject; another verb or
    noun between stops it ("made a decision to visit": the visit is no object of "made")."""
    for j in range(i - 1, clause_start(s, i) - 1, -1):
        if s.listed(j, s.g.light_verbs):
            return j
        if s.verb(j) or s.noun(j) or s.words[j] in s.g.links:
            return None
    return None


def _took_place(s: Shapes, i: int) -> bool:
    """Whether a verb after the event noun at word i, in its clause, says it happened ("the
    summit with Xi took place", "la reunión se celebró", "das Treffen fand … statt")."""
    for k in range(i + 1, min(len(s.words), i + 1 + 2 * CUE_WINDOW)):
        if s.boundary(k) or s.comma(k):
            return False
        if s.lex.match(s.lex.took_place, s.words, s.alts, k):
            return True
    return False


def _token_span(toks: Sequence[Token], start: int, end: int) -> tuple[int, int] | None:
    """A character span as (first, end) token indices, or None if it covers no token."""
    inside = [k for k, t in enumerate(toks) if t.start < end and start < t.end]
    return (inside[0], inside[-1] + 1) if inside else None


def sentence_events(article: Article, index: int, mentions: Sequence[EntityMention],
                    lex: Lexicon | None = None, referent: str | None = None,
                    focus: dt.date | None = None, thing: str | None = None,
                    people: Set[str] = frozenset(), places: Set[str] = frozenset()) -> list[EventMention]:
    """The event mentions of one sentence: its trigger words, with the entities it names as
    participants (and `referent`, the person a pronoun of the sentence stands for), each with
    the arguments its own words tie to it; and the verbs and event nouns an entity (or `thing`,
    what "it" stands for) is an argument of, though no trigger list holds them ("it uses")."""
    lex = lex or lexicon_for(article.lang)
    sentence = article.sentences[index]
    toks = tokens_of(article.text, sentence.start, sentence.end, lex)
    shapes = _shapes(article, index, toks, lex)
    words, alts = shapes.words, shapes.alts  # folded, and without a clitic
    participants = list(dict.fromkeys(m.entity for m in mentions))
    if referent is not None and referent not in participants and lex.pronouns.intersection(shapes.lower):
        participants.append(referent)
    named = [(span, m.entity) for m in mentions if (span := _token_span(toks, m.start, m.end))]
    arguments = _arguments(shapes, named, lex, (referent, thing), (people, places))
    participants += [e for e in dict.fromkeys(e for es in arguments.values() for e in es)
                     if e not in participants]  # "it" standing for a thing named before
    taken = [(m.start, m.end) for m in mentions] + [(t.start, t.end) for t in sentence.timexes]

    def free(k: int) -> bool:
        return not any(s < toks[k].end and toks[k].start < e for s, e in taken)

    hits: list[tuple[int, int, str]] = []  # (first token, words, kind) of each trigger
    i = 0
    while i < len(toks):
        hit = lex.match(lex.triggers, words, alts, i)
        if hit is None or not free(i) or shapes.grammar_word(i):
            i += 1
            continue
        if not (hit[0] == 1 and _adjectival(shapes, i, toks, sentence.timexes)):
            hits.append((i, *hit))
        i += hit[0]
    named_at = {first for (first, _end), _entity in named}
    named_before = {end: first for (first, end), _entity in named}
    covered = {k for i, n, _ in hits for k in range(i, i + n)}
    hits += [(k, 1, OPEN_KIND) for k in set(arguments) - covered if free(k) and not _plans_a_trigger(shapes, k, hits)]
    hits.sort()
    out: list[EventMention] = []
    previous = -1  # the last word of the last event word read
    for i, n, kind in hits:
        start, end = toks[i].start, toks[i + n - 1].end
        others = [k for k, _n, _kind in hits if k != i]
        candidates = [t for t in sentence.timexes if not _reported(shapes, toks, i, n, t, others)]
        timex = _anchor(candidates, start, end)
        if timex is not None and _earlier_clause(shapes, toks, i, timex, others, sentence.timexes):
            # The nearest day is the earlier clause's: one in the trigger's own phrase after it
            # is the trigger's ("and met the mayor on May 3"), however far.
            timex = _anchor([t for t in candidates if t.start >= end and _in_phrase(shapes, toks, i + n, t)],
                            start, end) or timex
        if kind == OPEN_KIND:  # a present state ("has", "is slated", not "has built") holds when reported
            g = lex.grammar
            present = words[i] in g.present_forms or shapes.present(i) or (
                i > 0 and words[i - 1] in g.present_forms and words[i - 1] not in g.possession)
            if present and timex is not None and any(
                    k >= i + n and toks[k].start < timex.start for k in others):
                # "is slated for a release on June 24", "prepara el lanzamiento el 24": the day
                # is the event word's; the state holds when reported (SemEval trial dev 45.89 ->
                # 46.54, English entity timelines dev Date-F1 0.775 -> 0.812, es unchanged).
                timex = None
            who = arguments[i] + [e for e in _beneficiaries(shapes, i + n, named) if e not in arguments[i]]
            mention = _mention(article, index, start, end, kind, who, timex, shapes, i,
                               focus, present=present)
        else:
            mention = _mention(article, index, start, end, kind, participants, timex, shapes, i,
                               focus)
        mention.arguments = list(dict.fromkeys(e for k in range(i, i + n) for e in arguments.get(k, ())))
        # A participle describing a name: its day is unknown, unless an earlier report tells
        # or, after the name, its own phrase does ("the iPhone 4, announced on June 7,").
        # So is what happens once (founded, born, launched) in a relative clause describing a
        # name ("Pixar, which was founded by Jobs"). Any kind of event there was measured: a
        # relative clause as often tells the day's news ("Egipto, que comenzó su 10° día de
        # protestas"), es Egipto AR1-F 0.088 -> 0.071.
        if _attributive(shapes, i, n, named_at) or (
                _postnominal(shapes, i, n, named_before)
                and not (mention.anchor is EventAnchor.EXPRESSION and timex and _in_phrase(shapes, toks, i + n, timex))) \
                or (mention.anchor is EventAnchor.FOCUS_DAY and mention.status is EventStatus.HAPPENED
                    and kind in ONCE and _relative(shapes, i, named_before)):
            mention.date, mention.value, mention.anchor, mention.certainty = None, UNDATED, EventAnchor.NONE, 0.0
        completes = particle(shapes, i + n - 1) if shapes.verb(i + n - 1) else None
        if completes is not None:  # "took six months off": the event is "took off"
            mention.trigger += " " + toks[completes].text
        # "will travel to Moscow to attend": an event for the sake of a planned one is planned,
        # and so is the event noun a planned verb takes as its object ("firmará un acuerdo").
        if out and out[-1].status is not EventStatus.HAPPENED and mention.status is EventStatus.HAPPENED \
                and i > 0 and (lex.purpose.match(words, i - 1) or _object_of(shapes, previous, i)):
            mention.status = out[-1].status
        out.append(mention)
        previous = i + n - 1
    return out


def _object_of(s: Shapes, verb: int, i: int) -> bool:
    """Whether the event noun at word i is the object of the event word `verb` before it (a
    verb: "firmerebbe" is one though no verb ending says so): only articles, modifiers and
    adjectives between, no comma ("signera un accord", "подпишет
    договор"; not "signera, dit l'accord")."""
    if verb < 0 or s.verb(i):
        return False
    return all(not s.comma(k) and (s.words[k] in s.lex.determiners or s.words[k] in s.g.modifiers
                                   or s.adjective(k)) for k in range(verb + 1, i)) and not s.comma(i)


def _attributive(s: Shapes, i: int, n: int, named_at: Set[int]) -> bool:
    """Whether the trigger is a participle describing the name after it ("the recently
    announced iPhone 4", "das kürzlich vorgestellte iPhone"): it recalls an earlier event, so
    neither the time expression of the clause around it ("pre-orders began Tuesday") nor its
    article's day is its own (`dateline.events.recall` may find it)."""
    j = _before_adverbs(s, i)
    if not (j >= 0 and _opens_phrase(s, s.words[j])) or not s.verb(i + n - 1):
        return False
    k = i + n
    while k < len(s.words) and (s.adverb(k) or s.words[k] in s.g.modifiers):
        k += 1
    return k in named_at


def _postnominal(s: Shapes, i: int, n: int, named_before: Mapping[int, int]) -> bool:
    """Whether the trigger is a participle right after a name, describing it as done before,
    with an adverb ("el iPhone 4 recién anunciado", "l'iPhone 4 récemment annoncé", "недавно
    представленный"; "the iPhone 4, recently announced,"): a form only a participle has, or,
    where the language has no such form and a participle is also a finite verb ("announced"),
    one set off by a comma after a noun phrase that is not itself set off by one ("the iPhone
    4, announced", not "Jobs, the head of Apple, announced")."""
    last = i + n - 1
    j = _before_adverbs(s, i)
    first = named_before.get(j + 1)
    if first is None or not any(w in s.g.recent for w in s.words[j + 1:i]):
        return False  # without "recently" it may be a state of the clause's day ("acompañado por")
    phrase = first > 0 and _opens_phrase(s, s.words[first - 1])
    if s.participle(last):  # after a bare name ("Mubarak, derrocado") it is a person's own event,
        return phrase or not s.lex.determiners  # unless no article ever marks a noun phrase (ru)
    if s.g.participle_endings or not phrase or not s.verb(last) or not s.comma(j + 1) \
            or s.lower[last].endswith(s.g.gerund_endings) or any(q in s.gaps[j + 1] for q in _QUOTES):
        return False  # a finite verb ("dijo"), or one after a quotation ('… Beatles," said Jobs')
    k = first - 1  # the noun phrase is no apposition: no comma back to its clause's start
    while k > 0 and not s.comma(k) and s.words[k] not in s.g.boundaries:
        k -= 1
    return not s.comma(k)


def _relative(s: Shapes, i: int, named_before: Mapping[int, int]) -> bool:
    """Whether word i stands in a relative clause opened right after a name, with no comma
    between the relative pronoun and it: "Pixar, which was founded", "Pixar, die Jobs gründete",
    "بيكسار التي أسسها". A pronoun that is also an article or a complementizer ("die", "que")
    opens one only after a comma."""
    for j in range(i - 1, -1, -1):
        if s.comma(j + 1):
            return False  # the clause word i stands in begins after word j
        word = s.words[j]
        if word in s.g.relatives and j in named_before:
            return s.comma(j) or not (word in s.lex.determiners or word in s.g.complementizers)
    return False


def _beneficiaries(s: Shapes, after: int, named: Sequence[tuple[tuple[int, int], str]]) -> list[str]:
    """The entities of the phrase saying whom the act ending before word `after` is for, in
    its clause ("activated the fund for the areas of France and Italy", "per le zone di Francia
    e Italia"): a preposition a few words on (the act's object between), its phrase up to the
    clause's end, a comma or a verb."""
    k = after
    while k < min(len(s.words), after + BENEFICIARY_REACH) and not s.boundary(k) and not s.comma(k):
        if s.listed(k, s.g.beneficiary):
            end = k + 1
            while end < len(s.words) and not s.boundary(end) and not s.comma(end) and not s.verb(end):
                end += 1
            return [e for (a, b), e in named if k < a and b <= end]
        k += 1
    return []


def _adjectival(s: Shapes, i: int, toks: Sequence[Token], timexes: Sequence[Timex]) -> bool:
    """Whether the event word at word i is a participle used as an adjective of a common noun:
    after the noun and its article ("le zone colpite", "les zones frappées", "las ciudades
    bombardeadas") or, a form only a participle has, before the noun ("атакованные районы").
    It describes a state of the noun's referent, not an event of the sentence's day; one with
    a time expression of its own right after ("l'accordo firmato lunedì") stays an event."""
    if not s.participle(i):
        return False
    after = i + 1 < len(toks) and _common_noun(s, i + 1) and not (
        i > 0 and (s.words[i - 1] in s.g.auxiliaries or s.grammar_word(i - 1)))  # "si è arenato vicino"
    before = i >= 2 and _common_noun(s, i - 1) and s.words[i - 2] in s.lex.determiners \
        and s.gaps[i].strip() == ""
    if not (before or after):
        return False
    return not any(toks[i].end <= t.start and (i + 1 == len(toks) or t.start <= toks[i + 1].start)
                   and _in_phrase(s, toks, i + 1, t) for t in timexes)  # no word between


def _common_noun(s: Shapes, k: int) -> bool:
    """Whether word k reads as a common noun: a plain word that is no verb form, auxiliary or
    article, and not a name (where only names have capitals)."""
    w = s.words[k]
    return s.gaps[k].strip() == "" and w.isalpha() and (not s.upper[k] or s.lex.capitalized_nouns) \
        and w not in s.lex.common and w not in s.lex.determiners and w not in s.g.auxiliaries \
        and not s.verb(k) and not s.grammar_word(k)


def _before_adverbs(s: Shapes, i: int) -> int:
    """The index of the last word before word i that is no adverb (-1 if none)."""
    j = i - 1
    while j >= 0 and s.adverb(j):
        j -= 1
    return j


def _opens_phrase(s: Shapes, word: str) -> bool:
    """Whether a word opens a noun phrase: an article, a possessive, "del"."""
    return word in s.lex.determiners or word in s.g.modifiers or word in s.g.of


def _in_phrase(s: Shapes, toks: Sequence[Token], after: int, timex: Timex) -> bool:
    """Whether `timex` belongs to the participle's phrase ending before token `after` ("announced
    last week"): it follows with no comma and no verb of the clause between them."""
    if timex.start < toks[after - 1].end:
        return False
    k = after
    while k < len(toks) and toks[k].start <= timex.start:
        if s.comma(k) or (toks[k].start < timex.start and s.verb(k)):
            return False
        k += 1
    return True


def _shapes(article: Article, index: int, toks: Sequence[Token], lex: Lexicon) -> Shapes:
    """The sentence's words as `roles` reads them, with the text between each and the last."""
    opening = article.sentences[index].start
    gaps = [article.text[(toks[k - 1].end if k else opening):t.start] for k, t in enumerate(toks)]
    timed = {k for k, t in enumerate(toks) for x in article.sentences[index].timexes if x.start <= t.start < x.end}
    return Shapes([t.folded for t in toks], [t.text.lower() for t in toks],
                  [t.upper for t in toks], gaps, lex, timed)


def _plans_a_trigger(shapes: Shapes, k: int, hits: Sequence[tuple[int, int, str]]) -> bool:
    """Whether the verb at word k is a cue that plans a trigger after it ("is expected to sign",
    "is set to visit", "pretende firmar", "планирует подписать"): the cue says the event is
    ahead (`_status`), it is no event of its own."""
    cue = shapes.lex.match(shapes.lex.planned, shapes.words, shapes.alts, k)
    return cue is not None and cue[1] == "planned" and any(i > k for i, _n, _kind in hits)


def _arguments(shapes: Shapes, named: Sequence[tuple[tuple[int, int], str]], lex: Lexicon,
               referents: tuple[str | None, str | None],
               kinds: tuple[Set[str], Set[str]]) -> dict[int, list[str]]:
    """Token index of each event word → the entities that are its arguments (roles.py). A
    pronoun stands for the last fitting entity named before it in the sentence, else for the
    referent from the sentences before (`referents`: the person, the thing). `named`: each
    entity mention's token span, with its entity."""
    people, places = kinds
    spans = list(named)  # the entity mentions' token spans, then each pronoun's
    for k, w in enumerate(shapes.words):
        person = shapes.lower[k] in lex.pronouns
        if not person and w not in lex.grammar.thing_pronouns:
            continue
        before = [e for (a, b), e in named if b <= k
                  and (e in people) == person and (person or e not in places)]
        who = before[-1] if before else referents[0 if person else 1]
        if who is not None and (person or not _expletive(shapes, k, [span for span, _ in named])):
            spans.append(((k, k + 1), who))
    plain = [span for span, _ in spans]
    out: dict[int, list[str]] = {}
    for span, entity in spans:
        for k in roles(shapes, span, plain):
            if not any(a <= k < b for a, b in plain) and entity not in out.setdefault(k, []):
                out[k].append(entity)
    return out


def _expletive(shapes: Shapes, k: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the thing pronoun at word k stands for nothing: the subject of a verb whose
    complement is a clause ("It was announced that Starbucks would...", "Es wurde bekannt,
    dass"), not a thing named before."""
    return any(v + 1 < len(shapes.words) and shapes.listed(v + 1, shapes.g.complementizers)
               for v in roles(shapes, (k, k + 1), [*spans, (k, k + 1)]))


def focus_day(article: Article) -> dt.date | None:
    """The day a news article is about: the first day its lead names in the week up to its
    publication ("Apple unveiled the phone on Monday" in Tuesday's paper), else its date. A day
    named as the start of a state ("missing since Sunday") is none: no event happened on it."""
    published = article.date
    if published is None:
        return None
    for sentence in article.sentences[:LEAD_SENTENCES]:
        for timex in sentence.timexes:
            day = timex.calendar_date() if timex.type in ("DATE", "TIME") and timex.boundary is None else None
            if day is not None and dt.timedelta(0) < published - day <= FOCUS_WEEK:
                return day
    return published


def _contains(value: str, day: dt.date) -> bool:
    """Whether a year or month value ("2010", "2010-06") is the period holding `day`."""
    return day.isoformat().startswith(value.replace("-XX", ""))


def _anchor_value(timex: Timex, focus: dt.date | None) -> str | None:
    """The day, month or year `timex` anchors an event to ("2010-06-07", "2010-06", "2010"), or
    None when it is the period holding `focus` ("this year", "this week": no more than its day).
    A week ("next week", 2024-W20) is the month holding all its days, else its year: read as
    its year alone, it held the publication day and the event fell on that day instead."""
    week = _WEEK_VALUE.match(timex.value)
    if week:
        monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        sunday = monday + dt.timedelta(days=6)
        if focus is not None and monday <= focus <= sunday:
            return None
        return monday.isoformat()[:7] if monday.month == sunday.month else monday.isoformat()[:4]
    value = _DATE_VALUE.match(timex.value).group()
    if timex.calendar_date() is None and focus is not None and _contains(value, focus):
        return None
    return value


def _mention(article: Article, index: int, start: int, end: int, kind: str,
             participants: list[str], timex: Timex | None, shapes: Shapes, i: int,
             focus: dt.date | None = None, present: bool = False) -> EventMention:
    """The mention, anchored and with its status. A present-tense state ("it has two
    cameras") holds when the report is written: without an expression, its publication day."""
    sentence = article.sentences[index]
    mention = EventMention(article.id, index, sentence.text, article.text[start:end], kind,
                           start, end, list(participants))
    focus = article.date if present else (focus or article.date)
    value = _anchor_value(timex, focus) if timex is not None else None
    # No value ("this year", "WWDC 2010"): the article's own period says no more than its day.
    if timex is not None and value is not None:
        mention.value = value + "-XX" * (2 - value.count("-"))
        mention.date = timex.calendar_date()
        mention.anchor = EventAnchor.EXPRESSION
        mention.certainty = STATED_CERTAINTY if timex.resolution in STATED \
            else COMPUTED_CERTAINTY
    elif focus is not None:
        mention.date = focus
        mention.value = focus.isoformat()
        mention.anchor = EventAnchor.FOCUS_DAY
        mention.certainty = PUBLICATION_CERTAINTY * (
            article.date_confidence if article.date_inferred and article.date_confidence is not None
            else 1.0)
    future = mention.date is not None and article.date is not None and mention.date > article.date
    mention.status = _status(shapes, i, future, kind)
    return mention


def article_events(article: Article, mentions: Sequence[EntityMention],
                   people: Set[str] = frozenset(), places: Set[str] = frozenset()) -> list[EventMention]:
    """The event mentions of every sentence of the article that names an entity, or refers
    with a pronoun to one named in the two sentences before: "he" to the person of `people`
    last named, "it" to the thing (neither a person nor one of `places`) named first in the
    last sentence naming one, or standing for one ("It also has a new screen")."""
    lex = lexicon_for(article.lang)
    by_sentence: dict[int, list[EntityMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out: list[EventMention] = []
    last_person: tuple[int, str] | None = None
    last_thing: tuple[int, str] | None = None
    focus = focus_day(article)
    for index in range(len(article.sentences)):
        named = by_sentence.get(index, [])
        referent = last_person[1] if last_person and index - last_person[0] <= PRONOUN_REACH else None
        thing = last_thing[1] if last_thing and index - last_thing[0] <= PRONOUN_REACH else None
        if named or referent or thing:
            found = sentence_events(article, index, named, lex, referent, focus, thing,
                                    people, places)
            out += found
            if thing is not None and any(thing in m.arguments for m in found):
                last_thing = (index, thing)  # "it" stood for the thing: it is still the topic
            if referent is not None and all(m.entity != referent for m in named) \
                    and any(referent in m.arguments for m in found):
                last_person = (index, referent)  # "he" stood for the person: still the topic
        for m in named:
            if m.entity in people:
                last_person = (index, m.entity)
        # The thing the sentence is about: the first one an event word ties to it ("The newest
        # iPhone, iPhone 4 was introduced": iPhone 4), else the first one it names.
        things = [m.entity for m in named if m.entity not in people and m.entity not in places]
        if things:
            tied = {a for m in found for a in m.arguments}  # found: this sentence names things
            last_thing = (index, next((t for t in things if t in tied), things[0]))
    return out
