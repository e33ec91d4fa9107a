#!/usr/bin/env python3
"""Prints JMH results (the JSON of -rf json) as tables with ratios.

ParseBenchmark: per size, each method's time and its ratio to the floor (SHA-1 over the raw info
bytes) and to torrentctl's fast path; CreateBenchmark: each method's time and how many times faster
than coreutils' sha1sum then sha256sum it is. (ListBenchmark is not JMH: it interleaves its
contenders and prints its own table.)
"""
import json
import sys
from collections import defaultdict


def ops_per_second(score, unit):
    """The throughput an average time per operation amounts to."""
    per_op = {"ns/op": 1e-9, "us/op": 1e-6, "ms/op": 1e-3, "s/op": 1.0}[unit]
    return 1.0 / (score * per_op)


def main(paths):
    results = [r for path in paths for r in json.load(open(path))]
    parse = defaultdict(dict)
    create = {}
    for r in results:
        cls, method = r["benchmark"].rsplit(".", 2)[-2:]
        score = r["primaryMetric"]["score"]
        try:
            error = float(r["primaryMetric"].get("scoreError", "nan"))  # "NaN" (a string) for one iteration
        except (TypeError, ValueError):
            error = float("nan")
        unit = r["primaryMetric"]["scoreUnit"]
        if cls == "ParseBenchmark":
            parse[r["params"]["size"]][method] = (score, error, unit)
        elif cls == "CreateBenchmark":
            create[method] = (score, error, unit)
    for size in ("small", "medium", "large"):
        if size not in parse:
            continue
        rows = parse[size]
        floor = rows.get("floor_sha1InfoSpan", (None,))[0]
        fast = rows.get("torrentctl_infoHashesOf", (None,))[0]
        full = rows.get("torrentctl_parse", (None,))[0]
        print(f"\nParseBenchmark, {size}")
        print(f"| method | time | ops/s | × floor | ÷ torrentctl infoHashesOf | ÷ torrentctl parse |")
        print(f"|---|---|---|---|---|---|")
        for method, (score, error, unit) in sorted(rows.items(), key=lambda kv: kv[1][0]):
            vs_floor = f"{score / floor:.2f}" if floor else "-"
            vs_fast = f"{score / fast:.1f}" if fast else "-"
            vs_full = f"{score / full:.1f}" if full else "-"
            print(f"| {method} | {score:,.1f} ± {error:,.1f} {unit} | {ops_per_second(score, unit):,.1f} | {vs_floor} | "
                  f"{vs_fast} | {vs_full} |")
    if create:
        base = create.get("coreutils_sha1sum_then_sha256sum", (None,))[0]
        print("\nCreateBenchmark, 1 GiB in 16 files")
        print("| method | time | coreutils time ÷ this |")
        print("|---|---|---|")
        for method, (score, error, unit) in sorted(create.items(), key=lambda kv: kv[1][0]):
            ratio = f"{base / score:.2f}" if base else "-"
            print(f"| {method} | {score:,.0f} ± {error:,.0f} {unit} | {ratio} |")


if __name__ == "__main__":
    main(sys.argv[1:])
