"""Compares an evaluation's figure line with the bars in bars.tsv.

Usage: check_bars.py PREFIX [GROUP] < evaluation output
GROUP names the rows of bars.tsv to apply (default: PREFIX), for evaluations that share a figure prefix.
Prints the figure line and one line per bar, and exits 1 when a figure is below its bar or missing.
"""
import os
import sys

prefix = sys.argv[1]
group = sys.argv[2] if len(sys.argv) > 2 else prefix
lines = [l.strip() for l in sys.stdin if l.strip()]
figure = next((l for l in reversed(lines) if l.split()[0] == prefix), None)
if figure is None:
    print(f"ci: no '{prefix} …' figure line in the evaluation's output")
    sys.exit(1)
print(figure)
values = dict(kv.split("=", 1) for kv in figure.split()[1:] if "=" in kv)
failed = False
bars = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bars.tsv")
for row in open(bars, encoding="utf-8"):
    if row.startswith("#") or not row.strip():
        continue
    p, key, minimum = row.rstrip("\n").split("\t")
    if p != group:
        continue
    if key not in values:
        print(f"FAIL {prefix} {key}: missing from the figure line")
        failed = True
        continue
    ok = float(values[key]) >= float(minimum)
    print(f"{'ok  ' if ok else 'FAIL'} {group} {key}={values[key]} (bar {minimum})")
    failed = failed or not ok
sys.exit(1 if failed else 0)
