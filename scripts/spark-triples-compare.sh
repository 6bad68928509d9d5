#!/usr/bin/env bash
# scripts/spark-triples-compare.sh CLI.nt SPARKDIR: are the triples of `paperkg import --rdf-out CLI.nt` and
# `paperkg spark --output SPARKDIR` the same? Sorted, byte for byte, the run timestamps (prov:startedAtTime,
# prov:endedAtTime) aside. docs/SPARK.md has the runs.
set -euo pipefail
strip() { grep -v -e 'prov#startedAtTime' -e 'prov#endedAtTime' | LC_ALL=C sort; }
strip < "$1" > /tmp/cmp-cli.txt
cat "$2"/*.nt | strip > /tmp/cmp-spark.txt
wc -l /tmp/cmp-cli.txt /tmp/cmp-spark.txt
cmp /tmp/cmp-cli.txt /tmp/cmp-spark.txt && echo "EQUAL (byte for byte, $(wc -c < /tmp/cmp-cli.txt) bytes)"
