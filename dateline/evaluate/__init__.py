"""Scoring Dateline's output against reference data.

Public API: timeline summarization as tilse scores it (`evaluate`, `mean_scores`, `PRF`,
`TLSScores`, with `read_timeline`/`write_timeline` for its files) and TempEval-3 temporal
tagging (`evaluate_dirs`: a gold folder against a system folder). SemEval-2015 TimeLine
scoring is in `dateline.evaluate.semeval`.
"""

from dateline.render import read_timeline, write_timeline
from dateline.evaluate.timex import evaluate_dirs
from dateline.evaluate.tls import PRF, TLSScores, evaluate, mean_scores

__all__ = ["PRF", "TLSScores", "evaluate", "evaluate_dirs", "mean_scores", "read_timeline", "write_timeline"]
