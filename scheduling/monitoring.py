"""Monitoring of the GPU layer (design §7.3): Prometheus alert rules and the scheduler's metrics.

Alert rules read dcgm-exporter's series (DCGM_FI_DEV_GPU_UTIL, _FB_USED/_FB_FREE, _GPU_TEMP,
_POWER_USAGE, labelled `Hostname`, `gpu`, `modelName`) and the scheduler's own series below. The
power rule compares each GPU with the TDP configs/gpu.yaml gives for its model, so the rules file is
rendered from gpu.yaml (`minwon gpu provision` writes it; configs/monitoring/gpu-alerts.yaml is the
rendering of the committed gpu.yaml, checked by the tests).

dcgm-exporter has no vGPU scheduler latency field: the rule reads
`minwon_vgpu_scheduler_latency_seconds`, which a collector on the vGPU host must export (e.g. from
`nvidia-smi vgpu` scheduler logs into node_exporter's textfile directory).

Scheduler series (`minwon gpu metrics`, a textfile for node_exporter or a scrape target):
    minwon_gpu_queue_jobs{priority_class,state}      jobs per priority level, PENDING / RUNNING
    minwon_gpu_used_seconds{account}                 quota-counted GPU-seconds this month
    minwon_gpu_quota_seconds{account}                the month's limit (GPU hours of tenants.yaml / gpu.yaml)
    minwon_gpu_quota_ratio{account}                  used / quota
    minwon_gpu_job_preemptions{account}              preemptions of this month's jobs
    minwon_gpu_job_wait_seconds_sum / _count{priority_class}   time from eligible to start, this month
"""

from __future__ import annotations

from collections import defaultdict

import yaml
from sqlalchemy import func, select

from scheduling.policy import Policy

UTIL_WARN = 90          # % for 5 minutes
FRAMEBUFFER_CRIT = 0.95
TEMP_CRIT = 85          # °C
VGPU_LATENCY_WARN = 0.1  # s


def render_alert_rules(policy: Policy) -> str:
    models: dict[str, float] = {}
    for host in policy.gpu.hosts.values():
        for gpu in host.gpus:
            models[gpu.model] = gpu.tdp_watts
    power = " or ".join(f'(DCGM_FI_DEV_POWER_USAGE{{modelName="{model}"}} > {tdp:g})'
                        for model, tdp in sorted(models.items()))
    hardware = [
        {"alert": "MinwonGpuUtilisationHigh", "expr": f"DCGM_FI_DEV_GPU_UTIL >= {UTIL_WARN}", "for": "5m",
         "labels": {"severity": "warning"},
         "annotations": {"summary": "GPU {{ $labels.gpu }} on {{ $labels.Hostname }} at {{ $value }}% for 5 minutes",
                         "description": "Sustained full load: check `minwon gpu status` for the queue behind it."}},
        {"alert": "MinwonGpuFramebufferFull",
         "expr": f"DCGM_FI_DEV_FB_USED / (DCGM_FI_DEV_FB_USED + DCGM_FI_DEV_FB_FREE) >= {FRAMEBUFFER_CRIT}",
         "for": "1m", "labels": {"severity": "critical"},
         "annotations": {"summary": "GPU {{ $labels.gpu }} on {{ $labels.Hostname }} framebuffer "
                                    "{{ $value | humanizePercentage }} used",
                         "description": "The next allocation fails with out-of-memory: smaller batches or a larger vGPU profile."}},
        {"alert": "MinwonGpuTemperatureHigh", "expr": f"DCGM_FI_DEV_GPU_TEMP >= {TEMP_CRIT}", "for": "1m",
         "labels": {"severity": "critical"},
         "annotations": {"summary": "GPU {{ $labels.gpu }} on {{ $labels.Hostname }} at {{ $value }} °C",
                         "description": "Check the host's cooling; the GPU throttles and may shut down."}},
        {"alert": "MinwonGpuPowerOverTdp", "expr": power, "for": "1m", "labels": {"severity": "warning"},
         "annotations": {"summary": "GPU {{ $labels.gpu }} ({{ $labels.modelName }}) on {{ $labels.Hostname }} "
                                    "draws {{ $value }} W, above its TDP in configs/gpu.yaml"}},
        {"alert": "MinwonVgpuSchedulerLatencyHigh",
         "expr": f"minwon_vgpu_scheduler_latency_seconds >= {VGPU_LATENCY_WARN}", "for": "1m",
         "labels": {"severity": "warning"},
         "annotations": {"summary": "vGPU scheduler latency {{ $value | humanizeDuration }} on {{ $labels.Hostname }}",
                         "description": "Time-sliced vGPUs wait too long for their slice: too many busy slices "
                                        "on one GPU, or a smaller profile would suit."}},
    ]
    scheduler = [
        {"alert": "MinwonGpuQuotaWarning",
         "expr": f"minwon_gpu_quota_ratio >= {policy.gpu.scheduler.quota_warn_ratio:g} and minwon_gpu_quota_ratio < 1",
         "labels": {"severity": "warning"},
         "annotations": {"summary": "{{ $labels.account }} has used {{ $value | humanizePercentage }} of this "
                                    "month's GPU hours",
                         "description": "At 100% the account's training jobs wait in the queue; inference still runs."}},
        {"alert": "MinwonGpuQuotaExhausted", "expr": "minwon_gpu_quota_ratio >= 1",
         "labels": {"severity": "warning"},
         "annotations": {"summary": "{{ $labels.account }} has used all of this month's GPU hours: "
                                    "its training jobs wait (AssocGrpGRESMinutes)"}},
        {"alert": "MinwonUrgentInferenceWaiting",
         "expr": 'minwon_gpu_queue_jobs{priority_class="urgent-inference",state="PENDING"} > 0', "for": "5m",
         "labels": {"severity": "critical"},
         "annotations": {"summary": "{{ $value }} urgent inference job(s) waiting for 5 minutes"}},
        {"alert": "MinwonGpuQueueBacklog",
         "expr": 'sum by (priority_class) (minwon_gpu_queue_jobs{state="PENDING"}) > 20', "for": "30m",
         "labels": {"severity": "warning"},
         "annotations": {"summary": "{{ $value }} {{ $labels.priority_class }} jobs pending for 30 minutes"}},
    ]
    document = {"groups": [{"name": "minwon-gpu-hardware", "rules": hardware},
                           {"name": "minwon-gpu-scheduler", "rules": scheduler}]}
    header = ("# Prometheus alerting rules of the GPU layer, rendered from configs/gpu.yaml by\n"
              "# `minwon gpu provision` (scheduling/monitoring.py): edit gpu.yaml and render again.\n")
    return header + yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=1000)


# ------------------------------------------------------------------------------ scheduler metrics
def scheduler_samples(policy: Policy, queue: list[dict], usages: dict, sessions, month: str) -> list[tuple]:
    """(name, labels, value) for the exposition: queue per class, GPU hours vs quota, preemptions, waits."""
    from database.gpu_tables import GpuJob

    samples: list[tuple] = []
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for job in queue:
        counts[(job["qos"], job["state"])] += 1
    for klass in policy.gpu.priority_classes:
        for state in ("PENDING", "RUNNING"):
            samples.append(("minwon_gpu_queue_jobs", {"priority_class": klass, "state": state},
                            counts.get((klass, state), 0)))
    for account, usage in usages.items():
        samples.append(("minwon_gpu_used_seconds", {"account": account}, round(usage.used_hours * 3600, 3)))
        samples.append(("minwon_gpu_quota_seconds", {"account": account}, round(usage.limit_hours * 3600, 3)))
        samples.append(("minwon_gpu_quota_ratio", {"account": account}, round(usage.ratio, 6)))
    with sessions() as session:
        preemptions = dict(session.execute(select(GpuJob.account, func.sum(GpuJob.preemptions))
                                           .where(GpuJob.month == month).group_by(GpuJob.account)).all())
        waits = session.execute(select(GpuJob.klass, func.sum(GpuJob.wait_seconds), func.count())
                                .where(GpuJob.month == month).group_by(GpuJob.klass)).all()
    for account in usages:
        samples.append(("minwon_gpu_job_preemptions", {"account": account}, int(preemptions.get(account) or 0)))
    waited = {klass: (total or 0.0, count) for klass, total, count in waits}
    for klass in policy.gpu.priority_classes:
        total, count = waited.get(klass, (0.0, 0))
        samples.append(("minwon_gpu_job_wait_seconds_sum", {"priority_class": klass}, round(total, 3)))
        samples.append(("minwon_gpu_job_wait_seconds_count", {"priority_class": klass}, count))
    return samples


HELP = {
    "minwon_gpu_queue_jobs": ("gauge", "GPU jobs per priority class and state"),
    "minwon_gpu_used_seconds": ("gauge", "Quota-counted GPU-seconds used this month"),
    "minwon_gpu_quota_seconds": ("gauge", "GPU-seconds per month allowed (the GPU-hour quota)"),
    "minwon_gpu_quota_ratio": ("gauge", "GPU hours used / quota this month"),
    "minwon_gpu_job_preemptions": ("gauge", "Preemptions of this month's GPU jobs"),
    "minwon_gpu_job_wait_seconds": ("summary", "Time GPU jobs waited to start, this month"),
}


def exposition(samples: list[tuple]) -> str:
    lines, announced = [], set()
    for name, labels, value in samples:
        family = name.removesuffix("_sum").removesuffix("_count")
        if family not in announced and family in HELP:
            kind, text = HELP[family]
            lines += [f"# HELP {family} {text}", f"# TYPE {family} {kind}"]
            announced.add(family)
        rendered = ",".join(f'{k}="{v}"' for k, v in labels.items())
        lines.append(f"{name}{{{rendered}}} {value}")
    return "\n".join(lines) + "\n"
