"""`minwon gpu ...`: provision Slurm from configs/gpu.yaml, show the GPU layer's state, export metrics."""

from __future__ import annotations

from pathlib import Path

import typer

gpu_app = typer.Typer(no_args_is_help=True)


def _fail(error: Exception) -> None:
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(1)


@gpu_app.command("provision")
def provision_command(
    out: Path = typer.Option(None, help="Where to write minwon-gpu.conf, gres.conf and gpu-alerts.yaml "
                                        "(default: <data dir>/slurm)"),
    device_dir: str = typer.Option("/dev", help="Where the GPU device files are (gres.conf File=)"),
    render_only: bool = typer.Option(False, "--render-only", help="Write the files; do not touch Slurm's accounts"),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show the sacctmgr changes without making them"),
    user: list[str] = typer.Option(None, "--user", help="Service user(s) that submit jobs (default: "
                                                        "scheduler.submit_users of gpu.yaml)"),
) -> None:
    """Render slurm.conf/gres.conf lines and alert rules, and bring Slurm's accounting to the policy
    (accounts, fair share, GPU-hour limits, QOS, preemption). Idempotent: run twice, no change."""
    from configuration import ConfigError, data_dir
    from scheduling.monitoring import render_alert_rules
    from scheduling.policy import build_policy
    from scheduling.provision import provision
    from scheduling.render import write_rendered
    from scheduling.slurm import Slurm, SlurmError
    from runtime import current_platform

    try:
        config = current_platform().config
        policy = build_policy(config.gpu(), config.tenants)
    except ConfigError as error:
        _fail(error)
    out = out or data_dir() / "slurm"
    written = write_rendered(policy, out, device_dir)
    alerts = out / "gpu-alerts.yaml"
    text = render_alert_rules(policy)
    if not alerts.exists() or alerts.read_text(encoding="utf-8") != text:
        alerts.write_text(text, encoding="utf-8")
        written.append(alerts)
    typer.echo(f"rendered into {out}: " + (", ".join(p.name for p in written) + " changed" if written else "no change"))
    typer.echo(f"  include it from slurm.conf: Include {out / 'minwon-gpu.conf'}; gres.conf goes beside slurm.conf")
    if render_only:
        return
    try:
        result = provision(policy, Slurm(), users=user or None, dry_run=dry_run)
    except SlurmError as error:
        _fail(error)
    if not result.changes:
        typer.echo("Slurm accounting already matches configs/gpu.yaml: no change")
    for change in result.changes:
        typer.echo(("would run: " if dry_run else "ran: ") + change)
    for item in result.left_alone:
        typer.echo(f"left alone (not in configs/gpu.yaml): {item}")


@gpu_app.command("status")
def status_command(backend: str = typer.Option(None, help="local or slurm (default: platform.yaml)")) -> None:
    """Pools and what runs where, the queue with priority and reason, GPU hours used / limit per account."""
    from scheduling import open_backend
    from scheduling.slurm import SlurmError
    from scheduling.status import collect, render

    try:
        chosen = open_backend(backend)
        typer.echo(render(collect(chosen), chosen.policy.gpu.scheduler.quota_warn_ratio))
    except SlurmError as error:
        _fail(error)


@gpu_app.command("metrics")
def metrics_command(
    out: Path = typer.Option(None, help="Write here (node_exporter textfile collector); default: stdout"),
    backend: str = typer.Option(None, help="local or slurm (default: platform.yaml)"),
) -> None:
    """The scheduler's Prometheus metrics: queue per priority, GPU hours vs quota, preemptions, waits."""
    from scheduling import accounting, open_backend
    from scheduling.monitoring import exposition, scheduler_samples
    from scheduling.slurm import SlurmError
    from scheduling.status import collect

    try:
        chosen = open_backend(backend)
        status = collect(chosen)
    except SlurmError as error:
        _fail(error)
    month = accounting.month_of(None, chosen.policy.gpu.scheduler.quota_timezone)
    text = exposition(scheduler_samples(chosen.policy, status.queue, status.usages, chosen.sessions, month))
    if out is None:
        typer.echo(text, nl=False)
    else:
        tmp = out.with_suffix(out.suffix + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(out)
