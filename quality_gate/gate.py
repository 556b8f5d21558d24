"""The gate for one upload: parse -> validate -> mask -> residual scan -> duplicates -> verdict."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from configuration import QualityGateConfig, Tenant
from ingest.readers import CANONICAL_FIELDS, ParsedFile, RawRecord
from quality_gate.checks import content_fingerprint, hangul_ratio, normalise_text, parse_date
from quality_gate.near_duplicates import NearDuplicateIndex, minhash

MIN_HANGUL_RATIO = 0.3


def model_text_length(title: str, body: str) -> int:
    """Characters of the text the model reads (title, newline, body), without the newline."""
    return len(title) + len(body)


@dataclass
class KnownContent:
    """What a tenant already has curated: exact fingerprints and MinHash signatures (of masked text)."""

    fingerprints: set[str] = field(default_factory=set)
    signatures: list[np.ndarray] = field(default_factory=list)


@dataclass
class GateOutcome:
    curated: list[dict]
    quarantined: list[dict]
    report: dict


class QualityGate:
    def __init__(self, config: QualityGateConfig, masker, near_duplicate_threshold: float = 0.8):
        self.config = config
        self.masker = masker
        self.near_duplicate_threshold = near_duplicate_threshold

    @staticmethod
    def record_id(tenant: str, upload_sha256: str, row_number: int) -> str:
        return hashlib.sha256(f"{tenant}:{upload_sha256}:{row_number}".encode()).hexdigest()[:20]

    @staticmethod
    def derived_record_id(tenant: str, fields: dict, occurrence: int) -> str:
        """For exports without receipt numbers: an id from the row's own content (whitespace-
        normalised), so the same file uploaded again gives the same ids and an edited row a new one.
        `occurrence` tells identical rows of one file apart (the later ones are duplicates)."""
        content = "\x1f".join(" ".join(fields.get(name, "").split()) for name in CANONICAL_FIELDS)
        return "d" + hashlib.sha256(f"{tenant}:{content}:{occurrence}".encode()).hexdigest()[:19]

    def bounds(self, tenant: Tenant) -> tuple[int, int]:
        """(min, max) characters of a record's whole text for this tenant."""
        validation, export = self.config.validation, tenant.export
        return (export.min_text_chars or validation.min_text_chars, export.max_text_chars or validation.max_text_chars)

    def _validate(self, record: RawRecord, tenant: Tenant, receipt_ids: bool) -> tuple[str | None, dict | None]:
        """(quarantine reason or None, normalised fields or None when nothing could be read)."""
        if record.problem:
            return record.problem, None
        fields = {k: normalise_text(v) for k, v in record.fields.items()}
        min_chars, max_chars = self.bounds(tenant)
        if receipt_ids and not fields["receipt_id"]:
            return "missing_receipt_id", fields
        # Length and emptiness of the whole text: a short summary under a real title is a complaint.
        text = model_text_length(fields["title"], fields["body"])
        if text == 0:
            return "empty_text", fields
        if text < min_chars:
            return "text_too_short", fields
        if text > max_chars:
            return "text_too_long", fields
        if hangul_ratio(fields["title"] + fields["body"]) < MIN_HANGUL_RATIO:
            return "low_hangul_ratio", fields
        if fields["received_at"] and parse_date(fields["received_at"]) is None:
            return "invalid_date", fields
        if fields["department"] and tenant.department_code(fields["department"]) is None:
            return "unknown_department", fields
        return None, fields

    MASKED_FIELDS = ("receipt_id", "title", "body")
    MASK_BATCH = 64  # texts per masker call: the learned PII tagger runs once per batch

    def _mask_all(self, validated: list[tuple[str | None, dict | None]], tenant: Tenant,
                  entities: Counter) -> list[dict | None]:
        """Masked fields of every readable record, masked in batches of MASK_BATCH texts."""
        jobs = [(i, name, fields[name]) for i, (_, fields) in enumerate(validated) if fields is not None
                for name in self.MASKED_FIELDS if fields[name]]
        mask_batch = getattr(self.masker, "mask_batch", None)
        out: list[dict | None] = [None if fields is None else dict.fromkeys(self.MASKED_FIELDS, "")
                                  for _, fields in validated]
        for begin in range(0, len(jobs), self.MASK_BATCH):
            chunk = jobs[begin : begin + self.MASK_BATCH]
            texts = [text for _, _, text in chunk]
            results = mask_batch(texts, tenant.id) if mask_batch else [self.masker.mask(t, tenant.id) for t in texts]
            for (i, name, _), result in zip(chunk, results):
                out[i][name] = result.text
                entities.update(result.entity_counts)
        return out

    def run(
        self, parsed: ParsedFile, tenant: Tenant, upload_id: str, upload_sha256: str, known: KnownContent | None = None
    ) -> GateOutcome:
        known = known or KnownContent()
        near_known = NearDuplicateIndex(self.near_duplicate_threshold)
        for signature in known.signatures:
            near_known.add(signature)
        near_upload = NearDuplicateIndex(self.near_duplicate_threshold)
        seen: set[str] = set()
        curated, quarantined = [], []
        reasons: Counter[str] = Counter()
        entities: Counter[str] = Counter()
        unknown_departments: set[str] = set()

        receipt_ids = parsed.has_receipt_ids
        occurrences: Counter[str] = Counter()
        ids: dict[int, str] = {}

        def id_of(record: RawRecord, fields: dict | None) -> str:
            if record.row_number not in ids:
                if receipt_ids or fields is None:
                    ids[record.row_number] = self.record_id(tenant.id, upload_sha256, record.row_number)
                else:
                    first = self.derived_record_id(tenant.id, fields, 0)
                    ids[record.row_number] = self.derived_record_id(tenant.id, fields, occurrences[first])
                    occurrences[first] += 1
            return ids[record.row_number]

        def quarantine(record: RawRecord, reason: str, masked: dict | None, detail: str = "",
                       fields: dict | None = None) -> None:
            reasons[reason] += 1
            quarantined.append(
                {
                    "record_id": id_of(record, fields),
                    "tenant": tenant.id,
                    "upload_id": upload_id,
                    "row_number": record.row_number,
                    "reason": reason,
                    "detail": detail,
                    # Masked text only: people fixing data read quarantine; they have the original file.
                    "receipt_id": (masked or {}).get("receipt_id", ""),
                    "title": (masked or {}).get("title", ""),
                    "body": (masked or {}).get("body", ""),
                }
            )

        validated = [self._validate(record, tenant, receipt_ids) for record in parsed.records]
        for record, (reason, fields), masked in zip(parsed.records, validated, self._mask_all(validated, tenant, entities)):
            if reason is None:
                residual = self.masker.residual_entities(masked["receipt_id"] + "\n" + masked["title"] + "\n" + masked["body"])
                if residual:
                    # The masked text still holds an identifier: keep none of it (fail closed).
                    quarantine(record, "residual_pii", None, detail=",".join(sorted(set(residual))), fields=fields)
                    continue
            if reason is None:
                fingerprint = content_fingerprint(masked["title"], masked["body"])
                signature = minhash(masked["title"] + "\n" + masked["body"])
                if fingerprint in known.fingerprints:
                    reason = "duplicate_of_curated"
                elif fingerprint in seen:
                    reason = "duplicate"
                elif near_known.find(signature):
                    reason = "near_duplicate_of_curated"
                elif near_upload.find(signature):
                    reason = "near_duplicate"
            if reason is not None:
                if reason == "unknown_department":
                    unknown_departments.add(fields["department"])
                quarantine(record, reason, masked, fields=fields)
                continue
            seen.add(fingerprint)
            near_upload.add(signature)
            received = parse_date(fields["received_at"]) if fields["received_at"] else None
            curated.append(
                {
                    "record_id": id_of(record, fields),
                    "tenant": tenant.id,
                    "upload_id": upload_id,
                    "row_number": record.row_number,
                    "receipt_id": masked["receipt_id"],
                    "received_at": received.isoformat() if received else None,
                    "title": masked["title"],
                    "body": masked["body"],
                    "source_department": fields["department"] or None,
                    "department_code": tenant.department_code(fields["department"]) if fields["department"] else None,
                    "fingerprint": fingerprint,
                    "minhash": signature.tobytes(),
                }
            )

        records_in = len(parsed.records)
        # Rows already curated from an earlier upload are no fault of this file: cities re-export
        # cumulative files (this year's complaints so far), so they do not count towards rejection.
        known_rows = reasons["duplicate_of_curated"] + reasons["near_duplicate_of_curated"]
        bad_fraction = (len(quarantined) - known_rows) / records_in if records_in else 1.0
        bounds = self.config.validation
        warnings = []
        if unknown_departments:
            warnings.append(f"{len(unknown_departments)} unknown department name(s): map them in configs/tenants.yaml")
        if parsed.columns and "department" not in parsed.columns:
            warnings.append("no label column (department or category) in the file: its records cannot train a model; "
                            "name the label column(s) in configs/tenants.yaml (export.columns.department)")
        rejection = None
        if records_in == 0:
            verdict = "reject"
            rejection = {"rule": "no_records", "message": "the file holds no data rows"}
        elif bad_fraction > bounds.reject_fraction:
            verdict = "reject"
            top = ", ".join(f"{k} {v}" for k, v in reasons.most_common(3))
            rejection = {
                "rule": "reject_fraction",
                "message": f"{len(quarantined) - known_rows} of {records_in} records ({bad_fraction:.0%}) failed validation, "
                           f"more than reject_fraction {bounds.reject_fraction:.0%} (quality_gate.yaml); "
                           f"most common: {top}",
            }
        elif bad_fraction > bounds.warn_fraction or warnings:
            verdict = "pass_with_warnings"
        else:
            verdict = "pass"
        if verdict == "reject":
            # A rejected upload keeps every record in quarantine; nothing of it is curated.
            for row in curated:
                reasons["upload_rejected"] += 1
                quarantined.append(
                    {key: row[key] for key in ("record_id", "tenant", "upload_id", "row_number", "receipt_id", "title", "body")}
                    | {"reason": "upload_rejected", "detail": ""}
                )
            curated = []
        report = {
            "tenant": tenant.id,
            "upload_id": upload_id,
            "format": parsed.format,
            "encoding": parsed.encoding,
            "records_in": records_in,
            "curated": len(curated),
            "quarantined": len(quarantined),
            "bad_fraction": round(bad_fraction, 4),
            "verdict": verdict,
            "quarantine_reasons": dict(sorted(reasons.items())),
            "pii_entities": dict(sorted(entities.items())),
            "rejection": rejection,
            "record_ids": "receipt" if receipt_ids else "derived",
            "columns": parsed.columns,
            "labeled": sum(1 for r in curated if r["department_code"]),
            "unlabeled": sum(1 for r in curated if not r["department_code"]),
            "warnings": warnings,
        }
        if report["curated"] + report["quarantined"] != records_in:
            raise RuntimeError("quality gate accounting error: records in != curated + quarantined")
        return GateOutcome(curated=curated, quarantined=quarantined, report=report)
