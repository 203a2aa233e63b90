"""Stage 5, render: write articles, time expressions and timelines in the formats users read."""
