"""`minwon gpu status`: the pools and what runs where, the queue (priority, reason), GPU hours per account."""

from __future__ import annotations

from dataclasses import dataclass

from scheduling import accounting
from scheduling.jobs import Backend, SlurmBackend, explain

QUEUE_FIELDS = ["job_id", "account", "qos", "priority", "state", "reason", "partition", "nodes", "name", "submit",
                "gres"]


@dataclass
class Status:
    backend: str
    nodes: list[dict]
    queue: list[dict]
    usages: dict[str, accounting.GpuUsage]
    recent: list[dict]


def collect(backend: Backend) -> Status:
    policy = backend.policy
    nodes = [{"name": n.name, "pool": n.pool, "gres": f"gpu:{n.gres_type}:{n.gpus}", "owner": n.owner or
              ("training" if n.pool == "passthrough" else "shared"), "state": "-", "jobs": []} for n in policy.nodes]
    queue: list[dict] = []
    if isinstance(backend, SlurmBackend):
        states = {}
        for line in backend.slurm.run("sinfo", "-h", "-N", "-o", "%N|%t").splitlines():
            if "|" in line:
                name, state = line.split("|", 1)
                states[name] = state
        queue = backend.slurm.table("squeue", "-h", "-o", "%i|%a|%q|%Q|%T|%r|%P|%N|%j|%V|%b", fields=QUEUE_FIELDS)
        for node in nodes:
            node["state"] = states.get(node["name"], "unknown")
            node["jobs"] = [j["job_id"] for j in queue if j["state"] == "RUNNING" and node["name"] in _hosts(j["nodes"])]
    usages = {a.name: backend.usage(a.name) for a in policy.accounts}
    recent = [{"job_id": j.job_id, "account": j.account, "class": j.klass, "state": j.state,
               "gpu_hours": j.gpu_seconds / 3600, "preemptions": j.preemptions, "wait_s": j.wait_seconds}
              for j in accounting.recent_jobs(backend.sessions, 10)]
    return Status(backend.name, nodes, queue, usages, recent)


def _hosts(nodelist: str) -> list[str]:
    # squeue %N may compress several nodes (a[1-2]); the GPU jobs here run on one node each.
    return [n for n in nodelist.split(",") if n]


def render(status: Status, warn_ratio: float) -> str:
    lines = [f"GPU layer ({status.backend} backend)", "", "Pools:"]
    for node in status.nodes:
        running = ", ".join(node["jobs"]) or "-"
        lines.append(f"  {node['name']:<20} {node['pool']:<12} {node['gres']:<14} {node['owner']:<10} "
                     f"{node['state']:<8} running: {running}")
    lines += ["", "Queue (highest priority first):" if status.queue else "Queue: empty"]
    for job in sorted(status.queue, key=lambda j: (-int(j["priority"] or 0), int(j["job_id"].split("_")[0]))):
        where = job["nodes"] if job["state"] == "RUNNING" else explain(job["reason"])
        lines.append(f"  {job['job_id']:>6} {job['account']:<10} {job['qos']:<17} prio {job['priority']:>8} "
                     f"{job['state']:<9} {job['name'][:28]:<28} {where}")
    lines += ["", "GPU hours this month (quota counts whole GPUs of the passthrough pool):"]
    for usage in status.usages.values():
        flag = ""
        if usage.ratio >= 1:
            flag = "  QUOTA SPENT: training waits, inference runs"
        elif usage.ratio >= warn_ratio:
            flag = f"  WARNING: over {warn_ratio:.0%}"
        lines.append(f"  {usage.account:<10} {usage.used_hours:10.3f} / {usage.limit_hours:g} h ({usage.ratio:.1%}){flag}")
    if status.recent:
        lines += ["", "Recent jobs (platform database):"]
        for job in status.recent:
            lines.append(f"  {job['job_id']:<16} {job['account']:<10} {job['class']:<17} {job['state']:<10} "
                         f"{job['gpu_hours']:.4f} GPU h, preempted {job['preemptions']}x, waited {job['wait_s']:.0f} s")
    return "\n".join(lines)

