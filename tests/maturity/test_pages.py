"""The maturity pages: start, answer, result with an accessible SVG radar, frameworks upload; CSRF."""
from __future__ import annotations

import io
import re

import pytest
from sqlalchemy import func, select

from exchange.maturity import assessments
from exchange.maturity.framework_file import MAX_FILE_BYTES
from exchange.models import MaturityAssessment, MaturityFramework
from tests.conftest import csrf_token
from tests.factories import actor
from tests.maturity.conftest import answers
from tests.maturity.test_framework_file import MINIMAL


def _form_data(framework, level: int, target: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    data = {}
    for d in framework.dimensions:
        data.update({f"q_{q.id}": str(level) for q in d.questions})
        data[f"target_{d.code}"], data[f"priority_{d.code}"] = str(target), "3"
    return data


def test_member_starts_from_the_maturity_page(client, auth, world, frameworks) -> None:
    auth.login(world.member_a.email)
    html = client.get("/maturity/").get_data(as_text=True)
    assert 'href="/maturity/"' in html  # the navigation link
    for f in frameworks.values():
        assert f'/maturity/frameworks/{f.id}/assess' in html


def test_submitting_the_questionnaire_creates_a_version_and_shows_the_result(client, auth, world, frameworks,
                                                                            session) -> None:
    plant = frameworks["plant-maturity"]
    auth.login(world.member_a.email)
    page = f"/maturity/frameworks/{plant.id}/assess"
    response = client.post(page, data={"csrf_token": csrf_token(client, page), **_form_data(plant, 2, 4)})
    assert response.status_code == 302
    made = session.scalar(select(MaturityAssessment))
    assert made is not None and made.version == 1 and response.headers["Location"].endswith(f"/maturity/{made.id}")
    html = client.get(f"/maturity/{made.id}").get_data(as_text=True)
    assert '<svg class="radar"' in html and 'role="img"' in html and "<title id=\"radar-title\">" in html
    assert "<caption>Scores per dimension" in html and "No median" in html
    assert "maturity.css" in html and "style=" not in html and "<script" not in html
    again = client.get(page).get_data(as_text=True)
    assert "Continuing from your version 1" in again and re.search(r'<input checked[^>]*value="2"', again)


def test_incomplete_questionnaire_is_refused_with_messages(client, auth, world, frameworks, session) -> None:
    plant = frameworks["plant-maturity"]
    auth.login(world.member_a.email)
    page = f"/maturity/frameworks/{plant.id}/assess"
    data = _form_data(plant, 2, 4)
    data.pop(f"q_{plant.dimensions[0].questions[0].id}")
    data[f"target_{plant.dimensions[1].code}"] = "9"
    response = client.post(page, data={"csrf_token": csrf_token(client, page), **data})
    assert response.status_code == 400
    assert response.get_data(as_text=True).count('role="alert"') >= 3
    assert session.scalar(select(func.count()).select_from(MaturityAssessment)) == 0


def test_questionnaire_without_csrf_token_is_refused(client, auth, world, frameworks, session) -> None:
    plant = frameworks["plant-maturity"]
    auth.login(world.member_a.email)
    response = client.post(f"/maturity/frameworks/{plant.id}/assess", data=_form_data(plant, 2, 4))
    assert response.status_code == 400
    assert session.scalar(select(func.count()).select_from(MaturityAssessment)) == 0


@pytest.mark.parametrize(("who", "status"), [
    ("member_a", 200), ("contributor_a", 200), ("contributor_b", 404), ("curator", 404), ("admin", 404),
])
def test_result_page_is_private_to_the_organisation(client, auth, world, frameworks, session, who, status) -> None:
    made = assessments.create_assessment(session, actor(world.member_a), answers(frameworks["siri"], 2, 4))
    session.commit()
    auth.login(getattr(world, who).email)
    assert client.get(f"/maturity/{made.id}").status_code == status


@pytest.mark.parametrize("who", ["curator", "admin"])
def test_staff_cannot_open_the_questionnaire(client, auth, world, frameworks, who) -> None:
    auth.login(getattr(world, who).email)
    assert client.get(f"/maturity/frameworks/{frameworks['siri'].id}/assess").status_code == 403
    assert "stay private" in client.get("/maturity/").get_data(as_text=True)


def test_signed_out_visitor_is_sent_to_sign_in(client, world, frameworks) -> None:
    assert client.get("/maturity/").status_code == 302


def _upload(client, content: bytes, name: str = "framework.yaml", token: bool = True):  # type: ignore[no-untyped-def]
    data = {"file": (io.BytesIO(content), name)}
    if token:
        data["csrf_token"] = csrf_token(client, "/maturity/frameworks")
    return client.post("/maturity/frameworks", data=data, content_type="multipart/form-data")


@pytest.mark.parametrize("who", ["curator", "admin"])
def test_rto_staff_load_a_framework_from_the_page(client, auth, world, session, who) -> None:
    auth.login(getattr(world, who).email)
    response = _upload(client, MINIMAL.encode())
    assert response.status_code == 302
    assert "Framework tiny version 1 loaded" in client.get("/maturity/frameworks").get_data(as_text=True)
    assert session.scalar(select(MaturityFramework.slug)) == "tiny"


@pytest.mark.parametrize(("content", "name", "message"), [
    (MINIMAL.replace("technologies: [mes_ebr]", "technologies: [warp_drive]").encode(), "f.yaml",
     "Line 13: unknown technology"),
    (b"slug: x\nname: [\n", "f.yaml", "Line 3: not valid YAML"),
    (MINIMAL.encode(), "f.txt", "must be a .yaml or .yml file"),
    (b"#" * (MAX_FILE_BYTES + 1), "f.yaml", "larger than"),
])
def test_a_bad_framework_file_is_refused_with_a_clear_message(client, auth, world, session, content, name,
                                                              message) -> None:
    auth.login(world.curator.email)
    response = _upload(client, content, name)
    assert response.status_code == 400
    assert message in re.sub(r"&#3[49];", "'", response.get_data(as_text=True))
    assert session.scalar(select(func.count()).select_from(MaturityFramework)) == 0


@pytest.mark.parametrize("who", ["member_a", "contributor_a"])
def test_members_cannot_load_frameworks(client, auth, world, session, who) -> None:
    auth.login(getattr(world, who).email)
    assert _upload(client, MINIMAL.encode()).status_code == 403
    assert "Load a framework" not in client.get("/maturity/frameworks").get_data(as_text=True)


def test_upload_without_csrf_token_is_refused(client, auth, world, session) -> None:
    auth.login(world.curator.email)
    assert _upload(client, MINIMAL.encode(), token=False).status_code == 400
    assert session.scalar(select(func.count()).select_from(MaturityFramework)) == 0


def test_frameworks_page_lists_dimensions_for_members(client, auth, world, frameworks) -> None:
    auth.login(world.member_a.email)
    html = client.get("/maturity/frameworks").get_data(as_text=True)
    assert "Smart Industry Readiness Index" in html and "Shop floor intelligence" in html
    assert "Predictive capacity" in html and "Pre-digital plant" in html


def test_a_framework_with_few_dimensions_shows_the_table_without_a_chart(client, auth, world, session) -> None:
    from exchange.maturity.frameworks import get_framework, load_framework

    loaded = load_framework(session, actor(world.curator), MINIMAL)
    tiny = get_framework(session, actor(world.member_a), loaded.framework_id)
    made = assessments.create_assessment(session, actor(world.member_a), answers(tiny, 1, 2))
    session.commit()
    auth.login(world.member_a.email)
    html = client.get(f"/maturity/{made.id}").get_data(as_text=True)
    assert "<svg" not in html and "<caption>Scores per dimension" in html and "from 1.00 to 2" in html
