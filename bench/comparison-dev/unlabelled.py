#!/usr/bin/env python3
"""Writes the stories no label covers, in the comparison gold's format, to watch a rule's effect unread.

usage: bench/comparison-dev/unlabelled.py [--out-dir /tmp/comparison-unlabelled] [--min 2] [--max 40] [--ecbplus]

Every AllSides and FA-KES story of ../shared/datasets/stories/ that neither the comparison gold nor a part of
labels.json holds, with --min to --max articles, goes to OUT_DIR/articles.jsonl, and OUT_DIR/gold.json lists those
stories with no groups. `parallax eval comparison OUT_DIR --reports REPORTS` then writes one report per story: run it
before and after a change and compare the figure groups of the two report folders. No group there is labelled, so a
group that appears, changes or goes is a case to read, not a score; no dataset text is stored here. With --ecbplus the
stories are ECB+'s instead (one event each, many outlets: crimes, disasters, deaths, sports, with ages and tolls).
"""
import argparse
import json
import os
import sys

from dataset_stories import read_articles

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "datasets"))

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--out-dir", default="/tmp/comparison-unlabelled")
ap.add_argument("--datasets", default=shared, help="the datasets folder (stories/ and comparison/ inside)")
ap.add_argument("--min", type=int, default=2, help="least articles a story needs")
ap.add_argument("--max", type=int, default=40, help="most articles a story may have")
ap.add_argument("--ecbplus", action="store_true", help="ECB+'s stories instead of AllSides' and FA-KES'")
args = ap.parse_args()

gold_path = os.path.join(args.datasets, "comparison", "gold.json")
if not os.path.isfile(gold_path):
    sys.exit(f"unlabelled.py: {gold_path} not found (pass --datasets with the datasets folder)")
covered = {s["story"] for s in json.load(open(gold_path, encoding="utf-8"))["stories"]}
covered |= {s["story"] for s in json.load(open(os.path.join(here, "labels.json"), encoding="utf-8"))["stories"]}

by_story = {}
names = ("ecbplus.jsonl",) if args.ecbplus else ("allsides.jsonl", "fakes.jsonl")
for a in read_articles(os.path.join(args.datasets, "stories"), lambda story: story not in covered, "unlabelled.py",
                       "pass --datasets with the datasets folder", names):
    by_story.setdefault(a["story"], []).append(a)

stories = [s for s, members in by_story.items() if args.min <= len(members) <= args.max]
os.makedirs(args.out_dir, exist_ok=True)
with open(os.path.join(args.out_dir, "articles.jsonl"), "w", encoding="utf-8") as out:
    for s in stories:
        for a in by_story[s]:
            out.write(json.dumps(a, ensure_ascii=False) + "\n")
with open(os.path.join(args.out_dir, "gold.json"), "w", encoding="utf-8") as out:
    json.dump({"about": "stories no label covers (no groups: for reading a change's effect)",
               "stories": [{"story": s, "aligned_quotes": [], "distinct_quotes": [], "figures": []} for s in stories]},
              out, ensure_ascii=False)
print(f"{args.out_dir}: {len(stories)} stories, {sum(len(by_story[s]) for s in stories)} articles")
