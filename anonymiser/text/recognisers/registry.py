"""The recognisers by name. A deployment picks and orders them with ``Policy.recognisers``."""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import import_module

from anonymiser.errors import InvalidInput
from anonymiser.text.recognisers.base import Recogniser

MODULES: dict[str, str] = {
    "declared_terms": "declared",
    "learned_aliases": "learned_aliases",
    "email": "email",
    "url": "url",
    "phone": "phone",
    "phone_extension": "phone_extension",
    "phone_vanity": "phone_vanity",
    "spoken_contact": "spoken_contact",
    "ip_address": "ip_address",
    "handle": "handle",
    "organisation_suffix": "organisation_suffix",
    "organisation_gazetteer": "organisation_gazetteer",
    "allow_listed": "allow_listed",
    "organisation_context": "organisation_context",
    "organisation_institution": "organisation_institution",
    "person": "person",
    "given_name_alone": "given_name_alone",
    "lower_case_name": "lower_case_name",
    "initialled_header": "initialled_header",
    "nickname_cue": "nickname_cue",
    "self_introduction": "self_introduction",
    "spoken_name": "spoken_name",
    "spoken_organisation": "spoken_organisation",
    "surname_first": "surname_first",
    "login_name": "login_name",
    "speaker_label": "speaker_label",
    "initials_actor": "initials_actor",
    "unfamiliar_name": "unfamiliar_name",
    "word_as_name": "word_as_name",
    "table_column": "table_column",
    "code_column": "code_column",
    "staff_number": "staff_number",
    "money_column": "money_column",
    "person_model": "person_model",
    "code_model": "code_model",
    "ocr_name": "ocr_name",
    "ocr_code": "ocr_code",
    "other_script": "other_script",
    "uk_place": "uk_place",
    "place_context": "place_context",
    "postcode": "postcode",
    "address": "address",
    "address_abroad": "address_abroad",
    "compound_code": "compound_code",
    "project_name": "project_name",
    "code_name_capitals": "code_name_capitals",
    "drug_brand": "drug_brand",
    "product_context": "product_context",
    "misheard_product": "misheard_product",
    "document_id": "document_id",
    "tag_code": "tag_code",
    "batch_number": "batch_number",
    "reference_number": "reference_number",
    "numbered_field": "numbered_field",
    "vehicle_registration": "vehicle_registration",
    "signature_field": "signature_field",
    "directory_name": "directory_name",
    "identifier_list": "identifier_list",
    "structured_code": "structured_code",
    "serial_number": "serial_number",
    "separated_code": "separated_code",
    "spoken_code": "spoken_code",
    "gs1_string": "gs1_string",
    "gtin": "gtin",
    "licence_number": "licence_number",
    "mac_address": "mac_address",
    "patent": "patent",
    "money": "money",
    "date": "date",
    "misheard_name": "misheard_name",
    "show_name": "show_name",
    "spoken_date": "spoken_date",
    "quantity": "quantity",
}


@cache  # the engine builds the list for every document: one import look-up per name, not per call
def get(name: str) -> Recogniser:
    if name not in MODULES:
        raise InvalidInput(f"unknown recogniser {name!r}")
    module = import_module(f"anonymiser.text.recognisers.{MODULES[name]}")
    recogniser: Recogniser = module.RECOGNISER
    return recogniser


def build(names: Sequence[str]) -> list[Recogniser]:
    """The recognisers named, in order; an unknown name is an ``InvalidInput``."""
    return [get(name) for name in names]
