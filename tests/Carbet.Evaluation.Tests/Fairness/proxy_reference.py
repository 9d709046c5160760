"""Reference values for ProxyDetectionReferenceTests, from scipy and scikit-learn.

Run with Debian's python3 (scikit-learn 1.2.1, scipy 1.10.1, numpy 1.24.2):
    /usr/bin/python3 tests/Carbet.Evaluation.Tests/Fairness/proxy_reference.py
It rebuilds ProxyFixture's columns from the same formulas, bins and folds them by the rules documented on
ProxyDetection.Rank (SplitMix64 Fisher-Yates, quantile edges at sorted positions k*m//bins), and prints one line
per attribute and feature: V, MI, NMI and the out-of-fold AUC.
"""
import numpy as np
from scipy.stats.contingency import association
from sklearn.metrics import mutual_info_score, normalized_mutual_info_score, roc_auc_score

ROWS, SEED, FOLDS, BINS = 1000, 42, 5, 10
MASK = (1 << 64) - 1


def unit(i, a):
    return (i * a % 1009) / 1009.0


def sex(i):
    return None if i % 50 == 0 else ("F" if unit(i, 389) < 0.45 else "M")


def region(i):
    return ["north", "south", "west"][(i * 37 % 101) % 3]


def occupation(i):
    if i % 31 == 0:
        return None
    if sex(i) == "F" and i % 3 != 0:
        return "care" if i % 2 else "clerical"
    return ["care", "clerical", "sales", "tech", "trades"][(i * 53 % 97) % 5]


def income(i):
    if i % 41 == 0:
        return float("nan")
    return 20.0 + (i * 17 % 113) + (15.0 if sex(i) == "M" else 0.0) + (10.0 if region(i) == "west" else 0.0)


def hours(i):
    return 40.0 if i % 3 != 0 else float(i % 5 * 10)


def noise(i):
    return "abcd"[(i * 613 % 1013) % 4]


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def permutation(self, count):
        order = list(range(count))
        for i in range(count - 1, 0, -1):
            j = self.next() % (i + 1)
            order[i], order[j] = order[j], order[i]
        return order

    def folds(self, rows, folds):
        fold = [0] * rows
        for p, row in enumerate(self.permutation(rows)):
            fold[row] = p % folds
        return fold


def numeric_categories(values):
    values = np.asarray(values, dtype=float)
    present = np.sort(values[~np.isnan(values)])
    m = len(present)
    edges = np.unique([present[k * m // BINS] for k in range(1, BINS)]) if m else np.array([])
    codes = np.searchsorted(edges, values, side="right")
    return np.where(np.isnan(values), len(edges) + 1, codes)


def categorical_categories(values):
    return np.array(["(missing)" if v is None else v for v in values])


def out_of_fold_probabilities(categories, y, folds, groups):
    _, codes = np.unique(categories, return_inverse=True)
    folds = np.asarray(folds)
    p = np.zeros((len(y), groups))
    for f in range(FOLDS):
        train, held = folds != f, folds == f
        counts = np.zeros((codes.max() + 1, groups), dtype=np.int64)
        np.add.at(counts, (codes[train], y[train]), 1)
        rows = counts.sum(axis=1)
        for i in np.nonzero(held)[0]:
            c = codes[i]
            p[i] = [(int(counts[c, g]) + 1.0) / (int(rows[c]) + groups) for g in range(groups)]
    return p


def main():
    attributes = {"sex": sex, "region": region}
    features = {"occupation": ("cat", occupation), "income": ("num", income), "hours": ("num", hours), "noise": ("cat", noise)}
    for attribute, column in attributes.items():
        kept = [i for i in range(ROWS) if column(i) is not None]
        names = sorted({column(i) for i in kept})
        y = np.array([names.index(column(i)) for i in kept])
        folds = SplitMix64(SEED).folds(len(kept), FOLDS)
        for feature, (kind, values) in features.items():
            raw = [values(i) for i in kept]
            categories = numeric_categories(raw) if kind == "num" else categorical_categories(raw)
            _, codes = np.unique(categories, return_inverse=True)
            table = np.zeros((codes.max() + 1, len(names)), dtype=np.int64)
            np.add.at(table, (codes, y), 1)
            v = association(table, method="cramer")
            mi = mutual_info_score(y, categories)
            nmi = normalized_mutual_info_score(y, categories, average_method="arithmetic")
            p = out_of_fold_probabilities(categories, y, folds, len(names))
            if len(names) == 2:
                auc = roc_auc_score(y, p[:, 1])
            else:
                auc = roc_auc_score(y, p, multi_class="ovr", average="weighted", labels=list(range(len(names))))
            print(f'[InlineData("{attribute}", "{feature}", {v!r}, {mi!r}, {nmi!r}, {auc!r})]  // rows {len(kept)}')


if __name__ == "__main__":
    main()
