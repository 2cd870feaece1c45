#!/usr/bin/env python3
"""Writes the articles of Dyad's real-news development set as Dyad JSON Lines.

Usage: articles.py SHARED_DATA OUT.jsonl
       articles.py --pool SHARED_DATA OUT.jsonl   (100 other stories, for judging precision in development)

SHARED_DATA is the folder of public evaluation data (it holds realnews-gold/, geoparsing-gold/,
ecbplus/ and reuters21578/). The texts are not committed with Dyad: their licences allow evaluation
only. This script picks the same articles every time (a fixed seed) and writes them in the order of
`articles.txt`; the first 50 are those of the first gold (SHARED_DATA/realnews-gold), the rest were
drawn by `--draw` once and listed in `articles.txt`.
"""
import hashlib
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
MONTHS.update({m[:3]: n for m, n in list(MONTHS.items())})


def detokenize(tokens):
    """Joins ECB+ tokens into running text: no space before closing punctuation and clitics."""
    out = []
    quote_open = True
    for t in tokens:
        if t in ("``", "''", '"'):
            t = '"'
            if quote_open:
                out.append(" " + t if out else t)
                out.append("")  # glue the next token to the opening quote
            else:
                out.append(t)
            quote_open = not quote_open
            continue
        glue = re.fullmatch(r"[,.;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|'", t) is not None
        if not out or glue or out[-1] == "" or out[-1].endswith(("(", "[", "$")):
            out.append(t)
        else:
            out.append(" " + t)
    text = "".join(out).strip()
    text = re.sub(r"(\d) ?([:.]) (\d)", r"\1\2\3", text)           # "11 : 41", "6 . 1"
    text = re.sub(r"(\d) ?, (\d{3})\b(?!\d)", r"\1,\2", text)      # "1 , 500" but not "14, 2013"
    text = re.sub(r"\b([A-Z])\. (?=[A-Z]\.)", r"\1.", text)          # "U. S." -> "U.S."
    text = re.sub(r"(?<=\w) - (?=\w)", "-", text)                    # "high - bandwidth"
    return text.replace(" - - ", " -- ")


def ecb_date(sentences):
    head = " ".join(s for s in sentences[:6])
    url = sentences[0].replace(" ", "")
    m = re.search(r"/(20\d\d)/(\d\d)/(\d\d)/", url)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = re.search(r"/(20\d\d)/([a-z]{3})/(\d\d)/", url)
    if m and m.group(2) in MONTHS:
        return f"{m.group(1)}-{MONTHS[m.group(2)]:02d}-{m.group(3)}"
    m = re.search(r"\b([A-Z][a-z]+)\.? (\d{1,2}) , (20\d\d)\b", head)
    if m and m.group(1).lower() in MONTHS:
        return f"{m.group(3)}-{MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    return None


def ecb_articles(data):
    for line in open(data / "ecbplus" / "ecbplus_dev_odd_topics.jsonl", encoding="utf-8"):
        d = json.loads(line)
        if d["subcorpus"] != "ecbplus":
            continue
        sents = [s["text"] for s in d["sentences"]]
        date = ecb_date(sents)
        if not date:
            continue
        by_sentence = {}
        for t_id, sent, num, text in d["tokens"]:
            by_sentence.setdefault(sent, []).append(text)
        body = [detokenize(by_sentence[k]) for k in sorted(by_sentence)
                if not sents[k].replace(" ", "").startswith("http")]
        title = body[0] if body else d["doc_name"]
        yield {"id": "ecbplus-" + d["doc_name"].removesuffix(".xml"), "source": "ecbplus", "date": date,
               "title": title, "text": "\n".join(body[1:])}


def lgl_articles(data):
    root = ET.parse(data / "geoparsing-gold" / "lgl.xml").getroot()
    for a in root.iter("article"):
        text = a.findtext("text") or ""
        title = a.findtext("title") or ""
        date = (a.findtext("dltime") or "")[:10]
        yield {"id": "lgl-" + a.get("docid"), "source": "lgl", "date": date, "title": title, "text": text}


def reuters_articles(data):
    for line in open(data / "reuters21578" / "reuters21578.jsonl", encoding="utf-8"):
        r = json.loads(line)
        body = (r.get("body") or "").replace("\n", " ")
        body = re.sub(r"\s+Reuter\s*$", "", re.sub(r" {2,}", " ", body)).strip()
        if not body or not r.get("date"):
            continue
        yield {"id": f"reuters-{r['newid']}", "source": "reuters21578", "date": r["date"][:10],
               "title": r.get("title") or "", "text": body}


def first_gold(data):
    for line in open(data / "realnews-gold" / "articles.jsonl", encoding="utf-8"):
        yield json.loads(line)


def draw(data, seed=20261207):
    """Draws the articles added to the first gold: varied sources, topics and lengths."""
    taken = {a["id"] for a in first_gold(data)}
    rng = random.Random(seed)
    picks = []
    ecb = [a for a in ecb_articles(data) if 400 <= len(a["text"]) <= 4000]
    by_topic = {}
    for a in ecb:
        by_topic.setdefault(a["id"].split("-")[1].split("_")[0], []).append(a)
    topics = sorted(by_topic, key=int)
    rng.shuffle(topics)
    for t in topics[:20]:
        picks.append(rng.choice(sorted(by_topic[t], key=lambda a: a["id"]))["id"])
    for t in topics[:5]:
        rest = [a for a in sorted(by_topic[t], key=lambda a: a["id"]) if a["id"] not in picks]
        if rest:
            picks.append(rng.choice(rest)["id"])
    lgl = sorted((a for a in lgl_articles(data) if a["id"] not in taken and 400 <= len(a["text"]) <= 4000),
                 key=lambda a: a["id"])
    picks += [a["id"] for a in rng.sample(lgl, 22)]
    reu = sorted((a for a in reuters_articles(data) if a["id"] not in taken and 300 <= len(a["text"]) <= 3000),
                 key=lambda a: a["id"])
    picks += [a["id"] for a in rng.sample(reu, 18)]
    return picks


def judging_pool(data, seed=20261208):
    """Articles for judging precision during development, none of them in the gold set: 60 LGL and 40
    ECB+ stories drawn with a fixed seed (the bundled VOA examples are judged as well)."""
    taken = {a["id"] for a in first_gold(data)} | set(
        l.strip() for l in open(HERE / "articles.txt", encoding="utf-8") if l.strip() and not l.startswith("#"))
    rng = random.Random(seed)
    lgl = sorted((a for a in lgl_articles(data) if a["id"] not in taken and 400 <= len(a["text"]) <= 4000),
                 key=lambda a: a["id"])
    ecb = sorted((a for a in ecb_articles(data) if a["id"] not in taken and 400 <= len(a["text"]) <= 4000),
                 key=lambda a: a["id"])
    return rng.sample(lgl, 60) + rng.sample(ecb, 40)


def main(argv):
    if len(argv) >= 2 and argv[0] == "--draw":
        print("\n".join(draw(Path(argv[1]))))
        return
    if len(argv) == 3 and argv[0] == "--pool":
        with open(argv[2], "w", encoding="utf-8") as f:
            for a in judging_pool(Path(argv[1])):
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        return
    if len(argv) != 2:
        sys.exit(__doc__)
    data, out = Path(argv[0]), Path(argv[1])
    ids = [l.strip() for l in open(HERE / "articles.txt", encoding="utf-8") if l.strip() and not l.startswith("#")]
    pool = {a["id"]: a for a in first_gold(data)}
    want = set(ids) - set(pool)
    for gen in (ecb_articles, lgl_articles, reuters_articles):
        for a in gen(data):
            if a["id"] in want:
                pool[a["id"]] = a
    missing = [i for i in ids if i not in pool]
    if missing:
        sys.exit(f"articles not found under {data}: {missing[:5]}")
    with open(out, "w", encoding="utf-8") as f:
        for i in ids:
            a = pool[i]
            digest = hashlib.sha256(a["text"].encode("utf-8")).hexdigest()[:12]
            f.write(json.dumps({**a, "textSha256": digest}, ensure_ascii=False) + "\n")
    print(f"wrote {len(ids)} articles to {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
