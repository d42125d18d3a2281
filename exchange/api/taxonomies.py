"""The controlled vocabularies a client needs to filter and to submit."""
from __future__ import annotations

from typing import Any


from exchange.api import schemas
from exchange.api.auth import requires
from exchange.api.blueprint import ApiBlueprint
from exchange.domain.tokens import Scope
from exchange.domain.vocabulary import BARRIERS, MATURITY_LEVELS, SEGMENTS, TECHNOLOGIES

bp = ApiBlueprint("taxonomies", __name__, url_prefix="/api/v1/taxonomies",
                  description="Segments, technologies, barriers and maturity levels (read scope)")


@bp.get("")
@bp.response(200, schemas.Taxonomies)
@requires(Scope.READ)
def taxonomies() -> dict[str, Any]:
    """Every code the API accepts, with its label."""
    def terms(vocabulary: dict[str, str]) -> list[dict[str, str]]:
        return [{"code": code, "label": label} for code, label in vocabulary.items()]

    return {"segments": terms(SEGMENTS), "technologies": terms(TECHNOLOGIES), "barriers": terms(BARRIERS),
            "maturity_levels": [{"level": k, "label": v} for k, v in MATURITY_LEVELS.items()]}
