"""Add a city to configs/tenants.yaml without touching what is already there.

`minwon tenants add ID --from proposal.yaml` calls `add_tenant`: the new block is validated together
with the existing tenants and the taxonomy, then appended as text (comments and layout of the file
are kept); the whole folder is loaded again and the file restored if that fails.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from configuration.errors import ConfigError
from configuration.loader import config_dir, load_config, read_yaml
from configuration.models import TENANT_ID, TenantsConfig


def proposal_body(proposal: dict, tenant_id: str) -> dict:
    """The tenant's fields from a proposal file: `{ID: {...}}`, `{tenants: {ID: {...}}}` or the fields."""
    if isinstance(proposal.get("tenants"), dict):
        proposal = proposal["tenants"]
    if tenant_id in proposal and isinstance(proposal[tenant_id], dict):
        return dict(proposal[tenant_id])
    if "display_name" in proposal:
        return dict(proposal)
    raise ConfigError(f"the proposal has no tenant '{tenant_id}' (keys: {', '.join(map(str, proposal))})")


def render_block(tenant_id: str, body: dict) -> str:
    """The YAML text of one tenant, indented under `tenants:`."""
    text = yaml.safe_dump({tenant_id: body}, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100)
    return "".join(f"  {line}\n" for line in text.splitlines())


def gpu_entry(body: dict, gpu: dict | None) -> dict:
    """The city's line in gpu.yaml: the proposal's `gpu` block, else 1 dedicated vGPU slice and a
    fair share equal to its monthly GPU hours (as the shares of the existing cities follow theirs)."""
    hours = int((body.get("quotas") or {}).get("gpu_hours_per_month") or 1)
    return {"dedicated_vgpus": 1, "fair_share": max(1, hours), **(gpu or {})}


def add_gpu_tenant(tenant_id: str, entry: dict, path: Path) -> str:
    """Insert `  ID: {...}` at the end of gpu.yaml's top-level `tenants:` map (text, layout kept);
    returns the original text so that the caller can restore it."""
    original = path.read_text(encoding="utf-8")
    lines = original.splitlines(keepends=True)
    try:
        start = next(i for i, line in enumerate(lines) if line.rstrip() == "tenants:")
    except StopIteration:
        raise ConfigError(f"{path}: field 'tenants': no top-level 'tenants:' map to add '{tenant_id}' to") from None
    end = start + 1
    while end < len(lines) and (lines[end].startswith("  ") or not lines[end].strip()):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1  # blank lines after the map stay after the new entry
    fields = ", ".join(f"{key}: {value}" for key, value in entry.items())
    lines.insert(end, f"  {tenant_id}: {{{fields}}}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return original


def add_tenant(tenant_id: str, body: dict, directory: Path | None = None) -> Path:
    """Append tenant `tenant_id` to `<configs>/tenants.yaml` (and its GPU entry to gpu.yaml, from the
    proposal's `gpu` block or the defaults of `gpu_entry`); returns tenants.yaml. Raises ConfigError
    (naming the file and the field) when the id exists or the result would not validate."""
    directory = Path(directory) if directory else config_dir()
    path = directory / "tenants.yaml"
    body = dict(body)
    gpu = body.pop("gpu", None)
    if not TENANT_ID.match(tenant_id):
        raise ConfigError(f"{path}: tenant id '{tenant_id}' must match {TENANT_ID.pattern}")
    data = read_yaml(path)
    tenants = data.get("tenants") or {}
    if tenant_id in tenants:
        raise ConfigError(f"{path}: tenant '{tenant_id}' already exists; edit the file to change it")
    try:
        TenantsConfig(tenants={**tenants, tenant_id: body})
    except ValidationError as error:
        raise ConfigError.from_validation(path, error) from None
    original = path.read_text(encoding="utf-8")
    separator = "" if original.endswith("\n") else "\n"
    path.write_text(original + separator + render_block(tenant_id, body), encoding="utf-8")
    gpu_path, gpu_original = directory / "gpu.yaml", None
    try:
        config = load_config(directory)  # the taxonomy cross-check and every other file, as on start
        if tenant_id not in config.tenants.tenants:
            raise ConfigError(f"{path}: the new block did not land under 'tenants:'")
        if gpu_path.is_file() and tenant_id not in (read_yaml(gpu_path).get("tenants") or {}):
            from configuration.loader import load_gpu_config

            gpu_original = add_gpu_tenant(tenant_id, gpu_entry(body, gpu), gpu_path)
            if tenant_id not in load_gpu_config(directory).tenants:  # checked with tenants.yaml, as on start
                raise ConfigError(f"{gpu_path}: the new entry did not land under 'tenants:'")
    except Exception:
        path.write_text(original, encoding="utf-8")
        if gpu_original is not None:
            gpu_path.write_text(gpu_original, encoding="utf-8")
        raise
    return path
