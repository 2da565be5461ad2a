#!/usr/bin/env python3
"""Lists the figure groups that differ between two folders of comparison reports.

usage: bench/comparison-dev/group-diff.py BEFORE AFTER

BEFORE and AFTER are folders `parallax eval comparison DIR --reports FOLDER` wrote, one JSON report per story, for one
set of stories before and after a change. A group is its members (article and figure text); every group found in one
folder and not in the other is printed with its story and verdict, then the counts.
"""
import json
import os
import sys


def groups(folder):
    found = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            report = json.load(f)
        text = {x["id"]: (a["id"], x["text"]) for a in report.get("articles") or [] for x in a.get("quantities") or []}
        for story in report.get("stories") or []:
            for g in story.get("figures") or []:
                members = tuple(sorted(f"{text[m][0]}: {text[m][1]}" for m in g.get("members") or [] if m in text))
                found[(name[:-5], members)] = "agree" if g.get("agree") else "dispute"
    return found


if len(sys.argv) != 3 or not all(os.path.isdir(d) for d in sys.argv[1:]):
    sys.exit(__doc__.strip().splitlines()[2])
before, after = groups(sys.argv[1]), groups(sys.argv[2])
for label, ours, theirs in (("gone", before, after), ("new", after, before)):
    for (story, members), verdict in sorted(ours.items()):
        if (story, members) not in theirs:
            print(f"{label:4} {story} ({verdict}): " + " | ".join(members))
same = sum(1 for k in before if k in after)
changed_verdicts = sum(1 for k in before if k in after and before[k] != after[k])
print(f"{len(before)} groups before, {len(after)} after: {same} the same ({changed_verdicts} with another verdict)")
