"""benchmarks/run.py: every command line it builds is a real `dateline` command."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app

RUNNER = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"


def test_every_benchmark_command_exists(tmp_path: Path) -> None:
    (tmp_path / "tempeval3" / "TBAQ-cleaned").mkdir(parents=True)
    (tmp_path / "ml-crisis" / "es").mkdir(parents=True)
    (tmp_path / "semeval2015-timeline" / "trial").mkdir(parents=True)
    (tmp_path / "spanish-timebank" / "train" / "gold").mkdir(parents=True)
    spec = importlib.util.spec_from_file_location("benchmark_runner", RUNNER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    commands = module.commands(tmp_path)
    assert len(commands) == 9  # TBAQ whole, tune and held-back; dating; es tune and held-back; 3 more
    for command in commands:
        assert command[1:3] == ["-m", "dateline.cli"]
        result = CliRunner().invoke(app, [*command[3:], "--help"])
        assert result.exit_code == 0, (command, result.output)


def test_pool_lang_reads_the_pool_as_refit_does(tmp_path: Path, monkeypatch) -> None:
    """`--pool-lang` reaches every --pool dev set, so a LOTO fit reads its pool's articles in
    the language `refit --lang` reads them in (identification slips on a few short texts)."""
    from dateline.benchmark import tls as tls_bench

    seen: list[str | None] = []

    def load_any(dataset: Path, *, lang: str | None = None, keywords=None, warn=None) -> list:
        seen.append(lang)
        return []

    monkeypatch.setattr(tls_bench, "load_any", load_any)
    (tmp_path / "trial").mkdir()
    (tmp_path / "crisis").mkdir()
    for pool_lang, expected in ((["--pool-lang", "es"], "es"), ([], None)):
        seen.clear()
        CliRunner().invoke(app, ["benchmark", "entity-tls", str(tmp_path / "trial"), "--loto",
                                 "--pool", str(tmp_path / "crisis"), *pool_lang])
        assert seen == [expected]
