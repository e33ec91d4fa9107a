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
    loaded = [json.load(open(path)) for path in paths]
    results = [r for doc in loaded if isinstance(doc, list) for r in doc]
    libtorrent = next((d for d in loaded if isinstance(d, dict) and "median_ms" in d), None)
    heap = next((d for d in loaded if isinstance(d, dict) and "heap_floor_mib" in d), None)
    file_list = {}
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
        elif cls == "FileListBenchmark":
            alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
            file_list[method] = (score, error, unit, alloc)
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
    if file_list:
        base = libtorrent["median_ms"] if libtorrent else None
        size = libtorrent["bytes"] if libtorrent else None
        print("\nFileListBenchmark, 320,000 files in 9.9 MB (libtorrent: lt.torrent_info(bytes), median of "
              f"{libtorrent['rounds'] if libtorrent else '-'} warm rounds)")
        print("| method | time | × libtorrent | allocated per parse | ÷ input |")
        print("|---|---|---|---|---|")
        if libtorrent:
            print(f"| libtorrent 2.0 (python3-libtorrent) | {base:,.1f} ms | 1.00 | - | - |")
        for method, (score, error, unit, alloc) in sorted(file_list.items(), key=lambda kv: kv[1][0]):
            ratio = f"{score / base:.2f}" if base and unit == "ms/op" else "-"
            mb = f"{alloc / 1e6:,.1f} MB" if alloc is not None else "-"
            per_input = f"{alloc / size:.1f}" if alloc is not None and size else "-"
            print(f"| {method} | {score:,.1f} ± {error:,.1f} {unit} | {ratio} | {mb} | {per_input} |")
        if heap:
            print(f"\nPeak heap of Metainfo.parse + every file (smallest -Xmx it runs in, HeapFloor): "
                  f"{heap['heap_floor_mib']} MiB = {heap['floor_over_input']:.1f}× the {heap['input_bytes']:,}-byte "
                  f"input ({heap['floor_minus_baseline_over_input']:.1f}× without the {heap['baseline_mib']} MiB an "
                  "empty JVM needs); target ≤ 20×")
        if libtorrent:
            print(f"libtorrent's process grew by {libtorrent['rss_growth_mib']:.0f} MiB of RSS while parsing")
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
