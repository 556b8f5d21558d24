"""Render Slurm's configuration from the policy: the slurm.conf lines of the GPU layer and gres.conf.

`slurm.conf` of a site includes the rendered file (`Include /etc/slurm/minwon-gpu.conf`); its own
part (cluster name, hosts, ports, authentication, paths) stays the site's. One NodeName line per
node (no ranges), so a site can add per-node settings by name.
"""

from __future__ import annotations

from pathlib import Path

from scheduling.policy import PASSTHROUGH_TYPE, Policy

HEADER = "# Rendered by `minwon gpu provision` from configs/gpu.yaml: edit gpu.yaml and render again.\n"


def render_slurm_conf(policy: Policy) -> str:
    gpu = policy.gpu
    s = gpu.scheduler
    tres = ",".join(["gres/gpu"] + [f"gres/gpu:{t}" for t in policy.gres_types])
    lines = [
        HEADER.rstrip(),
        "GresTypes=gpu",
        "SelectType=select/cons_tres",
        "SelectTypeParameters=CR_Core",
        # (1) quota: GrpTRESMins per account; `safe` starts a job only if it can finish within it.
        f"AccountingStorageTRES={tres}",
        "AccountingStorageEnforce=associations,limits,qos,safe",
        # A request over a partition's limits (e.g. > 24 h of training) is refused at submission.
        "EnforcePartLimits=ALL",
        # (2) fair share and (3) priority: the QOS level dominates, fair share orders cities inside a
        # level; equal priorities start in submission order (FIFO).
        "PriorityType=priority/multifactor",
        "PriorityWeightQOS=1000000",
        "PriorityWeightFairshare=10000",
        "PriorityWeightAge=0",
        "PriorityWeightJobSize=0",
        "PriorityWeightPartition=0",
        f"PriorityCalcPeriod={s.priority_calc_period_minutes}",
        f"PriorityDecayHalfLife={s.priority_decay_half_life}",
        f"PriorityUsageResetPeriod={s.priority_usage_reset_period}",
        # Preemption: urgent inference requeues training after its checkpoint (SIGTERM, GraceTime).
        "PreemptType=preempt/qos",
        "PreemptMode=REQUEUE",
        "SlurmctldParameters=preempt_send_user_signal",
        "JobRequeue=1",
        f"RequeueExit={s.requeue_exit_code}",
        "",
        "# Nodes: the passthrough host, and one node per vGPU slice (the VM it is attached to)",
    ]
    for node in policy.nodes:
        where = f"  # {node.gpus} x {node.gpu_model}" if node.pool == "passthrough" else \
            f"  # {node.host} GPU {node.gpu_index}, {node.profile}, " + (f"dedicated to {node.owner}" if node.owner else "shared")
        lines.append(f"NodeName={node.name} CPUs={node.cpus} RealMemory={node.memory_mb} "
                     f"Gres=gpu:{node.gres_type}:{node.gpus} State=UNKNOWN{where}")
    lines += ["", "# Partitions: the passthrough pool; each city's dedicated vGPUs; the shared vGPU pool"]
    for part in policy.partitions:
        lines.append(
            f"PartitionName={part.name} Nodes={','.join(part.nodes)} MaxTime={part.max_time} "
            f"PriorityTier={part.priority_tier} AllowAccounts={','.join(part.allow_accounts)} "
            f"AllowQos={','.join(part.allow_qos)} OverSubscribe=NO State=UP "
            f'TRESBillingWeights="GRES/gpu={part.gpu_billing:g}"')
    return "\n".join(lines) + "\n"


def render_gres_conf(policy: Policy, device_dir: str = "/dev") -> str:
    """gres.conf: passthrough GPUs are /dev/nvidia0..N-1 of their host; a vGPU VM sees /dev/nvidia0.
    `device_dir` moves them (the test cluster points at symlinks to /dev/null)."""
    lines = [HEADER.rstrip(), "AutoDetect=off"]
    for node in policy.nodes:
        files = f"{device_dir}/nvidia[0-{node.gpus - 1}]" if node.gpus > 1 else f"{device_dir}/nvidia0"
        if device_dir != "/dev":
            # Test clusters run every node on one host: each node gets its own device names.
            files = f"{device_dir}/{node.name}-nvidia" + (f"[0-{node.gpus - 1}]" if node.gpus > 1 else "0")
        lines.append(f"NodeName={node.name} Name=gpu Type={node.gres_type} File={files}")
    return "\n".join(lines) + "\n"


def device_files(policy: Policy, device_dir: Path) -> list[Path]:
    """The device paths render_gres_conf names under a non-/dev `device_dir` (for a test cluster)."""
    return [device_dir / f"{node.name}-nvidia{i}" for node in policy.nodes for i in range(node.gpus)]


def write_rendered(policy: Policy, out: Path, device_dir: str = "/dev") -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in (("minwon-gpu.conf", render_slurm_conf(policy)),
                       ("gres.conf", render_gres_conf(policy, device_dir))):
        path = out / name
        changed = not path.exists() or path.read_text(encoding="utf-8") != text
        if changed:
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


__all__ = ["PASSTHROUGH_TYPE", "device_files", "render_gres_conf", "render_slurm_conf", "write_rendered"]
