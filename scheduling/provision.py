"""Bring Slurm's accounting database to the policy with sacctmgr, idempotently.

Reads what exists (`sacctmgr show qos/assoc`), compares it with the policy and changes only what
differs: a second run makes no change. Things in Slurm that the policy does not name (another
account, a QOS of someone else) are reported and left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scheduling.policy import PASSTHROUGH_TYPE, Policy
from scheduling.slurm import Slurm, format_minutes, parse_duration

QOS_FIELDS = ["name", "priority", "preempt", "preemptmode", "gracetime", "maxwall"]
ASSOC_FIELDS = ["account", "user", "partition", "fairshare", "grptresmins", "qos", "defaultqos"]


@dataclass
class Provisioned:
    changes: list[str] = field(default_factory=list)     # the sacctmgr commands that were run
    left_alone: list[str] = field(default_factory=list)  # found in Slurm, not in the policy

    @property
    def changed(self) -> bool:
        return bool(self.changes)


def desired_qos(policy: Policy) -> dict[str, dict[str, str]]:
    return {q.name: {"priority": str(q.priority), "preempt": ",".join(sorted(q.preempt)),
                     "preemptmode": q.preempt_mode, "gracetime": str(q.grace_seconds),
                     "maxwall": "" if q.max_wall_minutes is None else str(q.max_wall_minutes * 60)}
            for q in policy.qos}


def default_qos(policy: Policy, account: str) -> str:
    """Cities submit inference by default, the platform account trains."""
    levels = {name: c.level for name, c in policy.gpu.priority_classes.items()}
    tenant = policy.account(account).tenant
    wanted = 2 if tenant else 4
    return next(name for name, level in levels.items() if level == wanted)


def desired_accounts(policy: Policy) -> dict[str, dict[str, str]]:
    qos = ",".join(sorted(q.name for q in policy.qos))
    return {a.name: {"fairshare": str(a.fair_share), "grptresmins": f"gres/gpu:{PASSTHROUGH_TYPE}={a.gpu_minutes}",
                     "qos": qos, "defaultqos": default_qos(policy, a.name)}
            for a in policy.accounts}


def read_qos(slurm: Slurm) -> dict[str, dict[str, str]]:
    rows = slurm.table("sacctmgr", "-n", "-P", "show", "qos", f"format={','.join(QOS_FIELDS)}", fields=QOS_FIELDS)
    result = {}
    for row in rows:
        grace, wall = parse_duration(row["gracetime"]), parse_duration(row["maxwall"])
        result[row["name"]] = {"priority": row["priority"] or "0",
                               "preempt": ",".join(sorted(p for p in row["preempt"].split(",") if p)),
                               "preemptmode": row["preemptmode"].lower() or "cluster",
                               "gracetime": str(grace or 0), "maxwall": "" if wall is None else str(wall)}
    return result


def read_associations(slurm: Slurm, cluster: str) -> list[dict[str, str]]:
    return slurm.table("sacctmgr", "-n", "-P", "show", "assoc", "where", f"cluster={cluster}",
                       f"format={','.join(ASSOC_FIELDS)}", fields=ASSOC_FIELDS)


def provision(policy: Policy, slurm: Slurm, users: list[str] | None = None, dry_run: bool = False) -> Provisioned:
    gpu = policy.gpu
    cluster = gpu.scheduler.cluster_name
    users = users or gpu.scheduler.submit_users
    result = Provisioned()

    def change(*args: str) -> None:
        result.changes.append("sacctmgr -i " + " ".join(args))
        if not dry_run:
            slurm.run("sacctmgr", "-i", *args)

    clusters = {row["name"] for row in slurm.table("sacctmgr", "-n", "-P", "show", "cluster", "format=cluster",
                                                     fields=["name"])}
    if cluster not in clusters:
        change("add", "cluster", cluster)

    # ---- QOS: the four priority classes
    existing = read_qos(slurm)
    for name in desired_qos(policy):  # all first: a QOS may preempt one added after it
        if name not in existing:
            change("add", "qos", name)
            existing[name] = {"priority": "0", "preempt": "", "preemptmode": "cluster", "gracetime": "0",
                              "maxwall": ""}
    for name, wanted in desired_qos(policy).items():
        have = existing[name]
        settings = []
        if have["priority"] != wanted["priority"]:
            settings.append(f"Priority={wanted['priority']}")
        if have["preempt"] != wanted["preempt"]:
            settings.append(f"Preempt={wanted['preempt']}" if wanted["preempt"] else "Preempt=''")
        if have["preemptmode"] != wanted["preemptmode"]:
            settings.append(f"PreemptMode={wanted['preemptmode']}")
        if have["gracetime"] != wanted["gracetime"]:
            settings.append(f"GraceTime={wanted['gracetime']}")
        if have["maxwall"] != wanted["maxwall"]:
            minutes = int(wanted["maxwall"]) // 60 if wanted["maxwall"] else None
            settings.append(f"MaxWall={format_minutes(minutes)}" if minutes else "MaxWall=-1")
        if settings:
            change("modify", "qos", "where", f"name={name}", "set", *settings)
    known_qos = set(desired_qos(policy)) | {"normal"}
    result.left_alone += [f"qos {name}" for name in sorted(set(existing) - known_qos)]

    # ---- accounts (cities + platform) and the service users under them
    rows = read_associations(slurm, cluster)
    accounts = {r["account"]: r for r in rows if not r["user"] and not r["partition"]}
    user_rows = {(r["account"], r["user"]) for r in rows if r["user"]}
    for name, wanted in desired_accounts(policy).items():
        if name not in accounts:
            change("add", "account", name, f"cluster={cluster}", f"Description={name}", "Organization=minwon")
            accounts[name] = {"fairshare": "1", "grptresmins": "", "qos": "", "defaultqos": ""}
        have = accounts[name]
        settings = []
        if have["fairshare"] != wanted["fairshare"]:
            settings.append(f"Fairshare={wanted['fairshare']}")
        if _tres(have["grptresmins"]) != _tres(wanted["grptresmins"]):
            settings.append(f"GrpTRESMins={wanted['grptresmins']}")
        if ",".join(sorted(have["qos"].split(","))) != wanted["qos"]:
            settings.append(f"QOS={wanted['qos']}")
        if have["defaultqos"] != wanted["defaultqos"]:
            settings.append(f"DefaultQOS={wanted['defaultqos']}")
        if settings:
            change("modify", "account", "where", f"name={name}", f"cluster={cluster}", "set", *settings)
        for user in users:
            if (name, user) not in user_rows:
                change("add", "user", user, f"account={name}", f"cluster={cluster}")
    wanted_accounts = set(desired_accounts(policy)) | {"root"}
    result.left_alone += [f"account {name}" for name in sorted(set(accounts) - wanted_accounts)]
    return result


def _tres(text: str) -> dict[str, str]:
    return dict(item.split("=", 1) for item in text.split(",") if "=" in item)
