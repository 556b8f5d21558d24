"""The design's GPU policy as Slurm objects: nodes, partitions, QOS, accounts — and job requests.

Pure functions of configs/gpu.yaml + tenants.yaml (no Slurm needed): the renderer, the provisioner,
the local backend and the status command all read the policy from here.

Mapping (design §6-7 -> Slurm):
- passthrough host -> one node with `Gres=gpu:pt:N`, partition `passthrough` (MaxTime = the longest
  training class, 24 h); every vGPU slice -> one node (the VM it is attached to) with
  `Gres=gpu:<profile>:1`; a city's dedicated slices -> partition `vgpu-<city>` (AllowAccounts=<city>),
  the other slices -> `vgpu-shared`. Inference asks for `vgpu-<city>,vgpu-shared` (dedicated first:
  higher PriorityTier); urgent inference also for `passthrough`.
- priority classes -> QOS with Priority 400/300/200/100; urgent preempts the training classes
  (PreemptMode=requeue, GraceTime); training classes MaxWall 24 h.
- cities + platform -> accounts with fair-share shares and `GrpTRESMins=gres/gpu:pt=<hours x 60>`.
  The quota counts whole (passthrough) GPU hours: an untyped `gres/gpu` limit would also hold
  inference (unlimited time never "fits" a minutes limit under AccountingStorageEnforce=safe), and
  the policy says inference is never blocked by the quota.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from configuration.gpu import GpuConfig
from configuration.models import TenantsConfig

PASSTHROUGH_TYPE = "pt"      # GRES type of passthrough GPUs
SHARED_PARTITION = "vgpu-shared"
PASSTHROUGH_PARTITION = "passthrough"


class PolicyError(ValueError):
    """A job request the policy refuses before it reaches any scheduler (clear, actionable message)."""


def profile_type(profile: str) -> str:
    """GRES type name of a vGPU profile: PROF-8Q -> prof8q."""
    return re.sub(r"[^a-z0-9]", "", profile.lower())


@dataclass(frozen=True)
class Node:
    name: str
    host: str
    pool: str
    gres_type: str
    gpus: int
    cpus: int
    memory_mb: int
    gpu_model: str
    gpu_index: int | None = None     # vGPU: the physical GPU of the host that carries the slice
    profile: str | None = None
    owner: str | None = None         # vGPU: the city whose dedicated slice this is (None: shared)


@dataclass(frozen=True)
class Partition:
    name: str
    nodes: tuple[str, ...]
    pool: str
    max_time: str                    # Slurm time string or UNLIMITED
    priority_tier: int
    allow_accounts: tuple[str, ...]
    allow_qos: tuple[str, ...]
    gpu_billing: float               # TRESBillingWeights GRES/gpu: fair share counts GPU time


@dataclass(frozen=True)
class Qos:
    name: str
    priority: int
    preempt: tuple[str, ...]
    preempt_mode: str                # requeue for classes that others may preempt, cluster otherwise
    grace_seconds: int
    max_wall_minutes: int | None


@dataclass(frozen=True)
class Account:
    name: str
    fair_share: int
    gpu_minutes: int                 # GrpTRESMins=gres/gpu:pt
    tenant: bool
    dedicated_partition: str | None


@dataclass
class Policy:
    gpu: GpuConfig
    nodes: list[Node]
    partitions: list[Partition]
    qos: list[Qos]
    accounts: list[Account]
    gpu_hours: dict[str, float] = field(default_factory=dict)

    @property
    def gres_types(self) -> list[str]:
        return sorted({n.gres_type for n in self.nodes})

    def account(self, name: str) -> Account:
        for account in self.accounts:
            if account.name == name:
                return account
        raise PolicyError(f"unknown GPU account '{name}': a city of tenants.yaml or "
                          f"'{self.gpu.platform_account.name}'")

    def partition(self, name: str) -> Partition:
        return next(p for p in self.partitions if p.name == name)


def build_policy(gpu: GpuConfig, tenants: TenantsConfig) -> Policy:
    nodes: list[Node] = []
    slices: list[tuple[str, int, str, object]] = []  # (host, gpu index, profile, gpu)
    for host_name, host in gpu.hosts.items():
        if host.pool == "passthrough":
            count = sum(g.count for g in host.gpus)
            nodes.append(Node(host_name, host_name, "passthrough", PASSTHROUGH_TYPE, count, host.node_cpus,
                              host.node_memory_gb * 1024, host.gpus[0].model))
            continue
        index = 0
        for entry in host.gpus:
            for _ in range(entry.count):
                for _slice in range(entry.slices):
                    slices.append((host_name, index, entry.profile, entry))
                index += 1
    # Dedicated slices: cities in the order of gpu.yaml take the first free slices.
    owners: list[str | None] = []
    for tenant, spec in gpu.tenants.items():
        owners += [tenant] * spec.dedicated_vgpus
    owners += [None] * (len(slices) - len(owners))
    per_host: dict[str, int] = {}
    for (host_name, index, profile, entry), owner in zip(slices, owners):
        number = per_host.get(host_name, 0)
        per_host[host_name] = number + 1
        host = gpu.hosts[host_name]
        nodes.append(Node(f"{host_name}-vgpu{number}", host_name, "vgpu", profile_type(profile), 1, host.node_cpus,
                          host.node_memory_gb * 1024, entry.model, index, profile, owner))

    class_names = list(gpu.priority_classes)
    pools_of = {name: set(c.pools) for name, c in gpu.priority_classes.items()}
    all_accounts = tuple([*gpu.tenants, gpu.platform_account.name])
    partitions: list[Partition] = []
    passthrough_nodes = tuple(n.name for n in nodes if n.pool == "passthrough")
    if passthrough_nodes:
        # The training classes' limit (24 h) is the pool's: a GPU borrowed by urgent inference comes back too.
        limits = [c.max_run_hours for c in gpu.priority_classes.values() if c.pools == ["passthrough"]]
        partitions.append(Partition(PASSTHROUGH_PARTITION, passthrough_nodes, "passthrough",
                                    _time(max(limits) if limits else None), 1,
                                    all_accounts, tuple(n for n in class_names if "passthrough" in pools_of[n]), 1.0))
    vgpu_qos = tuple(n for n in class_names if "vgpu" in pools_of[n])
    for tenant in gpu.tenants:
        own = tuple(n.name for n in nodes if n.owner == tenant)
        weight = _slice_weight(gpu, nodes, own)
        partitions.append(Partition(f"vgpu-{tenant}", own, "vgpu", "UNLIMITED", 3, (tenant,), vgpu_qos, weight))
    shared = tuple(n.name for n in nodes if n.pool == "vgpu" and n.owner is None)
    if shared:
        partitions.append(Partition(SHARED_PARTITION, shared, "vgpu", "UNLIMITED", 2, all_accounts, vgpu_qos,
                                    _slice_weight(gpu, nodes, shared)))

    preemptable = {t for c in gpu.priority_classes.values() for t in c.preempts}
    qos = [Qos(name, klass.slurm_priority, tuple(sorted(klass.preempts)),
               "requeue" if name in preemptable else "cluster",
               gpu.scheduler.preemption_grace_seconds if name in preemptable else 0,
               None if klass.max_run_hours is None else int(round(klass.max_run_hours * 60)))
           for name, klass in gpu.priority_classes.items()]

    accounts = []
    hours = {}
    for tenant, spec in gpu.tenants.items():
        hours[tenant] = tenants.get(tenant).quotas.gpu_hours_per_month
        accounts.append(Account(tenant, spec.fair_share, int(round(hours[tenant] * 60)), True, f"vgpu-{tenant}"))
    platform = gpu.platform_account
    hours[platform.name] = platform.gpu_hours_per_month
    accounts.append(Account(platform.name, platform.fair_share, int(round(platform.gpu_hours_per_month * 60)),
                            False, None))
    return Policy(gpu, nodes, partitions, qos, accounts, hours)


def _slice_weight(gpu: GpuConfig, nodes: list[Node], names: tuple[str, ...]) -> float:
    """Billing of one vGPU slice in GPU-equivalents (profile memory / GPU memory), for fair share."""
    weights = set()
    for node in nodes:
        if node.name in names and node.profile:
            for host in gpu.hosts.values():
                for entry in host.gpus:
                    if entry.profile == node.profile and entry.model == node.gpu_model:
                        weights.add(round(gpu.vgpu_profiles[node.profile].memory_gb / entry.memory_gb, 3))
    return min(weights) if weights else 1.0


def _time(hours: float | None) -> str:
    if hours is None:
        return "UNLIMITED"
    minutes = int(round(hours * 60))
    return f"{minutes // 1440}-{(minutes % 1440) // 60:02d}:{minutes % 60:02d}:00" if minutes >= 1440 \
        else f"{minutes // 60:02d}:{minutes % 60:02d}:00"


# ------------------------------------------------------------------------------------ job requests
@dataclass(frozen=True)
class JobRequest:
    """What a stage asks for; `policy.job_spec` turns it into where and how the job may run."""

    name: str
    account: str
    klass: str                       # a priority class of gpu.yaml
    gpus: int
    command: list[str]
    hours: float | None = None       # time limit; None: the class maximum (unlimited for inference)
    cpus: int = 1
    stop_report: bool = False        # the command writes a stop report (training's checkpoint-and-exit)


@dataclass(frozen=True)
class JobSpec:
    request: JobRequest
    qos: str
    partitions: tuple[str, ...]
    gres: str                        # e.g. gpu:pt:2 or gpu:1
    time_minutes: int | None
    requeue: bool
    signal_seconds: int | None       # SIGTERM this long before the time limit / at preemption
    quota_checked: bool


def job_spec(policy: Policy, request: JobRequest) -> JobSpec:
    """Check a request against the policy (account, class, 24 h limit, pool) and place it."""
    gpu = policy.gpu
    account = policy.account(request.account)
    try:
        klass = gpu.klass(request.klass)
    except KeyError as error:
        raise PolicyError(str(error.args[0])) from None
    if request.gpus < 1:
        raise PolicyError("a GPU job needs at least 1 GPU")
    if klass.max_run_hours is not None and request.hours is not None and request.hours > klass.max_run_hours:
        raise PolicyError(
            f"{request.klass} job '{request.name}' asks for {request.hours:g} h; {request.klass} jobs run at most "
            f"{klass.max_run_hours:g} h (configs/gpu.yaml priority_classes.{request.klass}.max_run_hours). "
            f"Ask for less: the run checkpoints and a new job resumes it.")
    hours = request.hours if request.hours is not None else klass.max_run_hours
    partitions: list[str] = []
    if "vgpu" in klass.pools:
        if request.gpus != 1:
            raise PolicyError(f"{request.klass} jobs run on one vGPU slice; asked for {request.gpus}")
        if account.dedicated_partition:
            partitions.append(account.dedicated_partition)
        if any(p.name == SHARED_PARTITION for p in policy.partitions):
            partitions.append(SHARED_PARTITION)
    if "passthrough" in klass.pools:
        size = sum(n.gpus for n in policy.nodes if n.pool == "passthrough")
        if request.gpus > size:
            raise PolicyError(f"asked for {request.gpus} GPUs; the passthrough pool has {size}")
        partitions.append(PASSTHROUGH_PARTITION)
    training = klass.pools == ["passthrough"]
    # Training asks for the passthrough type, so the account's GPU-hour limit (gres/gpu:pt) applies;
    # inference asks for any GPU of the partitions it may use.
    gres = f"gpu:{PASSTHROUGH_TYPE}:{request.gpus}" if training else f"gpu:{request.gpus}"
    preemptable = any(request.klass in c.preempts for c in gpu.priority_classes.values())
    grace = gpu.scheduler.preemption_grace_seconds
    return JobSpec(request, request.klass, tuple(partitions), gres,
                   None if hours is None else max(1, math.ceil(hours * 60)), preemptable,
                   grace if (preemptable or hours is not None) else None, klass.quota_checked)
