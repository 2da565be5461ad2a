#!/usr/bin/env python3
"""Writes the hand-labelled figure development set in the comparison gold's format.

usage: bench/comparison-dev/make.py [--part A|B|C|all] [--out-dir /tmp/comparison-dev]

labels.json holds figure groups labelled by hand on AllSides and FA-KES stories outside
../shared/datasets/comparison (issue 12, ninth round). Its members are character offsets into the
dataset texts, so no dataset text is stored here: this script reads the texts from
../shared/datasets/stories/ and writes OUT_DIR/articles.jsonl and OUT_DIR/gold.json, which
`parallax eval comparison OUT_DIR` and `score.py compare-gold` read like the gold itself.
"""
import argparse
import json
import os
import sys

from dataset_stories import read_articles

here = os.path.dirname(os.path.abspath(__file__))
stories_dir = os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "datasets", "stories"))

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--part", choices=["A", "B", "C", "D", "all"], default="all")
ap.add_argument("--out-dir", default="/tmp/comparison-dev")
ap.add_argument("--stories-dir", default=stories_dir)
args = ap.parse_args()

labels = json.load(open(os.path.join(here, "labels.json"), encoding="utf-8"))
wanted = [s for s in labels["stories"] if args.part == "all" or s["part"] == args.part]
ids = {s["story"] for s in wanted}

articles = read_articles(args.stories_dir, lambda story: story in ids, "make.py",
                         "pass --stories-dir with the datasets' stories folder")
text_of = {a["id"]: a["text"] for a in articles}

gold = []
for s in wanted:
    figures = []
    for g in s["figures"]:
        members = []
        for m in g["members"]:
            text = text_of.get(m["article"])
            if text is None:
                sys.exit(f"make.py: article {m['article']} of story {s['story']} is not in {args.stories_dir}")
            snippet = text[m["start"]:m["end"]]
            # The scorer finds a member by its first occurrence; the labels were written so that it is the intended one.
            if text.find(snippet) != m["start"]:
                sys.exit(f"make.py: the member at {m['start']} of {m['article']} is not the first occurrence of its text")
            members.append({"article": m["article"], "text": snippet, "value": m["value"]})
        figures.append({"about": g["about"], "agree": g["agree"], "members": members})
    gold.append({"story": s["story"], "aligned_quotes": [], "distinct_quotes": [], "figures": figures})

os.makedirs(args.out_dir, exist_ok=True)
with open(os.path.join(args.out_dir, "articles.jsonl"), "w", encoding="utf-8") as out:
    for a in articles:
        out.write(json.dumps(a, ensure_ascii=False) + "\n")
with open(os.path.join(args.out_dir, "gold.json"), "w", encoding="utf-8") as out:
    json.dump({"about": labels["about"], "stories": gold}, out, ensure_ascii=False)
groups = sum(len(s["figures"]) for s in gold)
print(f"{args.out_dir}: {len(gold)} stories, {len(articles)} articles, {groups} figure groups (part {args.part})")
