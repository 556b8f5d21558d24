#!/usr/bin/env python3
"""Build seventeenth.jsonl from the hand-written batches in src/*_batch_*.py.

Each batch module defines DOCS: a list of dicts {"id", "kind", "text"} whose text
carries inline markers:
    [[TYPE:value]]   personal value (entity TYPE)
    {{kind:value}}   look-alike that is NOT personal (hard negative of `kind`)
The markers are stripped and offsets (Python str indices) computed so that
value == text[start:end].  In KR_RRN values a trailing '?' is replaced by the
valid check digit (weights 2,3,4,5,6,7,8,9,2,3,4,5; check = (11 - sum % 11) % 10);
the same '?' in CREDIT_CARD (Luhn) and KR_BRN values gets their check digit.
Standard library only.
"""
import glob
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "seventeenth.jsonl")

MARKER = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{([a-z_]+):(.+?)\}\}")
WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]


def rrn_fill(value):
    if not value.endswith("?"):
        return value
    digits = [c for c in value[:-1] if c.isdigit()]
    if len(digits) != 12:
        raise ValueError("RRN with ? must have 12 digits before it: %r" % value)
    s = sum(int(d) * w for d, w in zip(digits, WEIGHTS))
    return value[:-1] + str((11 - s % 11) % 10)


def luhn_fill(value):
    """CREDIT_CARD ending in '?': the Luhn check digit."""
    if not value.endswith("?"):
        return value
    digits = [int(c) for c in value[:-1] if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return value[:-1] + str((10 - total % 10) % 10)


def brn_fill(value):
    """KR_BRN ending in '?': the business registration check digit (9 digits before it)."""
    if not value.endswith("?"):
        return value
    d = [int(c) for c in value[:-1] if c.isdigit()]
    if len(d) != 9:
        raise ValueError("BRN with ? must have 9 digits before it: %r" % value)
    s = sum(x * w for x, w in zip(d, [1, 3, 7, 1, 3, 7, 1, 3, 5])) + (d[8] * 5) // 10
    return value[:-1] + str((10 - s % 10) % 10)


FILL = {"KR_RRN": rrn_fill, "CREDIT_CARD": luhn_fill, "KR_BRN": brn_fill}


def convert(doc):
    src = doc["text"]
    out = []
    spans, negs = [], []
    pos = 0
    length = 0
    for m in MARKER.finditer(src):
        before = src[pos:m.start()]
        out.append(before)
        length += len(before)
        if m.group(1) is not None:
            ent, val = m.group(1), m.group(2)
            if ent in FILL:
                val = FILL[ent](val)
            spans.append({"start": length, "end": length + len(val), "entity": ent, "value": val})
        else:
            kind, val = m.group(3), m.group(4)
            negs.append({"start": length, "end": length + len(val), "kind": kind, "value": val})
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        if bad in text:
            raise ValueError("%s: stray marker %r left in text" % (doc["id"], bad))
    for s in spans + negs:
        assert text[s["start"]:s["end"]] == s["value"], (doc["id"], s)
    return {"id": doc["id"], "kind": doc["kind"], "text": text, "spans": spans, "negatives": negs}


def main():
    files = sorted(glob.glob(os.path.join(HERE, "*_batch_*.py")))
    records = []
    for path in files:
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for doc in mod.DOCS:
            records.append(convert(doc))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d documents from %d batch files to %s" % (len(records), len(files), OUT))


if __name__ == "__main__":
    sys.exit(main())
