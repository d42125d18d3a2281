"""``exchange seed``: organisations, users and case studies through the real services and pipeline.

Idempotent: organisations and users are matched by name and e-mail, cases by their seed key.
Each case is its own transaction, so a failure leaves the others loaded and is reported.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session

from exchange.app import REPO_ROOT
from exchange.config import read_or_create_secret
from exchange import indexing
from exchange.db import unit_of_work
from exchange.domain import accounts, contributions, pipeline
from exchange.domain.accounts import actor_for
from exchange.domain.actor import SYSTEM
from exchange.domain.roles import Role
from exchange.models import Membership, Organisation, User
from exchange.seeding import kpis
from exchange.seeding.datasets import load_seed_datasets
from exchange.seeding.people import confirm_warnings, first_user
from exchange.seeding.files import SeedCase, SeedOrganisation, read_cases, read_organisations
from exchange.seeding.maturity import load_maturity_seed

Progress = Callable[[int], None]


@dataclass
class SeedReport:
    password: str
    organisations: int = 0
    users: int = 0
    published: int = 0
    already_loaded: int = 0
    failed: list[str] = field(default_factory=list)
    sign_in_examples: dict[str, str] = field(default_factory=dict)

    def summary(self) -> str:
        text = (f"Seed: {self.organisations} organisations and {self.users} users created; "
                f"{self.published} case studies published, {self.already_loaded} already there")
        if self.failed:
            text += f"; {len(self.failed)} failed: " + ", ".join(self.failed)
        return text + "."

    def sign_ins(self) -> str:
        lines = ["", "Demo sign-ins (every seeded account has this password):", f"  password: {self.password}"]
        lines += [f"  {role:<12} {email}" for role, email in self.sign_in_examples.items()]
        return "\n".join(lines)


def demo_password(data_dir: Path) -> str:
    """A per-instance demo password, generated on first seed (mode 0600): never a default in code."""
    return read_or_create_secret(data_dir / "demo-password.key", 12).hex()


def load_seed(app: Flask, *, seed_dir: Path | None = None,
              on_start: Callable[[int], None] | None = None, progress: Progress | None = None) -> SeedReport:
    seed_dir = seed_dir or REPO_ROOT / "seed_cases"
    ext = app.extensions["exchange"]
    report = SeedReport(password=demo_password(Path(app.config["DATA_DIR"])))
    organisations = read_organisations(seed_dir)
    password_hash = accounts.hash_password(report.password)
    with unit_of_work(ext["sessions"]) as session:
        for org in organisations:
            _load_organisation(session, org, report, password_hash)
        report.sign_in_examples = _examples(session)
    cases = read_cases(seed_dir)
    if on_start:
        on_start(len(cases))
    names = {org.slug: org.name for org in organisations}
    site_types = {org.slug: org.site_type for org in organisations}
    for case in cases:
        _load_case(app, case, names.get(case.organisation, case.organisation), report,
                   site_types.get(case.organisation))
        if progress:
            progress(1)
    report.failed.extend(f"dataset {key}" for key in load_seed_datasets(app, seed_dir, names))
    indexing.sync_pending(ext["sessions"], indexing.app_index(app))
    load_maturity_seed(app, seed_dir)
    return report


def _load_organisation(session: Session, seed: SeedOrganisation, report: SeedReport, password_hash: str) -> None:
    org = session.scalar(select(Organisation).where(Organisation.name == seed.name))
    if org is None:
        org = accounts.create_organisation(session, SYSTEM, seed.name, seed.kind, size_band=seed.size_band,
                                           region=seed.region, segments=list(seed.segments),
                                           known_terms=list(seed.known_terms))
        report.organisations += 1
    for user in seed.users:
        if session.scalar(select(User).where(User.email == user.email)) is None:
            accounts.create_user(session, SYSTEM, user.email, report.password, org.id, user.role, name=user.name,
                                 password_hash=password_hash)
            report.users += 1


def _examples(session: Session) -> dict[str, str]:
    examples: dict[str, str] = {}
    for role in Role:
        email = session.scalar(select(User.email).join(Membership).where(Membership.role == role)
                               .order_by(User.id).limit(1))
        if email:
            examples[role.value] = email
    return examples


def _load_case(app: Flask, case: SeedCase, organisation_name: str, report: SeedReport,
               site_type: str | None = None) -> None:
    ext = app.extensions["exchange"]
    vault, factory = ext["vault"], ext["sessions"]
    with unit_of_work(factory) as session:
        contributor = actor_for(first_user(session, Role.CONTRIBUTOR, organisation_name))
        curator = actor_for(first_user(session, Role.CURATOR))
        if contributions.find_by_external_ref(session, contributor.organisation_id or 0, case.key):
            report.already_loaded += 1
            return
        contribution = contributions.create_case_study(session, vault, contributor, case.content,
                                                       external_ref=case.key)
        contributions.take_action(session, vault, contributor, contribution.id, "submit")
        contribution_id = contribution.id
    if pipeline.process(factory, vault, contribution_id) != "contributor_review":
        report.failed.append(case.key)
        return
    with unit_of_work(factory) as session:
        confirm_warnings(session, contributor, contribution_id)
        contributions.take_action(session, vault, contributor, contribution_id, "approve")
        contributions.take_action(session, vault, curator, contribution_id, "publish")
        kpis.record_seed_kpis(session, contribution_id, case, default_site_type=site_type)
    report.published += 1
