#!/usr/bin/env python3
"""Agreement of the two coders of the real-news development set: lenient F1 of coder 1 against coder 2
(same source country, target country and CAMEO root; one to one), on the first 50 articles, on the
added ones and on all, and each coder against the adjudicated gold.

Usage: agreement.py   (run in this folder)
"""
import json


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def key(e):
    return e["articleId"], e["source"][:3], e["target"][:3], str(e["cameo"])[:2]


def f1(a, b, articles):
    a = [e for e in a if e["articleId"] in articles]
    b = [e for e in b if e["articleId"] in articles]
    pool = {}
    for e in b:
        pool.setdefault(key(e), []).append(e)
    matched = 0
    for e in a:
        if pool.get(key(e)):
            pool[key(e)].pop()
            matched += 1
    p = matched / len(b) if b else 0
    r = matched / len(a) if a else 0
    return matched, len(a), len(b), round(2 * p * r / (p + r), 3) if p + r else 0.0


def main():
    ids = [l.strip() for l in open("articles.txt", encoding="utf-8") if l.strip() and not l.startswith("#")]
    first, added = set(ids[:50]), set(ids[50:])
    c1, c2, gold = load("coder1.jsonl"), load("coder2.jsonl"), load("gold.jsonl")
    for name, arts in (("first 50 articles", first), ("added articles", added), ("all articles", set(ids))):
        m, n1, n2, f = f1(c1, c2, arts)
        print(f"{name}: coder 1 {n1} events, coder 2 {n2}, {m} matched, lenient F1 {f}")
    for name, c in (("coder 1", c1), ("coder 2", c2)):
        m, ng, nc, f = f1(gold, c, set(ids))
        print(f"{name} against the gold: recall {m / ng:.3f}, supported {m / nc:.3f}")


if __name__ == "__main__":
    main()
