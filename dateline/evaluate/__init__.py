"""Scoring Dateline's output against reference data."""

from dateline.render import read_timeline, write_timeline
from dateline.evaluate.tls import PRF, TLSScores, evaluate, mean_scores

__all__ = ["PRF", "TLSScores", "evaluate", "mean_scores", "read_timeline", "write_timeline"]
