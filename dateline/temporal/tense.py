"""The tense of the clause around a time expression, from the language's cue words.

"Friday" in "the talks ended Friday" is the Friday before publication; in "the talks will
end Friday", the one after. A full tagger would parse; news needs only the nearest cue: an
auxiliary ("will", "was"), a past or future ending ("-ed", "-rá"), or a tense-marking adverb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dateline import regex_cache
from dateline.temporal.grammar import word_start
from dateline.temporal.lexicon import Lexicon, normalize

# A weak cue counts as this many characters farther away than a strong one.
WEAK_PENALTY = 10
# A strong cue this close before an expression governs it ("said Friday", "met on Monday").
ADJACENT = 4
# A past verb governs an expression with at most this many short words of its clause between
# them ("trafen sich am Dienstag", "собрались во вторник"); a longer word is another verb ("no
# lo consiguieron tienen el jueves", "had been set to expire Nov. 6") unless it is a subject
# (`[tense] subject_prefixes`: "اجتمع الوزراء مساء الثلاثاء"). A future cue governs only what
# is adjacent: "expects to report third-quarter net" is about a quarter past.
GOVERNING_WORDS = 2
SHORT_WORD = 4
# How far into its sentence a date may start and still open it (two short words and spaces).
FRONTED_START = 2 * (SHORT_WORD + 2) + 2
# A word between may end in an elision's apostrophe, written onto the next one ("sono iniziati
# all'inizio di maggio", "a commencé à l'automne").
_BETWEEN = re.compile(r"[\s-]*(?:[^\W\d_]+(?:[\s-]+|['’]))*")
_WORD = re.compile(r"[^\W\d_]+")
# A date that opens its sentence ("In January, American Medical brought in ...", "Am Montag traf
# sich ...", "El lunes, el Gobierno aprobó ...") is governed by the verb of the clause it opens: the
# first cue after it, if strong and in the same stretch of the clause (no comma, colon or semicolon
# between, but the one setting the date off). Before it stand at most GOVERNING_WORDS short words
# ("In", "Late on", "Am", "في"), and nothing else.
_LEAD = re.compile(r"[^\w\d]*(?:[^\W\d_]{1,%d}\s+){0,%d}\Z" % (SHORT_WORD, GOVERNING_WORDS))
_CLAUSE_TO = re.compile(r"\s*[,،]?[^,;:،؛]*\Z")
# A comma right before a position: a German participle stands alone only set off by one
# (`_participle_before`), its present being written like it ("beginnt", "erklärt").
_AFTER_COMMA = re.compile(r",\s*\Z")
# A mark that sets a stretch of a clause apart (`own_clause_cue`).
_MARK = re.compile(r"[,;:]")
# The same, with the Arabic comma and semicolon (`nearest_cue`'s deadlines).
_SETS_APART = re.compile(r"[,;:،؛]")
# At most this many words between an auxiliary and the participle closing its clause.
CLAUSE_WORDS = 8
# The word just before a position (searched up to it): "be" in "be held", "first" in "the
# first anniversary".
LAST_WORD = re.compile(r"(\w+)\s+\Z")
PAST = "PAST"
FUTURE = "FUTURE"
# A tense cue: (start, end, PAST|FUTURE, strong) in its sentence.
Cue = tuple[int, int, str, bool]


def side_of(shift: int | None) -> str | None:
    """The side of the publication date a shift word puts a date on: "last Friday", "el
    pasado 25 de enero" (-1) are past, "next Friday" (+1) future; "this Friday" (0) either."""
    if not shift:
        return None
    return PAST if shift < 0 else FUTURE


class TenseCues:
    """Finds tense cues in a sentence and picks the one nearest to an expression."""

    def __init__(self, lex: Lexicon) -> None:
        parts = [rf"(?P<f>{lex.cls('tense.future').pattern()})"]
        with_particle, particle = lex.cls("tense.future_with_particle"), lex.cls("tense.closing_particle")
        if with_particle.table and particle.table:
            # "Die Wahl findet am Samstag statt": a verb that is a future cue only with the particle
            # that closes its clause ("Er findet am Montag den Schlüssel" is no event to come).
            parts.insert(0, rf"(?P<f2>{with_particle.pattern()})(?=(?:\s+[^\s,.;:!?]+){{0,{CLAUSE_WORDS}}}?"
                            rf"\s+(?:{particle.pattern()})\s*(?:[^\w\s]|\Z))")
        if lex.cls("tense.present").table:
            # Set phrases in the present that open with a past auxiliary ("a lieu", "ha luogo"),
            # matched first so that the auxiliary is no cue.
            parts.insert(0, rf"(?P<n>{lex.cls('tense.present').pattern()})")
        auxiliaries, participles = lex.cls("tense.compound_past"), lex.cls("tense.participle_suffixes")
        prefixes = lex.cls("tense.participle_prefixes")
        starts = "|".join(re.escape(p) for p in sorted(prefixes.table, key=len, reverse=True))
        if auxiliaries.table and participles.table and prefixes.table:
            # "ist am Sonntag zum Präsidenten gewählt worden", "sind ... zurückgegangen": the
            # participle closes the clause the auxiliary opens (it is checked in `_cues`).
            parts.append(rf"(?P<c>{auxiliaries.pattern()})(?=(?:\s+[^\s,.;:!?]+){{0,{CLAUSE_WORDS}}}?"
                         rf"\s+(?P<pp>\w*?(?:{starts})\w+?(?:{participles.pattern()}))"
                         r"\s*(?:[^\w\s]|\Z))")
        elif auxiliaries.table and participles.table:
            # "sont descendus", "si è svolta": an auxiliary right before a participle (the
            # participle is not consumed: it may be a cue of its own, "est prévu").
            parts.append(rf"(?P<c>{auxiliaries.pattern()})(?=\s+(?P<pp>\w+?(?:{participles.pattern()})))")
        # A past participle on its own, for `_participle_before` (de: with one of its prefixes).
        head = rf"[^\W\d_]*?(?:{starts})[^\W\d_]+?" if prefixes.table and participles.table else r"[^\W\d_]{2,}?"
        self._participle = regex_cache.regex(rf"{head}(?:{participles.pattern()})", re.IGNORECASE, lex.code) \
            if participles.table else None
        # After the compound past, so that an auxiliary that is also a past cue of its own ("a",
        # "ha", "había") is first read with its participle ("a adopté mardi" is one verb, and it
        # governs "mardi" as "adopta mardi" would), and alone where none follows.
        parts.append(rf"(?P<p>{lex.cls('tense.past').pattern()})")
        for group, name in (("k", "conditional"), ("t", "preterite"), ("s", "past"), ("u", "future")):
            suffixes = lex.cls(f"tense.{name}_suffixes")
            if suffixes.table:
                parts.append(rf"(?P<{group}>\w+?(?:{suffixes.pattern()}))")
        if lex.cls("tense.future_prefixes").table:
            # "سيفتح": the prefix and a stem of three letters or more (its noun endings: `scan`)
            future_prefixes = "|".join(map(re.escape, lex.cls("tense.future_prefixes").table))
            parts.append(rf"(?P<x>(?:{future_prefixes})[^\W\d_]{{3,}}(?![^\W\d_]))")
        if lex.cls("tense.perfective_prefixes").table:
            # "подпишут": a perfective prefix, a stem and a non-past ending (`Lexicon.perfective_future`)
            perfective = "|".join(map(re.escape, lex.aspect()[0]))
            parts.append(rf"(?P<v>(?:{perfective})[^\W\d_]{{3,}}(?![^\W\d_]))")
        self._lex = lex
        # A cue starts a word, or follows a conjunction written onto it (Arabic "وقال", "فأعلن").
        self._regex = regex_cache.regex(rf"{word_start(lex)}(?:{'|'.join(parts)})", re.IGNORECASE, lex.code)
        self._past = set(lex.cls("tense.past").table)
        # A weekday or month name is never a past form, though it may end like a participle
        # ("La réunion est samedi", "La riunione è sabato": no compound past).
        self._not_past = set(lex.cls("tense.not_past").table) | set(lex.cls("weekday").table) \
            | set(lex.cls("month").table)
        self._prefixed = bool(prefixes.table)
        self._future = set(lex.cls("tense.future").table)
        self._not_future = set(lex.cls("tense.not_future").table)
        self._noun_endings = tuple(lex.cls("tense.future_prefix_noun_endings").table)
        self._passive = set(lex.cls("tense.passive").table)
        self._subject_prefixes = tuple(lex.cls("tense.subject_prefixes").table)
        self._time_prepositions = set(lex.cls("tense.time_prepositions").table)
        self._date_prepositions = set(lex.cls("tense.date_prepositions").table)
        self._deadline = lex.words_regex_if_any("tense.deadline_prepositions", r"(?<!\w)(?:{words})\s+\Z")
        self._clause_openers = set(lex.cls("tense.clause_openers").table)
        self._future_in_past = lex.words_regex_if_any("tense.future_in_past", r"(?<!\w)(?:{words})\s+\Z")
        # A compound conditional that tells the future of a past report (`_reported_conditionals`).
        self._conditional = lex.words_regex_if_any("tense.conditional", rf"{word_start(lex)}(?:{{words}})(?!\w)")
        # A conjunction opening a clause about a later time, in the same stretch of the clause
        # before an expression ("una vez que el nuevo presidente sea anunciado el 21 de junio").
        self._future_opener = lex.words_regex_if_any("tense.future_openers", r"(?<!\w)(?P<o>{words})(?!\w)[^,;:.!?]*\Z")

    def cues(self, sentence: str, expressions: Sequence[tuple[int, int]] = (),
             found: list[Cue] | None = None) -> list[Cue]:
        """(start, end, PAST|FUTURE, strong) for every cue in the sentence, in order.

        Listed words (auxiliaries, irregular verbs) are strong cues; words that merely end
        like a past or future tense ("-ed", which participles and adjectives share) are weak ones.
        A listed word inside one of the sentence's time `expressions` ("next" of "next week")
        is weak too: it says on which side that expression lies, not the tense of the verbs
        ("The talks ended on Friday and resume next week": Friday is the one before).
        `found`: the sentence's cues as `scan` gives them, when already read (they do not
        depend on the expressions).
        """
        if found is None:
            found = self.scan(sentence)
        if expressions:
            found = [(start, end, tense, strong and not any(s <= start and end <= e for s, e in expressions))
                     for start, end, tense, strong in found]
        return found

    def scan(self, sentence: str) -> list[Cue]:
        """The sentence's cues before any expression is known (`cues` marks those inside one weak)."""
        found: list[tuple[int, int, str, bool]] = []
        for m in self._regex.finditer(sentence):
            if m.lastgroup == "n":
                continue
            if m.lastgroup == "f2":
                found.append((m.start(), m.end(), FUTURE, True))
            elif m.group("f") is not None:
                # "had been due to expire Friday": a future seen from the past, itself past
                in_past = self._future_in_past is not None \
                    and self._future_in_past.search(sentence, max(0, m.start() - 20), m.start()) is not None
                found.append((m.start(), m.end(), PAST if in_past else FUTURE, True))
            elif m.lastgroup in ("c", "pp"):
                participle = normalize(m.group("pp"))
                # "è previsto" is no past; nor is a noun ("ist am Sonntag in Bergen"), which a
                # language that writes participles in lower case sets apart by its capital.
                if participle not in self._future and participle not in self._not_past \
                        and not (self._prefixed and m.group("pp")[0].isupper()):
                    # "sont réunis": the verb ends with its participle right after the auxiliary
                    # (a clause-closing one, "ist ... gewählt", is far off)
                    found.append((m.start(), m.end() if self._prefixed else m.end("pp"), PAST, True))
                elif normalize(m.group("c")) in self._past:  # "a prévu": the auxiliary alone is past
                    found.append((m.start(), m.end("c"), PAST, True))
            elif m.lastgroup in ("p", "s", "t") and self._passive and self._after_passive(sentence, m.start()):
                continue
            elif m.group("p") is not None:
                found.append((m.start(), m.end(), PAST, True))
            elif m.lastgroup in ("s", "t") and normalize(m.group()) not in self._not_past:
                found.append((m.start(), m.end(), PAST, m.lastgroup == "t"))
            elif m.lastgroup == "x" and m.group("x").endswith(self._noun_endings) \
                    or m.lastgroup == "v" and not self._lex.perfective_future(m.group("v").lower()):
                continue  # "سياسة", "سنوات": a noun; "посещает": an imperfective present
            elif m.lastgroup in ("k", "u", "x", "v") and normalize(m.group()) not in self._not_future:
                found.append((m.start(), m.end(), FUTURE, False))
        if self._conditional is not None and any(cue[2] == PAST for cue in found):
            return self._reported_conditionals(sentence, found, self._conditional)
        return found

    def _reported_conditionals(self, sentence: str, found: list[Cue], conditional: re.Pattern[str]) -> list[Cue]:
        """`found` with each listed conditional of a reported clause read as a strong future cue:
        "Il sindaco ha detto martedì che i lavori sarebbero iniziati lunedì" tells of the Monday
        after the report, though the compound past reads "sarebbero iniziati" as a past, which it
        is out of a report ("L'incendio avrebbe causato tre morti sabato": a past reported by
        hearsay). A clause is reported after a past verb and a clause opener ("ha detto … che"),
        or before a past verb past a mark ("…, ha detto il sindaco"). (The simple conditional is a
        future cue of its own: `conditional_suffixes`.)"""
        for m in conditional.finditer(sentence):
            start, end = m.start(), m.end()
            if any(tense == PAST and (c_end <= start and self.opens_clause(sentence, c_end, start)
                                      or c_start >= end and _SETS_APART.search(sentence, end, c_start))
                   for c_start, c_end, tense, _ in found):
                # what overlaps it goes (the compound past read with its participle)
                found = sorted([*(cue for cue in found if cue[1] <= start or cue[0] >= end), (start, end, FUTURE, True)])
        return found

    def _after_passive(self, sentence: str, start: int) -> bool:
        """Whether the word before `start` makes a participle passive ("be held")."""
        before = LAST_WORD.search(sentence, max(0, start - 12), start)
        return before is not None and before.group(1).lower() in self._passive

    def opens_clause(self, sentence: str, cue_end: int, start: int) -> bool:
        """Whether a word between a verb ending at `cue_end` and an expression at `start` opens a
        clause of its own ("said that on Tuesday he will"): the verb then governs none of it."""
        return any(word.lower() in self._clause_openers for word in _WORD.findall(sentence, cue_end, start))

    def _same_clause(self, sentence: str, end: int, start: int) -> bool:
        """Whether a cue at `start` stands in the same stretch of the clause as an expression
        ending at `end`: no mark between but a comma setting the expression off, no clause opener."""
        return _CLAUSE_TO.fullmatch(sentence, end, start) is not None and not self.opens_clause(sentence, end, start)

    def _governs(self, sentence: str, cue_end: int, start: int) -> bool:
        """Whether a past verb ending at `cue_end` governs the expression at `start`: only
        short words or a subject stand between them (see GOVERNING_WORDS)."""
        if not _BETWEEN.fullmatch(sentence, cue_end, start):
            return False
        words = _WORD.findall(sentence, cue_end, start)
        return len(words) <= GOVERNING_WORDS and all(
            len(word) <= SHORT_WORD or word.startswith(self._subject_prefixes)
            or word.lower() in self._time_prepositions for word in words)

    def nearest(self, cues: list[Cue], start: int, end: int, sentence: str = "") -> tuple[str | None, bool]:
        """The tense of the cue closest to [start, end) of `sentence`, weak cues counting as
        farther away, and whether it is sure: a strong cue that governs the expression, right
        before it ("said Friday"; without the sentence, only an adjacent one), or the verb of
        the clause a date opens ("In January, the company hired ...", see `_LEAD`)."""
        cue, sure = self.nearest_cue(cues, start, end, sentence)
        return (cue[2] if cue is not None else None), sure

    def nearest_cue(self, cues: list[Cue], start: int, end: int, sentence: str = "") -> tuple[Cue | None, bool]:
        """`nearest`, giving the cue itself. A date right after a deadline preposition ("bis
        Donnerstag", "قبل يوم الخميس") is a deadline ahead, not a day of a past verb in another
        stretch of the sentence ("sagte, eine Entscheidung falle bis Donnerstag": the reporting
        verb), unless its own clause has a past verb a cue reads ("der Hafen war bis Donnerstag
        gesperrt"). The preposition itself is no cue there (Arabic "قبل" is "ago" elsewhere)."""
        deadline = self._deadline.search(sentence, max(0, start - 20), start) \
            if sentence and self._deadline is not None else None
        if deadline is None:
            return self._nearest_cue(cues, start, end, sentence)
        cues = [cue for cue in cues if not (deadline.start() <= cue[0] and cue[1] <= start)]
        cue, sure = self._nearest_cue(cues, start, end, sentence)
        if cue is not None and cue[2] == PAST and cue[1] <= deadline.start() \
                and (_SETS_APART.search(sentence, cue[1], deadline.start())
                     or self.opens_clause(sentence, cue[1], deadline.start())):
            return (deadline.start(), deadline.end(), FUTURE, False), False
        return cue, sure

    def _nearest_cue(self, cues: list[Cue], start: int, end: int, sentence: str) -> tuple[Cue | None, bool]:
        if sentence and start <= FRONTED_START and _LEAD.fullmatch(sentence, 0, start) \
                and not any(cue[1] <= start for cue in cues):  # "قلت يوم الخميس": a verb is no lead
            after = next((cue for cue in cues if cue[0] >= end), None)
            if after is not None and after[3] and self._same_clause(sentence, end, after[0]):
                return after, True
        if sentence and (participle := self._participle_before(cues, start, sentence)) is not None:
            return participle, True
        best: tuple[int, Cue] | None = None
        for cue in cues:  # a sentence has a handful of cues
            c_start, c_end, tense, strong = cue
            if c_start >= start and c_end <= end:
                continue
            gap = start - c_end if c_end <= start else c_start - end
            # No other cue may reach in between, not even one the cue overlaps ("han convocado
            # para": the participle opens a future cue of its own).
            if strong and c_end <= start and (gap <= ADJACENT or tense == PAST and sentence
                                              and self._governs(sentence, c_end, start)
                                              and not any(other is not cue and other[0] < start and c_end < other[1]
                                                          for other in cues)) \
                    and not (sentence and self.opens_clause(sentence, c_end, start)):
                return cue, True
            gap += 0 if strong else WEAK_PENALTY
            if best is None or gap < best[0]:
                best = (gap, cue)
        if best is not None and sentence and (
                best[1][0] >= end and _SETS_APART.search(sentence, end, best[1][0])
                or best[1][1] <= start and self.opens_clause(sentence, best[1][1], start)):
            # The nearest cue is a verb past a mark after the expression, such as a reporting
            # clause ("se rendra vendredi à Tende, a annoncé l'Élysée", "will travel on Friday,
            # the Elysee said"), or the verb of a clause before the one the expression stands in
            # ("dijo que haría el anuncio el lunes"): the verb of the expression's own stretch of
            # the clause wins.
            own = self._in_stretch_before(cues, start, sentence, _SETS_APART)
            if own is not None:
                return own, False
        # An opener is a weak cue before the expression: it can only beat a cue farther than that.
        opener = self._opener_before(cues, start, sentence) if best is None or best[0] > WEAK_PENALTY else None
        if opener is not None and (best is None or start - opener[1] + WEAK_PENALTY < best[0]):
            return opener, False
        return (best[1] if best else None), False

    def _participle_before(self, cues: list[Cue], start: int, sentence: str) -> Cue | None:
        """A past participle that governs the expression at `start` as a past verb would: "L'intesa,
        raggiunta il 24 marzo …, prevede", "l'accord conclu lundi prévoit", "el acuerdo alcanzado
        el lunes prevé", "the deal reached Monday will": its clause is the expression's, the main
        verb's is not. Only `date_prepositions` between them ("reached on"), no verb of its own
        stretch of the clause before it, not passive ("sea anunciado el 21 de junio", "is
        announced on"), and not one a cue reads ("convocada para", "sarà firmato", "è previsto")."""
        if self._participle is None:
            return None
        for word in reversed(list(_WORD.finditer(sentence, max(0, start - 40), start))[-GOVERNING_WORDS - 1:]):
            text = word.group()
            if not _BETWEEN.fullmatch(sentence, word.end(), start):
                return None
            if text[0].islower() and self._participle.fullmatch(text) is not None:
                key = normalize(text)
                before = LAST_WORD.search(sentence, max(0, word.start() - 12), word.start())
                if key in self._not_past or key in self._future or key in self._past \
                        or self._passive and self._after_passive(sentence, word.start()) \
                        or before is not None and (len(before.group(1)) <= 3
                                                   or before.group(1).lower() in self._date_prepositions):
                    return None  # after an article: a noun ("la llegada del lunes", "una risposta giovedì")
                if self._prefixed and not _AFTER_COMMA.search(sentence, 0, word.start()):
                    return None  # "beginnt im Mai" is a present; "Die Einigung, erzielt am Montag" none
                mark = max(sentence.rfind(c, 0, word.start()) for c in ",;:")
                if any(mark < c_start < word.start() or c_start <= word.start() < c_end and tense != PAST
                       for c_start, c_end, tense, _ in cues):
                    return None  # a verb before it in its stretch, or one of another tense on it
                return word.start(), word.end(), PAST, True
            if text.lower() not in self._date_prepositions:
                return None
        return None

    def own_clause_cue(self, cues: list[Cue], start: int, end: int, sentence: str) -> Cue | None:
        """The cue of the clause an adverb at [start, end) stands in, for one whose side is the
        verb's alone ("one day"): the first cue after it in the same stretch of the clause ("y un
        día me acordé", "dijo que un día volverá": not "dijo", which governs the clause before
        "que"), else a strong one right before it ("will one day be", "pudiera un día"), else the
        nearest before it that no clause opener or mark sets apart, else the first after it past
        a mark ("Un jour, il s'est souvenu")."""
        after = next((cue for cue in cues if cue[0] >= end), None)
        if after is not None and self._same_clause(sentence, end, after[0]) and "," not in sentence[end:after[0]]:
            return after
        before = [cue for cue in cues if cue[1] <= start]
        if before and before[-1][3] and start - before[-1][1] <= ADJACENT:
            return before[-1]
        own = self._in_stretch_before(before, start, sentence, _MARK)
        return own if own is not None else after

    def _in_stretch_before(self, cues: list[Cue], start: int, sentence: str, mark: re.Pattern[str]) -> Cue | None:
        """The nearest cue ending before `start` that no `mark` or clause opener sets apart from
        it: the verb of the stretch of the clause an expression at `start` stands in."""
        return next((cue for cue in reversed(cues) if cue[1] <= start and not mark.search(sentence, cue[1], start)
                     and not self.opens_clause(sentence, cue[1], start)), None)

    def _opener_before(self, cues: list[Cue], start: int, sentence: str) -> Cue | None:
        """A weak future cue from a conjunction that opens a clause about a later time before the
        expression, where the clause's verb has no tense a cue reads (a subjunctive: "una vez que
        … sea anunciado", "quando chegar"): no cue stands between them ("hasta que llegó el lunes"
        is past). Never after the expression: "el 13 de marzo, cuando grababa" is no later time."""
        if self._future_opener is None or not sentence:
            return None
        found = self._future_opener.search(sentence, max(0, start - 80), start)
        if found is None or any(found.start() <= cue[0] < start for cue in cues):
            return None
        return found.start(), found.end("o"), FUTURE, False
