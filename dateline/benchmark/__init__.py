"""Benchmarks: each stage measured on a dataset folder, accuracy and speed, as a table.

`dateline benchmark <name> DATASET_DIR` runs one; `benchmarks/run.py` runs them all on the
shared datasets.
"""
