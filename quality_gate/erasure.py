"""Erase a city's quality-gate outputs: curated records, quarantined records and reports."""

from __future__ import annotations

from quality_gate.pipeline import CURATED, QUARANTINE, REPORTS
from storage import ObjectStore, join_key, validate_segment


def erase_gate_outputs(store: ObjectStore, tenant: str, *, dry_run: bool) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for kind, area in (("curated records", CURATED), ("quarantined records", QUARANTINE), ("quality reports", REPORTS)):
        prefix = join_key(area, validate_segment(tenant)) + "/"
        keys = [info.key for info in store.list(prefix)]
        found[kind] = keys
        if not dry_run:
            for key in keys:
                store.delete(key)
    return found
