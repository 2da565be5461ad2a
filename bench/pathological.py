#!/usr/bin/env python3
"""Writes one pathological input family at a given size (bytes): python3 pathological.py FAMILY SIZE OUT.
The same families as tests/Parallax.Tests/Support/PathologicalInputs.cs; deterministic (seeded)."""
import random, sys

def repeat(unit, size, head="Title\n\n"):
    n = max(1, (size - len(head.encode())) // len(unit.encode()))
    return head + unit * n

def families():
    return {
        "quotes-curly": lambda s: repeat("\u201cHe said, ", s),
        "quotes-straight": lambda s: repeat('"He said, ', s),
        "quotes-guillemets": lambda s: repeat("\u00abIl a dit, ", s),
        "quotes-nested": lambda s: repeat("\u201cHe said \u2018she said \"they said ", s),
        "sentence-repeat": lambda s: repeat("The mayor said the bridge reopens after repairs costing $4 million. ", s),
        "quote-repeat": lambda s: repeat("\u201cWe will rebuild,\u201d said Mayor Ann Lee on March 3, 2021. ", s),
        "giant-sentence": lambda s: words(s, punct=False),
        "huge-token": lambda s: "Title\n\n" + "a" * (s - 7),
        "tiny-paragraphs": lambda s: repeat("Yes.\n\n", s),
        "digits": lambda s: "Title\n\n" + digits(s - 7),
        "numbers": lambda s: repeat("12 3.5 4,000 7% $9 ", s),
        "dates": lambda s: repeat("On March 3, 2021, then 4 April 2020 and last Tuesday, ", s),
        "names": lambda s: names(s),
        "urls": lambda s: repeat("See https://example.org/a/b?c=1 (Smith et al., 2020) and doi:10.1000/xyz. ", s),
        "junk": lambda s: junk(s),
        "html-deep": lambda s: html_deep(s),
        "html-wide": lambda s: html_wide(s),
    }

def words(size, punct):
    r = random.Random(17); out = ["Title\n\n"]; n = 7
    vocab = ["river", "council", "Bridge", "said", "the", "of", "42", "million", "Mayor", "repairs"]
    while n < size:
        w = r.choice(vocab) + " "; out.append(w); n += len(w)
    return "".join(out)

def digits(size):
    r = random.Random(3)
    return "".join(r.choice("0123456789") for _ in range(size))

def names(size):
    r = random.Random(5)
    first = ["Ann", "Bola", "Chen", "Dmitri", "Eva", "Farid", "Gwen", "Hugo"]
    last = ["Lee", "Adeyemi", "Wang", "Petrov", "Novak", "Haddad", "Jones", "Brandt"]
    out = ["Title\n\n"]; n = 7
    while n < size:
        s = f"{r.choice(first)} {r.choice(last)} met {r.choice(first)} {r.choice(last)} of Acme Corp in Paris. "
        out.append(s); n += len(s)
    return "".join(out)

def junk(size):
    r = random.Random(11)
    b = bytes(r.randrange(256) for _ in range(size))
    return "Title\n\n" + b.decode("latin-1")

def html_deep(size):
    n = max(1, (size - 60) // 11)
    return "<html><head><title>T</title></head><body>" + "<div>" * n + "deep text" + "</div>" * n + "</body></html>"

def html_wide(size):
    unit = "<div><p>Short line of text.</p></div>\n"
    n = max(1, (size - 60) // len(unit))
    return "<html><head><title>T</title></head><body>" + unit * n + "</body></html>"

if __name__ == "__main__":
    if sys.argv[1] == "list":
        print("\n".join(families())); sys.exit()
    fam, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    text = families()[fam](size)
    enc = "latin-1" if fam == "junk" else "utf-8"
    with open(out, "w", encoding=enc, newline="") as f:
        f.write(text)
