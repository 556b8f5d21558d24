#!/usr/bin/env python3
"""Validate mixed.jsonl and print its statistics.

Checks: JSON shape, unique ids, offsets inside the text, value == text[start:end], entity names
from the fixed list, no overlapping spans, no negative overlapping a span, every other occurrence
of a labelled value in the same document is labelled too, per-type and total minimums.
`--lint` also lists digit/e-mail shaped strings that are neither a span nor a negative (for review
by a person; it labels nothing). Exit status 0 only when every check passes.
"""
import collections, json, pathlib, re, sys

ENTITIES = ["PERSON", "KR_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_RRN", "KR_FRN", "BIRTH_DATE",
            "STUDENT_ID", "EMPLOYEE_ID", "KR_PASSPORT", "CREDIT_CARD", "BANK_ACCOUNT",
            "KR_DRIVER_LICENSE", "KR_CAR_PLATE", "IP_ADDRESS", "KR_BRN"]
MINIMUM = {"PERSON": 350, "KR_ADDRESS": 200, "PHONE_NUMBER": 120, "BIRTH_DATE": 80,
           "EMAIL_ADDRESS": 60, "KR_RRN": 50}
DEFAULT_MIN = 25
MIN_DOCS, MIN_VALUES, MIN_NEGATIVES = 320, 1300, 300
KINDS = {"complaint", "meeting_notes", "table", "email", "log", "form", "chat", "call_note",
         "report", "notice", "sms", "memo", "minutes"}

def rrn_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) != 13:
        return None
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(d, w)) % 11) % 10 == int(d[12])

def main():
    path = pathlib.Path(__file__).with_name("mixed.jsonl")
    lint = "--lint" in sys.argv
    errors, warnings = [], []
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            docs.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON: {e}")
    ids = collections.Counter(d.get("id") for d in docs)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    per_type, per_kind, neg_kind = collections.Counter(), collections.Counter(), collections.Counter()
    per_kind_values = collections.Counter()
    docs_with_type = collections.Counter()
    masked_forms = collections.Counter()
    rrn_valid = collections.Counter()
    chars = 0
    for d in docs:
        did, text = d.get("id"), d.get("text")
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{did}: empty text"); continue
        chars += len(text)
        if set(d) - {"id", "kind", "text", "spans", "negatives"}:
            errors.append(f"{did}: unexpected keys {set(d)}")
        kind = d.get("kind")
        if kind not in KINDS:
            errors.append(f"{did}: unknown kind {kind}")
        per_kind[kind] += 1
        spans = d.get("spans", [])
        negs = d.get("negatives", [])
        seen_types = set()
        for s in spans:
            st, en, ent, val = s.get("start"), s.get("end"), s.get("entity"), s.get("value")
            if ent not in ENTITIES:
                errors.append(f"{did}: unknown entity {ent}")
            if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(text)):
                errors.append(f"{did}: bad offsets {s}"); continue
            if text[st:en] != val:
                errors.append(f"{did}: value mismatch {val!r} != {text[st:en]!r}")
            if val != val.strip():
                errors.append(f"{did}: value has outer whitespace {val!r}")
            per_type[ent] += 1
            per_kind_values[kind] += 1
            seen_types.add(ent)
            if any(ch in val for ch in "*○●＊") or re.search(r"[가-힣]O{1,2}$|xxx|XXX", val):
                masked_forms[ent] += 1
            if ent == "KR_RRN":
                rrn_valid[{True: "checksum ok", False: "checksum fails", None: "masked/partial"}[rrn_ok(val)]] += 1
        for t in seen_types:
            docs_with_type[t] += 1
        ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
        for a, b in zip(ordered, ordered[1:]):
            if b["start"] < a["end"]:
                errors.append(f"{did}: overlapping spans {a['value']!r} / {b['value']!r}")
        for g in negs:
            st, en = g.get("start"), g.get("end")
            if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(text)):
                errors.append(f"{did}: bad negative offsets {g}"); continue
            if "value" in g and text[st:en] != g["value"]:
                errors.append(f"{did}: negative value mismatch {g}")
            if not g.get("kind"):
                errors.append(f"{did}: negative without kind")
            neg_kind[g.get("kind")] += 1
            for s in spans:
                if st < s["end"] and s["start"] < en:
                    errors.append(f"{did}: negative {text[st:en]!r} overlaps span {s['value']!r}")
        # every occurrence of a labelled value must be labelled
        covered = [(s["start"], s["end"]) for s in spans]
        for s in spans:
            val = s["value"]
            if len(val) < 2:
                continue
            i = text.find(val)
            while i != -1:
                if not any(a <= i and i + len(val) <= b for a, b in covered):
                    # allow a name inside a longer token, e.g. an e-mail local part
                    warnings.append(f"{did}: unlabelled repeat of {s['entity']} {val!r} at {i}")
                i = text.find(val, i + 1)
        if lint:
            taken = covered + [(g["start"], g["end"]) for g in negs]
            for m in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)+|\d[\d\-. ]{5,}\d|\b\d{1,3}(\.\d{1,3}){3}\b", text):
                if not any(a <= m.start() and m.end() <= b or (m.start() < b and a < m.end()) for a, b in taken):
                    warnings.append(f"{did}: LINT unlabelled {m.group()!r}")
    total = sum(per_type.values())
    negatives = sum(neg_kind.values())
    if len(docs) < MIN_DOCS:
        errors.append(f"only {len(docs)} documents (< {MIN_DOCS})")
    if total < MIN_VALUES:
        errors.append(f"only {total} labelled values (< {MIN_VALUES})")
    if negatives < MIN_NEGATIVES:
        errors.append(f"only {negatives} negatives (< {MIN_NEGATIVES})")
    for e in ENTITIES:
        need = MINIMUM.get(e, DEFAULT_MIN)
        if per_type[e] < need:
            errors.append(f"{e}: {per_type[e]} values (< {need})")

    print(f"file: {path.name}")
    print(f"documents: {len(docs)}   characters: {chars}   labelled values: {total}   negatives: {negatives}")
    print("\nlabelled values per entity type (values / documents / partially masked):")
    for e in ENTITIES:
        print(f"  {e:<18} {per_type[e]:>5} {docs_with_type[e]:>5} {masked_forms[e]:>5}   (min {MINIMUM.get(e, DEFAULT_MIN)})")
    print("\ndocuments per kind (documents / labelled values):")
    for k, c in per_kind.most_common():
        print(f"  {k:<14} {c:>5} {per_kind_values[k]:>6}")
    print("\nnegatives per kind:")
    for k, c in neg_kind.most_common():
        print(f"  {k:<20} {c:>5}")
    print("\nKR_RRN values:", dict(rrn_valid))
    rrn_like = ip_like = phone_like = 0
    rrn_like_valid = 0
    for d in docs:
        for g in d.get("negatives", []):
            v = d["text"][g["start"]:g["end"]]
            m = re.search(r"\d{6}-\d{7}", v)
            if m:
                rrn_like += 1
                rrn_like_valid += bool(rrn_ok(m.group()))
            if re.fullmatch(r"\D*(\d{1,3}\.){3}\d{1,3}", v):
                ip_like += 1
            if re.search(r"(^|\D)\d{2,4}[- .]\d{3,4}[- .]\d{4}($|\D)", v):
                phone_like += 1
    print(f"look-alike negatives: resident-number shaped {rrn_like} (checksum passes: {rrn_like_valid}), "
          f"IP shaped {ip_like}, phone shaped {phone_like}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("\nRESULT:", "PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1

if __name__ == "__main__":
    sys.exit(main())
