"""Flask-WTF forms of the dataset pages (CSRF on each); the roles come as one select per column."""
from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from exchange.datasets.service import MAX_K, MAX_L
from exchange.domain.vocabulary import SEGMENTS


class DatasetForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=200)])
    summary = TextAreaField("What the table holds", validators=[Optional(), Length(max=2000)])
    segment = SelectField("Product segment", choices={"": "—", **SEGMENTS})
    file = FileField("The table (CSV or XLSX, up to 5 MB)", validators=[FileRequired("Choose a CSV or XLSX file.")])
    sensitive_terms = TextAreaField(
        "Sensitive terms (one per line): company names, sites, products, people, client codes",
        validators=[Optional(), Length(max=40_000)],
    )


class KpisForm(FlaskForm):
    """The metric per measure column comes as one select per column (``metric-<i>``)."""

    period = StringField("The column that dates each row", validators=[Optional(), Length(max=2000)])
    granularity = SelectField("One value per", choices={"month": "month", "quarter": "quarter"},
                              default="month")


class RolesForm(FlaskForm):
    k = IntegerField("k: every published row shares its quasi-identifiers with at least k − 1 others",
                     default=5, validators=[DataRequired(), NumberRange(2, MAX_K)])
    l = IntegerField("l: each such group holds at least l distinct values of every sensitive column",  # noqa: E741
                     default=2, validators=[DataRequired(), NumberRange(1, MAX_L)])
