#!/usr/bin/env python3
"""Writes a deterministic 1,000,000 x 70 CSV for benchmarking `carbet data profile`.

Columns: an id, 40 numeric (ints and floats, some missing, some heavy-tailed), 20 categorical
(2 to 50 levels, some blanks and "?"), 6 dates, 2 free numeric scores and a binary target.
Usage: make_table.py [path] [rows]; defaults /tmp/carbet-bench/wide.csv and 1,000,000.
"""
import os
import sys

import numpy as np

SEED = 20261124
CHUNK = 50_000


def numeric_specs(rng):
    specs = []
    for i in range(40):
        kind = ("int", "normal", "lognormal", "pareto", "uniform")[i % 5]
        missing = (0.0, 0.02, 0.1, 0.0, 0.3)[(i // 5) % 5]
        specs.append((f"num_{i:02d}_{kind}", kind, missing, rng.uniform(-3, 3)))
    return specs


def category_specs(rng):
    specs = []
    for i in range(20):
        levels = int(rng.integers(2, 51))
        names = [f"c{i}_level_{k}" for k in range(levels)]
        weights = rng.dirichlet(np.full(levels, 0.7))
        odd = (0.0, 0.01, 0.05)[i % 3]
        specs.append((f"cat_{i:02d}", names, weights, odd))
    return specs


def numeric_column(rng, kind, n, shift):
    if kind == "int":
        return rng.poisson(5 + abs(shift) * 10, n).astype(np.int64)
    if kind == "normal":
        return rng.normal(shift, 1.0 + abs(shift), n)
    if kind == "lognormal":
        return rng.lognormal(8 + shift, 1.5, n)
    if kind == "pareto":
        return (rng.pareto(1.2, n) * 1000).round(2)
    return rng.uniform(0, 100, n).round(3)


def text(values, kind):
    if kind == "int":
        return values.astype(str)
    return np.char.mod("%.6g", values)


def write_chunk(out, rng, start, n, numerics, categories):
    columns = [np.char.mod("ID%08d", np.arange(start, start + n))]
    latent = rng.normal(0, 1, n)
    for name, kind, missing, shift in numerics:
        values = numeric_column(rng, kind, n, shift)
        if name.endswith("00_int") or name.endswith("01_normal"):
            values = values + (latent * 3).astype(values.dtype)
        cells = text(values, kind)
        if missing > 0:
            cells[rng.random(n) < missing] = ""
        columns.append(cells)
    for _, names, weights, odd in categories:
        cells = np.array(names, dtype=object)[rng.choice(len(names), n, p=weights)]
        if odd > 0:
            u = rng.random(n)
            cells[u < odd / 2] = ""
            cells[(u >= odd / 2) & (u < odd)] = "?"
        columns.append(cells.astype(str))
    base = np.datetime64("2020-01-01")
    for d in range(6):
        days = rng.integers(0, 365 * 5, n)
        cells = np.datetime_as_string(base + days.astype("timedelta64[D]"), unit="D")
        if d % 2:
            cells = cells.astype(object)
            cells[rng.random(n) < 0.05] = ""
            cells = cells.astype(str)
        columns.append(cells)
    columns.append(np.char.mod("%.4f", rng.beta(2, 5, n)))
    columns.append(np.char.mod("%.4f", rng.normal(0, 1, n) + 0.3 * latent))
    target = (latent + rng.normal(0, 1, n) > 1.5).astype(np.int64)
    columns.append(target.astype(str))
    rows = zip(*(c.tolist() for c in columns))
    out.write("".join(",".join(r) + "\n" for r in rows))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/carbet-bench/wide.csv"
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    rng = np.random.default_rng(SEED)
    numerics, categories = numeric_specs(rng), category_specs(rng)
    header = (["id"] + [s[0] for s in numerics] + [s[0] for s in categories]
              + [f"date_{d}" for d in range(6)] + ["score_a", "score_b", "target"])
    assert len(header) == 70, len(header)
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(header) + "\n")
        for start in range(0, rows, CHUNK):
            write_chunk(out, rng, start, min(CHUNK, rows - start), numerics, categories)
    os.replace(tmp, path)


if __name__ == "__main__":
    main()
