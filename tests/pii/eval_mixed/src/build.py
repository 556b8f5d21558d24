"""Build mixed.jsonl from the hand-written batch sources (batch_*.py).

Each batch file defines DOCS = [(kind, marked_text), ...]. In the marked text
  [[T:value]]  marks a personal value of entity alias T (see SPAN_ALIASES),
  {{k:value}}  marks a hard negative of kind alias k (see NEG_ALIASES).
The markers are stripped and offsets are computed from the stripped text, so no
offset is ever typed by hand. A trailing '?' in an RRN/FRN/BRN/card value is
replaced by the correct check digit; a trailing '!' by a digit that makes the
RRN or BRN checksum fail (used for look-alike negatives).
"""
import importlib.util, json, pathlib, re, sys

SPAN_ALIASES = {
    "P": "PERSON", "A": "KR_ADDRESS", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS",
    "R": "KR_RRN", "F": "KR_FRN", "B": "BIRTH_DATE", "S": "STUDENT_ID",
    "M": "EMPLOYEE_ID", "PP": "KR_PASSPORT", "C": "CREDIT_CARD", "AC": "BANK_ACCOUNT",
    "DL": "KR_DRIVER_LICENSE", "CP": "KR_CAR_PLATE", "IP": "IP_ADDRESS", "BRN": "KR_BRN",
}
NEG_ALIASES = {
    "ord": "order_number", "trk": "tracking_number", "rsv": "reservation_number",
    "ver": "version", "mask": "subnet_mask", "date": "date", "pub": "public_number",
    "biz": "business_number", "rcpt": "receipt_number", "amt": "amount", "room": "room_number",
    "org": "org_name", "place": "place_name", "case": "case_number", "prod": "product_code",
    "pubmail": "public_email", "time": "time", "ticket": "ticket_number", "inv": "invoice_number",
    "doc": "document_number", "acct_pub": "public_account", "lot": "lot_number",
    "stat": "statistic", "oid": "oid", "port": "port", "code": "code",
}
MARK = re.compile(r"\[\[([A-Z]+):(.*?)\]\]|\{\{([a-z_]+):(.*?)\}\}", re.S)


def rrn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10


def frn_check(d12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (13 - sum(int(a) * b for a, b in zip(d12, w)) % 11) % 10


def brn_check(d9):
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(int(a) * b for a, b in zip(d9, w)) + (int(d9[8]) * 5) // 10
    return (10 - s % 10) % 10


def luhn_check(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return (10 - total % 10) % 10


def fill(alias, value):
    if not value.endswith(("?", "!")):
        return value
    mode, body = value[-1], value[:-1]
    digits = re.sub(r"\D", "", body)
    if alias in ("R", "rrnlike", "ord", "rsv", "trk", "rcpt", "case", "ticket", "inv", "doc") and len(digits) == 12:
        c = rrn_check(digits)
    elif alias == "F" and len(digits) == 12:
        c = frn_check(digits)
    elif alias in ("BRN", "biz") and len(digits) == 9:
        c = brn_check(digits)
    elif alias == "C" and len(digits) in (14, 15, 18):
        c = luhn_check(digits)
    else:
        raise ValueError(f"cannot fill check digit for {alias}:{value}")
    if mode == "!":
        c = (c + 3) % 10
    return body + str(c)


def parse(marked):
    out, spans, negs, pos = [], [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        if m.group(1):
            alias, value = m.group(1), fill(m.group(1), m.group(2))
            if alias not in SPAN_ALIASES:
                raise ValueError(f"unknown span alias {alias}")
            spans.append({"start": length, "end": length + len(value), "entity": SPAN_ALIASES[alias], "value": value})
        else:
            alias, value = m.group(3), fill(m.group(3), m.group(4))
            if alias not in NEG_ALIASES:
                raise ValueError(f"unknown negative alias {alias}")
            negs.append({"start": length, "end": length + len(value), "kind": NEG_ALIASES[alias], "value": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        if bad in text:
            raise ValueError(f"stray marker {bad!r} in: {text[:80]}")
    return text, spans, negs


def main():
    here = pathlib.Path(__file__).parent
    docs = []
    for f in sorted(here.glob("batch_*.py")):
        spec = importlib.util.spec_from_file_location(f.stem, f)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        tag = f.stem.split("_", 1)[1]
        for i, (kind, marked) in enumerate(mod.DOCS, 1):
            text, spans, negs = parse(marked.strip("\n"))
            docs.append({"id": f"mx-{tag}-{i:03d}", "kind": kind, "text": text, "spans": spans,
                         "negatives": [{k: n[k] for k in ("start", "end", "kind")} | {"value": n["value"]} for n in negs]})
    target = here.parent / "mixed.jsonl"
    with open(target, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {target}")


if __name__ == "__main__":
    main()
