"""Tests of the TLS metrics and the tilse timeline format.

The expected scores were produced by tilse==0.2.1 itself, in a throwaway venv (tilse installed
with --no-deps, plus numpy 2.4.6, scipy 1.17.1, nltk 3.10.4, and Debian's libxml-parser-perl for
its bundled ROUGE-1.5.5.pl): for each case below, `TimelineRougeEvaluator(measures=["rouge_1",
"rouge_2"])` with its default `rouge_computation="original"` (the Perl ROUGE-1.5.5 that
published numbers use), `evaluate_concat`, `evaluate_agreement`, `evaluate_align_date_costs`,
`evaluate_align_date_content_costs`, `evaluate_align_date_content_costs_many_to_one`, and
`tilse.evaluation.dates.evaluate_dates`, on `Timeline(...)`s built from the dicts below. The
"es_tilse_file" reference was read with tilse's `Timeline.from_file`; the average with
`tilse.evaluation.scores.Scores`. tilse's `rouge_computation="reimpl"` gives other numbers (it
neither splits words at punctuation nor stems like ROUGE-1.5.5) and is not what is matched.
"""

import datetime as dt
import time
from dataclasses import fields
from pathlib import Path

import pytest

from dateline.evaluate import PRF, TLSScores, evaluate, mean_scores, read_timeline, write_timeline
from dateline.render.tilse import TimelineFormatWarning
from dateline.evaluate.tls import porter_stem
from dateline.model import Entry, Timeline, TimelineSentence

D = dt.date
SHARED_REFERENCES = Path(__file__).resolve().parents[2] / "shared/data/ml-crisis/es/reference"


# Hand-made cases. English: the same date in system and reference, dates a day or two off, a
# system date absent from the reference, reference dates absent from the system, several
# sentences per date, and a second reference.
FLOOD_REF = {
    D(2020, 3, 1): ["Heavy rains flooded the northern valley , forcing thousands of families to "
                    "leave their homes .",
                    "Rescue teams evacuated children from two schools ."],
    D(2020, 3, 4): ["The government declared a state of emergency in three provinces ."],
    D(2020, 3, 10): ["Aid convoys reached the isolated villages after the roads were repaired ."],
    D(2020, 3, 15): ["Officials estimated the damage at 200 million dollars ."],
}
FLOOD_SYS = {
    D(2020, 3, 1): ["Floods hit the northern valley and thousands of families left their homes ."],
    D(2020, 3, 5): ["A state of emergency was declared by the government in three provinces .",
                    "Schools remained closed ."],
    D(2020, 3, 12): ["Convoys carrying aid reached isolated villages ."],
    D(2020, 3, 20): ["The president visited the region and promised reconstruction ."],
}
FLOOD_REF_2 = {
    D(2020, 3, 1): ["Floods forced thousands of families from their homes in the northern "
                    "valley ."],
    D(2020, 3, 5): ["Emergency rule was imposed in three provinces ."],
    D(2020, 3, 21): ["The president promised to rebuild the region ."],
}

# Spanish with accents; the reference file repeats a date in two entries.
ES_REF_TEXT = """2014-06-02
El rey Juan Carlos anuncia su abdicación tras casi cuatro décadas en el trono .
--------------------------------
2014-06-11
El Congreso aprueba la ley orgánica de abdicación con una amplia mayoría .
--------------------------------
2014-06-02
El presidente del Gobierno comparece en La Moncloa para explicar la decisión del monarca .
Miles de personas se manifiestan en las plazas pidiendo un referéndum .
--------------------------------
2014-06-19
Felipe VI es proclamado rey ante las Cortes Generales en una ceremonia sobria .
--------------------------------
"""
ES_SYS = {
    D(2014, 6, 2): ["Juan Carlos abdica después de casi cuatro décadas de reinado .",
                    "Miles de manifestantes piden un referéndum en las plazas ."],
    D(2014, 6, 12): ["El Congreso aprueba la ley de abdicación ."],
    D(2014, 6, 19): ["Felipe VI jura la Constitución y es proclamado rey ante las Cortes ."],
    D(2014, 6, 25): ["La reina Letizia acompaña al nuevo rey en su primer viaje oficial ."],
}

# Tokenization details: hyphens, dots, apostrophes, digit groups, `^` and `<`, WordNet
# exceptions (accompanied, children, women, geese), an initial y, stopwords, an empty date.
QUIRKS_REF = {
    D(2019, 1, 7): ["The well-known U.S. senator's allies accompanied him ; geese flew over the "
                    "capitol .",
                    "Yelling crowds gathered , 2,500 people in all ."],
    D(2019, 1, 8): ["Prices rose 3^2 percent <b>bold claim</b> says analyst .",
                    "Children and women were among the allied evacuees ."],
}
QUIRKS_SYS = {
    D(2019, 1, 7): ["Senators and their allies , accompanied by yelling crowds , gathered at the "
                    "Capitol .",
                    "About 2,500 people -- children and women -- attended ."],
    D(2019, 1, 9): ["Analysts said prices rose by 3^2 percent ."],
    D(2019, 1, 10): [],
}


def synthetic(seed: int, n_dates: int, start: dt.date, span: int) -> dict:
    """A deterministic pseudo-random timeline (a 31-bit LCG, so any Python gives the same)."""
    words = ("army troops city border talks ceasefire rebels government minister election vote "
             "protest police attack bomb killed wounded hospital aid refugees camp president "
             "parliament court ruling opposition leader resign arrest capital port oil price "
             "market bank sanctions summit treaty peace fighting airstrike village town").split()
    state = seed

    def draw(n: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) % 2**31
        return (state >> 16) % n

    dates = set()
    while len(dates) < n_dates:
        dates.add(start + dt.timedelta(days=draw(span)))
    return {d: [" ".join(words[draw(len(words))] for _ in range(4 + draw(8))) + " ."
                for _ in range(1 + draw(3))]
            for d in sorted(dates)}


# 40 dates each, with many tied date costs for the optimal assignment to break.
BIG_SYS = synthetic(1, 40, D(2011, 1, 1), 120)
BIG_REF = synthetic(2, 40, D(2011, 1, 1), 120)

# Content costs change the one-to-one alignment: align and align+ differ.
SWAP_REF = {
    D(2021, 5, 1): ["The dam collapsed after days of rain ."],
    D(2021, 5, 3): ["Engineers began repairing the bridge over the river ."],
}
SWAP_SYS = {
    D(2021, 5, 2): ["Engineers were repairing the bridge on the river ."],
    D(2021, 5, 4): ["The dam collapsed ."],
}


# Scores by tilse 0.2.1 (see the module docstring), one (precision, recall, F1) per TLSScores
# field, in field order.
TILSE = {
    "flood": [
        (0.6296296296296297, 0.5151515151515151, 0.5666666666666667),  # concat_r1
        (0.19230769230769232, 0.15625, 0.1724137931034483),  # concat_r2
        (0.2222222222222222, 0.18181818181818182, 0.19999999999999998),  # agreement_r1
        (0.08695652173913043, 0.06896551724137931, 0.07692307692307693),  # agreement_r2
        (0.37654320987654316, 0.30808080808080807, 0.33888888888888885),  # align_r1
        (0.13768115942028986, 0.10919540229885057, 0.12179487179487179),  # align_r2
        (0.37654320987654316, 0.30808080808080807, 0.33888888888888885),  # align_plus_r1
        (0.13768115942028986, 0.10919540229885057, 0.12179487179487179),  # align_plus_r2
        (0.37654320987654316, 0.30808080808080807, 0.33888888888888885),  # align_m1_r1
        (0.13768115942028986, 0.10919540229885057, 0.12179487179487179),  # align_m1_r2
        (0.25, 0.25, 0.25),  # date
    ],
    "flood_two_refs": [
        (0.5185185185185185, 0.5833333333333334, 0.5490196078431373),  # concat_r1
        (0.1346153846153846, 0.15217391304347827, 0.14285714285714288),  # concat_r2
        (0.25925925925925924, 0.2916666666666667, 0.27450980392156865),  # agreement_r1
        (0.08695652173913043, 0.0975609756097561, 0.09195402298850576),  # agreement_r2
        (0.3179012345679012, 0.35763888888888884, 0.33660130718954245),  # align_r1
        (0.10144927536231885, 0.11382113821138212, 0.10727969348659004),  # align_r2
        (0.3179012345679012, 0.35763888888888884, 0.33660130718954245),  # align_plus_r1
        (0.10144927536231885, 0.11382113821138212, 0.10727969348659004),  # align_plus_r2
        (0.3179012345679012, 0.40972222222222227, 0.3580181453988453),  # align_m1_r1
        (0.10144927536231885, 0.12601626016260165, 0.11240611240611242),  # align_m1_r2
        (0.5, 0.3333333333333333, 0.4),  # date
    ],
    "es_merged": [
        (0.6530612244897959, 0.49230769230769234, 0.5614035087719299),  # concat_r1
        (0.375, 0.28125, 0.32142857142857145),  # concat_r2
        (0.40816326530612246, 0.3076923076923077, 0.3508771929824562),  # agreement_r1
        (0.28888888888888886, 0.20967741935483872, 0.24299065420560745),  # agreement_r2
        (0.47959183673469385, 0.36153846153846153, 0.4122807017543859),  # align_r1
        (0.34444444444444444, 0.25, 0.2897196261682243),  # align_r2
        (0.47959183673469385, 0.36153846153846153, 0.4122807017543859),  # align_plus_r1
        (0.34444444444444444, 0.25, 0.2897196261682243),  # align_plus_r2
        (0.4854227405247813, 0.36153846153846153, 0.41442037811788374),  # align_m1_r1
        (0.34444444444444444, 0.25, 0.2897196261682243),  # align_m1_r2
        (0.5, 0.6666666666666666, 0.5714285714285715),  # date
    ],
    "es_tilse_file": [
        (0.5102040816326531, 0.49019607843137253, 0.5),  # concat_r1
        (0.3125, 0.3, 0.3061224489795918),  # concat_r2
        (0.30612244897959184, 0.29411764705882354, 0.30000000000000004),  # agreement_r1
        (0.2222222222222222, 0.20833333333333334, 0.2150537634408602),  # agreement_r2
        (0.37755102040816324, 0.3627450980392157, 0.37),  # align_r1
        (0.2777777777777778, 0.2604166666666667, 0.2688172043010753),  # align_r2
        (0.37755102040816324, 0.3627450980392157, 0.37),  # align_plus_r1
        (0.2777777777777778, 0.2604166666666667, 0.2688172043010753),  # align_plus_r2
        (0.38338192419825073, 0.3627450980392157, 0.3727781182960466),  # align_m1_r1
        (0.2777777777777778, 0.2604166666666667, 0.2688172043010753),  # align_m1_r2
        (0.5, 0.6666666666666666, 0.5714285714285715),  # date
    ],
    "quirks": [
        (0.9, 0.8181818181818182, 0.8571428571428572),  # concat_r1
        (0.631578947368421, 0.5714285714285714, 0.6),  # concat_r2
        (0.5, 0.45454545454545453, 0.47619047619047616),  # agreement_r1
        (0.3333333333333333, 0.3, 0.3157894736842105),  # agreement_r2
        (0.65, 0.5909090909090909, 0.6190476190476191),  # align_r1
        (0.4722222222222222, 0.425, 0.4473684210526316),  # align_r2
        (0.65, 0.5909090909090909, 0.6190476190476191),  # align_plus_r1
        (0.4722222222222222, 0.425, 0.4473684210526316),  # align_plus_r2
        (0.65, 0.5909090909090909, 0.6190476190476191),  # align_m1_r1
        (0.4722222222222222, 0.425, 0.4473684210526316),  # align_m1_r2
        (0.3333333333333333, 0.5, 0.4),  # date
    ],
    "ref_as_system": [
        (1.0, 1.0, 1.0),  # concat_r1
        (1.0, 1.0, 1.0),  # concat_r2
        (1.0, 1.0, 1.0),  # agreement_r1
        (1.0, 1.0, 1.0),  # agreement_r2
        (1.0, 1.0, 1.0),  # align_r1
        (1.0, 1.0, 1.0),  # align_r2
        (1.0, 1.0, 1.0),  # align_plus_r1
        (1.0, 1.0, 1.0),  # align_plus_r2
        (1.0, 1.0, 1.0),  # align_m1_r1
        (1.0, 1.0, 1.0),  # align_m1_r2
        (1.0, 1.0, 1.0),  # date
    ],
    "big": [
        (0.8546712802768166, 0.8430034129692833, 0.8487972508591065),  # concat_r1
        (0.22010398613518198, 0.2170940170940171, 0.21858864027538727),  # concat_r2
        (0.09515570934256055, 0.09385665529010238, 0.09450171821305842),  # agreement_r1
        (0.0018587360594795538, 0.0018315018315018315, 0.0018450184501845018),  # agreement_r2
        (0.1289962321229762, 0.1272351914113997, 0.12810966008089386),  # align_r1
        (0.0020446096654275093, 0.002014652014652015, 0.0020295202952029523),  # align_r2
        (0.1331264316488109, 0.1313090059607725, 0.1322114733556919),  # align_plus_r1
        (0.0031083065196338753, 0.0030627635669652474, 0.0030853669881236623),  # align_plus_r2
        (0.15155358551232628, 0.14281599769077413, 0.14705511543034291),  # align_m1_r1
        (0.003425385023898035, 0.004240157601502139, 0.0037894701150121427),  # align_m1_r2
        (0.375, 0.375, 0.375),  # date
    ],
    "swap": [
        (1.0, 0.6666666666666666, 0.8),  # concat_r1
        (0.6, 0.375, 0.4615384615384615),  # concat_r2
        (0.0, 0.0, 0),  # agreement_r1
        (0.0, 0.0, 0),  # agreement_r2
        (0.0, 0.0, 0),  # align_r1
        (0.0, 0.0, 0),  # align_r2
        (0.4166666666666667, 0.2777777777777778, 0.33333333333333337),  # align_plus_r1
        (0.3125, 0.17857142857142858, 0.22727272727272727),  # align_plus_r2
        (0.4166666666666667, 0.2777777777777778, 0.33333333333333337),  # align_m1_r1
        (0.3125, 0.17857142857142858, 0.22727272727272727),  # align_m1_r2
        (0.0, 0.0, 0),  # date
    ],
}
TILSE_AVERAGE = [
    (0.7593405335990605, 0.6671611096525772, 0.7102725403741629),  # concat_r1
    (0.3547476564528238, 0.3065056471306471, 0.32886689388139395),  # concat_r2
    (0.3063852992177263, 0.25947814983651163, 0.2809875446487852),  # agreement_r1
    (0.17775937000520803, 0.14511860960692996, 0.1597891107392809),  # agreement_r2
    (0.40878281968355334, 0.34694088798494005, 0.37533154779950895),  # align_r1
    (0.23909810893809602, 0.19655251357837564, 0.21574781200659107),  # align_r2
    (0.40981536956501197, 0.34795934162228326, 0.3763627475958057),  # align_plus_r1
    (0.23936403315164761, 0.19681454146645394, 0.21601392259833163),  # align_plus_r2
    (0.4158798839784127, 0.3508360895547837, 0.3805990151662497),  # align_m1_r1
    (0.23944330277771364, 0.1971088899750882, 0.21622341798296316),  # align_m1_r2
    (0.3645833333333333, 0.44791666666666663, 0.4019764957264957),  # date
]


CASES = {
    "flood": (FLOOD_SYS, [FLOOD_REF]),
    "flood_two_refs": (FLOOD_SYS, [FLOOD_REF, FLOOD_REF_2]),
    "es_merged": (ES_SYS, [read_timeline(ES_REF_TEXT)]),
    "es_tilse_file": (ES_SYS, [read_timeline(ES_REF_TEXT, duplicates="last")]),
    "quirks": (QUIRKS_SYS, [QUIRKS_REF]),
    "ref_as_system": (FLOOD_REF, [FLOOD_REF]),
    "big": (BIG_SYS, [BIG_REF]),
    "swap": (SWAP_SYS, [SWAP_REF]),
}


FIELDS = [f.name for f in fields(TLSScores)]


def flat(scores: TLSScores) -> list[tuple[float, float, float]]:
    return [(p.precision, p.recall, p.f1) for p in (getattr(scores, n) for n in FIELDS)]


@pytest.mark.parametrize("case", sorted(CASES))
def test_scores_match_tilse(case):
    system, references = CASES[case]
    got = flat(evaluate(system, references))
    for name, mine, tilse in zip(FIELDS, got, TILSE[case], strict=True):
        assert mine == pytest.approx(tilse, abs=1e-9), name


def test_a_single_reference_needs_no_list():
    assert evaluate(FLOOD_SYS, FLOOD_REF) == evaluate(FLOOD_SYS, [FLOOD_REF])


def test_model_timelines_score_like_dicts():
    def timeline(d: dict) -> Timeline:
        return Timeline([Entry(date, [TimelineSentence(s, "a1") for s in sents])
                         for date, sents in sorted(d.items())])

    assert evaluate(timeline(FLOOD_SYS), [timeline(FLOOD_REF)]) == evaluate(FLOOD_SYS, FLOOD_REF)


def test_empty_system_scores_zero():
    # tilse raises ZeroDivisionError (concat, dates) or ValueError (alignments) here; its
    # agreement scores are 0.
    scores = evaluate({}, FLOOD_REF)
    assert set(scores.as_dict().values()) == {0.0}
    assert evaluate({}, [FLOOD_REF, {}], tokenizer="unicode").ar1_f == 0.0


def test_empty_references_score_zero_recall():
    scores = evaluate(FLOOD_SYS, {})
    assert scores.concat_r1.recall == scores.align_m1_r1.recall == scores.date.recall == 0.0


def test_mean_scores_average_like_tilse():
    got = flat(mean_scores([evaluate(*CASES[c]) for c in ("flood", "es_merged", "quirks", "big")]))
    for name, mine, tilse in zip(FIELDS, got, TILSE_AVERAGE, strict=True):
        assert mine == pytest.approx(tilse, abs=1e-9), name
    with pytest.raises(ValueError):
        mean_scores([])


def test_helpers_for_tables():
    scores = evaluate(SWAP_SYS, SWAP_REF)
    assert scores.ar1_f == scores.align_m1_r1.f1 == pytest.approx(1 / 3)
    assert scores.ar2_f == scores.align_m1_r2.f1
    assert scores.date_f1 == 0.0
    flat_dict = scores.as_dict()
    assert len(flat_dict) == 33 and flat_dict["align_plus_r2_p"] == pytest.approx(0.3125)
    rows = scores.rows()
    assert rows[0][:2] == ("concat", "rouge_1") and rows[-1][0] == "date_selection"
    assert ("align_date_content_costs_many_to_one", "rouge_2", 0.3125, pytest.approx(5 / 28),
            pytest.approx(0.22727272727272727)) in rows


def test_forty_dates_score_fast():
    start = time.process_time()
    evaluate(BIG_SYS, [BIG_REF, BIG_SYS])
    assert time.process_time() - start < 0.5


def test_many_to_one_scales_to_long_timelines():
    system = synthetic(3, 250, D(2000, 1, 1), 3000)
    reference = synthetic(4, 250, D(2000, 1, 1), 3000)
    start = time.process_time()
    assert 0 < evaluate(system, reference).ar1_f < 1
    assert time.process_time() - start < 5


def test_unknown_tokenizer_or_no_reference_is_an_error():
    with pytest.raises(ValueError, match="tokenizer"):
        evaluate(FLOOD_SYS, FLOOD_REF, tokenizer="nltk")
    with pytest.raises(ValueError, match="reference"):
        evaluate(FLOOD_SYS, [])


# ROUGE-1.5.5's stem for these words, taken from its Perl `stem` sub. Several differ from
# NLTK's PorterStemmer (agreement, documents, environmental, congressional, assembly).
@pytest.mark.parametrize("word, stem", [
    ("agreement", "agreem"), ("documents", "docum"), ("environmental", "environ"),
    ("congressional", "congress"), ("assembly", "assembl"), ("replacement", "replac"),
    ("yelling", "yell"), ("yield", "yield"), ("caresses", "caress"), ("ponies", "poni"),
    ("running", "run"), ("hopping", "hop"), ("filing", "file"), ("relational", "relat"),
    ("hopeful", "hope"), ("generalization", "gener"), ("feed", "feed"), ("agreed", "agre"),
    ("election", "elect"), ("protesters", "protest"), ("2011", "2011"), ("1990s", "1990"),
])
def test_porter_stem_is_rouges(word, stem):
    assert porter_stem(word) == stem


def test_rouge_tokenizer_drops_accented_letters_unicode_keeps_them():
    d = D(2020, 1, 1)
    # "rouge": "Votación" -> "votaci" + "n" (a stopword), the same as "Votaci ón".
    assert evaluate({d: ["Votación"]}, {d: ["Votaci ón"]}).concat_r1 == PRF(1.0, 1.0, 1.0)
    assert evaluate({d: ["Votación"]}, {d: ["Votaci ón"]}, "unicode").concat_r1 == PRF(0, 0, 0)
    # "unicode" compares NFC forms.
    composed, decomposed = "votaci\u00f3n", "votacio\u0301n"
    assert evaluate({d: [composed]}, {d: [decomposed]}, "unicode").concat_r1.f1 == 1.0


def test_unicode_tokenizer_neither_stems_nor_drops_stopwords():
    d = D(2020, 1, 1)
    assert evaluate({d: ["Protests"]}, {d: ["protest"]}).concat_r1.f1 == 1.0
    assert evaluate({d: ["Protests"]}, {d: ["protest"]}, "unicode").concat_r1.f1 == 0.0
    # "the" is a ROUGE stopword, so "rouge" has no bigram left.
    assert evaluate({d: ["The vote"]}, {d: ["the VOTE"]}).concat_r2.f1 == 0.0
    assert evaluate({d: ["The vote"]}, {d: ["the VOTE"]}, "unicode").concat_r2.f1 == 1.0


def test_unicode_tokenizer_scores_by_hand():
    system = {D(2014, 6, 2): ["Felipe VI jura la Constitución"], D(2014, 6, 5): ["El rey abdica"]}
    reference = {D(2014, 6, 2): ["El rey abdica"],
                 D(2014, 6, 19): ["Felipe VI jura la Constitución ante las Cortes ."]}
    s = evaluate(system, reference, tokenizer="unicode")
    assert s.date == PRF.of(0.5, 0.5)
    # All 8 system words are in the 11 reference words; 6 of the 7 system bigrams are too.
    assert s.concat_r1 == PRF.of(1.0, 8 / 11)
    assert s.concat_r2 == PRF.of(6 / 7, 6 / 10)
    # Same dates share no word.
    assert s.agreement_r1 == s.agreement_r2 == PRF(0.0, 0.0, 0.0)
    # By date alone, 06-02 goes with 06-02 and 06-05 with 06-19: no word in common.
    assert s.align_r1 == PRF(0.0, 0.0, 0.0)
    # Content costs swap the pairs: 06-02 with 06-19 (5 unigrams, 4 bigrams, weight 1/18) and
    # 06-05 with 06-02 (3 unigrams, 2 bigrams, weight 1/4).
    assert s.align_plus_r1 == PRF.of((5 / 18 + 3 / 4) / 8, (5 / 18 + 3 / 4) / 11)
    assert s.align_plus_r2 == PRF.of((4 / 18 + 2 / 4) / 6, (4 / 18 + 2 / 4) / 9)
    # Many-to-one: a same-day pair costs 0 whatever its content, so both system dates go to
    # 06-02 (only 06-05 scores), and 06-02 of the reference takes the first system date.
    assert s.align_m1_r1 == PRF.of((3 / 4) / 8, (5 / 18) / 11)


# --- tilse format ---


def test_read_merges_repeated_dates_in_file_order():
    timeline = read_timeline(ES_REF_TEXT)
    assert list(timeline) == [D(2014, 6, 2), D(2014, 6, 11), D(2014, 6, 19)]
    assert [s[:10] for s in timeline[D(2014, 6, 2)]] == ["El rey Jua", "El preside", "Miles de p"]


def test_read_can_keep_only_the_last_entry_like_tilse():
    timeline = read_timeline(ES_REF_TEXT, duplicates="last")
    assert [s[:10] for s in timeline[D(2014, 6, 2)]] == ["El preside", "Miles de p"]
    with pytest.raises(ValueError, match="duplicates"):
        read_timeline(ES_REF_TEXT, duplicates="first")


def test_write_then_read_round_trips():
    text = write_timeline(QUIRKS_SYS | {D(2018, 12, 31): ["  Spaced   out\tsentence "]})
    assert text.startswith("2018-12-31\nSpaced out sentence\n" + "-" * 32 + "\n2019-01-07\n")
    assert text.endswith("-" * 32 + "\n")
    back = read_timeline(text)
    assert back == QUIRKS_SYS | {D(2018, 12, 31): ["Spaced out sentence"]}
    assert list(back) == sorted(back)
    assert read_timeline(write_timeline(back)) == back


def test_write_accepts_a_model_timeline():
    timeline = Timeline([Entry(D(2020, 1, 2), [TimelineSentence("Second day .", "a2")]),
                         Entry(D(2020, 1, 1), [TimelineSentence("First day .", "a1")])])
    assert write_timeline(timeline) == (
        "2020-01-01\nFirst day .\n" + "-" * 32 + "\n2020-01-02\nSecond day .\n" + "-" * 32 + "\n")


def test_write_refuses_sentences_that_would_read_back_as_structure():
    with pytest.raises(ValueError, match="date"):
        write_timeline({D(2020, 1, 1): ["2020-01-02"]})
    with pytest.raises(ValueError, match="separator"):
        write_timeline({D(2020, 1, 1): ["-" * 32]})


def test_read_from_a_file(tmp_path):
    path = tmp_path / "topic.txt"
    path.write_text(write_timeline(FLOOD_REF), encoding="utf-8")
    assert read_timeline(path) == read_timeline(str(path)) == FLOOD_REF
    with pytest.raises(FileNotFoundError):
        read_timeline(tmp_path / "missing.txt")


@pytest.mark.parametrize("text, line, message", [
    ("A sentence first .\n", 1, "expected a YYYY-MM-DD date line"),
    ("2020-02-30\nNo such day .\n" + "-" * 32 + "\n", 1, "invalid date"),
])
def test_unreadable_text_names_the_line(text, line, message):
    with pytest.raises(ValueError, match=f"<text>, line {line}: .*{message}"):
        read_timeline(text)


SEP = "-" * 32
TWO_DAYS = {D(2020, 1, 1): ["One ."], D(2020, 1, 2): ["Two ."]}


@pytest.mark.parametrize("text, line, message", [
    (f"2020-01-01\nOne .{SEP}\n2020-01-02\nTwo .\n{SEP}\n", 2, "separator glued to text"),
    (f"2020-01-01\nOne .\n{SEP}2020-01-02\nTwo .\n{SEP}\n", 3, "separator glued to text"),
    (f"2020-01-01\nOne .\n{'-' * 30}\n2020-01-02\nTwo .\n{SEP}\n", 3, "separator of 30 dashes"),
    (f"2020-01-01\nOne .\n{SEP}\n{SEP}\n2020-01-02\nTwo .\n{SEP}\n", 4, "separator without a date"),
    (f"2020-01-01\nOne .\n2020-01-02\nTwo .\n{SEP}\n", 3, "separator line is missing"),
    (f"2020-01-01\nOne .\n{SEP}\n\n2020-01-02\nTwo .\n", 5, "no separator line after it"),
])
def test_bent_format_is_read_with_a_warning_naming_the_line(text, line, message):
    heard: list[str] = []
    assert read_timeline(text, warn=heard.append) == TWO_DAYS
    assert len(heard) == 1 and heard[0].startswith(f"<text>, line {line}: ") and message in heard[0]
    with pytest.warns(TimelineFormatWarning, match=message):
        read_timeline(text)


def test_dashes_in_prose_are_text():
    text = f"2020-01-01\nPrices -- and wages --- rose .\n{SEP}\n"
    assert read_timeline(text) == {D(2020, 1, 1): ["Prices -- and wages --- rose ."]}


def test_malformed_file_names_the_file(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"2020-01-01\nfine .\nbad \xff byte\n" + b"-" * 32 + b"\n")
    with pytest.raises(ValueError, match=f"{path}, line 3: not valid UTF-8"):
        read_timeline(path)
    path.write_text("2020-01-01\n" + "-" * 32 + "\nnot a date\n", encoding="utf-8")
    with pytest.raises(ValueError, match=f"{path}, line 3: expected a YYYY-MM-DD"):
        read_timeline(path)


@pytest.mark.shared_data
@pytest.mark.skipif(not SHARED_REFERENCES.is_dir(), reason="needs ../shared/data")
def test_reads_the_ml_crisis_references():
    for path in sorted(SHARED_REFERENCES.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        timeline = read_timeline(path)
        separators = lines.count("-" * 32)
        dated = sum(1 for line in lines if len(line) == 10 and line[4] == "-" and line[7] == "-")
        assert dated == separators >= len(timeline) > 0, path
        assert sum(map(len, timeline.values())) == len([s for s in lines if s]) - 2 * separators


def test_cli_reads_a_glued_separator_and_warns(tmp_path):
    from typer.testing import CliRunner

    from dateline.cli import app

    reference = tmp_path / "reference.txt"
    reference.write_text(f"2020-01-01\nOne .{SEP}\n2020-01-02\nTwo .\n{SEP}\n", encoding="utf-8")
    system = tmp_path / "system.txt"
    system.write_text(write_timeline(TWO_DAYS), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "tls", str(system), str(reference)])
    assert result.exit_code == 0, result.output
    assert f"{reference}, line 2: separator glued to text" in " ".join(result.output.split())
