#!/usr/bin/env python3
"""Draws the judging sample of issue 10 (docs/QUALITY.md, ../shared/data/gold/JUDGE.md): N HAS_TOPIC edges of a
store, every edge equally likely, with a fixed seed. It draws; it does not label (a reader does).

usage: ./paperkg query --db DIR --format json "$(cat cypher/judge-edges.cypher)" > edges.json
       scripts/topic-judge-sample.py edges.json judge-sample.jsonl [N=200] [SEED=20261201]
"""
import json
import random
import sys

edges = json.load(open(sys.argv[1]))
n = int(sys.argv[3]) if len(sys.argv) > 3 else 200
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 20261201
# a stable order first: the query's row order is not part of the sample's definition
edges.sort(key=lambda e: (e["paper_id"], e["topic"]))
sample = random.Random(seed).sample(edges, n)
with open(sys.argv[2], "w") as out:
    for i, e in enumerate(sample, 1):
        out.write(json.dumps({"n": i, "paper_id": e["paper_id"], "title": e["title"], "abstract": e["abstract"],
                              "topic": e["topic"], "rank": e["rank"]}, ensure_ascii=False) + "\n")
print(f"{n} of {len(edges)} HAS_TOPIC edges (seed {seed}) -> {sys.argv[2]}")
