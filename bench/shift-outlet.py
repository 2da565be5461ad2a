#!/usr/bin/env python3
"""Writes AllSides with one side's articles published N days later, to test stories that span days.

usage: bench/shift-outlet.py [--side right] [--days 1 2 3] [--input PATH] [--out-dir /tmp] [--each-outlet SEED]

AllSides labels each story with three reports (left, center, right) published on the same day. Moving
one side's reports N days later simulates an outlet that covers the event later; `parallax eval stories`
on the result measures whether grouping still keeps the story whole. Writes OUT_DIR/allsides-shiftN.jsonl
for each N (same lines, same order, only `published` changed).

With --each-outlet SEED it writes OUT_DIR/allsides-outlets-SEED.jsonl instead: every outlet (by name, whatever its side)
is given its own delay, drawn with that seed from 0 and the --days values, as when some outlets of a stream are
weeklies or print editions and most are not.
"""
import argparse
import datetime
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
default_input = os.path.normpath(os.path.join(here, "..", "..", "shared", "datasets", "stories", "allsides.jsonl"))

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--side", default="right", help="id suffix of the outlet whose articles move (left, center, right)")
ap.add_argument("--days", type=int, nargs="+", default=[1, 2, 3])
ap.add_argument("--input", default=default_input)
ap.add_argument("--out-dir", default="/tmp")
ap.add_argument("--each-outlet", type=int, metavar="SEED", help="give every outlet its own delay (0 or one of --days)")
args = ap.parse_args()


def shift(published, days):
    if not published:
        return published
    if len(published) == 10:  # a day-only date
        return (datetime.date.fromisoformat(published) + datetime.timedelta(days=days)).isoformat()
    t = datetime.datetime.fromisoformat(published.replace("Z", "+00:00"))
    return (t + datetime.timedelta(days=days)).isoformat()


with open(args.input, encoding="utf-8") as f:
    rows = [json.loads(line) for line in f if line.strip()]
if args.each_outlet is not None:
    import random
    rng = random.Random(args.each_outlet)
    delay = {}
    for outlet in sorted({row.get("outlet") or "" for row in rows}):
        delay[outlet] = rng.choice([0] + args.days)
    path = os.path.join(args.out_dir, f"allsides-outlets-{args.each_outlet}.jsonl")
    with open(path, "w", encoding="utf-8") as out:
        for row in rows:
            d = delay[row.get("outlet") or ""]
            out.write(json.dumps(dict(row, published=shift(row.get("published"), d)) if d else row, ensure_ascii=False) + "\n")
    late = sum(1 for row in rows if delay[row.get("outlet") or ""])
    print(f"{path}: {late} of {len(rows)} articles moved, {sum(1 for d in delay.values() if d)} of {len(delay)} outlets late")
    raise SystemExit(0)

for days in args.days:
    path = os.path.join(args.out_dir, f"allsides-shift{days}.jsonl")
    moved = 0
    with open(path, "w", encoding="utf-8") as out:
        for row in rows:
            if row["id"].endswith("-" + args.side):
                row = dict(row, published=shift(row.get("published"), days))
                moved += 1
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{path}: {moved} of {len(rows)} articles ({args.side}) moved {days} day(s) later")
