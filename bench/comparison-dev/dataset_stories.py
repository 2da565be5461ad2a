"""Reads the AllSides and FA-KES articles of ../shared/datasets/stories/ for the scripts beside this file."""
import json
import os
import sys


def read_articles(stories_dir, keep, script, hint, names=("allsides.jsonl", "fakes.jsonl")):
    """The articles of allsides.jsonl and fakes.jsonl (or the files `names`) whose story `keep` accepts, each id once, in file order.

    FA-KES repeats a few ids with the same text; one copy is enough. Exits naming the file when one is missing, with
    the caller's name (`script`) and what to pass instead (`hint`).
    """
    articles = []
    seen = set()
    for name in names:
        path = os.path.join(stories_dir, name)
        if not os.path.isfile(path):
            sys.exit(f"{script}: {path} not found ({hint})")
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                a = json.loads(line)
                if keep(a.get("story")) and a["id"] not in seen:
                    seen.add(a["id"])
                    articles.append(a)
    return articles
