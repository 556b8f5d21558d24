"""Erase a city ("tenants-erase" flow; `minwon tenants erase ID`): data sovereignty on request.

In this order, so that what serves the city's data stops first and a crash anywhere can be run
again to the end (every step deletes what is still there):
1. models: every registry version trained on the city's data (or on a base model built from its
   texts) is withdrawn (files deleted, tombstone kept); `production` rolls back to the newest
   earlier production version trained without it, or is removed when there is none;
2. training: checkpoints of runs on its data, base models built from its texts, pretrained encoder
   versions (registry://) whose corpus held its curated text with their tokenised Arrow caches, local copies;
3. quality gate: curated and quarantined records, reports; batch classification inputs and results;
4. uploads: its upload area, SFTP drop folder, upload rows (audit rows kept, content fields cleared);
5. tenancy: API keys, call counters, the pseudonym secret.
The erasure itself is audited (tenant_erasures: who, when, counts; never content). A dry run lists
what would go and changes nothing.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from pydantic import BaseModel, Field
from sqlalchemy import update

from database import TenantErasure
from ingest.erasure import erase_uploads
from quality_gate.erasure import erase_gate_outputs
from runtime import Platform, current_platform
from serving.batch import erase_batch_area
from tenancy.erasure import erase_tenancy, secret_held_elsewhere
from training.erasure import (
    base_models_built_from,
    encoders_pretrained_on,
    erase_local_runs,
    erase_pretrained_encoders,
    erase_training_artifacts,
)


class EraseParameters(BaseModel):
    tenant: str = Field(pattern=r"^[a-z][a-z0-9_-]{1,31}$", description="The city to erase")
    dry_run: bool = Field(default=False, description="List what would go; change nothing")
    actor: str = Field(default="operator", max_length=128, description="Who asked (for the audit)")


@dataclass
class ErasureReport:
    tenant: str
    dry_run: bool
    items: dict[str, list[str]] = field(default_factory=dict)   # kind -> what (ids and keys, no content)
    production_before: str | None = None
    production_after: str | None = None
    notes: list[str] = field(default_factory=list)
    withdrawn_for_tenant: list[str] = field(default_factory=list)  # by this attempt or earlier ones

    def counts(self) -> dict[str, int]:
        return {kind: len(items) for kind, items in self.items.items()}

    def render(self, list_items: bool) -> str:
        verb = "would remove" if self.dry_run else "removed"
        lines = [f"erasure of {self.tenant}{' (dry run: nothing changed)' if self.dry_run else ''}:"]
        for kind, items in self.items.items():
            lines.append(f"  {verb} {len(items):5d} {kind}")
            if list_items:
                lines += [f"          {item}" for item in items]
        lines.append(f"  production model: {self.production_before or 'none'} -> {self.production_after or 'none'}")
        lines += [f"  {note}" for note in self.notes]
        return "\n".join(lines)


def _tainted_versions(platform: Platform, tenant: str, tainted_bases: set[str]) -> dict[str, dict]:
    """Complete versions trained on the city's data or on a base built from it (a store:// base, or a
    pinned registry:// encoder pretrained on its uploads) -> their lineage."""
    registry = platform.registry
    found = {}
    for version in registry.versions():
        lineage = registry.read_json(version, "lineage.json")
        if (tenant in lineage.get("tenants", []) or lineage.get("base_model") in tainted_bases
                or lineage.get("base_model_version") in tainted_bases):
            found[version] = lineage
    return found


@dataclass
class Withdrawal:
    versions: list[str]
    runs: list[str]            # the training runs behind them
    production_before: str | None
    production_after: str | None
    notes: list[str]


@task(cache_policy=NO_CACHE)
def withdraw_models(tenant: str, dry_run: bool) -> Withdrawal:
    """Withdraw the versions trained on the city; move `production`."""
    platform = current_platform()
    registry = platform.registry
    alias = platform.config.platform.serving.model_alias
    bases, _ = base_models_built_from(platform.store, tenant)
    encoders = set(encoders_pretrained_on(platform.store, tenant))
    tainted = _tainted_versions(platform, tenant, {f"store://{b}" for b in bases} | encoders)
    # Versions withdrawn by an earlier, interrupted attempt: finish deleting their files.
    earlier = {v: (registry.tombstone(v) or {}).get("lineage", {}) for v in registry.withdrawn()}
    earlier = {v: lineage for v, lineage in earlier.items()
               if (tenant in lineage.get("tenants", []) or lineage.get("base_model_version") in encoders)
               and registry.has_files(v)}
    production = after = registry.get_alias(alias)
    notes = []
    if production in tainted:
        history = [h["version"] for h in registry.alias_history(alias)]
        fallback = next((v for v in reversed(history) if v not in tainted and v in registry.versions()), None)
        after = fallback
        if fallback is None:
            cities = sorted(set(platform.config.tenants.tenants) - {tenant})
            notes.append(
                f"no earlier production model was trained without {tenant}: {', '.join(cities) or 'no city'} "
                f"will get 503 (no model) from the API until a retrain without {tenant} publishes one")
        else:
            kept = registry.read_json(fallback, "lineage.json").get("tenants", [])
            notes.append(f"production rolls back to {fallback} (trained on {', '.join(kept)})")
    if not dry_run:
        if production in tainted:
            reason = f"{production} withdrawn: erasure of {tenant}"
            if after:
                registry.set_alias(alias, after, reason)
            else:
                registry.remove_alias(alias)
        for version, lineage in {**earlier, **tainted}.items():
            registry.withdraw(version, f"trained on data of {tenant}, which was erased", lineage)
    runs = [lineage["run_id"] for lineage in {**earlier, **tainted}.values() if lineage.get("run_id")]
    return Withdrawal(sorted({**earlier, **tainted}), runs, production, after, notes)


@task(cache_policy=NO_CACHE)
def erase_training(tenant: str, dry_run: bool, runs: list[str]) -> tuple[dict[str, list[str]], list[str]]:
    platform = current_platform()
    roots = [platform.work_dir, platform.work_dir / "runs", platform.cache_dir]
    items = erase_training_artifacts(platform.store, tenant, dry_run=dry_run, extra_runs=runs, local_dirs=roots)
    encoder_items, notes = erase_pretrained_encoders(platform.store, tenant, dry_run=dry_run, local_dirs=roots)
    local_runs = erase_local_runs(tenant, dry_run=dry_run, local_dirs=[platform.work_dir])
    return {**items, **encoder_items, **local_runs}, notes


@task(cache_policy=NO_CACHE)
def erase_local_caches(dry_run: bool, withdrawn: list[str]) -> dict[str, list[str]]:
    """Scratch and caches on this machine that may hold any city's text or withdrawn models."""
    from configuration import data_dir

    platform = current_platform()
    name = platform.registry.name
    serving_cache = platform.config.platform.serving.cache_dir
    candidates = [platform.work_dir / "base-model-build", data_dir() / "hf" / "datasets"]
    for cache in (platform.cache_dir / "registry" / name, data_dir() / serving_cache / name):
        candidates += [cache / version for version in withdrawn]
    present = [path for path in candidates if path.exists()]
    if not dry_run:
        for path in present:
            shutil.rmtree(path, ignore_errors=True)
    return {"local caches": [str(path) for path in present]}


@task(cache_policy=NO_CACHE)
def erase_data(tenant: str, dry_run: bool) -> dict[str, list[str]]:
    from pathlib import Path

    platform = current_platform()
    items = erase_gate_outputs(platform.store, tenant, dry_run=dry_run)
    items.update(erase_batch_area(platform.store, tenant, dry_run=dry_run))
    sftp_root = Path(platform.config.platform.uploads.sftp.root)
    items.update(erase_uploads(platform.store, platform.sessions, tenant, dry_run=dry_run,
                               sftp_root=sftp_root if sftp_root.is_dir() else None))
    items.update(erase_tenancy(platform.sessions, tenant, dry_run=dry_run))
    return items


def _audit(platform: Platform, tenant: str, actor: str) -> int:
    with platform.sessions() as session:
        # An attempt that was killed before it finished stays visible as interrupted.
        session.execute(update(TenantErasure).where(TenantErasure.tenant == tenant, TenantErasure.state == "running")
                        .values(state="interrupted"))
        row = TenantErasure(tenant=tenant, actor=actor, state="running")
        session.add(row)
        session.commit()
        return row.id


def _record_progress(platform: Platform, audit_id: int | None, counts: dict[str, int], finished: bool = False) -> None:
    """The counts so far go into the audit after each step: a killed attempt keeps what it removed."""
    if audit_id is None:
        return
    with platform.sessions() as session:
        row = session.get(TenantErasure, audit_id)
        row.counts = json.dumps(counts)
        if finished:
            row.state, row.finished_at = "finished", datetime.now(timezone.utc)
        session.commit()


@flow(name="tenants-erase", log_prints=True)
def erase_tenant_flow(parameters: EraseParameters) -> ErasureReport:
    platform = current_platform()
    tenant, dry_run = parameters.tenant, parameters.dry_run
    log = get_run_logger()
    if tenant not in platform.config.tenants.tenants:
        log.warning("%s is not in configs/tenants.yaml (any more); erasing what is left of it", tenant)
    audit_id = None if dry_run else _audit(platform, tenant, parameters.actor)
    withdrawal = withdraw_models(tenant, dry_run)
    report = ErasureReport(tenant, dry_run, {"model versions withdrawn": withdrawal.versions},
                           withdrawal.production_before, withdrawal.production_after, withdrawal.notes)
    _record_progress(platform, audit_id, report.counts())
    training_items, training_notes = erase_training(tenant, dry_run, withdrawal.runs)
    report.items.update(training_items)
    report.notes += training_notes
    _record_progress(platform, audit_id, report.counts())
    report.items.update(erase_local_caches(dry_run, withdrawal.versions))
    report.items.update(erase_data(tenant, dry_run))
    registry = platform.registry
    report.withdrawn_for_tenant = [v for v in registry.withdrawn()
                                   if tenant in (registry.tombstone(v) or {}).get("lineage", {}).get("tenants", [])]
    variable = secret_held_elsewhere(tenant)
    if variable:
        report.notes.append(f"its pseudonym master secret comes from the secret store ({variable}): destroy it there")
    if not dry_run:
        _record_progress(platform, audit_id, report.counts(), finished=True)
        from flows.quality_gate import forget_quality_gate

        forget_quality_gate()  # its masker cached the city's pseudonym key
    log.info("erasure of %s%s: %s", tenant, " (dry run)" if dry_run else "", json.dumps(report.counts()))
    return report
