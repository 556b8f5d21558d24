#!/usr/bin/env python3
"""Validate seventeenth.jsonl and print counts. Exit 0 only if every check passes.
Standard library only."""
import collections
import json
import os
import re
import sys

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "seventeenth.jsonl")
ENTITIES = ["PERSON", "KR_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_RRN", "KR_FRN",
            "BIRTH_DATE", "STUDENT_ID", "EMPLOYEE_ID", "KR_PASSPORT", "CREDIT_CARD", "BANK_ACCOUNT",
            "KR_DRIVER_LICENSE", "KR_CAR_PLATE", "IP_ADDRESS", "KR_BRN"]
MINIMUMS = {"documents": 300, "values": 1200, "BIRTH_DATE": 150, "neg_date": 150,
            "PERSON": 400, "KR_ADDRESS": 150, "PHONE_NUMBER": 100}
# A writer checking only its own batches: python3 check.py --no-minimums
if "--no-minimums" in sys.argv:
    MINIMUMS = {}
ID_RE = re.compile(r"^s17-[u-w]\d{2}-\d{3}$")
KIND_RE = re.compile(r"^[a-z][a-z_]*$")
WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]

errors = []


def err(msg):
    errors.append(msg)


def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def check_item(rid, text, it, label_key):
    ok = True
    for k in ("start", "end", label_key, "value"):
        if k not in it:
            err("%s: item missing %s: %r" % (rid, k, it)); return False
    if set(it) != {"start", "end", label_key, "value"}:
        err("%s: unexpected keys %r" % (rid, sorted(it)))
    if not (isinstance(it["start"], int) and isinstance(it["end"], int)):
        err("%s: non-int offsets %r" % (rid, it)); return False
    if not (0 <= it["start"] < it["end"] <= len(text)):
        err("%s: bad offsets %r" % (rid, it)); return False
    if text[it["start"]:it["end"]] != it["value"]:
        err("%s: value != slice: %r vs %r" % (rid, it["value"], text[it["start"]:it["end"]]))
        ok = False
    if it["value"] != it["value"].strip():
        err("%s: value has outer whitespace %r" % (rid, it["value"]))
    return ok


def main():
    ent_count = collections.Counter()
    ent_docs = collections.Counter()
    kind_count = collections.Counter()
    neg_count = collections.Counter()
    ids = set()
    n = 0
    with open(PATH, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError as e:
                err("line %d: bad json %s" % (lineno, e)); continue
            n += 1
            if not isinstance(r, dict) or set(r) != {"id", "kind", "text", "spans", "negatives"}:
                err("line %d: wrong keys" % lineno); continue
            rid, text = r["id"], r["text"]
            if not isinstance(rid, str) or not ID_RE.match(rid):
                err("line %d: bad id %r" % (lineno, rid))
            if rid in ids:
                err("duplicate id %s" % rid)
            ids.add(rid)
            if not isinstance(r["kind"], str) or not KIND_RE.match(r["kind"]):
                err("%s: bad kind %r" % (rid, r["kind"]))
            kind_count[r["kind"]] += 1
            if not isinstance(text, str) or not text.strip():
                err("%s: empty text" % rid); continue
            for m in ("[[", "]]", "{{", "}}"):
                if m in text:
                    err("%s: marker %r left in text" % (rid, m))
            spans = [s for s in r["spans"] if check_item(rid, text, s, "entity")]
            negs = [s for s in r["negatives"] if check_item(rid, text, s, "kind")]
            seen_ent = set()
            for s in spans:
                if s["entity"] not in ENTITIES:
                    err("%s: unknown entity %r" % (rid, s["entity"]))
                ent_count[s["entity"]] += 1
                seen_ent.add(s["entity"])
                if s["entity"] == "KR_RRN":
                    d = [c for c in s["value"] if c.isdigit()]
                    if len(d) == 13:
                        chk = (11 - sum(int(a) * w for a, w in zip(d, WEIGHTS)) % 11) % 10
                        if chk != int(d[12]):
                            err("%s: RRN check digit wrong %r" % (rid, s["value"]))
            for e in seen_ent:
                ent_docs[e] += 1
            for s in negs:
                if not KIND_RE.match(s["kind"]):
                    err("%s: bad negative kind %r" % (rid, s["kind"]))
                neg_count[s["kind"]] += 1
            ss = sorted(spans, key=lambda x: x["start"])
            for a, b in zip(ss, ss[1:]):
                if overlaps(a, b):
                    err("%s: spans overlap %r %r" % (rid, a, b))
            ns = sorted(negs, key=lambda x: x["start"])
            for a, b in zip(ns, ns[1:]):
                if overlaps(a, b):
                    err("%s: negatives overlap %r %r" % (rid, a, b))
            for a in negs:
                for b in spans:
                    if overlaps(a, b):
                        err("%s: negative overlaps span %r %r" % (rid, a, b))
            # every occurrence of a labelled value must be labelled (or lie inside a label)
            allitems = spans + negs
            for it in allitems:
                v = it["value"]
                i = text.find(v)
                while i != -1:
                    occ = {"start": i, "end": i + len(v)}
                    if not any(overlaps(occ, o) for o in allitems):
                        err("%s: unlabelled repeat of %r at %d" % (rid, v, i))
                    i = text.find(v, i + 1)
    counts = {"documents": n, "neg_date": neg_count["date"],
              "BIRTH_DATE_docs": ent_docs["BIRTH_DATE"]}
    counts.update(ent_count)
    counts["values"] = sum(ent_count.values())
    for k, m in MINIMUMS.items():
        if counts.get(k, 0) < m:
            err("minimum not met: %s = %d < %d" % (k, counts.get(k, 0), m))

    print("documents: %d" % n)
    print("\nspans per entity (documents containing it):")
    for e in ENTITIES:
        print("  %-14s %4d  (%d docs)" % (e, ent_count[e], ent_docs[e]))
    print("  %-14s %4d" % ("total", sum(ent_count.values())))
    print("\ndocuments per kind:")
    for k, c in sorted(kind_count.items(), key=lambda x: (-x[1], x[0])):
        print("  %-16s %4d" % (k, c))
    print("\nnegatives per kind:")
    for k, c in sorted(neg_count.items(), key=lambda x: (-x[1], x[0])):
        print("  %-16s %4d" % (k, c))
    print("  %-16s %4d" % ("total", sum(neg_count.values())))
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
