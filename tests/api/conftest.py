"""API fixtures: tokens for each role of the world, a bearer client, and cases driven through
the real services and pipeline (create → submit → anonymise → approve → publish)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from exchange.domain import contributions, pipeline, tokens
from exchange.domain.accounts import actor_for
from exchange.domain.contribution_input import CaseStudyInput
from exchange.domain.vault import Vault
from exchange.models import User
from tests.exchange.conftest import World, world  # noqa: F401
from tests.factories import CANARY_TEXT

CANARIES = ("Acmeford", "Widnes", "jane.doe", "0161 496 0000")


def issue(session: Session, user: User, scope: str = "read", *, commit: bool = True) -> str:
    _, secret = tokens.create_token(session, actor_for(user), "test", scope)
    if commit:
        session.commit()
    return secret


class Bearer:
    """A test client that sends one token (or a raw Authorization header) with every request."""

    def __init__(self, client: FlaskClient, token: str | None) -> None:
        self.client, self.token = client, token

    def headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        base = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        return {**base, **(extra or {})}

    def get(self, url: str, headers: dict[str, str] | None = None, **kw: Any):  # type: ignore[no-untyped-def]
        return self.client.get(url, headers=self.headers(headers), **kw)

    def post(self, url: str, json: Any = None, headers: dict[str, str] | None = None, **kw: Any):  # type: ignore[no-untyped-def]
        return self.client.post(url, json=json, headers=self.headers(headers), **kw)

    def delete(self, url: str, headers: dict[str, str] | None = None, **kw: Any):  # type: ignore[no-untyped-def]
        return self.client.delete(url, headers=self.headers(headers), **kw)


@dataclass
class Clients:
    contributor_a: Bearer
    contributor_a_read: Bearer
    member_a: Bearer
    contributor_b: Bearer
    curator: Bearer
    curator_read: Bearer
    admin: Bearer
    anonymous: Bearer


@pytest.fixture()
def api(client: FlaskClient, session: Session, world: World) -> Clients:  # noqa: F811
    def bearer(user: User, scope: str) -> Bearer:
        return Bearer(client, issue(session, user, scope, commit=False))

    clients = Clients(
        contributor_a=bearer(world.contributor_a, "contribute"), contributor_a_read=bearer(world.contributor_a, "read"),
        member_a=bearer(world.member_a, "read"), contributor_b=bearer(world.contributor_b, "contribute"),
        curator=bearer(world.curator, "curate"), curator_read=bearer(world.curator, "read"),
        admin=bearer(world.admin, "read"), anonymous=Bearer(client, None),
    )
    session.commit()
    return clients


def publish_case(app: Flask, session: Session, vault: Vault, world: World,  # noqa: F811
                 data: CaseStudyInput = CANARY_TEXT, contributor: User | None = None) -> int:
    """Drive a case through the real pipeline to published; return its id."""
    owner = actor_for(contributor or world.contributor_a)
    case = contributions.create_case_study(session, vault, owner, data)
    contributions.take_action(session, vault, owner, case.id, "submit")
    session.commit()
    state = pipeline.process(app.extensions["exchange"]["sessions"], vault, case.id)
    assert state == "contributor_review", state
    session.expire_all()
    contributions.take_action(session, vault, owner, case.id, "approve")
    contributions.take_action(session, vault, actor_for(world.curator), case.id, "publish")
    session.commit()
    return case.id


@pytest.fixture()
def published(app: Flask, session: Session, vault: Vault, world: World) -> Iterator[int]:  # noqa: F811
    yield publish_case(app, session, vault, world)
