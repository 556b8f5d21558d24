"""configs/gpu.yaml: GPU hosts and pools, vGPU profiles, dedicated vGPUs per city, priority classes.

The rules of the design (§6.2, §6.3, §7.1, §7.2) are checked here, so a config that breaks them
never reaches Slurm: one vGPU profile per physical GPU, no more slices than the profile allows on
that GPU, 1–2 dedicated vGPUs per city, every city with GPU hours, training classes at most 24 h.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from configuration.errors import ConfigError
from configuration.models import Strict, TenantsConfig

NAME = r"^[a-z][a-z0-9-]{0,30}[a-z0-9]$"
MAX_TRAINING_HOURS = 24.0  # design §6.3: training and fine-tuning run at most 24 h


class VgpuProfile(Strict):
    memory_gb: int = Field(gt=0)


class Gpu(Strict):
    """`count` identical GPUs of a host. vGPU GPUs say how they are split: {profile: slices}."""

    model: str = Field(min_length=1)
    memory_gb: int = Field(gt=0)
    tdp_watts: float = Field(gt=0)
    count: int = Field(default=1, ge=1, le=16)
    role: Literal["dedicated", "burst"] = "dedicated"   # passthrough: training's own or spare/burst GPUs
    vgpus: dict[str, int] | None = None                  # vgpu pool only, e.g. {PROF-8Q: 3}

    @field_validator("vgpus")
    @classmethod
    def _one_profile(cls, vgpus: dict[str, int] | None) -> dict[str, int] | None:
        if vgpus is not None:
            if len(vgpus) != 1:
                raise ValueError(f"one vGPU profile per physical GPU (GRID time-sliced vGPU), got {sorted(vgpus)}")
            if any(n < 1 for n in vgpus.values()):
                raise ValueError("a vGPU profile needs at least 1 slice")
        return vgpus

    @property
    def profile(self) -> str | None:
        return next(iter(self.vgpus)) if self.vgpus else None

    @property
    def slices(self) -> int:
        return next(iter(self.vgpus.values())) if self.vgpus else 0


class Host(Strict):
    pool: Literal["passthrough", "vgpu"]
    # Per Slurm node: the passthrough host itself, or each vGPU VM (one vGPU slice per VM).
    node_cpus: int = Field(ge=1)
    node_memory_gb: int = Field(ge=1)
    gpus: list[Gpu] = Field(min_length=1)

    @model_validator(mode="after")
    def _pool_rules(self) -> "Host":
        for gpu in self.gpus:
            if self.pool == "vgpu" and gpu.vgpus is None:
                raise ValueError(f"GPU '{gpu.model}' of a vgpu host needs `vgpus: {{PROFILE: slices}}`")
            if self.pool == "passthrough" and gpu.vgpus is not None:
                raise ValueError(f"GPU '{gpu.model}' of a passthrough host is given whole to jobs: no `vgpus`")
        return self


class TenantGpu(Strict):
    dedicated_vgpus: int
    fair_share: int = Field(gt=0)  # Slurm fair-share shares of the city's account

    @field_validator("dedicated_vgpus")
    @classmethod
    def _one_or_two(cls, value: int) -> int:
        if not 1 <= value <= 2:
            raise ValueError(f"a city has 1 or 2 dedicated vGPUs (design §6.2), got {value}")
        return value


class PriorityClass(Strict):
    level: int = Field(ge=1, le=4)             # 1 runs first; FIFO inside a level
    pools: list[Literal["vgpu", "passthrough"]] = Field(min_length=1)
    max_run_hours: float | None = Field(default=None, gt=0)  # None: unlimited
    preempts: list[str] = Field(default_factory=list)
    quota_checked: bool = True                 # blocked when the account's GPU hours are spent

    @property
    def slurm_priority(self) -> int:
        return (5 - self.level) * 100          # QOS priority: 400 / 300 / 200 / 100


class PlatformAccount(Strict):
    name: str = Field(default="platform", pattern=NAME)
    gpu_hours_per_month: float = Field(gt=0)
    fair_share: int = Field(gt=0)


class SchedulerPolicy(Strict):
    cluster_name: str = Field(pattern=NAME)
    submit_users: list[str] = Field(min_length=1)   # service users that submit jobs (user associations)
    requeue_exit_code: int = Field(default=85, ge=1, le=254)
    preemption_grace_seconds: int = Field(ge=10, le=3600)
    quota_warn_ratio: float = Field(default=0.8, gt=0, lt=1)
    quota_timezone: str = "Asia/Seoul"
    # Slurm's priority timing. Production: usage is this month's (no decay, reset monthly), so the
    # GPU-hour quota (GrpTRESMins) is a monthly quota; the test cluster shortens these, not the policy.
    priority_calc_period_minutes: int = Field(default=5, ge=1)
    priority_decay_half_life: str = "0"
    priority_usage_reset_period: Literal["NONE", "NOW", "DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "YEARLY"] = "MONTHLY"


class GpuConfig(Strict):
    scheduler: SchedulerPolicy
    platform_account: PlatformAccount
    vgpu_profiles: dict[str, VgpuProfile] = Field(min_length=1)
    hosts: dict[str, Host] = Field(min_length=1)
    tenants: dict[str, TenantGpu] = Field(min_length=1)
    priority_classes: dict[str, PriorityClass]

    @field_validator("hosts", "priority_classes")
    @classmethod
    def _names(cls, values: dict) -> dict:
        for name in values:
            if not re.match(NAME, name):
                raise ValueError(f"name '{name}' must match {NAME}")
        return values

    @model_validator(mode="after")
    def _rules(self) -> "GpuConfig":
        for host_name, host in self.hosts.items():
            for index, gpu in enumerate(host.gpus):
                if gpu.vgpus is None:
                    continue
                where = f"hosts.{host_name}.gpus.{index}.vgpus"
                if gpu.profile not in self.vgpu_profiles:
                    raise ValueError(f"{where}: unknown vGPU profile '{gpu.profile}' "
                                     f"(known: {', '.join(self.vgpu_profiles)})")
                allowed = gpu.memory_gb // self.vgpu_profiles[gpu.profile].memory_gb
                if gpu.slices > allowed:
                    raise ValueError(f"{where}: {gpu.slices} x {gpu.profile} on a {gpu.memory_gb} GB GPU; "
                                     f"the profile allows at most {allowed}")
        levels = sorted(c.level for c in self.priority_classes.values())
        if levels != [1, 2, 3, 4]:
            raise ValueError(f"priority_classes: need levels 1, 2, 3 and 4 exactly once each, got {levels}")
        for name, klass in self.priority_classes.items():
            for target in klass.preempts:
                if target not in self.priority_classes:
                    raise ValueError(f"priority_classes.{name}.preempts: unknown class '{target}'")
                if self.priority_classes[target].level <= klass.level:
                    raise ValueError(f"priority_classes.{name}.preempts: '{target}' is not a lower level")
            for pool in klass.pools:
                if not any(h.pool == pool for h in self.hosts.values()):
                    raise ValueError(f"priority_classes.{name}.pools: no host in pool '{pool}'")
            if klass.pools == ["passthrough"] and (klass.max_run_hours is None
                                                   or klass.max_run_hours > MAX_TRAINING_HOURS):
                raise ValueError(f"priority_classes.{name}.max_run_hours: training classes run at most "
                                 f"{MAX_TRAINING_HOURS:g} h (design §6.3)")
        wanted = sum(t.dedicated_vgpus for t in self.tenants.values())
        available = self.vgpu_slices
        if wanted > available:
            raise ValueError(f"tenants: {wanted} dedicated vGPUs wanted, the vgpu pool has {available} slices")
        if self.platform_account.name in self.tenants:
            raise ValueError(f"platform_account.name '{self.platform_account.name}' is also a tenant")
        return self

    @property
    def vgpu_slices(self) -> int:
        return sum(g.slices * g.count for h in self.hosts.values() for g in h.gpus)

    def klass(self, name: str) -> PriorityClass:
        try:
            return self.priority_classes[name]
        except KeyError:
            raise KeyError(f"unknown priority class '{name}' (configs/gpu.yaml: "
                           f"{', '.join(self.priority_classes)})") from None


def check_tenants(path: Path, gpu: GpuConfig, tenants: TenantsConfig) -> None:
    """Every city of tenants.yaml is in gpu.yaml and the other way round. (A city without GPU hours
    is refused by tenants.yaml itself: quotas.gpu_hours_per_month is required and > 0.)"""
    for tenant_id in gpu.tenants:
        if tenant_id not in tenants.tenants:
            raise ConfigError(f"{path}: field 'tenants.{tenant_id}': not a tenant of tenants.yaml")
    for tenant in tenants.tenants.values():
        if tenant.id not in gpu.tenants:
            raise ConfigError(f"{path}: field 'tenants': city '{tenant.id}' has no entry "
                              f"(it needs 1 or 2 dedicated vGPUs and a fair share)")
