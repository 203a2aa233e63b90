"""`dateline benchmark tls --sample`: the same smaller collection on every run."""

from __future__ import annotations

import pytest

from dateline.benchmark.tls import sampled
from dateline.model import Article


def _articles(n: int) -> list[Article]:
    return [Article(id=f"topic/2011-02-{1 + i % 28:02d}/{i}.txt", text="") for i in range(n)]


def test_a_sample_keeps_about_its_share_and_the_same_articles_each_time() -> None:
    articles = _articles(400)
    half = sampled(articles, 0.5)
    assert 160 < len(half) < 240
    assert [a.id for a in sampled(list(reversed(articles)), 0.5)] == [a.id for a in reversed(half)]
    assert sampled(articles, 1.0) == articles


def test_a_smaller_sample_is_part_of_a_larger_one() -> None:
    articles = _articles(400)
    quarter = {a.id for a in sampled(articles, 0.25)}
    assert quarter and quarter < {a.id for a in sampled(articles, 0.5)}


@pytest.mark.parametrize("share", [0.0, -0.5, 1.5])
def test_a_share_outside_zero_to_one_is_refused(share: float) -> None:
    with pytest.raises(ValueError, match="share"):
        sampled(_articles(3), share)


def test_the_command_refuses_a_bad_sample(tmp_path) -> None:
    from typer.testing import CliRunner

    from dateline.cli import app

    (tmp_path / "reference").mkdir()
    result = CliRunner().invoke(app, ["benchmark", "tls", str(tmp_path), "--sample", "2"])
    assert result.exit_code != 0 and "--sample" in result.output
