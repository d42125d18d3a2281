"""What to do with each category, which names to keep, which recognisers to run."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from anonymiser.errors import InvalidInput
from anonymiser.text.data import lines
from anonymiser.text.spans import CATEGORIES, entity_key

ACTIONS = ("placeholder", "generalise", "redact", "keep")

DEFAULT_ACTIONS: dict[str, str] = {
    "organisation": "placeholder",
    "person": "placeholder",
    "place": "generalise",
    "product": "placeholder",
    "identifier": "placeholder",
    "contact": "placeholder",
    "money": "generalise",
    "date": "generalise",
    "quantity": "generalise",
    "declared": "placeholder",
    "name": "placeholder",
}

DEFAULT_RECOGNISERS = (
    "declared_terms", "learned_aliases", "email", "url", "phone", "phone_extension", "phone_vanity", "spoken_contact", "ip_address", "handle",
    "organisation_suffix",
    "organisation_gazetteer", "allow_listed", "organisation_context", "organisation_institution", "person",
    "given_name_alone", "lower_case_name", "initialled_header", "nickname_cue", "self_introduction", "spoken_name", "spoken_organisation", "surname_first", "login_name", "signature_field", "directory_name", "speaker_label", "initials_actor", "unfamiliar_name", "word_as_name", "table_column", "person_model", "misheard_name", "ocr_name", "other_script", "uk_place", "place_context", "postcode", "address", "address_abroad",
    "compound_code", "project_name", "show_name", "code_name_capitals", "drug_brand", "product_context", "misheard_product", "document_id", "tag_code", "batch_number", "reference_number", "numbered_field", "vehicle_registration", "identifier_list", "structured_code", "separated_code", "serial_number",
    "gs1_string", "gtin", "licence_number", "mac_address", "spoken_code",
    "ocr_code", "staff_number", "code_column", "money_column", "code_model", "patent", "money", "date", "spoken_date", "quantity",
)


def _default_allow() -> frozenset[str]:
    return frozenset(entity_key(name) for name in lines("allow_list.txt"))


@dataclass(frozen=True)
class Policy:
    """Per-category actions, kept names and the recognisers to run (in order)."""

    actions: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_ACTIONS))
    allow: frozenset[str] = field(default_factory=_default_allow)
    recognisers: tuple[str, ...] = DEFAULT_RECOGNISERS
    residual_warnings: bool = True

    def action(self, category: str) -> str:
        return self.actions.get(category, "placeholder")

    def keeps(self, mention: str) -> bool:
        return entity_key(mention) in self.allow

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Policy:
        """Overlay ``{"actions": {...}, "allow": [...], "allow_extra": [...], "disable": [...], ...}``."""
        policy = cls()
        unknown = set(data) - {"actions", "allow", "allow_extra", "recognisers", "disable", "residual_warnings"}
        if unknown:
            raise InvalidInput(f"unknown policy keys: {', '.join(sorted(unknown))}")
        actions = {**DEFAULT_ACTIONS, **dict(data.get("actions", {}))}
        for category, action in actions.items():
            if category not in CATEGORIES or action not in ACTIONS:
                raise InvalidInput(f"bad policy action {action!r} for category {category!r}")
        allow = frozenset(entity_key(n) for n in data["allow"]) if "allow" in data else policy.allow
        allow |= frozenset(entity_key(n) for n in data.get("allow_extra", ()))
        names = tuple(data.get("recognisers", DEFAULT_RECOGNISERS))
        names = tuple(n for n in names if n not in set(data.get("disable", ())))
        return replace(policy, actions=actions, allow=allow, recognisers=names,
                       residual_warnings=bool(data.get("residual_warnings", True)))

    @classmethod
    def from_yaml(cls, source: str | Path) -> Policy:
        text = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise InvalidInput("policy is not valid YAML") from exc
        if not isinstance(data, dict):
            raise InvalidInput("policy must be a mapping")
        return cls.from_dict(data)
