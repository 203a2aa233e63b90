"""Benchmark the corpus: ingest generated articles into a fresh store, then time the HTTP API.

    python benchmarks/corpus.py [--articles 10000] [--requests 200] [--keep DIR]

Articles are generated from templates written here (eight languages, dated and undated, some
wire copies of one text from another outlet), saved as JSONL files and ingested with
`dateline ingest` twice, into two fresh stores: with one worker and with one per core. Then
`dateline serve` runs on the second store (127.0.0.1, a free port) and /api/search and
/api/timeline are each asked `--requests` different queries, one at a time. Prints a table:
articles/s, store size, p50/p95 latencies, against the targets (search p95 < 100 ms,
timeline p95 < 1 s).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PER_FILE = 500  # articles per JSONL file

TOWNS = ["Velna", "Harlow", "Orrin", "Tarnby", "Kessel", "Marrow", "Dunmore", "Selby", "Brava",
         "Costa Alta", "Lindau", "Pellin", "Roswick", "Altamar", "Vire", "Quenby", "Ostrow",
         "Sarnia", "Belmar", "Corvo"]
TOPICS = ["budget", "bridge", "flood", "election", "strike", "hospital", "port", "railway",
          "school", "water"]

# Month names and templates per language, written for this benchmark. {town} {topic} {n}
# {weekday} {day} {month} {year} are filled in; each template names a weekday relative to
# the publication date and a full date, as news does.
LANG = {
    "en": (["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"],
           ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
           ["The {town} council voted on the {topic} plan on {weekday}. A second vote, on item {n}, "
            "is set for {month} {day}, {year}, the clerk said. Residents of {town} have followed "
            "the {topic} debate for months.",
            "Officials in {town} said on {weekday} that the {topic} works would start on {month} "
            "{day}. The mayor called report {n} a turning point for {town}."]),
    "es": (["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "octubre", "noviembre", "diciembre"],
           ["lunes", "martes", "miércoles", "jueves", "viernes"],
           ["El ayuntamiento de {town} votó el plan de {topic} el {weekday}. Una segunda votación, "
            "sobre el punto {n}, está prevista para el {day} de {month} de {year}, dijo el secretario.",
            "Las autoridades de {town} anunciaron el {weekday} que las obras de {topic} empezarán "
            "el {day} de {month}. El alcalde calificó el informe {n} de decisivo."]),
    "fr": (["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
            "octobre", "novembre", "décembre"],
           ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
           ["Le conseil de {town} a voté le plan {topic} {weekday}. Un second vote, sur le point "
            "{n}, est prévu le {day} {month} {year}, a indiqué le greffier.",
            "Les autorités de {town} ont annoncé {weekday} que les travaux ({topic}) commenceront "
            "le {day} {month}. Le maire a qualifié le rapport {n} de tournant."]),
    "it": (["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
            "settembre", "ottobre", "novembre", "dicembre"],
           ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
           ["Il consiglio di {town} ha votato il piano {topic} {weekday}. Un secondo voto, sul "
            "punto {n}, è previsto per il {day} {month} {year}, ha detto il segretario.",
            "Le autorità di {town} hanno annunciato {weekday} che i lavori ({topic}) inizieranno "
            "il {day} {month}. Il sindaco ha definito il rapporto {n} una svolta."]),
    "de": (["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
            "Oktober", "November", "Dezember"],
           ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
           ["Der Rat von {town} hat am {weekday} über den Plan ({topic}) abgestimmt. Eine zweite "
            "Abstimmung über Punkt {n} ist für den {day}. {month} {year} angesetzt, sagte der Schreiber.",
            "Die Behörden in {town} teilten am {weekday} mit, die Arbeiten ({topic}) begännen am "
            "{day}. {month}. Der Bürgermeister nannte Bericht {n} einen Wendepunkt."]),
    "pt": (["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
            "outubro", "novembro", "dezembro"],
           ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"],
           ["A câmara de {town} votou o plano de {topic} na {weekday}. Uma segunda votação, sobre "
            "o ponto {n}, está marcada para {day} de {month} de {year}, disse o secretário.",
            "As autoridades de {town} anunciaram na {weekday} que as obras de {topic} começam em "
            "{day} de {month}. O prefeito chamou o relatório {n} de decisivo."]),
    "ru": (["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
            "октября", "ноября", "декабря"],
           ["понедельник", "вторник", "среду", "четверг", "пятницу"],
           ["Совет города {town} в {weekday} проголосовал за план ({topic}). Второе голосование по "
            "пункту {n} назначено на {day} {month} {year} года, сообщил секретарь.",
            "Власти {town} в {weekday} объявили, что работы ({topic}) начнутся {day} {month}. "
            "Мэр назвал доклад {n} поворотным."]),
    "ar": (["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
            "أكتوبر", "نوفمبر", "ديسمبر"],
           ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"],
           ["صوّت مجلس مدينة {town} يوم {weekday} على خطة {topic}. ومن المقرر إجراء تصويت ثانٍ على "
            "البند {n} في {day} {month} {year}، بحسب الأمين.",
            "أعلنت سلطات {town} يوم {weekday} أن أعمال {topic} ستبدأ في {day} {month}. ووصف رئيس "
            "البلدية التقرير {n} بأنه نقطة تحول."]),
}
OUTLETS = ["news.example.org", "wire.example.com", "daily.example.net", "post.example.info"]


def generate(count: int, folder: Path, seed: int = 15) -> int:
    """`count` articles as JSONL files in `folder`: 10% undated, 5% wire copies. Returns the
    number of distinct texts."""
    rng = random.Random(seed)
    start = dt.date(2021, 1, 1)
    records: list[dict[str, object]] = []
    texts = 0
    for n in range(count):
        if records and rng.random() < 0.05:  # a wire copy: the same text from another outlet
            original = rng.choice(records[-50:])
            records.append({**original, "id": f"copy-{n}",
                            "url": f"https://{rng.choice(OUTLETS)}/copy/{n}"})
            continue
        lang = list(LANG)[n % len(LANG)]
        months, weekdays, templates = LANG[lang]
        published = start + dt.timedelta(days=rng.randrange(4 * 365))
        event = published + dt.timedelta(days=rng.randrange(1, 60))
        text = rng.choice(templates).format(
            town=rng.choice(TOWNS), topic=rng.choice(TOPICS), n=n, weekday=rng.choice(weekdays),
            day=event.day, month=months[event.month - 1], year=event.year)
        record: dict[str, object] = {"id": f"a-{n}", "text": text, "lang": lang,
                                     "title": f"Report {n}",
                                     "url": f"https://{rng.choice(OUTLETS)}/{lang}/{n}"}
        if rng.random() >= 0.10:
            record["date"] = published.isoformat()
        records.append(record)
        texts += 1
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(0, len(records), PER_FILE):
        with open(folder / f"part-{i // PER_FILE:04d}.jsonl", "w", encoding="utf-8") as out:
            for record in records[i:i + PER_FILE]:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return texts


def ingest(folder: Path, db: Path, workers: int) -> float:
    """Seconds `dateline ingest` takes into a fresh store."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dateline.cli", "ingest", str(folder), "--db", str(db),
                    "--workers", str(workers)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def queries(count: int, seed: int = 7) -> list[list[tuple[str, str]]]:
    """Different queries as an analyst would ask: a town, a topic, both, a date range, a language."""
    rng = random.Random(seed)
    asked: list[list[tuple[str, str]]] = []
    for n in range(count):
        kind = n % 4
        town, topic = rng.choice(TOWNS), rng.choice(TOPICS)
        if kind == 0:
            params = [("q", town)]
        elif kind == 1:
            params = [("q", town), ("q", topic)]
        elif kind == 2:
            year = rng.choice(["2021", "2022", "2023", "2024"])
            params = [("q", town), ("from", f"{year}-01-01"), ("to", f"{year}-12-31")]
        else:
            params = [("q", town), ("lang", rng.choice(list(LANG)))]
        asked.append(params)
    return asked


def timed(client, url: str, asked: list[list[tuple[str, str]]]) -> list[float]:  # type: ignore[no-untyped-def]
    """Seconds per request, one request at a time."""
    seconds = []
    for params in asked:
        started = time.perf_counter()
        response = client.get(url, params=params)
        seconds.append(time.perf_counter() - started)
        response.raise_for_status()
    return seconds


def serve_and_measure(db: Path, requests: int) -> dict[str, list[float]]:
    import httpx

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "dateline.cli", "serve", "--db", str(db),
                               "--port", str(port), "--read-only"], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    client.get("/api/info").raise_for_status()
                    break
                except httpx.TransportError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("dateline serve did not start") from None
                    time.sleep(0.2)
            client.get("/api/timeline", params={"q": "warmup"})  # first request loads the code
            asked = queries(requests)
            search = timed(client, "/api/search", asked)
            timeline = timed(client, "/api/timeline", asked)
    finally:
        server.terminate()
        server.wait(timeout=20)
    return {"search": search, "timeline": timeline}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="keep the generated files and stores here")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from dateline.pipeline import default_workers

    cores = default_workers()
    with tempfile.TemporaryDirectory() as scratch:
        work = args.keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        folder = work / "articles"
        texts = generate(args.articles, folder)
        rows: list[tuple[str, str, str]] = []
        stores = {}
        for workers in sorted({1, cores}):
            db = work / f"corpus-{workers}.sqlite"
            for stale in work.glob(f"corpus-{workers}.sqlite*"):
                stale.unlink()
            seconds = ingest(folder, db, workers)
            stores[workers] = db
            rows.append((f"ingest, {workers} worker{'s' if workers > 1 else ''}",
                         f"{args.articles / seconds:,.0f} articles/s", f"{seconds:.1f} s for {args.articles:,}"))
        db = stores[cores]
        size = sum(p.stat().st_size for p in work.glob(f"{db.name}*"))
        rows.append(("store size", f"{size / 2**20:.1f} MiB", f"{texts:,} texts, {args.articles:,} articles"))
        latencies = serve_and_measure(db, args.requests)
        targets = {"search": 0.100, "timeline": 1.0}
        for name, seconds in latencies.items():
            p50, p95 = percentile(seconds, 0.5), percentile(seconds, 0.95)
            verdict = "met" if p95 < targets[name] else "NOT met"
            rows.append((f"/api/{name} ({len(seconds)} requests)",
                         f"p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms",
                         f"target p95 < {targets[name] * 1000:.0f} ms: {verdict}"))
    load = os.getloadavg()[0]
    width = max(len(r[0]) for r in rows)
    print(f"corpus benchmark: {args.articles:,} generated articles, {cores} core(s), load {load:.1f}")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:<26}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
