"""The pipeline step for datasets: k and l measured from the output, failures recoverable."""
from __future__ import annotations

import csv
import io
from collections import Counter

import pytest
from sqlalchemy import select

from exchange.datasets import service, views
from exchange.datasets.processing import mask_terms
from exchange.domain import contributions
from exchange.domain.accounts import actor_for
from exchange.models import AuditEvent, Contribution, DatasetRevision
from anonymiser.tabular import Table
from tests.datasets.conftest import CANARIES, ROLES, make_dataset, submit_and_process


def _published(session, dataset_id: int) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    contribution = session.get(Contribution, dataset_id)
    settings = session.get(DatasetRevision, contribution.current_revision_id)
    return list(csv.DictReader(io.StringIO(settings.anonymised_csv)))


def test_the_output_is_k_anonymous_and_l_diverse_measured_from_the_file(app, session, vault, world) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a)
    assert submit_and_process(app, session, vault, world.contributor_a, dataset_id) == "contributor_review"
    rows = _published(session, dataset_id)
    classes = Counter((r["site"], r["month"]) for r in rows)
    outcomes: dict[tuple[str, str], set[str]] = {}
    for r in rows:
        outcomes.setdefault((r["site"], r["month"]), set()).add(r["outcome"])
    assert len(rows) >= 19 and min(classes.values()) >= 5
    assert min(len(v) for v in outcomes.values()) >= 2


def test_no_raw_value_reaches_the_published_table(app, session, vault, world) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a)
    submit_and_process(app, session, vault, world.contributor_a, dataset_id)
    contribution = session.get(Contribution, dataset_id)
    text = session.get(DatasetRevision, contribution.current_revision_id).anonymised_csv
    report = repr(session.get(DatasetRevision, contribution.current_revision_id).report)
    for canary in CANARIES:
        assert canary not in text and canary not in report


@pytest.mark.parametrize(("k", "fragment"), [(25, "k=25"), (21, "k=21")])
def test_unreachable_k_fails_with_a_reason_and_retry_after_edit_works(app, session, vault, world, k, fragment) -> None:
    owner = actor_for(world.contributor_a)
    dataset_id = make_dataset(session, vault, world.contributor_a, k=k)
    state = submit_and_process(app, session, vault, world.contributor_a, dataset_id)
    contribution = session.get(Contribution, dataset_id)
    assert state == "failed" and fragment in contribution.failure_reason
    assert not any(c in contribution.failure_reason for c in CANARIES)
    contributions.take_action(session, vault, owner, dataset_id, "edit")
    service.choose_roles(session, vault, owner, dataset_id, ROLES, 5, 2)
    session.commit()
    assert submit_and_process(app, session, vault, world.contributor_a, dataset_id) == "contributor_review"


def test_retry_runs_the_same_choices_again(app, session, vault, world) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a, k=25)
    assert submit_and_process(app, session, vault, world.contributor_a, dataset_id) == "failed"
    assert submit_and_process(app, session, vault, world.contributor_a, dataset_id, "retry") == "failed"
    actions = session.scalars(select(AuditEvent.action).where(AuditEvent.object_id == str(dataset_id))).all()
    assert actions.count("contribution.fail") == 2 and "contribution.retry" in actions


def test_l_diversity_that_cannot_be_reached_fails(app, session, vault, world) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a, l=3)
    assert submit_and_process(app, session, vault, world.contributor_a, dataset_id) == "failed"
    assert "l=3" in session.get(Contribution, dataset_id).failure_reason


def test_a_declared_term_in_a_column_name_fails_rather_than_publishes(app, session, vault, world) -> None:
    from tests.datasets.conftest import canary_rows, to_csv

    rows = canary_rows()
    rows[0][4] = "Widnes_oee"
    roles = {**{k: v for k, v in ROLES.items() if k != "oee_pct"}, "Widnes_oee": "measure"}
    dataset_id = make_dataset(session, vault, world.contributor_a, roles=roles, data=to_csv(rows))
    assert submit_and_process(app, session, vault, world.contributor_a, dataset_id) == "failed"
    assert "declared sensitive term" in session.get(Contribution, dataset_id).failure_reason


def test_owner_review_shows_report_and_first_rows_beside_the_roles(app, session, vault, world) -> None:
    dataset_id = make_dataset(session, vault, world.contributor_a)
    submit_and_process(app, session, vault, world.contributor_a, dataset_id)
    detail = views.working_dataset(session, actor_for(world.contributor_a), dataset_id)
    assert detail.report["k_achieved"] >= 5 and detail.report["records_suppressed"] >= 0
    assert len(detail.preview) == min(views.PREVIEW_ROWS, 20) and detail.header[0] == "batch_id"
    assert {e.column: e.role for e in detail.dictionary} == ROLES
    assert "approve" in detail.actions


def test_a_revision_of_a_published_dataset_keeps_its_file_and_roles(app, session, vault, world, published_dataset) -> None:
    owner = actor_for(world.contributor_a)
    contributions.take_action(session, vault, owner, published_dataset, "revise")
    session.commit()
    assert submit_and_process(app, session, vault, world.contributor_a, published_dataset) == "contributor_review"
    contribution = session.get(Contribution, published_dataset)
    assert contribution.current_revision_id != contribution.published_revision_id
    assert views.published_dataset(session, actor_for(world.member_a), published_dataset).summary.revision == 1


@pytest.mark.parametrize(("cells", "expected"), [
    (["Widnes", "Runcorn", "widnes line 2", "Widnesville", "Widnes_2", ""],
     ["[term 2]", "[term 1]", "[term 2] line 2", "Widnesville", "[term 2]_2", ""]),
    (["Zed Quux", "Zed", "Łódź Zed Quux"], ["[term 3]", "Zed", "Łódź [term 3]"]),
])
def test_declared_terms_are_masked_consistently_in_kept_cells(cells, expected) -> None:
    table = Table(("site", "note"), (cells, list(cells)))
    masked = mask_terms(table, {"site": "quasi", "note": "text"}, ["Widnes", "Runcorn", "Zed Quux", "x"])
    assert masked.column("site") == expected and masked.column("note") == cells
