#!/usr/bin/env python3
"""The pandas baseline for `carbet data profile`: read_csv, describe(include="all"), Pearson and Spearman matrices."""
import sys
import time

import pandas as pd

path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/carbet-bench/wide.csv"
start = time.perf_counter()
frame = pd.read_csv(path, na_values=["?"])
read = time.perf_counter()
summary = frame.describe(include="all")
pearson = frame.corr(numeric_only=True, method="pearson")
spearman = frame.corr(numeric_only=True, method="spearman")
done = time.perf_counter()
print(f"pandas {pd.__version__}: {frame.shape[0]:,} x {frame.shape[1]}, read {read - start:.1f} s, "
      f"describe + corr {done - read:.1f} s ({summary.shape[1]} columns described, "
      f"{pearson.shape[0]} x {pearson.shape[1]} and {spearman.shape[0]} x {spearman.shape[1]} matrices)")
