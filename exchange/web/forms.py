"""Flask-WTF forms: CSRF on every form; field validation at the edge."""
from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    EmailField,
    PasswordField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
    widgets,
)
from wtforms.validators import DataRequired, EqualTo, Length, Optional

from exchange.domain.roles import UK_REGIONS, OrganisationKind, Role, SizeBand
from exchange.domain.vocabulary import BARRIERS, MATURITY_LEVELS, SEGMENTS, TECHNOLOGIES


class MultiCheckboxField(SelectMultipleField):
    widget = widgets.ListWidget(prefix_label=False)
    option_widget = widgets.CheckboxInput()


def _maturity_choices() -> dict[str, str]:
    return {"": "Not stated", **{str(k): f"{k} – {v}" for k, v in MATURITY_LEVELS.items()}}


def _values(values: object) -> dict[str, str]:
    return {str(v): str(v) for v in values}  # type: ignore[attr-defined]


class SignInForm(FlaskForm):
    email = EmailField("E-mail", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)])


class AcceptInvitationForm(FlaskForm):
    name = StringField("Your name", validators=[DataRequired(), Length(max=200)])
    password = PasswordField("Choose a password", validators=[DataRequired(), Length(min=12, max=1024)])
    confirm = PasswordField("Repeat it", validators=[EqualTo("password", message="The passwords differ.")])


class PasswordResetRequestForm(FlaskForm):
    email = EmailField("Your account's e-mail address", validators=[DataRequired(), Length(max=254)])


class NewPasswordForm(FlaskForm):
    password = PasswordField("New password (at least 12 characters)",
                             validators=[DataRequired(), Length(min=12, max=1024)])
    confirm = PasswordField("Repeat it", validators=[EqualTo("password", message="The passwords differ.")])


class EraseRawForm(FlaskForm):
    confirm = BooleanField("I understand that the original text will be erased for good: nobody, "
                           "my organisation included, can ever read or recover it again.")


class OrganisationForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(min=2, max=200)])
    kind = SelectField("Kind", choices=_values(OrganisationKind))
    size_band = SelectField("Size", choices=_values(SizeBand))
    region = SelectField("UK region", choices={"": "—", **_values(UK_REGIONS)})


class InvitationForm(FlaskForm):
    email = EmailField("E-mail", validators=[DataRequired(), Length(max=254)])
    organisation = SelectField("Organisation", coerce=int)
    role = SelectField("Role", choices=_values(Role))


class CaseStudyForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=200)])
    summary = TextAreaField("Summary", validators=[Optional(), Length(max=2000)])
    body = TextAreaField("The story: challenge, solution, implementation, results",
                         validators=[Optional(), Length(max=200_000)])
    lessons = TextAreaField("Lessons learned, including what did not work",
                            validators=[Optional(), Length(max=50_000)])
    segment = SelectField("Product segment", choices={"": "—", **SEGMENTS})
    technologies = MultiCheckboxField("Technologies", choices=dict(TECHNOLOGIES))
    barriers = MultiCheckboxField("Barriers faced", choices=dict(BARRIERS))
    maturity_before = SelectField("Digital maturity before", choices=_maturity_choices())
    maturity_after = SelectField("Digital maturity after", choices=_maturity_choices())
    story_file = FileField("Or upload the story (DOCX, PDF, Markdown or text; its text replaces the story above)")
    sensitive_terms = TextAreaField(
        "Sensitive terms (one per line): names, sites, products, people, code names",
        validators=[Optional(), Length(max=40_000)],
    )


class CommentForm(FlaskForm):
    """The CSRF-protected form behind every action button; the comment is optional."""

    comment = TextAreaField("Comment", validators=[Optional(), Length(max=5000)])


class CollectionForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(min=3, max=200)])
    description = TextAreaField("Description", validators=[Optional(), Length(max=5000)])


class MessageForm(FlaskForm):
    body = TextAreaField("Message", validators=[DataRequired(), Length(max=5000)])


class ApiTokenForm(FlaskForm):
    name = StringField("Name (what the token is for)", validators=[DataRequired(), Length(max=100)])
    scope = SelectField("Scope")


DIGEST_CHOICES = {"none": "No e-mail", "daily": "Daily e-mail", "weekly": "Weekly e-mail"}


class SaveSearchForm(FlaskForm):
    """The search itself (q, sort, facet filters) travels in hidden fields read by the view."""
    name = StringField("Name", validators=[Optional(), Length(max=100)])
    frequency = SelectField("E-mail me new matches", choices=DIGEST_CHOICES)


class DigestFrequencyForm(FlaskForm):
    frequency = SelectField("E-mail", choices=DIGEST_CHOICES)
