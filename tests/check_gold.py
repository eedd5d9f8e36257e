#!/usr/bin/env python3
"""Checks a written set's gold files (``articles/`` and ``gold/`` under one folder): quotes
verbatim in their article, vocabularies, dates against their precision, actors listed,
article lengths and ``sources.csv`` rows.

Run: python3 tests/check_gold.py tests/dev4 (prints OK and the counts, or the errors)."""

import csv
import os
import re
import sys
from collections import Counter

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.curdir)
ART = os.path.join(HERE, "articles")
GOLD = os.path.join(HERE, "gold")

COLS = {
    "events": [
        "source_file",
        "quote",
        "actor1",
        "actor1_country",
        "actor2",
        "actor2_country",
        "event_type",
        "polarity",
        "modality",
        "event_date",
        "date_precision",
        "themes",
        "notes",
    ],
    "claims": [
        "source_file",
        "quote",
        "claimant",
        "claimant_country",
        "stance",
        "via",
        "hedged",
        "topic",
        "notes",
    ],
    "actors": ["source_file", "actor", "country", "type"],
    "boilerplate": ["source_file", "quote"],
}
SRC_COLS = ["file", "title", "outlet", "url", "published", "date_basis", "notes"]
EVENT_TYPES = {
    "agreement",
    "meeting",
    "visit",
    "sanction",
    "other",
    "criticism",
    "statement_support",
    "trade_energy",
    "accusation",
    "arms_transfer",
    "military_action",
    "aid",
    "invitation",
    "call",
    "condolence",
    "denial",
}
POLARITY = {"cooperation", "tension", "neutral"}
MODALITY = {"reported", "denied", "planned", "hypothetical"}
THEMES = {
    "diplomacy",
    "security",
    "trade",
    "finance",
    "military",
    "transport",
    "energy",
    "ukraine_war",
    "nuclear",
    "middle_east",
    "humanitarian",
}
STANCE = {"asserts", "denies", "warns", "disputes", "hopes"}
ACTOR_TYPES = {"person", "state", "organisation", "government_body", "media", "armed_group"}
DATE_RE = {
    "day": r"\d{4}-\d{2}-\d{2}",
    "week": r"\d{4}-\d{2}-\d{2}",
    "month": r"\d{4}-\d{2}",
    "year": r"\d{4}",
    "unknown": r"",
}

errors = []


def err(msg):
    errors.append(msg)


def read(path, cols):
    with open(path, encoding="utf-8", newline="") as f:
        r = csv.DictReader(f)
        if r.fieldnames != cols:
            err(f"{os.path.basename(path)}: columns {r.fieldnames} != {cols}")
        return list(r)


def valid_date(d, prec):
    if prec not in DATE_RE:
        return False
    if not re.fullmatch(DATE_RE[prec], d):
        return False
    if prec in ("day", "week"):
        _, m, dd = map(int, d.split("-"))
        return 1 <= m <= 12 and 1 <= dd <= 31
    if prec == "month":
        return 1 <= int(d[5:7]) <= 12
    return True


src = read(os.path.join(ART, "sources.csv"), SRC_COLS)
src_files = Counter(r["file"] for r in src)
txt_files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
texts = {}
for f in txt_files:
    with open(os.path.join(ART, f), encoding="utf-8") as fh:
        texts[f] = fh.read()
    n = len(texts[f].split())
    if not 250 <= n <= 600:
        err(f"{f}: {n} words (must be 250-600)")
    if src_files[f] != 1:
        err(f"{f}: {src_files[f]} sources.csv rows (need exactly 1)")
for r in src:
    if r["file"] not in texts:
        err(f"sources.csv: {r['file']} has no article")
    if (
        r["date_basis"] != "metadata"
        or r["url"] != ""
        or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"])
    ):
        err(f"sources.csv: bad url/date_basis/published for {r['file']}")
    hdr = re.match(r" date (\d{4}-\d{2}-\d{2}) ", texts.get(r["file"], ""))
    if hdr and hdr.group(1) != r["published"]:
        err(f"{r['file']}: header date {hdr.group(1)} != published {r['published']}")

rows = {k: read(os.path.join(GOLD, k + ".csv"), c) for k, c in COLS.items()}


def check_quote(kind, i, r):
    f = r["source_file"]
    if f not in texts:
        err(f"{kind} row {i}: unknown file {f}")
        return
    q = r["quote"]
    if not q or q != q.strip():
        err(f"{kind} row {i}: empty quote or surrounding whitespace")
    elif q not in texts[f]:
        err(f"{kind} row {i}: quote not verbatim in {f}: {q[:70]!r}")


actors = {}
for i, r in enumerate(rows["actors"], 2):
    key = (r["source_file"], r["actor"])
    if key in actors:
        err(f"actors row {i}: duplicate actor {key}")
    actors[key] = r["country"]
    if r["type"] not in ACTOR_TYPES:
        err(f"actors row {i}: bad type {r['type']!r}")
    if r["country"] and not re.fullmatch(r"[A-Z]{3}", r["country"]):
        err(f"actors row {i}: bad country {r['country']!r}")
    if r["source_file"] not in texts:
        err(f"actors row {i}: unknown file {r['source_file']}")


def check_actor(kind, i, f, name, country):
    if (f, name) not in actors:
        err(f"{kind} row {i}: {name!r} has no actors.csv row in {f}")
    elif actors[(f, name)] != country:
        err(f"{kind} row {i}: {name!r} country {country!r} != actors.csv {actors[(f, name)]!r}")


for i, r in enumerate(rows["events"], 2):
    check_quote("events", i, r)
    for k in ("1", "2"):
        check_actor("events", i, r["source_file"], r["actor" + k], r["actor" + k + "_country"])
    if r["actor1"] == r["actor2"]:
        err(f"events row {i}: actor1 == actor2")
    if r["actor1_country"] and r["actor1_country"] == r["actor2_country"]:
        err(f"events row {i}: same-country event ({r['actor1_country']})")
    if r["event_type"] not in EVENT_TYPES:
        err(f"events row {i}: bad event_type {r['event_type']!r}")
    if r["polarity"] not in POLARITY:
        err(f"events row {i}: bad polarity {r['polarity']!r}")
    if r["modality"] not in MODALITY:
        err(f"events row {i}: bad modality {r['modality']!r}")
    if not valid_date(r["event_date"], r["date_precision"]):
        err(
            f"events row {i}: date {r['event_date']!r} does not match"
            f" precision {r['date_precision']!r}"
        )
    th = r["themes"].split(";")
    if not r["themes"] or any(t not in THEMES for t in th) or len(set(th)) != len(th):
        err(f"events row {i}: bad themes {r['themes']!r}")

for i, r in enumerate(rows["claims"], 2):
    check_quote("claims", i, r)
    check_actor("claims", i, r["source_file"], r["claimant"], r["claimant_country"])
    if r["via"] and (r["source_file"], r["via"]) not in actors:
        err(f"claims row {i}: via {r['via']!r} has no actors.csv row")
    if r["stance"] not in STANCE:
        err(f"claims row {i}: bad stance {r['stance']!r}")
    if r["hedged"] not in ("true", "false"):
        err(f"claims row {i}: bad hedged {r['hedged']!r}")

for i, r in enumerate(rows["boilerplate"], 2):
    check_quote("boilerplate", i, r)

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} errors")
    sys.exit(1)
print(
    f"OK: {len(texts)} articles, {len(rows['events'])} events, {len(rows['claims'])} claims, "
    f"{len(rows['actors'])} actors, {len(rows['boilerplate'])} boilerplate rows"
)
