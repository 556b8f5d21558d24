"""Quality report per upload: counts only, never a value."""

from __future__ import annotations


def render_summary(report: dict) -> str:
    lines = [
        f"{report['tenant']} {report['upload_id']}: verdict {report['verdict']} — "
        f"{report['records_in']} in, {report['curated']} curated, {report['quarantined']} quarantined",
    ]
    if report.get("rejection"):
        lines.append(f"  rejected ({report['rejection']['rule']}): {report['rejection']['message']}")
    if report.get("record_ids") == "derived":
        lines.append("  no receipt-number column: record ids derived from each row's content")
    if report["quarantine_reasons"]:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(report["quarantine_reasons"].items()))
        lines.append(f"  quarantine: {reasons}")
    if report["pii_entities"]:
        entities = ", ".join(f"{k} {v}" for k, v in sorted(report["pii_entities"].items()))
        lines.append(f"  PII masked: {entities}")
    if report["warnings"]:
        lines.append(f"  warnings: {', '.join(report['warnings'])}")
    return "\n".join(lines)
