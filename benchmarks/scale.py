"""Scale benchmark: `dateline analyze` on generated JSONL shards, one worker vs a pool vs Dask.

    python benchmarks/scale.py [--articles 20000] [--shard-size 1000] [--runs single,pool,dask]

Generates the articles (from templates written for this benchmark, four languages, a fifth
undated, some wire copies) into JSONL shards, then runs each configuration in a fresh
process and prints a table: articles/s, speed-up over one worker, and peak RSS per worker
(the largest resident set of any process that analysed shards) and of the main process, and
the CPU time of all processes (Dask workers are counted once their cluster has shut down).
Use `--articles 200000` for the issue's full run, and compare its per-worker RSS with a 50k
run: a worker holds one shard at a time, so it must not grow with the corpus. The machine's
load average is printed with each run, since other work on the box slows the figures down.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Templates: {d} is a date written in the language, {w} a weekday, {p} a person, {c} a city,
# {o} an organisation, {n} a number. Written for this benchmark.
TEMPLATES = {
    "en": [
        "{p} arrived in {c} on {w}, {d}, for talks with {o} on trade and energy.",
        "The meeting, the third this year, ended after {n} hours with a joint statement.",
        "Officials said a new round of negotiations would start next month in {c}.",
        "{o} announced on {d} that it would cut its forecast by {n} percent.",
        "Critics said the agreement signed last week does little for workers in the north.",
        "The two sides will meet again in the spring, a spokesman for {o} said.",
    ],
    "es": [
        "{p} llegó a {c} el {w} {d} para reunirse con {o} sobre comercio y energía.",
        "La reunión, la tercera de este año, terminó tras {n} horas con una declaración conjunta.",
        "Según fuentes oficiales, una nueva ronda de negociaciones empezará el mes próximo en {c}.",
        "{o} anunció el {d} que recortará su previsión un {n} por ciento.",
        "Los críticos dijeron que el acuerdo firmado la semana pasada apenas ayuda al norte.",
        "Las dos partes volverán a reunirse en primavera, dijo un portavoz de {o}.",
    ],
    "fr": [
        "{p} est arrivé à {c} le {w} {d} pour des entretiens avec {o} sur le commerce.",
        "La réunion, la troisième cette année, s'est achevée après {n} heures par une déclaration commune.",
        "Selon des responsables, un nouveau cycle de négociations commencera le mois prochain à {c}.",
        "{o} a annoncé le {d} qu'elle réduirait sa prévision de {n} pour cent.",
        "Les critiques estiment que l'accord signé la semaine dernière aide peu le nord.",
        "Les deux parties se retrouveront au printemps, a indiqué un porte-parole de {o}.",
    ],
    "de": [
        "{p} kam am {w}, dem {d}, zu Gesprächen mit {o} über Handel und Energie nach {c}.",
        "Das Treffen, das dritte in diesem Jahr, endete nach {n} Stunden mit einer gemeinsamen Erklärung.",
        "Nach Angaben von Beamten beginnt im nächsten Monat in {c} eine neue Verhandlungsrunde.",
        "{o} kündigte am {d} an, seine Prognose um {n} Prozent zu senken.",
        "Kritiker sagten, das in der vergangenen Woche unterzeichnete Abkommen helfe dem Norden kaum.",
        "Beide Seiten wollen sich im Frühjahr wieder treffen, sagte ein Sprecher von {o}.",
    ],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
}
PEOPLE = ["Maria Ortega", "Chen Wei", "Anna Keller", "Omar Haddad", "Luc Moreau", "Olga Petrova"]
CITIES = ["Moscow", "Beijing", "Madrid", "Paris", "Berlin", "Cairo", "Lima", "Oslo"]
ORGS = ["the World Bank", "OPEC", "the European Commission", "the IMF", "Gazprom", "Siemens"]


def _written(day: dt.date, lang: str) -> str:
    month = MONTHS[lang].split()[day.month - 1]
    if lang == "en":
        return f"{month} {day.day}, {day.year}"
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day}{'.' if lang == 'de' else ''} {month} {day.year}"


SYLLABLES = "ka lo mi ne ru sa te vi do ba ze fi gu ho ja ke lu ma no pe ri so ta ul ve".split()
TOPIC = {
    "en": ["The talks also covered {t0}, {t1} and the {t2} {t3} project.",
           "Residents of {t4} blamed {t5} for the {t6} {t7} delays."],
    "es": ["Las conversaciones trataron también de {t0}, {t1} y el proyecto {t2} {t3}.",
           "Los vecinos de {t4} culparon a {t5} de los retrasos de {t6} {t7}."],
    "fr": ["Les entretiens ont aussi porté sur {t0}, {t1} et le projet {t2} {t3}.",
           "Les habitants de {t4} accusent {t5} des retards de {t6} {t7}."],
    "de": ["Die Gespräche betrafen auch {t0}, {t1} und das Projekt {t2} {t3}.",
           "Bewohner von {t4} machten {t5} für die Verzögerungen bei {t6} {t7} verantwortlich."],
}


# The days the stories happen on, by default: two years.
FIRST_DAY, DAYS = dt.date(2022, 1, 1), 730


def _story(rng: random.Random, first: dt.date, days: int) -> dict[str, object]:
    """A story: its day (one of `days` from `first`), people, place and four words of its own
    (made-up names of things), so that articles about one story resemble each other more than
    articles about others."""
    return {"day": first + dt.timedelta(days=rng.randrange(days)),
            "p": rng.choice(PEOPLE), "c": rng.choice(CITIES), "o": rng.choice(ORGS),
            "t": ["".join(rng.choices(SYLLABLES, k=3)) for _ in range(10)]}


def _capitalized(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def article(rng: random.Random, number: int, story: dict[str, object]) -> dict[str, object]:
    """One generated article about a story: five or six sentences around its dated event,
    two of them in the story's own words."""
    lang = rng.choice(sorted(TEMPLATES))
    event: dt.date = story["day"]  # type: ignore[assignment]
    published = event + dt.timedelta(days=rng.randrange(4))
    words: list[str] = story["t"]  # type: ignore[assignment]
    fill = {"d": _written(event, lang), "w": WEEKDAYS[lang].split()[event.weekday()],
            "p": story["p"], "c": story["c"], "o": story["o"], "n": rng.randrange(2, 40),
            **{f"t{i}": w for i, w in enumerate(rng.sample(words, 8))}}
    sentences = rng.sample(TEMPLATES[lang], k=rng.choice((3, 4))) + TOPIC[lang]
    rng.shuffle(sentences)
    record: dict[str, object] = {"id": f"gen-{number}", "lang": lang,
                                 "text": " ".join(_capitalized(s.format(**fill)) for s in sentences)}
    if rng.random() >= 0.2:  # a fifth of the articles come undated
        record["date"] = published.isoformat()
    return record


def generate(folder: Path, articles: int, shard_size: int, seed: int = 16, *,
             first: dt.date = FIRST_DAY, days: int = DAYS) -> int:
    """Write the articles as JSONL shards, about four per story, the stories' days spread over
    `days` days from `first`; a tenth are wire copies of an earlier one."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    stories = [_story(rng, first, days) for _ in range(max(1, articles // 4))]
    recent: list[dict[str, object]] = []
    shards = 0
    for start in range(0, articles, shard_size):
        with open(folder / f"shard-{shards:05d}.jsonl", "w", encoding="utf-8") as handle:
            for number in range(start, min(start + shard_size, articles)):
                if recent and rng.random() < 0.1:
                    record = dict(rng.choice(recent), id=f"gen-{number}")
                    record["text"] = f"{rng.choice(CITIES).upper()} — {record['text']}"
                else:
                    record = article(rng, number, rng.choice(stories))
                    recent = (recent + [record])[-50:]
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        shards += 1
    return shards


def run_one(kind: str, shards: Path, out: Path, workers: int) -> dict[str, object]:
    """One configuration, in this (fresh) process; its figures as a dict."""
    from dateline.analyze import Executor, find_shards, run

    executor = {"single": Executor(workers=1), "pool": Executor(workers=workers),
                "dask": Executor(workers=workers, dask_local=True)}[kind]
    found = find_shards([shards])
    started = time.perf_counter()
    reports = run(found, str(out), executor=executor)
    seconds = time.perf_counter() - started
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    return {"articles": sum(r.articles for r in reports), "seconds": seconds, "cpu_seconds": cpu,
            "worker_rss_mib": max(r.peak_rss_kib for r in reports) / 1024,
            "main_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--shard-size", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runs", default="single,pool,dask")
    parser.add_argument("--dir", type=Path, help="Work folder (default: a temporary one, removed after).")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: run one configuration
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.dir / "shards", args.dir / f"out-{args.one}", args.workers)))
        return 0
    with tempfile.TemporaryDirectory(prefix="dateline-scale-") as temporary:
        work = args.dir or Path(temporary)
        shards = generate(work / "shards", args.articles, args.shard_size)
        print(f"{args.articles} articles in {shards} JSONL shards of {args.shard_size}; "
              f"{os.cpu_count()} cores", flush=True)
        rows = []
        for kind in args.runs.split(","):
            load = os.getloadavg()[0]
            done = subprocess.run([sys.executable, __file__, "--one", kind, "--dir", str(work),
                                   "--workers", str(args.workers)], capture_output=True, text=True,
                                  cwd=ROOT)
            if done.returncode != 0:
                print(done.stderr, file=sys.stderr)
                return 1
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            figures.update(kind=kind, load_before=load, load_after=os.getloadavg()[0])
            rows.append(figures)
            print(f"  {kind}: {figures['seconds']:.1f} s", flush=True)
        single = next((r["seconds"] for r in rows if r["kind"] == "single"), None)
        print(f"\n| run | workers | articles | seconds | articles/s | speed-up | peak RSS per worker (MiB) "
              f"| main process RSS (MiB) | CPU s (all processes) | load avg before/after |")
        print("|---|---|---|---|---|---|---|---|---|---|")
        for r in rows:
            workers = 1 if r["kind"] == "single" else args.workers
            speedup = f"{single / r['seconds']:.2f}x" if single else "-"
            print(f"| {r['kind']} | {workers} | {r['articles']} | {r['seconds']:.1f} "
                  f"| {r['articles'] / r['seconds']:.0f} | {speedup} | {r['worker_rss_mib']:.0f} "
                  f"| {r['main_rss_mib']:.0f} | {r['cpu_seconds']:.0f} "
                  f"| {r['load_before']:.1f} / {r['load_after']:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
