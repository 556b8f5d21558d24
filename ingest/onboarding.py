"""Onboarding a city by configuration only: `minwon tenants inspect FILE` and `minwon tenants add ID`.

`inspect_export` reads a sample export (CSV in any supported encoding, XLSX, JSONL) as a table and
profiles each column: type, fill, distinct values, text lengths, the value counts of label-like
columns. It then proposes the city's block for configs/tenants.yaml: which columns are the title,
body, label (a department, or a category path such as 대분류 > 소분류), receipt number and date,
and a value mapping of every label value to a taxonomy code guessed from the taxonomy's keywords.
The proposal is for review; `add` validates it with the rest of configs/ and appends it.

Only header names, counts, lengths and the values of label-like columns are shown: never the text
of a complaint (it may hold personal data).
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path

import typer
import yaml

from configuration import Config
from configuration.models import CANONICAL_FIELDS, LABEL_PATH_SEPARATOR, Taxonomy
from ingest.readers import Table, read_table

LABEL_MAX_DISTINCT = 60          # a label-like column has at most this many distinct values ...
LABEL_MAX_MEDIAN_CHARS = 20      # ... and short ones
LABEL_HINTS = ("대분류", "중분류", "소분류", "분류", "유형", "부서", "담당", "category", "department")
LABEL_ORDER = ("대분류", "중분류", "소분류")
TITLE_HINTS = ("제목", "title", "건명")
BODY_HINTS = ("내용", "요지", "요약", "본문", "body", "summary")
RECEIPT_HINTS = ("접수번호", "민원번호", "번호", "receipt", "id")
DATE_HINTS = ("일자", "일시", "날짜", "접수일", "신청일", "date")
_DATE = re.compile(r"^\d{4}[-./]\s?\d{1,2}[-./]\s?\d{1,2}")
_INTEGER = re.compile(r"^-?\d+$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


@dataclass
class ColumnProfile:
    name: str
    filled: int
    distinct: int
    kind: str                      # empty | date | integer | number | text
    length: dict[str, float] = field(default_factory=dict)   # min/median/p90/max characters (text)
    top_values: list[tuple[str, int]] = field(default_factory=list)  # label-like columns only
    label_like: bool = False
    sequential: bool = False       # 1, 2, 3, ...: a row number, not a receipt id


@dataclass
class ExportProfile:
    filename: str
    format: str
    encoding: str | None
    rows: int
    unreadable_rows: int
    columns: list[ColumnProfile]
    roles: dict[str, list[str]]                  # canonical field -> columns (proposal)
    label_values: dict[str, int]                 # label value (path) -> rows
    text_length: dict[str, float]                # whole text (title + body) lengths
    notes: list[str] = field(default_factory=list)


def _kind(values: list[str]) -> str:
    if not values:
        return "empty"
    share = lambda pattern: sum(1 for v in values if pattern.match(v)) / len(values)  # noqa: E731
    if share(_DATE) >= 0.9:
        return "date"
    if share(_INTEGER) >= 0.95:
        return "integer"
    if share(_NUMBER) >= 0.95:
        return "number"
    return "text"


def _length_stats(lengths: list[int]) -> dict[str, float]:
    if not lengths:
        return {}
    ordered = sorted(lengths)
    return {"min": ordered[0], "median": statistics.median(ordered),
            "p10": ordered[int(0.1 * (len(ordered) - 1))], "p90": ordered[int(0.9 * (len(ordered) - 1))],
            "max": ordered[-1]}


def profile_column(name: str, values: list[str]) -> ColumnProfile:
    filled = [v for v in values if v]
    counts: dict[str, int] = {}
    for value in filled:
        counts[value] = counts.get(value, 0) + 1
    kind = _kind(filled)
    profile = ColumnProfile(name=name, filled=len(filled), distinct=len(counts), kind=kind)
    if kind == "text":
        profile.length = _length_stats([len(v) for v in filled])
        profile.label_like = (len(counts) <= LABEL_MAX_DISTINCT and len(filled) >= 2
                              and len(counts) < 0.5 * len(filled)
                              and profile.length["median"] <= LABEL_MAX_MEDIAN_CHARS)
        if profile.label_like:
            profile.top_values = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if kind == "integer" and filled:
        numbers = [int(v) for v in filled]
        profile.sequential = numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    return profile


def _hinted(name: str, hints: tuple[str, ...]) -> bool:
    lowered = name.lower()
    return any(hint.lower() in lowered for hint in hints)


def propose_roles(profiles: list[ColumnProfile], aliases: dict[str, list[str]]) -> dict[str, list[str]]:
    """canonical field -> the columns that make it; receipt_id [] when the export has none."""
    by_name = {p.name: p for p in profiles}
    lookup = {alias.strip().lower(): canonical for canonical, names in aliases.items() for alias in names}
    roles: dict[str, list[str]] = {}
    for profile in profiles:  # the global aliases first: what the platform already knows
        canonical = lookup.get(profile.name.lower())
        if canonical and canonical not in roles and profile.filled:
            roles[canonical] = [profile.name]
    used = {name for names in roles.values() for name in names}
    free = [p for p in profiles if p.name not in used and p.filled]
    if "department" not in roles:
        labels = [p for p in free if p.label_like and _hinted(p.name, LABEL_HINTS)] or \
                 [p for p in free if p.label_like][:1]
        rank = lambda p: next((i for i, h in enumerate(LABEL_ORDER) if h in p.name), len(LABEL_ORDER))  # noqa: E731
        if labels:
            roles["department"] = [p.name for p in sorted(labels, key=rank)]
    used = {name for names in roles.values() for name in names}
    texts = [p for p in profiles if p.name not in used and p.kind == "text" and not p.label_like]
    if "title" not in roles:
        titles = [p for p in texts if _hinted(p.name, TITLE_HINTS)]
        if titles:
            roles["title"] = [titles[0].name]
    if "body" not in roles:
        bodies = [p for p in texts if _hinted(p.name, BODY_HINTS) and [p.name] != roles.get("title")]
        if not bodies:  # the longest remaining text column
            bodies = sorted((p for p in texts if [p.name] != roles.get("title")),
                            key=lambda p: -p.length.get("median", 0))[:1]
        if bodies:
            roles["body"] = [bodies[0].name]
    if "received_at" not in roles:
        dates = [p for p in profiles if p.kind == "date" and p.name not in used]
        if dates:
            roles["received_at"] = [sorted(dates, key=lambda p: not _hinted(p.name, DATE_HINTS))[0].name]
    if "receipt_id" not in roles:
        ids = [p for p in profiles if p.name not in used and _hinted(p.name, RECEIPT_HINTS)
               and p.distinct == p.filled and p.filled and not p.sequential and p.kind != "date"]
        roles["receipt_id"] = [ids[0].name] if ids else []
    return {canonical: roles[canonical] for canonical in CANONICAL_FIELDS if canonical in roles}


def guess_code(value: str, taxonomy: Taxonomy) -> str | None:
    """The taxonomy code whose keywords (or name) occur in the value, earliest occurrence first."""
    best: tuple[int, int, str] | None = None
    for order, department in enumerate(taxonomy.departments):
        words = list(department.keywords) + [part for part in re.split(r"[·/ ]", department.name) if part]
        positions = [value.find(word) for word in words if word and word in value]
        if positions:
            candidate = (min(positions), order, department.code)
            best = candidate if best is None or candidate < best else best
    return best[2] if best else None


def inspect_export(filename: str, data: bytes, config: Config) -> ExportProfile:
    table: Table = read_table(filename, data)
    columns = list(zip(*table.rows)) if table.rows else [[] for _ in table.headers]
    profiles = [profile_column(name, list(values)) for name, values in zip(table.headers, columns)]
    roles = propose_roles(profiles, config.quality_gate.columns)
    index = {name: i for i, name in enumerate(table.headers)}
    label_values: dict[str, int] = {}
    lengths: list[int] = []
    for row in table.rows:
        parts = [row[index[c]] for c in roles.get("department", []) if row[index[c]]]
        if parts:
            path = LABEL_PATH_SEPARATOR.join(parts)
            label_values[path] = label_values.get(path, 0) + 1
        lengths.append(sum(len(row[index[c]]) for f in ("title", "body") for c in roles.get(f, [])))
    profile = ExportProfile(filename=filename, format=table.format, encoding=table.encoding, rows=len(table.rows),
                            unreadable_rows=table.unreadable_rows, columns=profiles, roles=roles,
                            label_values=dict(sorted(label_values.items(), key=lambda kv: (-kv[1], kv[0]))),
                            text_length=_length_stats(lengths))
    if not roles.get("receipt_id"):
        profile.notes.append("no receipt-number column: the gate derives a stable id from each row's content")
    if "department" not in roles:
        profile.notes.append("no label column found: name it under export.columns.department")
    if not (roles.get("title") or roles.get("body")):
        profile.notes.append("no text column found: name the title/body columns under export.columns")
    return profile


def propose_tenant(profile: ExportProfile, config: Config, display_name: str) -> dict:
    """The city's block for configs/tenants.yaml (quotas: the smallest of the existing cities')."""
    existing = list(config.tenants.tenants.values())
    quotas = {"api_calls_per_day": min((t.quotas.api_calls_per_day for t in existing), default=1000),
              "gpu_hours_per_month": min((t.quotas.gpu_hours_per_month for t in existing), default=10),
              "upload_gb_per_month": min((t.quotas.upload_gb_per_month for t in existing), default=10)}
    label_columns = profile.roles.get("department", [])
    label_kind = "department" if any(_hinted(c, ("부서", "담당", "department")) for c in label_columns) else "category"
    export: dict = {"columns": {k: v for k, v in profile.roles.items()}, "label_kind": label_kind}
    minimum = config.quality_gate.validation.min_text_chars
    if profile.text_length and profile.text_length["p10"] < minimum:
        export["min_text_chars"] = max(2, int(profile.text_length["min"]))
    departments: dict[str, str] = {}
    fallback = config.taxonomy.codes[-1]
    for value in profile.label_values:
        parts = value.split(LABEL_PATH_SEPARATOR)
        for end in range(1, len(parts) + 1):
            path = LABEL_PATH_SEPARATOR.join(parts[:end])
            parent = departments.get(LABEL_PATH_SEPARATOR.join(parts[:end - 1])) if end > 1 else None
            code = guess_code(parts[end - 1], config.taxonomy) or parent or fallback
            if path not in departments and (end == 1 or code != parent):
                departments[path] = code
    # Its GPU scheduling (configs/gpu.yaml, written by `tenants add`): one dedicated vGPU slice, and
    # a fair share equal to its monthly GPU hours, as the existing cities' shares follow theirs.
    gpu = {"dedicated_vgpus": 1, "fair_share": quotas["gpu_hours_per_month"]}
    return {"display_name": display_name, "quotas": quotas, "export": export, "departments": departments, "gpu": gpu}


def render_profile(profile: ExportProfile) -> str:
    lines = [f"{profile.filename}: {profile.format}"
             + (f", {profile.encoding}" if profile.encoding else "")
             + f", {profile.rows} rows" + (f", {profile.unreadable_rows} unreadable" if profile.unreadable_rows else "")]
    lines.append(f"  {'column':<16} {'type':<8} {'filled':>6} {'distinct':>8}  length min/median/p90/max")
    for c in profile.columns:
        length = "/".join(f"{c.length[k]:g}" for k in ("min", "median", "p90", "max")) if c.length else "-"
        flags = " (label-like)" if c.label_like else " (row number)" if c.sequential else ""
        lines.append(f"  {c.name:<16} {c.kind:<8} {c.filled:>6} {c.distinct:>8}  {length}{flags}")
    for c in profile.columns:
        if c.label_like:
            shown = ", ".join(f"{v} {n}" for v, n in c.top_values[:15])
            more = f" (+{len(c.top_values) - 15} more)" if len(c.top_values) > 15 else ""
            lines.append(f"  values of {c.name}: {shown}{more}")
    roles = ", ".join(f"{k} <- {' + '.join(v) if v else '(none)'}" for k, v in profile.roles.items())
    lines.append(f"  proposed columns: {roles}")
    if profile.text_length:
        t = profile.text_length
        lines.append(f"  whole text (title + body) length: min {t['min']:g}, p10 {t['p10']:g}, "
                     f"median {t['median']:g}, max {t['max']:g}")
    lines.extend(f"  note: {note}" for note in profile.notes)
    return "\n".join(lines)


# ---------------------------------------------------------------- commands (mounted on `minwon tenants`)
def inspect_cmd(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A sample export: .csv, .xlsx or .jsonl"),
    tenant_id: str = typer.Option("new-city", "--id", help="The city's tenant id in the proposal"),
    name: str = typer.Option(None, "--name", help="Display name (default: the id)"),
    out: Path = typer.Option(None, "--out", help="Write the proposed YAML here (default: print it)"),
) -> None:
    """Profile a sample export and propose the city's block for configs/tenants.yaml."""
    from configuration import load_config
    from ingest.readers import UnsupportedFileError

    config = load_config()
    try:
        profile = inspect_export(file.name, file.read_bytes(), config)
    except UnsupportedFileError as error:
        typer.echo(f"error: {file.name} cannot be read ({error.reason}): {error}", err=True)
        raise typer.Exit(2)
    typer.echo(render_profile(profile))
    proposal = {tenant_id: propose_tenant(profile, config, name or tenant_id)}
    text = ("# Proposed by `minwon tenants inspect`: review the columns and every department code, then\n"
            f"# `minwon tenants add {tenant_id} --from {out or 'THIS_FILE'}`\n"
            + yaml.safe_dump(proposal, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100))
    if out:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"proposal written to {out}")
    else:
        typer.echo(text)


def add_cmd(
    tenant_id: str = typer.Argument(..., help="The new tenant id (lowercase, e.g. gapyeong)"),
    source: Path = typer.Option(..., "--from", exists=True, dir_okay=False, help="The reviewed proposal YAML"),
) -> None:
    """Add a city to configs/tenants.yaml from a reviewed proposal (validated with the rest of configs/)."""
    from configuration import ConfigError
    from configuration.loader import read_yaml
    from configuration.tenants_file import add_tenant, proposal_body

    try:
        path = add_tenant(tenant_id, proposal_body(read_yaml(source), tenant_id))
    except ConfigError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2)
    typer.echo(f"{tenant_id} added to {path}. Next: `minwon tenants provision`, "
               f"`minwon keys issue --tenant {tenant_id}`, then upload its exports.")


def register_onboarding(app: typer.Typer) -> None:
    app.command("inspect")(inspect_cmd)
    app.command("add")(add_cmd)
