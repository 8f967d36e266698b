#!/usr/bin/env python3
# shelltime: wall and CPU (RUSAGE_CHILDREN) of `BIN --db DB search Q`, binaries alternating.
# usage: shelltime.py RUNS LABEL:BIN:DB [LABEL:BIN:DB ...] -- QUERY [QUERY ...]
import resource, subprocess, sys, time, statistics
args = sys.argv[1:]
runs = int(args.pop(0))
sep = args.index('--')
bins = [a.split(':') for a in args[:sep]]
queries = args[sep+1:]
res = {}
for r in range(runs):
    for q in queries:
        for label, b, db in bins:
            ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            p = subprocess.run([b, '--db', db, 'search', q], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            wall = time.perf_counter() - t0
            ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            if p.returncode != 0:
                print(label, q, p.stderr.decode()[:200]); sys.exit(1)
            cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
            res.setdefault((label, q), []).append((wall * 1000, cpu * 1000))
for (label, q), xs in res.items():
    w = statistics.median(x[0] for x in xs); c = statistics.median(x[1] for x in xs)
    print(f"{label:5} {q!r:22} wall p50 {w:6.1f} ms (min {min(x[0] for x in xs):6.1f})  cpu p50 {c:6.1f} ms  n={len(xs)}")
