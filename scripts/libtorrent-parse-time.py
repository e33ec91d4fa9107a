#!/usr/bin/python3
"""Times libtorrent 2.0 (Debian's python3-libtorrent) parsing a .torrent held in memory, as
FileListBenchmark times torrentctl: lt.torrent_info(bytes), warm, the median of ROUNDS after
WARMUP. Also the process's peak RSS growth over the bytes alone. Prints one JSON object.

  scripts/libtorrent-parse-time.py FILE.torrent [ROUNDS] [WARMUP]
"""
import json
import resource
import statistics
import sys
import time

import libtorrent as lt


def main(path, rounds=15, warmup=3):
    data = open(path, "rb").read()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    times = []
    for i in range(warmup + rounds):
        start = time.perf_counter()
        ti = lt.torrent_info(data)
        elapsed = time.perf_counter() - start
        if i >= warmup:
            times.append(elapsed)
        del ti
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"file": path, "bytes": len(data), "median_ms": statistics.median(times) * 1000,
                      "min_ms": min(times) * 1000, "rounds": rounds,
                      "rss_growth_mib": (peak - before) / 1024}))


if __name__ == "__main__":
    main(sys.argv[1], *(int(a) for a in sys.argv[2:]))
