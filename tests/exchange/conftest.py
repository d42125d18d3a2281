from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy.orm import Session

from exchange.models import Organisation, User
from tests.factories import make_org, make_user


@dataclass
class World:
    org_a: Organisation
    org_b: Organisation
    rto: Organisation
    contributor_a: User
    member_a: User
    contributor_b: User
    curator: User
    admin: User


@pytest.fixture()
def world(session: Session) -> World:
    org_a = make_org(session, "Acmeford Biologics Ltd", known_terms=["Acmeford Biologics", "Acmeford"])
    org_b = make_org(session, "Other Pharma plc")
    rto = make_org(session, "Fictional Innovation Centre", kind="rto")
    w = World(org_a, org_b, rto, make_user(session, org_a, "contributor", "contrib@acmeford.example"),
              make_user(session, org_a, "member", "member@acmeford.example"),
              make_user(session, org_b, "contributor", "contrib@other.example"),
              make_user(session, rto, "curator", "curator@centre.example"),
              make_user(session, rto, "admin", "admin@centre.example"))
    session.commit()
    return w
