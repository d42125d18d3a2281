"""Forms of the benchmark pages: filters (GET, no state change), comparison and KPI entry (CSRF)."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import DateField, DecimalField, Form, HiddenField, SelectField, StringField
from wtforms.validators import DataRequired, Optional

from exchange.benchmarks.catalogue import METRICS
from exchange.domain.roles import OrganisationKind, SizeBand
from exchange.domain.vocabulary import SEGMENTS, SITE_TYPES, TECHNOLOGIES

ANY = {"": "Any"}


def _metric_choices() -> dict[str, str]:
    return {code: m.label for code, m in METRICS.items()}


class FilterForm(Form):
    """Read from the query string; a bad value is refused by the service with a 400."""

    metric = SelectField("Metric", choices=_metric_choices(), default="oee_pct", validate_choice=False)
    segment = SelectField("Segment", choices={**ANY, **SEGMENTS}, validate_choice=False)
    technology = SelectField("Technology", choices={**ANY, **TECHNOLOGIES}, validate_choice=False)
    organisation_kind = SelectField("Organisation kind", choices={**ANY, **{k.value: k.value for k in OrganisationKind}},
                                    validate_choice=False)
    size_band = SelectField("Size", choices={**ANY, **{s.value: s.value for s in SizeBand}}, validate_choice=False)
    site_type = SelectField("Site type", choices={**ANY, **SITE_TYPES}, validate_choice=False)


class CompareForm(FlaskForm):
    metric = SelectField("Metric", choices=_metric_choices(), validators=[DataRequired()])
    value = DecimalField("Your value", validators=[DataRequired(message="Enter your value.")])
    segment = SelectField("Compare with segment", choices={**ANY, **SEGMENTS})
    organisation_kind = SelectField("Organisation kind", choices={**ANY, **{k.value: k.value for k in OrganisationKind}})
    size_band = SelectField("Size", choices={**ANY, **{s.value: s.value for s in SizeBand}})
    site_type = SelectField("Site type", choices={**ANY, **SITE_TYPES}, validators=[Optional()])


class PeerGroupForm(FlaskForm):
    """Save a set of structural filters under a name (checked again by the domain)."""

    name = StringField("Name of the peer group", validators=[DataRequired(message="Give the peer group a name.")])
    segment = SelectField("Segment", choices={**ANY, **SEGMENTS})
    organisation_kind = SelectField("Organisation kind", choices={**ANY, **{k.value: k.value for k in OrganisationKind}})
    size_band = SelectField("Size", choices={**ANY, **{s.value: s.value for s in SizeBand}})
    site_type = SelectField("Site type", choices={**ANY, **SITE_TYPES}, validators=[Optional()])
    metric = HiddenField()  # where to go back to after saving


class DeleteForm(FlaskForm):
    """CSRF only."""


class KpiForm(FlaskForm):
    """CSRF and the period; the figures themselves are read by name (``<metric>-<phase>``)."""

    period_end = DateField("The figures describe the period ending", validators=[Optional()])
    site_type = SelectField("The site the figures describe", choices={"": "—", **SITE_TYPES}, validators=[Optional()])
