"""Lists of other articles below a story, in every language: a block of headlines with a long
one or one ending in a quote among them, and headlines over teasers that end with their dates.

Both were missed (a Spanish page's related list was cut in two by a headline of 17 words, and
the headlines of a teaser list stood alone between marked teasers), and three of a list's
headlines that open with a day made the page a chronology for the timeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest import make_article
from dateline.ingest.boilerplate import furniture
from dateline.temporal import annotate
from dateline.timeline.corpus import Corpus

# Per language, written for these tests: the story (two sentences), then four headlines of other
# articles: one opening with a day, a long one (more than 16 words, one phrase), one opening with
# a day and ending with a quote, and one more opening with a day.
PAGES = {
    "en": ("The army and the rebels agreed on Sunday to a ceasefire in the northern province after weeks of "
           "fighting around the main road. The agreement, signed in the capital, allows aid convoys to reach "
           "the villages that were cut off since January.",
           ["On 18 April peace talks on Yemen resume in Kuwait",
            "The opposition reports the deaths of 39 civilians, the highest daily toll in the city since the "
            "start of the uprising",
            'On 2 May the UN warns the situation is "very serious"',
            "On 9 May rebels retake the airport near the coast"]),
    "es": ("El ejército y los rebeldes acordaron el domingo un alto el fuego en la provincia del norte tras "
           "semanas de combates en torno a la carretera principal. El acuerdo, firmado en la capital, permite "
           "a los convoyes de ayuda llegar a los pueblos aislados desde enero.",
           ["El 18 de abril se retoman en Kuwait las negociaciones de paz para Yemen",
            "La oposición denuncia la muerte de 39 civiles, la cifra diaria más alta en la ciudad desde el "
            "inicio de la revuelta",
            'El 2 de mayo la ONU advierte que la situación es "muy grave"',
            "El 9 de mayo los rebeldes recuperan el aeropuerto cercano a la costa"]),
    "fr": ("L'armée et les rebelles ont conclu dimanche un cessez-le-feu dans la province du nord après des "
           "semaines de combats autour de la route principale. L'accord, signé dans la capitale, permet aux "
           "convois d'aide d'atteindre les villages coupés du monde depuis janvier.",
           ["Le 18 avril reprise au Koweït des négociations de paix sur le Yémen",
            "L'opposition dénonce la mort de 39 civils, le bilan quotidien le plus lourd dans la ville depuis "
            "le début de la révolte",
            "Le 2 mai l'ONU prévient que la situation est « très grave »",
            "Le 9 mai les rebelles reprennent l'aéroport proche de la côte"]),
    "it": ("L'esercito e i ribelli hanno concordato domenica un cessate il fuoco nella provincia settentrionale "
           "dopo settimane di combattimenti intorno alla strada principale. L'accordo, firmato nella capitale, "
           "permette ai convogli di aiuti di raggiungere i villaggi isolati da gennaio.",
           ["Il 18 aprile riprendono in Kuwait i negoziati di pace sullo Yemen",
            "L'opposizione denuncia la morte di 39 civili, il bilancio giornaliero più pesante in città "
            "dall'inizio della rivolta",
            "Il 2 maggio l'ONU avverte che la situazione è «molto grave»",
            "Il 9 maggio i ribelli riprendono l'aeroporto vicino alla costa"]),
    "de": ("Die Armee und die Rebellen haben sich am Sonntag nach wochenlangen Kämpfen um die Hauptstraße auf "
           "eine Waffenruhe in der nördlichen Provinz geeinigt. Die in der Hauptstadt unterzeichnete "
           "Vereinbarung erlaubt es Hilfskonvois, die seit Januar abgeschnittenen Dörfer zu erreichen.",
           ["Am 18. April beginnen in Kuwait wieder die Friedensgespräche für den Jemen",
            "Die Opposition meldet den Tod von 39 Zivilisten, die höchste Zahl an einem Tag in der Stadt "
            "seit Beginn des Aufstands",
            "Am 2. Mai warnt die UNO, die Lage sei „sehr ernst“",
            "Am 9. Mai erobern die Rebellen den Flughafen an der Küste zurück"]),
    "pt": ("O exército e os rebeldes acordaram no domingo um cessar-fogo na província do norte após semanas de "
           "combates em torno da estrada principal. O acordo, assinado na capital, permite que os comboios de "
           "ajuda cheguem às aldeias isoladas desde janeiro.",
           ["Em 18 de abril recomeçam no Kuwait as negociações de paz para o Iêmen",
            "A oposição denuncia a morte de 39 civis, o maior balanço diário na cidade desde o início da revolta",
            'Em 2 de maio a ONU alerta que a situação é "muito grave"',
            "Em 9 de maio os rebeldes retomam o aeroporto perto da costa"]),
    "ru": ("Армия и повстанцы в воскресенье договорились о прекращении огня в северной провинции после "
           "нескольких недель боёв вокруг главной дороги. Соглашение, подписанное в столице, позволяет "
           "колоннам с помощью добраться до деревень, отрезанных с января.",
           ["18 апреля в Кувейте возобновляются мирные переговоры по Йемену",
            "Оппозиция сообщает о гибели 39 мирных жителей, это самое большое число погибших за день в городе "
            "с начала восстания",
            "2 мая ООН предупреждает, что ситуация «очень серьёзная»",
            "9 мая повстанцы отбивают аэропорт у побережья"]),
    "ar": ("اتفق الجيش والمتمردون يوم الأحد على وقف لإطلاق النار في المحافظة الشمالية بعد أسابيع من القتال "
           "حول الطريق الرئيسي. ويسمح الاتفاق الذي وقع في العاصمة لقوافل المساعدات بالوصول إلى القرى "
           "المعزولة منذ يناير.",
           ["في 18 أبريل تستأنف في الكويت مفاوضات السلام بشأن اليمن",
            "المعارضة تعلن مقتل 39 مدنيا، وهي أعلى حصيلة يومية في المدينة منذ بداية الانتفاضة ضد النظام في "
            "الربيع الماضي",
            "في 2 مايو الأمم المتحدة تحذر من أن الوضع «خطير جدا»",
            "في 9 مايو المتمردون يستعيدون المطار القريب من الساحل"]),
}
PUBLISHED = dt.date(2016, 5, 12)


def _story(lang: str) -> list[str]:
    """The page's top: its headline (the long one), then the story's two sentences and the first again."""
    story, headlines = PAGES[lang]
    first, second = story.split(". ", 1)
    return [headlines[1], first + ".", second, first + "."]


def _block(lang: str) -> str:
    """The story, then its four headlines one a line."""
    return "\n".join(_story(lang) + PAGES[lang][1]) + "\n"


def _teasers(lang: str) -> str:
    """The story, then three headlines, each over a teaser: the first and last teasers end
    with their dates, the middle one has none."""
    story, (day, long, quote, other) = PAGES[lang]
    teaser = long + "."
    return "\n".join(_story(lang) + [day, f"{teaser} (23.03.2016)", quote, teaser, other,
                                     f"{teaser} (22.03.2016)"]) + "\n"


def _marked(text: str) -> set[str]:
    return {text[s:e] for s, e, _why in furniture(text, PUBLISHED)}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_block_of_headlines_with_a_long_one_and_a_quote_is_a_link_list(lang: str) -> None:
    text = _block(lang)
    assert _marked(text) == set(PAGES[lang][1][1:]) | {PAGES[lang][1][0]}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_headlines_over_dated_teasers_and_the_undated_items_between_are_other_articles(lang: str) -> None:
    text = _teasers(lang)
    lines = text.splitlines()
    assert _marked(text) == set(lines[4:])


@pytest.mark.parametrize("lang", sorted(PAGES))
@pytest.mark.parametrize("page", [_block, _teasers], ids=["block", "teasers"])
def test_a_list_of_headlines_opening_with_days_stays_out_of_the_timeline(lang: str, page) -> None:  # type: ignore[no-untyped-def]
    article = annotate(make_article(page(lang), id=f"{lang}.txt", date=PUBLISHED, lang=lang))
    corpus = Corpus.build([article], vectorize=False)
    assert not corpus.listed.any()  # no chronology (old code: the en and es taggers made one)
    assert all(PAGES[lang][1][0] not in text for text in corpus.texts)
