"""The gate for one upload: parse -> validate -> mask -> residual scan -> verdict."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass

from configuration import QualityGateConfig, Tenant
from ingest.readers import ParsedFile, RawRecord
from quality_gate.checks import content_fingerprint, hangul_ratio, normalise_text, parse_date

MIN_HANGUL_RATIO = 0.3


@dataclass
class GateOutcome:
    curated: list[dict]
    quarantined: list[dict]
    report: dict


class QualityGate:
    def __init__(self, config: QualityGateConfig, masker):
        self.config = config
        self.masker = masker

    def _record_id(self, tenant: str, upload_sha256: str, row_number: int) -> str:
        return hashlib.sha256(f"{tenant}:{upload_sha256}:{row_number}".encode()).hexdigest()[:20]

    def _validate(self, record: RawRecord, tenant: Tenant, seen: set[str], known: set[str]):
        """Return (reason, cleaned fields) — reason None means the record may proceed to masking."""
        if record.problem:
            return record.problem, None
        fields = {k: normalise_text(v) for k, v in record.fields.items()}
        bounds = self.config.validation
        if not fields["receipt_id"]:
            return "missing_receipt_id", fields
        if not fields["body"]:
            return "empty_body", fields
        if len(fields["body"]) < bounds.min_body_chars:
            return "body_too_short", fields
        if len(fields["body"]) > bounds.max_body_chars:
            return "body_too_long", fields
        if hangul_ratio(fields["title"] + fields["body"]) < MIN_HANGUL_RATIO:
            return "low_hangul_ratio", fields
        if fields["received_at"] and parse_date(fields["received_at"]) is None:
            return "invalid_date", fields
        department = fields["department"]
        if department and department not in tenant.departments:
            return "unknown_department", fields
        fingerprint = content_fingerprint(fields["title"], fields["body"])
        if fingerprint in known:
            return "duplicate_of_curated", fields
        if fingerprint in seen:
            return "duplicate", fields
        seen.add(fingerprint)
        fields["fingerprint"] = fingerprint
        return None, fields

    def run(
        self, parsed: ParsedFile, tenant: Tenant, upload_id: str, upload_sha256: str, known_fingerprints: set[str]
    ) -> GateOutcome:
        curated, quarantined = [], []
        reasons: Counter[str] = Counter()
        entities: Counter[str] = Counter()
        unknown_departments: Counter[str] = Counter()
        seen: set[str] = set()

        def quarantine(record: RawRecord, reason: str, masked: dict | None, detail: str = "") -> None:
            reasons[reason] += 1
            quarantined.append(
                {
                    "record_id": self._record_id(tenant.id, upload_sha256, record.row_number),
                    "tenant": tenant.id,
                    "upload_id": upload_id,
                    "row_number": record.row_number,
                    "reason": reason,
                    "detail": detail,
                    # Masked text only: quarantine is read by people fixing data, not by PII.
                    "receipt_id": (masked or {}).get("receipt_id", ""),
                    "title": (masked or {}).get("title", ""),
                    "body": (masked or {}).get("body", ""),
                }
            )

        for record in parsed.records:
            reason, fields = self._validate(record, tenant, seen, known_fingerprints)
            if reason == "unknown_department":
                unknown_departments[fields["department"]] += 1
            masked = None
            if fields is not None:
                title = self.masker.mask(fields["title"], tenant.id) if fields["title"] else None
                body = self.masker.mask(fields["body"], tenant.id) if fields["body"] else None
                receipt = self.masker.mask(fields["receipt_id"], tenant.id) if fields["receipt_id"] else None
                masked = {
                    "receipt_id": receipt.text if receipt else "",
                    "title": title.text if title else "",
                    "body": body.text if body else "",
                }
                for result in (title, body, receipt):
                    if result:
                        entities.update(result.entity_counts)
                if reason is None:
                    residual = self.masker.residual_entities(masked["title"] + "\n" + masked["body"])
                    if residual:
                        reason = "residual_pii"
                        masked = None  # the masked text still holds an identifier: keep none of it
                        quarantine(record, reason, None, detail=",".join(sorted(set(residual))))
                        continue
            if reason is not None:
                quarantine(record, reason, masked)
                continue
            received = parse_date(fields["received_at"]) if fields["received_at"] else None
            curated.append(
                {
                    "record_id": self._record_id(tenant.id, upload_sha256, record.row_number),
                    "tenant": tenant.id,
                    "upload_id": upload_id,
                    "row_number": record.row_number,
                    "receipt_id": masked["receipt_id"],
                    "received_at": received.isoformat() if received else None,
                    "title": masked["title"],
                    "body": masked["body"],
                    "source_department": fields["department"] or None,
                    "department_code": tenant.departments.get(fields["department"]) if fields["department"] else None,
                    "fingerprint": fields["fingerprint"],
                }
            )

        records_in = len(parsed.records)
        bad_fraction = len(quarantined) / records_in if records_in else 1.0
        bounds = self.config.validation
        warnings = []
        if unknown_departments:
            # Counts of distinct names only: department names are not personal data, but stay out of logs.
            warnings.append(f"{len(unknown_departments)} unknown department name(s)")
        if records_in == 0:
            verdict = "reject"
        elif bad_fraction > bounds.reject_fraction:
            verdict = "reject"
        elif bad_fraction > bounds.warn_fraction or warnings:
            verdict = "pass_with_warnings"
        else:
            verdict = "pass"
        if verdict == "reject":
            # A rejected upload keeps every record in quarantine; nothing of it is curated.
            for row in curated:
                reasons["upload_rejected"] += 1
                quarantined.append(
                    {
                        key: row[key]
                        for key in ("record_id", "tenant", "upload_id", "row_number", "receipt_id", "title", "body")
                    }
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
            "quarantine_reasons": dict(reasons),
            "pii_entities": dict(entities),
            "labeled": sum(1 for r in curated if r["department_code"]),
            "unlabeled": sum(1 for r in curated if not r["department_code"]),
            "warnings": warnings,
        }
        assert report["curated"] + report["quarantined"] == records_in, "gate lost or invented records"
        return GateOutcome(curated=curated, quarantined=quarantined, report=report)
