"""Flask-WTF forms of the maturity pages (CSRF on every form)."""
from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired, FileSize
from wtforms import RadioField, SelectField
from wtforms.validators import InputRequired

from exchange.maturity.assessments import PreviousAnswers
from exchange.maturity.framework_file import MAX_FILE_BYTES
from exchange.maturity.scoring import DEFAULT_PRIORITY, PRIORITIES, AssessmentInput
from exchange.maturity.views import FrameworkView


class FrameworkUploadForm(FlaskForm):
    file = FileField("Framework file (YAML)", validators=[
        FileRequired("Choose a framework file."),
        FileAllowed(["yaml", "yml"], "The framework must be a .yaml or .yml file."),
        FileSize(MAX_FILE_BYTES, message=f"The file is larger than {MAX_FILE_BYTES // 1024} KiB."),
    ])


def assessment_form(framework: FrameworkView, previous: PreviousAnswers | None) -> FlaskForm:
    """A form with one radio group per question and a target and priority per dimension."""
    levels = {str(x.level): f"{x.level} · {x.name}" for x in framework.levels}
    attrs: dict[str, object] = {}
    for dim in framework.dimensions:
        options = {str(x.level): f"{x.level} · {d}" for x, d in zip(framework.levels, dim.descriptors, strict=True)}
        for q in dim.questions:
            attrs[f"q_{q.id}"] = RadioField(q.text, choices=options, validators=[InputRequired("Choose a level.")])
        attrs[f"target_{dim.code}"] = SelectField("Target level", choices=levels,
                                                  validators=[InputRequired("Choose a target level.")])
        attrs[f"priority_{dim.code}"] = SelectField("Priority", choices={str(k): v for k, v in PRIORITIES.items()},
                                                    default=str(DEFAULT_PRIORITY))
    form_class = type("AssessmentForm", (FlaskForm,), attrs)
    form: FlaskForm = form_class(data=_prefill(framework, previous))
    return form


def _prefill(framework: FrameworkView, previous: PreviousAnswers | None) -> dict[str, str]:
    if previous is None:
        return {}
    data = {f"q_{qid}": str(level) for qid, level in previous.answers.items()}
    for dim in framework.dimensions:
        if dim.code in previous.targets:
            data[f"target_{dim.code}"] = str(previous.targets[dim.code])
            data[f"priority_{dim.code}"] = str(previous.priorities[dim.code])
    return data


def assessment_input(framework: FrameworkView, form: FlaskForm) -> AssessmentInput:
    """The typed input of a submitted form (levels as whole numbers; the service checks ranges)."""
    def value(name: str) -> int | None:
        data = form[name].data
        return int(data) if isinstance(data, str) and data.lstrip("-").isdigit() else None

    answers = {q.id: value(f"q_{q.id}") for d in framework.dimensions for q in d.questions}
    targets = {d.code: value(f"target_{d.code}") for d in framework.dimensions}
    priorities = {d.code: value(f"priority_{d.code}") for d in framework.dimensions}
    return AssessmentInput(framework.id, {k: v for k, v in answers.items() if v is not None},
                           {k: v for k, v in targets.items() if v is not None},
                           {k: v for k, v in priorities.items() if v is not None})
