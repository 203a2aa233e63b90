"""Per-language knowledge of names and events, loaded from `data/<code>.toml` and checked.

A language file lists, in lower case, the words the shared rules need: determiners and
courtesy titles around names, words that make a name an organization's or a place's, the
offices that name their holder ("the Chinese president"), how the language writes the
entities of `world.toml`, the words that report each kind of event, and the cues that put an
event ahead of its report. A trailing `*` matches any ending, for languages that inflect.
Nothing here knows a particular language: adding one is adding a data file.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from dateline.ingest import fold as fold_text

# Section → the keys it must have (None: any keys, each a list of words).
_SCHEMA: dict[str, tuple[str, ...] | None] = {
    "names": ("determiners", "connectors", "honorifics", "org_words", "place_words",
              "legal_forms", "common", "prefixes", "suffixes", "clitics", "pronouns", "particles",
              "has_case", "capitalized_nouns", "first_word_names", "state_words", "articles",
              "head_first", "org_nouns", "conjunctions", "complement_nouns", "locatives", "office_of", "polity_words",
              "adjectives", "name_endings", "bound_endings", "fleeting_vowels", "compound_titles"),
    "titles": None,
    "gazetteer": None,
    "triggers": None,
    "status": ("planned", "planned_before_noun", "announced", "planned_endings", "planned_prefixes", "purpose",
               "past_endings", "past", "took_place", "perfect_markers", "imperfect_prefixes", "reported"),
    "grammar": ("auxiliaries", "modals", "possession", "perfect", "present_forms", "adverbs",
                "adverb_endings", "verb_endings", "verb_prefixes", "verb_forms",
                "present_endings", "gerund_endings", "participle_endings", "recent", "noun_endings", "adjective_endings",
                "boundaries", "links", "infinitive", "agent", "of", "modifiers", "thing_pronouns", "complementizers", "relatives", "light_verbs",
                "participle_last", "head_before", "verb_particles", "event_nouns", "state_prepositions", "beneficiary"),
}
ENTITY_TYPES = ("person", "org", "place")
# Distinct words a table keeps its fitting wildcard entries for (a few MB at most each).
MAX_CACHED_WORDS = 200_000
# The value `Lexicon.planned` gives an adjective that plans only the event noun it stands
# before ("the next summit"; not "the next generation", "the next day, he visited").
BEFORE_NOUN = "before_noun"
# Keys of [names] that are true or false rather than word lists.
_FLAGS = ("has_case", "capitalized_nouns", "first_word_names", "head_first", "participle_last", "head_before",
          "compound_titles")
FALLBACK_LANGUAGE = "en"


class LexiconError(ValueError):
    """A names-and-events data file that is missing or malformed."""


# Cached: news repeats its words, and this runs for every word of every sentence.
fold = lru_cache(maxsize=1 << 16)(fold_text)


def entry_parts(word: str) -> tuple[tuple[str, bool], ...]:
    """A table entry's words, folded, as they are looked up: (text, whether a stem taking any
    ending, written with `*`); a closing period is left out ("Co." is "co")."""
    parts = (w.rstrip(".") or w for w in fold(word).split())
    return tuple((p.rstrip("*"), p.endswith("*")) for p in parts)


class WordTable:
    """Words (or word sequences) → a value, any word may end in `*`; looked up token by token."""

    def __init__(self, entries: Mapping[str, Iterable[str]]) -> None:
        # value → its entries as the data writes them (a timeline's query reads the gazetteer's)
        self.written: dict[str, tuple[str, ...]] = {value: tuple(words) for value, words in entries.items()}
        self.exact: dict[tuple[str, ...], str] = {}
        self.first_words: set[str] = set()  # first words of exact entries: most tokens start none
        # Entries with a wildcard, by their first word's first two letters: (parts, value),
        # each part (text, whether it is a prefix).
        self.prefixes: dict[str, list[tuple[tuple[tuple[str, bool], ...], str]]] = {}
        self.longest = 1
        # word → the entries of `prefixes` its first word fits (`_wildcards_starting`)
        self._starting: dict[str, tuple[tuple[tuple[tuple[str, bool], ...], str], ...]] = {}
        for value, words in self.written.items():
            for word in words:
                spec = entry_parts(word)
                if not spec:
                    continue
                self.longest = max(self.longest, len(spec))
                if any(prefix for _text, prefix in spec):
                    if any(prefix and len(text) < 2 for text, prefix in spec):
                        raise LexiconError(f"{word!r}: a stem before '*' needs two letters or more")
                    self.prefixes.setdefault(spec[0][0][:2], []).append((spec, value))
                else:
                    parts = tuple(text for text, _prefix in spec)
                    self.exact[parts] = value
                    self.first_words.add(parts[0])

    def match(self, words: list[str], i: int) -> tuple[int, str] | None:
        """The longest entry starting at `words[i]` (folded words): (number of words, value)."""
        if words[i] in self.first_words:
            for n in range(min(self.longest, len(words) - i), 0, -1):
                value = self.exact.get(tuple(words[i:i + n]))
                if value is not None:
                    return n, value
        if not self.prefixes:  # no entry with a wildcard: most tables of most languages
            return None
        word = words[i]
        entries = self._starting.get(word)
        if entries is None:
            entries = self._wildcards_starting(word)
        best: tuple[int, str] | None = None
        for spec, value in entries:
            n = len(spec)
            if i + n > len(words) or best is not None and n <= best[0]:
                continue
            if all(words[i + k].startswith(text) if prefix else words[i + k] == text
                   for k, (text, prefix) in enumerate(spec[1:], 1)):
                best = (n, value)
        return best

    def _wildcards_starting(self, word: str) -> tuple[tuple[tuple[tuple[str, bool], ...], str], ...]:
        """The wildcard entries whose first word fits `word`, in table order, kept per word:
        words repeat, and a word's two letters often open dozens of stems it fits none of."""
        if len(self._starting) > MAX_CACHED_WORDS:
            self._starting.clear()  # a long run's vocabulary: start again rather than grow
        entries = self._starting[word] = tuple(
            (spec, value) for spec, value in self.prefixes.get(word[:2], ())
            if (word.startswith(spec[0][0]) if spec[0][1] else word == spec[0][0]))
        return entries


@dataclass(frozen=True, slots=True)
class WorldEntity:
    """An entity every language may name: its canonical name, kind and container."""

    name: str
    type: str
    within: str | None = None
    # A news agency's written forms, alike in every language (every language file's
    # gazetteer takes them); empty for any other entity.
    agency: tuple[str, ...] = ()

    @property
    def proper(self) -> bool:
        """Whether every form of it is a proper name, written with a capital where the language
        has capitals: a city, a seat of government, an agency ("Saná", "la Casa Blanca", "EFE";
        not "sana", "una casa blanca", "efe"). A country's forms are adjectives too ("chino")."""
        return self.within is not None or bool(self.agency)


@dataclass(frozen=True, slots=True)
class Grammar:
    """The word shapes `dateline.events.roles` reads to tell which event words an entity
    takes part in (see the language files' `[grammar]` comments for what each holds)."""

    auxiliaries: frozenset[str]
    modals: frozenset[str]
    possession: frozenset[str]
    perfect: frozenset[str]
    present_forms: frozenset[str]
    adverbs: frozenset[str]
    adverb_endings: tuple[str, ...]
    verb_endings: tuple[str, ...]
    verb_prefixes: tuple[str, ...]
    verb_forms: frozenset[str]
    present_endings: tuple[str, ...]
    gerund_endings: tuple[str, ...]
    participle_endings: tuple[str, ...]
    recent: frozenset[str]
    noun_endings: tuple[str, ...]
    adjective_endings: tuple[str, ...]
    boundaries: frozenset[str]
    links: frozenset[str]
    infinitive: frozenset[str]
    agent: frozenset[str]
    of: frozenset[str]
    modifiers: frozenset[str]
    thing_pronouns: frozenset[str]
    complementizers: frozenset[str]
    relatives: frozenset[str]
    light_verbs: frozenset[str]
    participle_last: bool
    head_before: bool
    verb_particles: frozenset[str]
    event_nouns: frozenset[str]
    state_prepositions: frozenset[str]
    beneficiary: frozenset[str]
    written_adverbs: frozenset[str]  # the adverbs with their accents: "ne" is one, "né" is not


def _grammar(section: dict) -> Grammar:
    """The `[grammar]` section compiled: endings as tuples (longest first), words as sets."""
    values: dict[str, object] = {}
    for name, field_type in Grammar.__annotations__.items():
        if name == "written_adverbs":
            values[name] = frozenset(w.lower() for w in section["adverbs"])
        elif field_type == "bool":
            values[name] = section[name]
        elif "tuple" in field_type:  # endings, read on the lower-case word (accents kept)
            values[name] = tuple(sorted((w.lower() for w in section[name]), key=len, reverse=True))
        else:
            values[name] = frozenset(fold(w) for w in section[name])
    return Grammar(**values)


@dataclass(slots=True)
class Lexicon:
    """One language's names-and-events knowledge, compiled for the shared rules."""

    code: str
    determiners: frozenset[str]
    connectors: frozenset[str]
    honorifics: frozenset[str]
    org_words: frozenset[str]
    place_words: frozenset[str]
    legal_forms: frozenset[str]
    common: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    clitics: tuple[str, ...]
    pronouns: frozenset[str]  # as written, accents kept: Spanish "él" is one, the article "el" not
    particles: frozenset[str]
    has_case: bool
    capitalized_nouns: bool
    first_word_names: bool  # a name capitalizes its first word only ("Российские железные дороги")
    # One-word offices that may close a compound word before a name ("Hafensprecherin Ines
    # Korval": the port's spokeswoman), longest first, with their office; empty where the language
    # writes no such compounds.
    title_endings: tuple[tuple[str, str], ...]
    state_words: frozenset[str]  # "government": with its country's name, the country acting
    titles: WordTable
    gazetteer: WordTable
    triggers: WordTable
    planned: WordTable
    announced: WordTable
    purpose: WordTable
    planned_endings: tuple[str, ...]  # read with accents: Spanish "firmará" is a future, "gira" a noun
    planned_prefixes: tuple[str, ...]
    # Words before a past event word, in its clause, that give it by someone's account only:
    # the conditional perfect of news ("aurait signé", "habría firmado"), "reportedly", "якобы".
    reported: WordTable
    # Aspect, from the temporal stage's language file (`[tense]`), one set of words for both
    # stages: whether a lower-case word is a perfective future ("посетит", "подпишет": will
    # visit, will sign), and the endings of an imperfective present or imperfect, never a plan's,
    # though a future's or conditional's fits them ("посещает", "quería").
    perfective_future: Callable[[str], bool]
    imperfective_endings: tuple[str, ...]
    # A past tense: endings of the event word ("reached", "llegó", "прибыл", read with accents),
    # and words as written right before it or standing for it ("has", "è", "a", "met").
    past_endings: tuple[str, ...]
    past: frozenset[str]
    # Verbs after an event noun saying it happened ("the summit took place", "состоялся").
    took_place: WordTable
    # Particles marking the past only before a perfect, a word without an imperfect prefix
    # (Arabic "قد زار" had visited; "قد يزور" may visit).
    perfect_markers: frozenset[str]
    imperfect_prefixes: tuple[str, ...]
    grammar: Grammar
    articles: tuple[str, ...]  # what makes a noun phrase definite ("the", "l'", "del")
    head_first: bool  # a name's head word is its first ("Banco Central"), else its last
    org_nouns: frozenset[str]  # what an organization is ("company"): "the company" stands for one
    conjunctions: frozenset[str]  # "and": two places under one "of" ("Institute of China and Modern Asia")
    complement_nouns: frozenset[str]  # "studies", "forecasts": joined by "and" inside a name's complement
    locatives: frozenset[str]  # "in": a name after one is a place more often than a person
    office_of: frozenset[str]  # "of" between an office and its place ("Mayor of Oslo", "Bürgermeister von Oslo")
    polity_words: frozenset[str]  # "state": a place with a country in its name, else an organization
    adjectives: frozenset[str]  # "Western", "Allied": never a name alone, but may open one
    # Case endings a name takes ("Путина", "Putins"), longest first: cut off, the forms of one
    # name meet ("путин"); empty where names do not inflect.
    name_endings: tuple[str, ...]
    # Case endings cut only after the letters written before them, as (letters, ending), longest
    # ending first: an adjective-like surname's "ий" after "ск" ("Жириновский"), not a given
    # name's ("Дмитрий" is "Дмитри-я", "Дмитри-ем").
    bound_endings: tuple[tuple[str, str], ...]
    # Vowels a name's stem drops when an ending follows ("Павел", "Павла"): dropped before a
    # stem's last letter in every form, the forms with and without it meet ("павл").
    fleeting_vowels: frozenset[str]
    # Each word as written → its shape in `entities.tokens_of` (core start, core stop, core, folded, capital):
    # the names and the events passes both read every sentence, and words repeat.
    word_shapes: dict[str, tuple[int, int, str, str, bool]] = field(default_factory=dict,
                                                                     repr=False, compare=False)

    def alternative(self, folded: str) -> str:
        """The word without a clitic it may carry ("والصين" → "الصين"), else the word itself.
        Tried only where the whole word matches nothing: the clitic letters also begin words."""
        for clitic in self.clitics:
            if folded.startswith(clitic) and len(folded) - len(clitic) >= 2:
                return folded[len(clitic):]
        return folded

    def match(self, table: WordTable, words: list[str], alts: list[str], i: int) -> tuple[int, str] | None:
        """`table.match` at word i, or else with word i's clitic taken off: the longest that
        fits (`alts[i]`), then shorter ones, since a word may begin with a clitic's letters
        ("والتقى": "و" + "التقى", and met; not "وال" + "تقى")."""
        hit = table.match(words, i)
        if hit is None and alts[i] != words[i]:
            rest = words[i + 1:i + table.longest]  # no copy of words[:i]
            for clitic in self.clitics:  # longest first, as `alternative`: its stem is alts[i]
                stem = words[i][len(clitic):]
                if words[i].startswith(clitic) and len(stem) >= 2:
                    hit = table.match([stem, *rest], 0)
                    if hit is not None:
                        break
        return hit


def _load_toml(name: str) -> dict:
    path = resources.files("dateline.events") / "data" / name
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LexiconError(f"dateline/events/data/{name}: no such file") from None
    except tomllib.TOMLDecodeError as e:
        raise LexiconError(f"dateline/events/data/{name}: {e}") from None


def _word_list(value: object, where: str) -> list[str]:
    """A list of words (possibly empty: a language may have no clitics)."""
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise LexiconError(f"{where}: expected a list of non-empty strings")
    return value


@lru_cache(maxsize=1)
def world() -> dict[str, WorldEntity]:
    """The entities of `world.toml` by canonical name, checked."""
    entities: dict[str, WorldEntity] = {}
    for name, spec in _load_toml("world.toml").items():
        where = f"dateline/events/data/world.toml, [{name}]"
        if not isinstance(spec, dict) or spec.get("type") not in ENTITY_TYPES:
            raise LexiconError(f"{where}: type must be one of {', '.join(ENTITY_TYPES)}")
        unknown = set(spec) - {"type", "within", "agency"}
        if unknown:
            raise LexiconError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        agency = tuple(_word_list(spec.get("agency", []), f"{where} agency"))
        entities[name] = WorldEntity(name, spec["type"], spec.get("within"), agency)
    for entity in entities.values():
        if entity.within is not None and entity.within not in entities:
            raise LexiconError(f"dateline/events/data/world.toml, [{entity.name}]: "
                               f"within {entity.within!r} is not an entity of the file")
    return entities


@lru_cache(maxsize=None)
def available_languages() -> tuple[str, ...]:
    """Codes of the languages with a names-and-events file."""
    folder = resources.files("dateline.events") / "data"
    return tuple(sorted(p.name[:-5] for p in folder.iterdir()
                        if p.name.endswith(".toml") and p.name != "world.toml"))


@lru_cache(maxsize=None)
def lexicon(code: str) -> Lexicon:
    """The language's lexicon, checked against the schema (`LexiconError` names the problem)."""
    name = f"{code}.toml"
    return compile_lexicon(_load_toml(name), code, name)


def _no_aspect(word: str) -> bool:
    """No perfective future, for a language the temporal stage has no file for."""
    return False


def compile_lexicon(data: dict, code: str, name: str = "<data>") -> Lexicon:
    """A lexicon from a language file's content, checked (`LexiconError` names the problem)."""
    check(data, name)
    names = data["names"]
    from dateline.temporal.lexicon import available_languages, load  # the earlier stage's words
    tense = load(code) if code in available_languages() else None

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in names[key])

    try:
        return Lexicon(
            code=code, determiners=words("determiners"), connectors=words("connectors"),
            honorifics=words("honorifics"), org_words=words("org_words"),
            place_words=words("place_words"), legal_forms=words("legal_forms"),
            common=words("common"),
            prefixes=tuple(sorted((fold(w) for w in names["prefixes"]), key=len, reverse=True)),
            suffixes=tuple(sorted((fold(w) for w in names["suffixes"]), key=len, reverse=True)),
            clitics=tuple(sorted((fold(w) for w in names["clitics"]), key=len, reverse=True)),
            pronouns=frozenset(w.lower() for w in names["pronouns"]), particles=words("particles"),
            has_case=names["has_case"], capitalized_nouns=names["capitalized_nouns"],
            first_word_names=names["first_word_names"], state_words=words("state_words"),
            title_endings=_title_endings(data["titles"]) if names["compound_titles"] else (),
            titles=WordTable(data["titles"]),
            gazetteer=WordTable(_with_agencies(data["gazetteer"])), triggers=WordTable(data["triggers"]),
            planned=WordTable({"planned": data["status"]["planned"],
                               BEFORE_NOUN: data["status"]["planned_before_noun"]}),
            announced=WordTable({"announced": data["status"]["announced"]}),
            purpose=WordTable({"purpose": data["status"]["purpose"]}),
            planned_endings=tuple(w.lower() for w in data["status"]["planned_endings"]),
            reported=WordTable({"reported": data["status"]["reported"]}),
            perfective_future=tense.perfective_future if tense else _no_aspect,
            imperfective_endings=tense.aspect()[2] if tense else (),
            planned_prefixes=tuple(fold(w) for w in data["status"]["planned_prefixes"]),
            past_endings=tuple(w.lower() for w in data["status"]["past_endings"]),
            past=frozenset(w.lower() for w in data["status"]["past"]),
            took_place=WordTable({"took_place": data["status"]["took_place"]}),
            perfect_markers=frozenset(w.lower() for w in data["status"]["perfect_markers"]),
            imperfect_prefixes=tuple(w.lower() for w in data["status"]["imperfect_prefixes"]),
            grammar=_grammar(data["grammar"]),
            articles=tuple(fold(w) for w in names["articles"]), head_first=names["head_first"],
            org_nouns=words("org_nouns"), conjunctions=words("conjunctions"),
            complement_nouns=words("complement_nouns"),
            locatives=words("locatives"), office_of=words("office_of"), polity_words=words("polity_words"),
            adjectives=words("adjectives"),
            name_endings=tuple(sorted((fold(w) for w in names["name_endings"]), key=len, reverse=True)),
            bound_endings=_bound_endings(names["bound_endings"], name),
            fleeting_vowels=words("fleeting_vowels"),
        )
    except LexiconError as e:  # a table's own check: say which file
        raise LexiconError(f"dateline/events/data/{name}: {e}") from None


def _bound_endings(entries: Iterable[str], name: str) -> tuple[tuple[str, str], ...]:
    """`[names] bound_endings` entries "letters+ending" ("ск+ий") as (letters, ending), folded,
    longest ending first."""
    out = []
    for entry in entries:
        letters, plus, ending = entry.partition("+")
        if not (plus and letters and ending):
            raise LexiconError(f"dateline/events/data/{name}: [names] bound_endings: {entry!r} is not 'letters+ending'")
        out.append((fold(letters), fold(ending)))
    return tuple(sorted(out, key=lambda pair: len(pair[1]), reverse=True))


def _title_endings(titles: Mapping[str, list[str]]) -> tuple[tuple[str, str], ...]:
    """The one-word offices of a language's titles (no stem with `*`), longest first."""
    forms = {fold(w): office for office, words in titles.items() for w in words
             if " " not in w.strip() and not w.endswith("*")}
    return tuple(sorted(forms.items(), key=lambda item: len(item[0]), reverse=True))


def _with_agencies(gazetteer: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """A language's gazetteer and the news agencies of `world.toml`, written alike in every language."""
    out = {name: list(forms) for name, forms in gazetteer.items()}
    for entity in world().values():
        if entity.agency:
            out[entity.name] = out.get(entity.name, []) + list(entity.agency)
    return out


@lru_cache(maxsize=1)
def agencies() -> WordTable:
    """The news agencies' written forms → their names, for telling a credit ("(EFE)", "(dpa)")."""
    return WordTable({e.name: e.agency for e in world().values() if e.agency})


def check(data: dict, name: str) -> None:
    """Check a language file's content against the schema; `LexiconError` names the problem."""
    for section, keys in _SCHEMA.items():
        where = f"dateline/events/data/{name}, [{section}]"
        table = data.get(section)
        if not isinstance(table, dict) or not table:
            raise LexiconError(f"{where}: missing or empty section")
        for key in keys or ():
            if key not in table:
                raise LexiconError(f"{where}: missing key {key!r}")
        unknown = set(table) - set(keys) if keys else set()
        if unknown:
            raise LexiconError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        for key, words in table.items():
            if key in _FLAGS:
                if not isinstance(words, bool):
                    raise LexiconError(f"{where} {key}: expected true or false")
                continue
            _word_list(words, f"{where} {key}")
    unknown_sections = set(data) - set(_SCHEMA)
    if unknown_sections:
        raise LexiconError(f"dateline/events/data/{name}: unknown section(s) "
                           f"{', '.join(sorted(unknown_sections))}")
    known = world()
    strangers = set(data["gazetteer"]) - set(known)
    if strangers:
        raise LexiconError(f"dateline/events/data/{name}, [gazetteer]: not in world.toml: "
                           f"{', '.join(sorted(strangers))}")


def written_forms(code: str) -> dict[str, tuple[str, ...]]:
    """How the language writes each entity of `world.toml` it knows: canonical name → forms,
    in lower case as written, adjectives included; a form's word ending in `*` takes any ending. For other
    stages that look for an entity in text (a timeline's query), so they need not read the file."""
    return lexicon(code).gazetteer.written


def glued_words(code: str) -> tuple[str, ...]:
    """What the language writes onto the front of a name (Arabic "و" and, "ب" in, "ال" the):
    its clitics, folded, longest first; empty for most languages."""
    return lexicon(code).clitics


def lexicon_for(code: str | None) -> Lexicon:
    """The language's lexicon, or the fallback language's when it has none."""
    return lexicon(code if code in available_languages() else FALLBACK_LANGUAGE)
