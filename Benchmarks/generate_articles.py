#!/usr/bin/env python3
"""Generates benchmark inputs from the articles in Samples/: news-like articles made of their
paragraphs reshuffled, each with its own DCT. Deterministic for a given seed.

  generate_articles.py files DIR [--count 1000]      one .txt per article, with front matter
  generate_articles.py jsonl FILE [--megabytes 100]  JSON Lines records for `chronicle stream`
"""
import argparse, json, pathlib, random, re

ROOT = pathlib.Path(__file__).resolve().parent.parent


def paragraphs():
    pool = []
    for path in sorted((ROOT / "Samples").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        pool += [p.strip() for p in text.split("\n\n") if len(p.strip()) > 40]
    return pool


def articles(seed):
    rng = random.Random(seed)
    pool = paragraphs()
    n = 0
    while True:
        n += 1
        year = rng.randint(2012, 2024)
        dct = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        body = "\n\n".join(rng.sample(pool, min(len(pool), rng.randint(6, 14))))
        yield f"article-{n:06d}", dct, body + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["files", "jsonl"])
    parser.add_argument("target")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--megabytes", type=float, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generated = articles(args.seed)
    if args.kind == "files":
        folder = pathlib.Path(args.target)
        folder.mkdir(parents=True, exist_ok=True)
        for _ in range(args.count):
            name, dct, body = next(generated)
            (folder / f"{name}.txt").write_text(f"---\ndct: {dct}\n---\n{body}", encoding="utf-8")
    else:
        limit = int(args.megabytes * 1_000_000)
        size = 0
        with open(args.target, "w", encoding="utf-8") as out:
            while size < limit:
                name, dct, body = next(generated)
                line = json.dumps({"id": name, "dct": dct, "text": body}, ensure_ascii=False) + "\n"
                out.write(line)
                size += len(line.encode("utf-8"))


if __name__ == "__main__":
    main()
