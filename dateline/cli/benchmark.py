"""`dateline benchmark`: accuracy and speed of each stage on a dataset, as a table."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import typer
from rich.table import Table

from dateline.benchmark import dating as dating_bench
from dateline.benchmark import entity_tls as entity_bench
from dateline.benchmark import timex as timex_bench
from dateline.benchmark import tls as tls_bench
from dateline.cli.common import check_language, console, fail, warn_format
from dateline.ingest import IngestError
from dateline.temporal.calibration import EXACT_BAR, JUDGES, WEEK_BAR, Band
from dateline.timeline import METHODS
from dateline.timeline.ranker import shipped_path

app = typer.Typer(help="Measure accuracy and speed on a dataset folder.", no_args_is_help=True)

# Options `tls` and `entity-tls` share.
_ORACLE_HELP = ("Also score Dateline (dateline/loto with --loto) on the reference's dates (+ref-dates: its "
                "summaries alone) and with the reference's sentences on its dates (+ref-sentences: its dates "
                "alone): which part loses; every other method scored gets its +ref-dates row too.")
_WEEKDAY_DATED_HELP = ("Score each topic as an outlet dating the past week's events by weekday would write it "
                       "(days named outright 1-6 days before publication become weekdays; the ranker is fitted "
                       "as without it): does a method hold on a language that dates more events by weekday?")


@app.command("timex")
def timex(
    dataset: Path = typer.Argument(..., help="Folder of gold TimeML files, e.g. TempEval-3 TBAQ-cleaned."),
    lang: str = typer.Option("en", "--lang", callback=check_language, help="Language of the documents."),
    repeats: int = typer.Option(3, "--repeats", help="Timing runs (the median is reported)."),
    errors: Path = typer.Option(None, "--errors", help="Write every value that differs from gold here (TSV)."),
    split: str = typer.Option("all", "--split",
                              help="Score only the tune or the heldback part of a split (all: every document)."),
    split_file: Path = typer.Option(None, "--split-file",
                                    help="Held-back document ids, one a line (default: the shipped split naming "
                                         "these documents: Spanish TimeBank train, TBAQ)."),
) -> None:
    """Temporal tagging: TempEval-3 scores, and documents and tokens per second on one core."""
    if not dataset.is_dir():
        raise typer.BadParameter(f"{dataset} is not a folder")
    if split != "all" and split_file is None:
        split_file = timex_bench.shipped_split(dataset)
        if split_file is None:
            raise typer.BadParameter(f"no shipped split names the documents of {dataset}: give --split-file")
    heldback = timex_bench.read_split(split_file) if split != "all" else set()
    try:
        result = timex_bench.run(dataset, lang, repeats, split, heldback)
    except IngestError as error:  # a gold file that is not TimeML: its name and why, not a traceback
        fail(str(error), "fix or remove that file: a benchmark needs every gold document")
    except ValueError as error:
        raise typer.BadParameter(f"{split_file}: {error}" if split != "all" else str(error)) from None
    if not result.documents:
        fail(f"{dataset}: no TimeML document (.tml) to score" + ("" if split == "all" else f" in the {split} part"))
    scores = result.counts.scores()
    part = "" if split == "all" else f" ({split} part)"
    table = Table(title=f"Temporal tagging, {dataset}{part}")
    for column in ("docs", "tokens", "strict F1", "relaxed F1", "value F1", "type F1",
                   "CPU seconds", "docs/s", "tokens/s"):
        table.add_column(column, justify="right")
    table.add_row(str(result.documents), str(result.tokens), f"{scores['strict_f1']:.3f}",
                  f"{scores['relaxed_f1']:.3f}", f"{scores['value_f1']:.3f}", f"{scores['type_f1']:.3f}",
                  f"{result.seconds:.2f}", f"{result.docs_per_second:.0f}",
                  f"{result.tokens_per_second:,.0f}")
    console.print(table)
    paths = Table(title="Values by how they were resolved (matched expressions)")
    for column in ("resolved from", "matched", "other value than gold", "share"):
        paths.add_column(column, justify="right")
    for path, (matched, right) in result.resolutions.items():
        paths.add_row(path, str(matched), str(matched - right), f"{(matched - right) / matched:.0%}")
    console.print(paths)
    elsewhere = sum(miss.gold_elsewhere for miss in result.misses)
    console.print(f"{len(result.misses)} matched expressions with another value than gold; in {elsewhere} "
                  "of them gold writes the same words elsewhere in the form of ours")
    if errors is not None:
        rows = ["file\ttext\tgold\tours\tour text\tgold elsewhere in our form\tresolved from"]
        rows += [f"{m.document}\t{m.gold.text}\t{m.gold.value}\t{m.system.value}\t{m.system.text}\t"
                 f"{'yes' if m.gold_elsewhere else 'no'}\t{m.system.resolution or 'unknown'}" for m in result.misses]
        errors.write_text("\n".join(rows) + "\n", encoding="utf-8")
        console.print(f"written to {errors}")


@app.command("tls")
def tls(
    dataset: Path = typer.Argument(..., help="ML-Crisis layout: TOPIC/YYYY-MM-DD/*.txt and reference/TOPIC.txt."),
    lang: str = typer.Option(None, "--lang", callback=check_language, help="Language of the articles (identified if not given)."),
    method: list[str] = typer.Option(None, "--method", "-m", help="Methods to run (default: all)."),
    keywords: Path = typer.Option(None, "--keywords", help="JSON file: topic -> list of query terms."),
    loto: bool = typer.Option(False, "--loto", help="Also score dateline/loto: each topic with the date ranker fitted without it."),
    pool: list[Path] = typer.Option(None, "--pool", help="With --loto: other dev sets whose topics the ranker is also fitted on (ML-Crisis or SemEval-2015 layout); also scores dateline/transfer, the ranker fitted on them alone."),
    pool_keywords: list[Path] = typer.Option(None, "--pool-keywords", help="Keywords file of each --pool dev set, in order."),
    pool_lang: str = typer.Option(None, "--pool-lang", callback=check_language, help="Language of the --pool dev sets' ML-Crisis articles (identified if not given), as `refit --lang` reads them."),
    sample: float = typer.Option(None, "--sample", help="Keep only this share of each topic's articles (the same ones on every run): does a method hold on a smaller collection?"),
    rest: bool = typer.Option(False, "--rest", help="With --sample: keep the articles the sample leaves out instead (--sample 0.5 with and without --rest: two halves sharing no article)."),
    oracle: bool = typer.Option(False, "--oracle", help=_ORACLE_HELP),
    weekday_dated: bool = typer.Option(False, "--weekday-dated", help=_WEEKDAY_DATED_HELP),
) -> None:
    """Timeline summarization end to end: tilse AR1-F, AR2-F, Date-F1, wall and CPU seconds per topic."""
    if not dataset.is_dir():
        raise typer.BadParameter(f"{dataset} is not a folder")
    if sample is not None and not 0 < sample <= 1:
        raise typer.BadParameter(f"a share of the articles in (0, 1], not {sample}", param_hint="--sample")
    if rest and sample is None:
        raise typer.BadParameter("--rest keeps what a --sample leaves out: give --sample too", param_hint="--rest")
    queries = _keywords(keywords) if keywords else None
    _check_methods(method)
    extra = _pool(pool, pool_keywords, pool_lang) if loto else []
    try:
        topics = tls_bench.topics(dataset)
    except FileNotFoundError as error:
        raise typer.BadParameter(str(error)) from None
    console.print(f"{len(topics)} topic(s) in {dataset}: {', '.join(topics)}")
    try:
        results = tls_bench.run(dataset, lang=lang, methods=method or None, keywords=queries,
                                loto=loto, pool=extra, warn=warn_format, sample=sample, rest=rest, oracle=oracle, weekday=weekday_dated, on_topic=lambda r: console.print(
                                    f"  {r.topic}: {r.articles} articles read and tagged in "
                                    f"{r.prepare_seconds:.1f} s"))
    except ValueError as error:  # too few topics to fit a ranker without each one
        raise typer.BadParameter(str(error), param_hint="--loto") from None
    if not results:
        console.print("[yellow]no topic with both articles and a reference timeline[/]")
        raise typer.Exit(1)
    print_tls_tables(results, str(dataset), baseline="datewise")


def print_tls_tables(results: list[tls_bench.TopicRun], title: str, *, baseline: str) -> None:
    """One table per tokenizer: every method on every topic, then each method's mean. Seconds
    are wall clock and this process's CPU time (reading and tagging the topic, then the
    method): on a shared machine the wall clock moves with the load, the CPU time much less."""
    methods = list(results[0].methods)
    for tokenizer in tls_bench.TOKENIZERS:
        table = Table(title=f"Timeline summarization, {title} ({tokenizer} tokens)")
        for column in ("topic", "method", "dates × sentences", "AR1-F", "AR2-F", "Date-F1", "seconds", "CPU s"):
            table.add_column(column, justify="right")
        for r in results:
            for name in methods:
                run = r.methods[name]
                s = run.scores[tokenizer]
                table.add_row(r.topic, name, f"{len(run.timeline.entries)}/{r.reference_dates} ×{r.sentences}",
                              f"{s.ar1_f:.3f}", f"{s.ar2_f:.3f}", f"{s.date_f1:.3f}",
                              f"{r.prepare_seconds + run.seconds:.2f}", f"{r.prepare_cpu + run.cpu:.2f}",
                              end_section=name == methods[-1])
        for name in methods:
            s = tls_bench.means(results, name, tokenizer)
            seconds = sum(r.prepare_seconds + r.methods[name].seconds for r in results) / len(results)
            cpu = sum(r.prepare_cpu + r.methods[name].cpu for r in results) / len(results)
            table.add_row("[bold]mean[/]", f"[bold]{name}[/]", "", f"{s.ar1_f:.3f}",
                          f"{s.ar2_f:.3f}", f"{s.date_f1:.3f}", f"{seconds:.2f}", f"{cpu:.2f}")
        console.print(table)
    if any(r.coverage for r in results):
        print_coverage(results, title)
    ours = next((m for m in (tls_bench.LOTO, "dateline") if m in methods), None)
    if baseline in methods:  # the held-back figures: leave-one-topic-out, and fitted on the other dev sets
        for name in [m for m in (ours, tls_bench.TRANSFER) if m in methods]:
            print_leads(tls_bench.leads(results, name, baseline, tls_bench.TOKENIZERS[0]), name, baseline)


def print_coverage(results: list[tls_bench.TopicRun], title: str) -> None:
    """The reference's dates by reach (`--oracle`, `tls_bench.Coverage`): what caps every method."""
    table = Table(title=f"Reference dates within reach, {title}")
    for column in ("topic", "reference dates", "candidates", "referred to only off topic", "referred to by no sentence"):
        table.add_column(column, justify="right")
    covered = [(r.topic, r.coverage) for r in results if r.coverage is not None]
    total = sum((c for _, c in covered), tls_bench.Coverage(0, 0, 0))
    for k, (topic, c) in enumerate([*covered, ("[bold]all[/]", total)]):
        n = c.reference_dates
        table.add_row(topic, str(n), f"{c.candidates} ({c.candidates / max(n, 1):.0%})", str(c.off_topic),
                      str(c.unreferred), end_section=k == len(covered) - 1)
    console.print(table)


def print_leads(rows: list[tls_bench.Lead], ours: str, baseline: str) -> None:
    """Our method over the baseline per topic: where a mean lead comes from (rouge tokens)."""
    table = Table(title=f"{ours} over {baseline}, per topic ({tls_bench.TOKENIZERS[0]} tokens)")
    for column in ("topics", "AR1-F", baseline, "×", "Date-F1", baseline, "×"):
        table.add_column(column, justify="right")
    topics = next(k for k, lead in enumerate(rows) if lead.label == "mean")
    for k, lead in enumerate(rows):
        table.add_row(lead.label, f"{lead.ours.ar1_f:.3f}", f"{lead.baseline.ar1_f:.3f}",
                      f"{lead.ratio('ar1'):.2f}", f"{lead.ours.date_f1:.3f}",
                      f"{lead.baseline.date_f1:.3f}", f"{lead.ratio('date'):.2f}",
                      end_section=k == topics - 1)
    console.print(table)


@app.command("entity-tls")
def entity_tls(
    trial: Path = typer.Argument(..., help="SemEval-2015 Task 4 folder: corpus_TimeML/ and timelines_gold/."),
    method: list[str] = typer.Option(None, "--method", "-m", help="Methods to run (default: all)."),
    keywords: Path = typer.Option(None, "--keywords", help="JSON file: entity name -> list of query terms (default: the name)."),
    loto: bool = typer.Option(False, "--loto", help="Also score dateline/loto: each entity with the date ranker fitted without it."),
    pool: list[Path] = typer.Option(None, "--pool", help="With --loto: other dev sets whose topics the ranker is also fitted on (ML-Crisis or SemEval-2015 layout); also scores dateline/transfer, the ranker fitted on them alone."),
    pool_keywords: list[Path] = typer.Option(None, "--pool-keywords", help="Keywords file of each --pool dev set, in order."),
    pool_lang: str = typer.Option(None, "--pool-lang", callback=check_language, help="Language of the --pool dev sets' ML-Crisis articles (identified if not given), as `refit --lang` reads them."),
    oracle: bool = typer.Option(False, "--oracle", help=_ORACLE_HELP),
    weekday_dated: bool = typer.Option(False, "--weekday-dated", help=_WEEKDAY_DATED_HELP),
) -> None:
    """English entity timelines: references built from the gold event timelines, tilse scores."""
    if not trial.is_dir():
        raise typer.BadParameter(f"{trial} is not a folder")
    queries = _keywords(keywords) if keywords else None
    _check_methods(method)
    extra = _pool(pool, pool_keywords, pool_lang) if loto else []
    try:
        results = entity_bench.run(trial, methods=method or None, keywords=queries, loto=loto,
                                   pool=extra, oracle=oracle, weekday=weekday_dated, on_topic=lambda r: console.print(
                                       f"  {r.topic}: {r.reference_dates} reference dates"))
    except (FileNotFoundError, ValueError) as error:
        raise typer.BadParameter(str(error)) from None
    if not results:
        console.print("[yellow]no entity timeline with a dated event[/]")
        raise typer.Exit(1)
    console.print(f"{results[0].articles} articles read and tagged in {results[0].prepare_seconds:.1f} s")
    print_tls_tables(results, str(trial), baseline="namecount")


@app.command("refit")
def refit(
    datasets: list[Path] = typer.Argument(..., help="Dev sets with reference timelines: ML-Crisis layout or SemEval-2015 TimeLine data."),
    keywords: list[Path] = typer.Option(None, "--keywords", help="Keywords file of each dev set, in order."),
    lang: str = typer.Option(None, "--lang", help="Language of ML-Crisis articles (identified if not given)."),
    output: Path = typer.Option(None, "--output", "-o", help="Where to write the weights (default: the shipped file)."),
) -> None:
    """Fit the default method's date ranker on every topic of the dev sets and save it.

    The weights are the mean of the fits leaving each topic out, and each topic counts as
    written and as an outlet dating the past week's events by weekday would write it
    (`dateline.benchmark.tls.training_rows`): the same code and dev sets give the same file."""
    topics = _pool(datasets, keywords, lang)
    if not topics:
        raise typer.BadParameter("no topic with a reference timeline", param_hint="DATASETS")
    try:
        ranker = tls_bench.fit_ranker(topics)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="DATASETS") from None
    target = output or shipped_path()
    ranker.save(target)
    table = Table(title=f"Date ranker fitted on {len(topics)} topics")
    table.add_column("feature")
    table.add_column("weight", justify="right")
    for name, weight in zip(ranker.features, ranker.weights):
        table.add_row(name, f"{weight:+.3f}")
    console.print(table)
    console.print(f"written to {target}")


def _pool(datasets: list[Path] | None, keywords: list[Path] | None,
          lang: str | None) -> list[tls_bench.Topic]:
    """The topics of dev sets named on the command line, each with its keywords file, their
    ML-Crisis articles read in `lang` (identified when None)."""
    files = list(keywords or [])
    if len(files) > len(datasets or []):
        raise typer.BadParameter("more keywords files than dev sets", param_hint="--keywords")
    topics: list[tls_bench.Topic] = []
    for k, dataset in enumerate(datasets or []):
        if not dataset.is_dir():
            raise typer.BadParameter(f"{dataset} is not a folder")
        queries = _keywords(files[k]) if k < len(files) else None
        try:
            topics += tls_bench.load_any(dataset, lang=lang, keywords=queries, warn=warn_format)
        except FileNotFoundError as error:
            raise typer.BadParameter(str(error)) from None
    return topics


def _check_methods(method: list[str] | None) -> None:
    unknown = [m for m in method or [] if m not in METHODS]
    if unknown:
        raise typer.BadParameter(f"unknown method(s) {', '.join(unknown)}", param_hint="--method")


def _keywords(path: Path) -> dict[str, list[str]]:
    """The --keywords file: a JSON object mapping each topic to a list of query terms."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise typer.BadParameter(f"{path}: {error}", param_hint="--keywords") from None
    if not isinstance(data, dict) or not all(
            isinstance(v, list) and all(isinstance(t, str) for t in v) for v in data.values()):
        raise typer.BadParameter(f"{path}: expected {{topic: [term, ...]}}", param_hint="--keywords")
    return data


@app.command("dating")
def dating(
    dataset: Path = typer.Argument(..., help="Dated documents: TimeML (DCT), TOPIC/YYYY-MM-DD/*.txt, or text with a date header."),
    lang: str = typer.Option("en", "--lang", callback=check_language, help="Language of the documents."),
    repeats: int = typer.Option(3, "--repeats", help="Timing runs (the median is reported)."),
    dev: list[str] = typer.Option(list(dating_bench.DEV_PARTS), "--dev",
                                  help="Parts (first folders under the dataset) that are development data; "
                                       "the others are held back."),
    hint_years: list[int] = typer.Option([], "--hint-years",
                                         help="Also date with a hint window of N years holding the truth at a "
                                              "random offset (fixed seed); repeat for several."),
    hint_span: bool = typer.Option(False, "--hint-span/--no-hint-span",
                                   help="Also date with the dataset's span, widened as the pipeline widens a collection's, as the hint."),
    collection: bool = typer.Option(False, "--collection/--no-collection",
                                    help="Also date each document within its part (one collection), the dates of a "
                                         "fifth of the part hidden at a time (fixed seed), as the pipeline dates a "
                                         "collection's undated articles: the text, else the span of the part's dated "
                                         "ones, and near-duplicates."),
) -> None:
    """Publication-date inference with the date hidden, beside the naive rules, dev and held-back.

    Dateline's answers (default threshold) and best guesses (--min-confidence 0) against "the
    latest full date named" and "the most frequent full date named"; then the reliability of
    the confidence (bucket → share of exact days) per language and part; then speed.
    """
    if not dataset.is_dir():
        raise typer.BadParameter(f"{dataset} is not a folder")
    settings: list[int | str] = [n for n in hint_years if n > 0]
    if hint_span:
        settings.append("span")
    if collection:
        settings.append("collection")
    result = dating_bench.run(dataset, lang, repeats, settings, dev)
    if not result.documents:
        fail(f"{dataset}: no dated document to score", "give TimeML files with a DCT, TOPIC/YYYY-MM-DD/*.txt "
             "or text files with a date header")
    parts = sorted({(d.split, d.part) for d in result.docs})
    console.print(f"{dataset}: {result.documents} dated documents, date hidden; "
                  + "; ".join(f"{split}: {', '.join(p or '(top)' for s, p in parts if s == split)}"
                              for split in (dating_bench.DEV, dating_bench.HELD_BACK)
                              if any(s == split for s, _ in parts)))
    runs = [("none", result.scores, dating_bench.METHODS)]
    runs += [(h.name, h.scores, tuple(m for m in (dating_bench.ANSWERS, dating_bench.BEST) if (dating_bench.DEV, m) in h.scores))
             for h in result.hinted]
    table = Table(title=f"Publication dates, {dataset}: Dateline beside the naive rules")
    for column in ("hint", "split", "method", "docs", "dated", "coverage", "exact", "exact rate",
                   "±7 days", "±7 rate"):
        table.add_column(column, justify="left" if column in ("hint", "split", "method") else "right")
    for name, scores, methods in runs:
        for split in (dating_bench.DEV, dating_bench.HELD_BACK, "all"):
            if not scores[(split, methods[0])].documents:
                continue
            for method in methods:
                s = scores[(split, method)]
                table.add_row(name, split, method, str(s.documents), str(s.answered), f"{s.coverage:.3f}",
                              str(s.exact), f"{s.rate(s.exact):.3f}", str(s.within7), f"{s.rate(s.within7):.3f}",
                              end_section=method == methods[-1])
    console.print(table)
    console.print(_reliability_table(result))
    console.print(_evidence_table(result))
    console.print(f"dating {result.dating_docs_per_second:.0f} docs/s; tagging the same texts "
                  f"{result.tagging_docs_per_second:.0f} docs/s")


def _reliability_table(result: dating_bench.DatingBenchmark) -> Table:
    """Confidence bucket → how often the best guess is the right day, and within a week of it
    (what an answer must also be), per language and split."""
    table = Table(title="Reliability of the confidence (best guesses): share of exact days and of days "
                        "within 7 days per bucket")
    names = dating_bench.bucket_names()
    table.add_column("language, split")
    for name in names:
        table.add_column(name, justify="right")
    for (lang, split), rows in sorted(result.reliability.items()):
        table.add_row(f"{lang}, {split}", *(f"{s.rate(s.exact):.2f} / {s.rate(s.within7):.2f} "
                                            f"({s.mean_confidence:.2f}) n={s.answered}"
                                            if s.answered else "–" for s in rows))
    table.caption = "each cell: share right / share within 7 days (mean confidence) n=documents"
    return table


def _evidence_table(result: dating_bench.DatingBenchmark) -> Table:
    """The best guesses by the kind of evidence that points at them: share right beside mean confidence."""
    table = Table(title="Best guesses by the evidence that points at them: share right beside the confidence")
    for column in ("evidence", "split", "guesses", "exact rate", "±7 rate", "mean confidence"):
        table.add_column(column, justify="left" if column in ("evidence", "split") else "right")
    for (kind, split), s in sorted(result.evidence.items()):
        table.add_row(kind, split, str(s.answered), f"{s.rate(s.exact):.2f}", f"{s.rate(s.within7):.2f}",
                      f"{s.mean_confidence:.2f}")
    return table


@app.command("dating-fit")
def dating_fit(
    datasets: list[Path] = typer.Argument(..., help="Dated documents (as for `benchmark dating`); only their dev parts are used."),
    dev: list[str] = typer.Option(list(dating_bench.DEV_PARTS), "--dev", help="Parts that are development data."),
    check: list[Path] = typer.Option([], "--check", help="Dated documents of another kind that only judge the answer "
                                                          "threshold (all their parts; repeat for several)."),
    keep_ranker: bool = typer.Option(False, "--keep-ranker/--refit-ranker",
                                     help="Keep the shipped ranker and confidence; learn only the answer threshold."),
    output: Path = typer.Option(None, "--output", "-o", help="Where to write the calibration (default: the one Dateline ships)."),
) -> None:
    """Refit the publication-date ranker, its calibration and the answer threshold.

    The ranker and the confidence are fitted on the dev parts of the datasets, every
    language's documents together, so that a confidence means the same in each; the answer
    threshold is the lowest confidence band whose best guesses are right as often as answers
    must be on the dev parts and on each --check dataset. The held-back parts stay unseen
    for `dateline benchmark dating` to report on.
    """
    from dateline.temporal import calibration
    from dateline.temporal.dating import article_candidates

    for folder in [*datasets, *check]:
        if not folder.is_dir():
            raise typer.BadParameter(f"{folder} is not a folder")
    docs, used, judged = [], [], {}
    for dataset in datasets:
        found = [d for d in dating_bench.load(dataset, None, dev) if d.split == dating_bench.DEV]
        used.append(f"{dataset.name} ({', '.join(sorted({d.part for d in found}))}: {len(found)} documents)")
        console.print(f"{dataset}: {used[-1]}")
        docs += [(article_candidates(d.article, d.site), d.truth) for d in found]
        judged[f"{dataset.parent.name}/{dataset.name} dev"] = found
    for dataset in check:
        judged[f"{dataset.parent.name}/{dataset.name} (check)"] = dating_bench.load(dataset, None, ())
    fitted = calibration.shipped() if keep_ranker else calibration.fit(docs, fitted_on="; ".join(used))
    if fitted is None:
        raise typer.BadParameter("--keep-ranker: Dateline ships no calibration to keep")
    guesses = {name: dating_bench.judge(found, fitted) for name, found in judged.items()}
    fitted = calibration.with_answer(fitted, guesses)
    path = calibration.save(fitted, output)
    table = Table(title=f"Ranker weights, written to {path}")
    table.add_column("feature")
    table.add_column("weight", justify="right")
    for name, weight in zip(calibration.FEATURES, fitted.weights):
        table.add_row(name, f"{weight:+.3f}")
    table.add_row("(intercept)", f"{fitted.intercept:+.3f}")
    table.add_row("Platt a, b", f"{fitted.platt[0]:.3f}, {fitted.platt[1]:.3f}")
    console.print(table)
    console.print(_bands_table(calibration.bands(guesses), fitted.answer))


def _bands_table(bands: Sequence[Band], answer: float) -> Table:
    """Each confidence band's best guesses per dataset (n, exact, within a week), and whether it is answered."""
    names = list(bands[0].datasets) if bands else []
    table = Table(title=f"Answer threshold {answer:.2f}: best guesses per confidence band, "
                        f"n / exact / ±7 days (bars {EXACT_BAR:.2f} / {WEEK_BAR:.2f})")
    table.add_column("band")
    for name in names:
        table.add_column(name, justify="right")
    table.add_column(f"judged by {JUDGES} datasets", justify="left")
    for band in bands:
        if not any(n for n, _e, _w in band.datasets.values()):
            continue
        cells = [f"{n} / {e} / {w}" if n else "–" for n, e, w in (band.datasets[name] for name in names)]
        verdict = ("meets the bars" if band.meets else "short of the bars") if band.judged else "too thin to judge"
        table.add_row(f"{band.low:.1f}–{band.high:.1f}" + (" (answered)" if band.low >= answer else ""),
                      *cells, verdict)
    return table
