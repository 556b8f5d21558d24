"""`minwon keys issue|rotate|revoke|list --tenant T`.

`keys_app` is a typer sub-app for the lead to mount (`app.add_typer(keys_app, name="keys")`); the
plain functions (`issue_cmd`, `rotate_cmd`, `revoke_cmd`, `list_cmd`) take (config, session) and
return what they did, for other callers and tests. The plaintext key is printed once, to stdout,
and never logged.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Optional

import typer
from sqlalchemy.orm import Session

from configuration import Config
from tenancy.keys import IssuedKey, KeyInfo, issue, list_keys, revoke, rotate


class KeyCommandError(ValueError):
    pass


def _check_tenant(config: Config, tenant: str) -> None:
    if tenant not in config.tenants.tenants:
        known = ", ".join(sorted(config.tenants.tenants))
        raise KeyCommandError(f"unknown tenant '{tenant}' (tenants.yaml has: {known})")


def issue_cmd(config: Config, session: Session, tenant: str) -> IssuedKey:
    _check_tenant(config, tenant)
    return issue(session, tenant)


def rotate_cmd(config: Config, session: Session, tenant: str, key_id: str | None = None) -> IssuedKey:
    """A new key; the old one (`key_id`) or every other active key of the tenant is revoked."""
    _check_tenant(config, tenant)
    if key_id is not None and key_id not in {k.key_id for k in list_keys(session, tenant, include_revoked=False)}:
        raise KeyCommandError(f"tenant '{tenant}' has no active key '{key_id}'")
    return rotate(session, tenant, key_id)


def revoke_cmd(config: Config, session: Session, tenant: str, key_id: str | None = None, all_keys: bool = False) -> int:
    _check_tenant(config, tenant)
    if key_id is None and not all_keys:
        raise KeyCommandError("name the key to revoke (--key-id) or revoke all of the tenant's keys (--all)")
    count = revoke(session, tenant, None if all_keys else key_id)
    if key_id is not None and count == 0:
        raise KeyCommandError(f"tenant '{tenant}' has no active key '{key_id}'")
    return count


def list_cmd(config: Config, session: Session, tenant: str | None = None, include_revoked: bool = False) -> list[KeyInfo]:
    if tenant is not None:
        _check_tenant(config, tenant)
    return list_keys(session, tenant, include_revoked=include_revoked)


# ---------------------------------------------------------------- typer
keys_app = typer.Typer(help="Tenant API keys: issue, rotate, revoke, list.", no_args_is_help=True)


@contextmanager
def _open() -> Iterator[tuple[Config, Session]]:
    from configuration import load_config
    from database import create_platform_engine, session_factory

    config = load_config()
    engine = create_platform_engine(config)
    try:
        with session_factory(engine)() as session:
            yield config, session
    finally:
        engine.dispose()


def _fail(error: Exception) -> None:
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(2)


@keys_app.command("issue")
def _issue(tenant: str = typer.Option(..., "--tenant", help="tenant id from tenants.yaml")) -> None:
    """Issue a new key; it is printed once and cannot be shown again."""
    with _open() as (config, session):
        try:
            new = issue_cmd(config, session, tenant)
        except KeyCommandError as error:
            _fail(error)
    typer.echo(f"tenant: {new.tenant}\nkey_id: {new.key_id}\nkey: {new.plaintext}")
    typer.echo("Store the key now: only its hash is kept.", err=True)


@keys_app.command("rotate")
def _rotate(
    tenant: str = typer.Option(..., "--tenant"),
    key_id: Optional[str] = typer.Option(None, "--key-id", help="the key to replace (default: all active keys)"),
) -> None:
    """Issue a new key and revoke the old one(s)."""
    with _open() as (config, session):
        try:
            new = rotate_cmd(config, session, tenant, key_id)
        except KeyCommandError as error:
            _fail(error)
    typer.echo(f"tenant: {new.tenant}\nkey_id: {new.key_id}\nkey: {new.plaintext}")
    typer.echo("The old key stops working within serving.auth_cache_ttl_s seconds.", err=True)


@keys_app.command("revoke")
def _revoke(
    tenant: str = typer.Option(..., "--tenant"),
    key_id: Optional[str] = typer.Option(None, "--key-id"),
    all_keys: bool = typer.Option(False, "--all", help="revoke every active key of the tenant"),
) -> None:
    """Revoke one key (--key-id) or all of a tenant's keys (--all)."""
    with _open() as (config, session):
        try:
            count = revoke_cmd(config, session, tenant, key_id, all_keys)
        except KeyCommandError as error:
            _fail(error)
    typer.echo(f"revoked {count} key(s) of {tenant}")


@keys_app.command("list")
def _list(
    tenant: Optional[str] = typer.Option(None, "--tenant"),
    include_revoked: bool = typer.Option(False, "--all", help="include revoked keys"),
) -> None:
    """Key ids, creation and revocation times (never the keys)."""
    with _open() as (config, session):
        try:
            keys = list_cmd(config, session, tenant, include_revoked)
        except KeyCommandError as error:
            _fail(error)
    for key in keys:
        revoked = key.revoked_at.isoformat() if key.revoked_at else "-"
        typer.echo(f"{key.tenant}\t{key.key_id}\tcreated={key.created_at.isoformat()}\trevoked={revoked}")
