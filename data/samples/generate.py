#!/usr/bin/env python3
"""Deterministic generator of synthetic Korean civil complaints (민원) for the sample tenants.

Writes, per tenant, the file formats the cities really send (UTF-8 CSV, JSONL, CP949 CSV,
UTF-8-with-BOM CSV, XLSX), with planted bad rows and planted PII, plus ``holdout.jsonl``
(unseen complaints for the demo) and ``manifest.json`` (what was written and planted).

Usage::

    python data/samples/generate.py --out DIR [--per-tenant 300] [--seed 20261126] [--holdout 20]

or ``generate(out_dir, per_tenant=300, seed=20261126, holdout=20) -> manifest``.

Only the standard library, pyyaml and openpyxl are used; no network. Output is byte-for-byte
deterministic for a given seed (the XLSX zip is rewritten with fixed entry timestamps and fixed
document properties). Everything here is synthetic: names, numbers and addresses are random
combinations, any resemblance to a real person is accidental.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import re
import sys
import zipfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the sibling modules below (this is a script)
from sample_pii import _PiiLog  # noqa: E402
from sample_writer import BODY_MAX, BODY_MIN, CROSSOVER, SUMMARY_MAX, _City, _Writer  # noqa: E402,F401 (CROSSOVER: tests)

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
TENANTS_YAML = REPO_ROOT / "configs" / "tenants.yaml"

DEFAULT_PER_TENANT = 300
DEFAULT_SEED = 20261126
DEFAULT_HOLDOUT = 20
MIN_PER_TENANT = 40  # below this the planted bad rows would dominate the files

NOISY_LABEL_SHARE = 0.06  # records filed under a neighbouring department, as real routing errs
BAD_BYTES = b"\xff\xfe\x80"  # invalid in both UTF-8 and CP949
_BAD_MARKER = "#BADBYTES#"  # ASCII placeholder replaced by BAD_BYTES after encoding
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
FIXED_DOC_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)

ENGLISH_HEADERS = ["receipt_id", "received_at", "title", "body", "department"]
KOREAN_HEADERS_SN = ["접수번호", "접수일자", "제목", "민원내용", "담당부서"]
KOREAN_HEADERS_YI = ["접수번호", "접수일", "제목", "내용", "처리부서"]

BAD_KINDS = ("empty_text", "unknown_department", "duplicate", "undecodable")

# --------------------------------------------------------------------------------------------
# Per-tenant profiles: receipt prefix, date format, file layout and the city's geography.
# --------------------------------------------------------------------------------------------

TENANT_PROFILES: dict[str, dict] = {
    "suwon": {
        "prefix": "SW",
        "city": "수원시",
        "date_format": "%Y-%m-%d",
        "files": [
            # (relative path, format, encoding, headers, line terminator, date range, share)
            {"path": "suwon/complaints_2026_q1.csv", "format": "csv", "encoding": "utf-8",
             "headers": ENGLISH_HEADERS, "newline": "\n", "dates": ((1, 1), (3, 31)),
             "undecodable": True},
            {"path": "suwon/complaints_2026_q2.jsonl", "format": "jsonl", "encoding": "utf-8",
             "headers": ENGLISH_HEADERS, "dates": ((4, 1), (6, 30))},
        ],
        "gu": {
            "장안구": {"dong": ["정자동", "파장동", "조원동", "연무동", "율천동", "영화동"],
                    "road": ["정조로", "수성로", "경수대로", "만석로", "장안로"]},
            "권선구": {"dong": ["세류동", "권선동", "곡선동", "금곡동", "호매실동", "입북동"],
                    "road": ["권광로", "호매실로", "세권로", "금곡로", "수인로"]},
            "팔달구": {"dong": ["인계동", "매교동", "우만동", "화서동", "행궁동", "매산동"],
                    "road": ["효원로", "중부대로", "인계로", "매산로", "팔달로"]},
            "영통구": {"dong": ["영통동", "매탄동", "원천동", "광교동", "망포동", "태장동"],
                    "road": ["광교중앙로", "봉영로", "영통로", "덕영대로", "매영로"]},
        },
    },
    "seongnam": {
        "prefix": "SN",
        "city": "성남시",
        "date_format": "%Y.%m.%d",
        "files": [
            {"path": "seongnam/complaints_2026.csv", "format": "csv", "encoding": "cp949",
             "headers": KOREAN_HEADERS_SN, "newline": "\r\n", "dates": ((1, 1), (6, 30)),
             "undecodable": True},
            {"path": "seongnam/complaints_2026_bom.csv", "format": "csv", "encoding": "utf-8-sig",
             "headers": KOREAN_HEADERS_SN, "newline": "\r\n", "dates": ((7, 1), (10, 31))},
        ],
        "gu": {
            "수정구": {"dong": ["신흥동", "태평동", "수진동", "단대동", "위례동", "복정동"],
                    "road": ["수정로", "산성대로", "위례광장로", "복정로", "공원로"]},
            "중원구": {"dong": ["성남동", "금광동", "상대원동", "하대원동", "도촌동", "중앙동"],
                    "road": ["둔촌대로", "제일로", "광명로", "성남대로", "금광로"]},
            "분당구": {"dong": ["정자동", "서현동", "수내동", "야탑동", "이매동", "판교동", "삼평동", "구미동"],
                    "road": ["정자일로", "황새울로", "분당로", "판교역로", "서현로", "내정로"]},
        },
    },
    "yongin": {
        "prefix": "YI",
        "city": "용인시",
        "date_format": "%Y/%m/%d %H:%M",
        "files": [
            {"path": "yongin/complaints_2026.xlsx", "format": "xlsx", "encoding": None,
             "headers": KOREAN_HEADERS_YI, "dates": ((1, 1), (7, 31)), "sheet": "민원접수현황"},
            {"path": "yongin/complaints_2026_extra.csv", "format": "csv", "encoding": "utf-8",
             "headers": ENGLISH_HEADERS, "newline": "\n", "dates": ((8, 1), (10, 31))},
        ],
        "gu": {
            "처인구": {"dong": ["김량장동", "역북동", "삼가동", "유림동", "포곡읍", "모현읍", "남사읍"],
                    "road": ["금학로", "중부대로", "용구대로", "백옥대로", "포곡로"]},
            "기흥구": {"dong": ["구갈동", "신갈동", "보정동", "동백동", "영덕동", "상하동", "마북동"],
                    "road": ["기흥로", "구갈로", "신갈로", "흥덕중앙로", "동백죽전대로"]},
            "수지구": {"dong": ["풍덕천동", "죽전동", "상현동", "성복동", "신봉동", "동천동"],
                    "road": ["수지로", "풍덕천로", "포은대로", "죽전로", "문정로"]},
        },
    },
}

# Department names that are NOT in a tenant's mapping: invented units and typos of real ones.
UNKNOWN_DEPARTMENTS = [
    "미래전략과", "스마트도시과", "건측과", "도로관리가", "복지정착과", "세무가", "환경정첵과",
    "보건행정가", "문화예슬과", "자치행정관", "교통행정팀", "민원봉사실",
]

# Share of complaints per taxonomy code (realistic skew: traffic and waste dominate).
CODE_WEIGHTS = {
    "TRAFFIC": 16, "ENVIRONMENT": 14, "ROADS": 12, "BUILDING": 10, "SAFETY": 9,
    "WELFARE": 9, "ADMIN": 9, "TAX": 7, "HEALTH": 7, "CULTURE": 7,
}

# Where a misrouted complaint lands: the neighbouring departments of each code.
CONFUSABLE = {
    "TRAFFIC": ["ROADS", "SAFETY"], "ENVIRONMENT": ["HEALTH", "ROADS"], "BUILDING": ["ROADS", "SAFETY"],
    "ROADS": ["TRAFFIC", "SAFETY"], "WELFARE": ["HEALTH", "ADMIN"], "TAX": ["ADMIN"],
    "SAFETY": ["ROADS", "TRAFFIC"], "HEALTH": ["WELFARE", "ENVIRONMENT"], "CULTURE": ["ADMIN"],
    "ADMIN": ["WELFARE", "TAX"],
}




# --------------------------------------------------------------------------------------------
# Generator.
# --------------------------------------------------------------------------------------------




def _load_tenants(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return data["tenants"]


def _date_in(rng: random.Random, start: tuple[int, int], end: tuple[int, int]) -> dt.datetime:
    a = dt.date(2026, *start)
    b = dt.date(2026, *end)
    day = a + dt.timedelta(days=rng.randint(0, (b - a).days))
    if rng.random() < 0.8:
        hour = rng.randint(9, 17)
    else:
        hour = rng.choice([0, 6, 7, 8, 18, 19, 20, 21, 22, 23])
    return dt.datetime(day.year, day.month, day.day, hour, rng.randint(0, 59))


def _weighted_code(rng: random.Random) -> str:
    codes = list(CODE_WEIGHTS)
    return rng.choices(codes, weights=[CODE_WEIGHTS[c] for c in codes])[0]


def _split_counts(total: int, share: float = 0.6) -> tuple[int, int]:
    a = round(total * share)
    return a, total - a


def _tenant_records(tenant: str, city: _City, per_tenant: int, seed: int):
    """Builds the rows of each of the tenant's files; returns {path: (rows, bad_ids, unknown names)}.
    Each row dict carries the PII planted in it under "pii" (emptied when the body is blanked)."""
    rng = random.Random(f"{seed}:{tenant}")
    writer = _Writer(city, rng)
    profile = city.profile
    files = profile["files"]

    n_bad = {k: rng.randint(2, 4) for k in ("empty_text", "unknown_department", "duplicate")}
    rows_per_file = _split_counts(per_tenant)
    dup_per_file = _split_counts(n_bad["duplicate"])
    empty_per_file = _split_counts(n_bad["empty_text"])
    unknown_per_file = _split_counts(n_bad["unknown_department"])
    unknown_names = [n for n in UNKNOWN_DEPARTMENTS if n not in city.departments]

    # Draw all distinct records first (sorted by date so receipt ids follow the date order).
    drafts = []
    used_bodies: dict[str, None] = {}
    for fi, spec in enumerate(files):
        n_distinct = rows_per_file[fi] - dup_per_file[fi]
        for _ in range(n_distinct):
            when = _date_in(rng, *spec["dates"])
            code = _weighted_code(rng)
            with_pii = rng.random() < 0.5
            for _attempt in range(50):
                title, body, dept, planted = writer.complaint(code, with_pii)
                if body not in used_bodies:
                    break
            used_bodies[body] = None
            drafts.append({"file": fi, "when": when, "code": code, "title": title, "body": body,
                           "department": dept, "pii": planted})
    drafts.sort(key=lambda d: (d["file"], d["when"]))
    seq = rng.randint(100, 400)
    for d in drafts:
        seq += rng.choice([1, 1, 1, 2, 3])
        d["receipt_id"] = f"2026-{profile['prefix']}-{seq:06d}"

    out = {}
    for fi, spec in enumerate(files):
        recs = [d for d in drafts if d["file"] == fi]
        bad_ids = {k: [] for k in BAD_KINDS}
        unknown_used: list[str] = []
        # pick victims for bad rows among distinct records (deterministic, no overlap)
        idx = list(range(len(recs)))
        rng.shuffle(idx)
        cursor = 0

        def take(n: int) -> list[int]:
            nonlocal cursor
            chosen = idx[cursor:cursor + n]
            cursor += n
            return sorted(chosen)

        for i in take(empty_per_file[fi]):
            # An export line with only its number and date: no title, no text.
            recs[i]["title"] = recs[i]["body"] = ""
            recs[i]["pii"] = []
            recs[i]["bad"] = "empty_text"
            bad_ids["empty_text"].append(recs[i]["receipt_id"])
        for i in take(unknown_per_file[fi]):
            name = rng.choice(unknown_names)
            recs[i]["department"] = name
            recs[i]["bad"] = "unknown_department"
            bad_ids["unknown_department"].append(recs[i]["receipt_id"])
            if name not in unknown_used:
                unknown_used.append(name)
        if spec.get("undecodable"):
            # the garbage line carries no PII (a line-level reader quarantines it unread)
            pos = next(k for k in range(cursor, len(idx)) if not recs[idx[k]]["pii"])
            idx[cursor], idx[pos] = idx[pos], idx[cursor]
            (i,) = take(1)
            rec = recs[i]
            rec["bad"] = "undecodable"
            # keep the garbage line one physical line: no newline in its body
            rec["body"] = rec["body"].replace("\n\n", " ").replace("\n", " ")
            rec["title"] = rec["title"] + " " + _BAD_MARKER
            bad_ids["undecodable"].append(rec["receipt_id"])
        dup_sources = take(dup_per_file[fi])
        # Noisy labels: some well-formed records filed under a neighbouring department.
        noisy = []
        for i in take(round(NOISY_LABEL_SHARE * len(recs))):
            rec = recs[i]
            other = rng.choice([c for c in CONFUSABLE[rec["code"]] if c in city.by_code])
            rec["department"] = rng.choice(city.by_code[other])
            rec["noisy_label"] = other
            noisy.append(rec["receipt_id"])
        bad_ids["noisy_label"] = sorted(noisy)
        rows = [dict(r) for r in recs]
        # insert exact duplicates a few rows after their original (as re-exported rows appear)
        for i in sorted(dup_sources, reverse=True):
            src = recs[i]
            pos = rows.index(src) + 1 + rng.randint(0, 12)
            copy = dict(src)
            copy["bad"] = "duplicate"
            rows.insert(min(pos, len(rows)), copy)
            bad_ids["duplicate"].append(src["receipt_id"])
        bad_ids["duplicate"].sort()
        assert len(rows) == rows_per_file[fi]
        out[spec["path"]] = (rows, bad_ids, unknown_used)
    return out


def _format_date(when: dt.datetime, fmt: str) -> str:
    return when.strftime(fmt)


def _row_values(rec: dict, date_format: str) -> list[str]:
    return [rec["receipt_id"], _format_date(rec["when"], date_format), rec["title"], rec["body"],
            rec["department"]]


def _csv_bytes(headers: list[str], rows: list[list[str]], encoding: str, newline: str) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    w.writerow(headers)
    w.writerows(rows)
    data = buf.getvalue().encode(encoding)  # strict: every character must exist in the codec
    if _BAD_MARKER.encode("ascii") in data:
        assert data.count(_BAD_MARKER.encode("ascii")) == 1
        data = data.replace(_BAD_MARKER.encode("ascii"), BAD_BYTES)
    return data


def _jsonl_bytes(rows: list[list[str]]) -> bytes:
    lines = [json.dumps(dict(zip(ENGLISH_HEADERS, row)), ensure_ascii=False) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _xlsx_bytes(headers: list[str], rows: list[list[str]], sheet: str) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(headers)
    for row in rows:
        ws.append([v if v != "" else None for v in row])
    for col, width in zip("ABCDE", (16, 18, 40, 80, 14)):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "용인시 민원 시스템"
    wb.properties.lastModifiedBy = "용인시 민원 시스템"
    wb.properties.created = FIXED_DOC_TIME
    wb.properties.modified = FIXED_DOC_TIME
    raw = io.BytesIO()
    wb.save(raw)
    return _normalize_zip(raw.getvalue())


def _normalize_zip(data: bytes) -> bytes:
    """Rewrites a zip with fixed entry timestamps/attributes (same entry order) and fixed
    dcterms created/modified, so the XLSX is byte-for-byte reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = FIXED_DOC_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = content.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{stamp}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{stamp}\g<2>", text)
                content = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, content, compresslevel=6)
    return out.getvalue()


def _holdout(cities: dict[str, _City], n: int, seed: int, seen_titles: dict, seen_bodies: dict,
             pii: _PiiLog) -> list[dict]:
    """Unseen complaints (title and body not in any tenant file), codes stratified."""
    rng = random.Random(f"{seed}:holdout")
    tenants = list(cities)
    codes = list(CODE_WEIGHTS)
    plan = []
    while len(plan) < n:
        batch = codes[:]
        rng.shuffle(batch)
        plan.extend(batch)
    plan = plan[:n]
    items = []
    for i, code in enumerate(plan):
        tenant = tenants[i % len(tenants)]
        writer = _Writer(cities[tenant], rng)
        for _attempt in range(200):
            title, body, _dept, planted = writer.complaint(code, rng.random() < 0.5)
            if title not in seen_titles and body not in seen_bodies:
                break
        else:  # pragma: no cover - template space is large
            raise RuntimeError("could not draw an unseen holdout complaint")
        seen_titles[title] = None
        seen_bodies[body] = None
        for kind, value in planted:
            pii.add(kind, value)
        items.append({"text": title + "\n" + body, "expected_code": code, "tenant": tenant})
    return items


def generate(out_dir: Path, per_tenant: int = DEFAULT_PER_TENANT, seed: int = DEFAULT_SEED,
             holdout: int = DEFAULT_HOLDOUT, tenants_yaml: Path = TENANTS_YAML) -> dict:
    """Writes the sample files under out_dir and returns the manifest (also written as
    out_dir/manifest.json)."""
    if per_tenant < MIN_PER_TENANT:
        raise ValueError(f"per_tenant must be at least {MIN_PER_TENANT}")
    if holdout < 0:
        raise ValueError("holdout must be >= 0")
    out_dir = Path(out_dir)
    tenants = _load_tenants(Path(tenants_yaml))
    cities: dict[str, _City] = {}
    skipped = []
    for tenant, conf in tenants.items():
        if tenant not in TENANT_PROFILES:
            skipped.append(tenant)
            continue
        cities[tenant] = _City(tenant, TENANT_PROFILES[tenant], dict(conf["departments"]))

    pii = _PiiLog()
    manifest: dict = {"seed": seed, "per_tenant": per_tenant, "generator": "data/samples/generate.py",
                      "body_chars": {"min": BODY_MIN, "max": BODY_MAX, "summary_max": SUMMARY_MAX},
                      "noisy_label_share": NOISY_LABEL_SHARE, "files": {}, "pii": pii.values}
    seen_titles: dict[str, None] = {}
    seen_bodies: dict[str, None] = {}
    for tenant, city in cities.items():
        built = _tenant_records(tenant, city, per_tenant, seed)
        for spec in city.profile["files"]:
            rows, bad_ids, unknown_used = built[spec["path"]]
            date_format = city.profile["date_format"]
            values = [_row_values(r, date_format) for r in rows]
            for r in rows:
                seen_titles[r["title"]] = None
                seen_bodies[r["body"]] = None
                for kind, value in r["pii"]:
                    pii.add(kind, value)
            if spec["format"] == "csv":
                data = _csv_bytes(spec["headers"], values, spec["encoding"], spec["newline"])
            elif spec["format"] == "jsonl":
                data = _jsonl_bytes(values)
            else:
                data = _xlsx_bytes(spec["headers"], values, spec["sheet"])
            path = out_dir / spec["path"]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            entry = {
                "tenant": tenant,
                "format": spec["format"],
                "encoding": spec["encoding"],
                "columns": spec["headers"],
                "date_format": date_format,
                "rows": len(rows),
                "bad": {k: len(bad_ids[k]) for k in BAD_KINDS},
                "bad_receipt_ids": {k: bad_ids[k] for k in BAD_KINDS},
                # Well-formed rows whose department is a neighbouring one: the gate cannot see it,
                # the model's metrics do (the demo's numbers are below 1.0 for a reason).
                "noisy_labels": {"count": len(bad_ids["noisy_label"]), "receipt_ids": bad_ids["noisy_label"]},
                "unknown_departments": unknown_used,
            }
            if spec["format"] == "csv":
                entry["line_terminator"] = "CRLF" if spec["newline"] == "\r\n" else "LF"
            if spec["format"] == "xlsx":
                entry["sheet"] = spec["sheet"]
            manifest["files"][spec["path"]] = entry

    holdout_pii = _PiiLog()
    items = _holdout(cities, holdout, seed, seen_titles, seen_bodies, holdout_pii)
    (out_dir / "holdout.jsonl").write_bytes(
        "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items).encode("utf-8"))
    manifest["holdout"] = {"path": "holdout.jsonl", "rows": len(items), "pii": holdout_pii.values}
    if skipped:
        manifest["skipped_tenants"] = skipped
    (out_dir / "manifest.json").write_bytes(
        (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=HERE, help="output folder (default: this script's folder)")
    ap.add_argument("--per-tenant", type=int, default=DEFAULT_PER_TENANT,
                    help="data rows per tenant across its two files, bad rows included")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--holdout", type=int, default=DEFAULT_HOLDOUT, help="unseen complaints in holdout.jsonl")
    ap.add_argument("--tenants-config", type=Path, default=TENANTS_YAML)
    args = ap.parse_args(argv)
    manifest = generate(args.out, per_tenant=args.per_tenant, seed=args.seed, holdout=args.holdout,
                        tenants_yaml=args.tenants_config)
    for path, entry in manifest["files"].items():
        bad = ", ".join(f"{k}={v}" for k, v in entry["bad"].items() if v)
        print(f"{path}: {entry['rows']} rows ({bad})")
    print(f"holdout.jsonl: {manifest['holdout']['rows']} rows")
    print("pii planted: " + ", ".join(f"{k}={len(v)}" for k, v in manifest["pii"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
