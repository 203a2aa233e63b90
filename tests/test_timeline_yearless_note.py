"""The timeline's note on undated articles tells those whose text gives a day and month but no
year (wire datelines) from those that say nothing, and points to the hint range (audit s25,
defect 18), in every language; fails on main at 3b620d7 ("their text does not say it")."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.pipeline import process
from dateline.timeline import names_day_without_year, prepare

# An undated wire story: its dateline gives day and month, no year.
YEARLESS = {
    "en": "BREMERHAVEN, March 5 (Reuters) - The salvage firm won the contract for the tanker Aurora.",
    "fr": "BREMERHAVEN, 5 mars (AFP) - L'entreprise de sauvetage a obtenu le contrat du pétrolier Aurora.",
    "it": "BREMERHAVEN, 5 marzo - La ditta di recupero ha ottenuto il contratto per la petroliera Aurora.",
    "es": "BREMERHAVEN, 5 mar (EFE).- La empresa de salvamento obtuvo el contrato del petrolero Aurora.",
    "de": "BREMERHAVEN, 5. März (dpa) - Die Bergungsfirma hat den Auftrag für den Tanker Aurora erhalten.",
    "pt": "BREMERHAVEN, 5 de março (Lusa) - A empresa de salvamento obteve o contrato do petroleiro Aurora.",
    "ru": "БРЕМЕРХАФЕН, 5 марта (Рейтер) - Спасательная компания получила контракт на танкер Аврора.",
    "ar": "بريمرهافن، 5 مارس (رويترز) - حصلت شركة الإنقاذ على عقد ناقلة النفط أورورا.",
}
# An undated text that names no day at all.
NOTHING = {
    "en": "The tanker Aurora is still aground. The salvage will take weeks.",
    "fr": "Le pétrolier Aurora est toujours échoué. Le sauvetage prendra des semaines.",
    "it": "La petroliera Aurora è ancora incagliata. Il recupero richiederà settimane.",
    "es": "El petrolero Aurora sigue encallado. El salvamento durará semanas.",
    "de": "Der Tanker Aurora liegt weiter fest. Die Bergung wird Wochen dauern.",
    "pt": "O petroleiro Aurora continua encalhado. O salvamento vai durar semanas.",
    "ru": "Танкер Аврора все еще на мели. Спасение займет недели.",
    "ar": "لا تزال ناقلة النفط أورورا جانحة. وستستغرق عملية الإنقاذ أسابيع.",
}


@pytest.mark.parametrize("lang", sorted(YEARLESS))
def test_the_note_tells_yearless_datelines_and_names_the_hint(tmp_path: Path, lang: str) -> None:
    (tmp_path / "wire.txt").write_text(YEARLESS[lang], encoding="utf-8")
    (tmp_path / "plain.txt").write_text(NOTHING[lang], encoding="utf-8")
    articles = list(process([tmp_path], lang=lang))
    assert [a.date for a in articles] == [None, None]
    by_name = {Path(a.path or a.id).name: a for a in articles}
    assert names_day_without_year(by_name["wire.txt"]) and not names_day_without_year(by_name["plain.txt"])
    notes = prepare(articles, None)[1]
    yearless = [n for n in notes if "day and month but no year" in n]
    assert len(yearless) == 1 and yearless[0].startswith("1 article(s)"), notes
    assert "--hint-start" in yearless[0] and "--hint-end" in yearless[0]
    assert any(n.startswith("1 article(s) have no publication date and their text does not say it") for n in notes)
