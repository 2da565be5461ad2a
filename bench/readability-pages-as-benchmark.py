#!/usr/bin/env python3
"""Lay Mozilla Readability's test pages out like the article-extraction-benchmark, so that
`parallax eval extraction` and the peer harness (bench/readability/run.mjs) can score them.

    bench/readability-pages-as-benchmark.py [PAGES_DIR] OUT_DIR

PAGES_DIR defaults to ../shared/datasets/extraction/readability-test-pages/pages beside the repository.
OUT_DIR gets html/ID.html.gz (the page's source.html.gz, copied) and ground-truth.json, whose
articleBody is the text of the page's expected.html.gz: Readability's own output, one tool's answer
rather than a hand-made truth (see the dataset's README), paragraphs separated by blank lines. A page
whose expected article is empty gets an empty articleBody (a page with no article). Scores on this
set measure agreement with Readability.js, which therefore scores near 1 by construction.
"""
import gzip
import json
import os
import shutil
import sys
from html.parser import HTMLParser

BLOCKS = {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
          "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "br", "hr"}
SKIPPED = {"script", "style", "noscript", "template"}


class TextOf(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.current, self.skip = [], [], 0

    def flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.parts.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
            self.skip += 1
        elif tag in BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIPPED:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.current.append(data)


def main():
    args = sys.argv[1:]
    if len(args) not in (1, 2):
        print(__doc__, file=sys.stderr)
        return 2
    here = os.path.dirname(os.path.abspath(__file__))
    pages = args[0] if len(args) == 2 else os.path.join(here, "../../shared/datasets/extraction/readability-test-pages/pages")
    out = args[-1]
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    truth = {}
    for name in sorted(os.listdir(pages)):
        folder = os.path.join(pages, name)
        source, expected = os.path.join(folder, "source.html.gz"), os.path.join(folder, "expected.html.gz")
        if not (os.path.isfile(source) and os.path.isfile(expected)):
            continue
        shutil.copyfile(source, os.path.join(out, "html", name + ".html.gz"))
        parser = TextOf()
        parser.feed(gzip.open(expected, "rt", encoding="utf-8", errors="replace").read())
        parser.close()
        parser.flush()
        truth[name] = {"articleBody": "\n\n".join(parser.parts), "url": None}
    with open(os.path.join(out, "ground-truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=0)
    print(f"{len(truth)} pages ({sum(1 for t in truth.values() if not t['articleBody'])} with an empty article) in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
