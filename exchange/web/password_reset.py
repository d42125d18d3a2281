"""Forgotten password pages: ask for a link, follow it, set a new password.

The token from the mailed link is moved into the (signed) session at once and the browser is sent
to a URL without it, so it does not linger in history, referrers or later access-log lines."""
from __future__ import annotations

import time
from datetime import timedelta

from flask import Blueprint, current_app, flash, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from exchange.domain import password_reset
from exchange.domain.errors import ValidationFailed
from exchange.domain.password_reset import InvalidResetToken
from exchange.mail import mailer_from_config
from exchange.web.extensions import db_session, limiter
from exchange.web.forms import NewPasswordForm, PasswordResetRequestForm

bp = Blueprint("password_reset", __name__, url_prefix="/password-reset")
_SESSION_KEY = "password_reset_token"
NEUTRAL_ANSWER = ("If an account uses that address, we have sent it a link to set a new password. "
                  "The link works once, for {minutes} minutes. Check your inbox and spam folder.")


@bp.after_request
def _never_cached(response: Response) -> Response:
    """These pages name an account and act on a live token: no cache may keep them."""
    response.headers["Cache-Control"] = "no-store"
    return response


def _address_limit() -> str:
    return str(current_app.config["PASSWORD_RESET_RATE_LIMIT"])


def _email_limit() -> str:
    return str(current_app.config["PASSWORD_RESET_EMAIL_RATE_LIMIT"])


def _signin_limit() -> str:
    return str(current_app.config["SIGNIN_RATE_LIMIT"])


def _target_email() -> str:
    return "reset-email:" + request.form.get("email", "").strip().lower()[:254]


def _lifetime() -> timedelta:
    return timedelta(minutes=int(current_app.config["PASSWORD_RESET_LIFETIME_MINUTES"]))


@bp.route("", methods=["GET", "POST"])
@limiter.limit(_address_limit, methods=["POST"])
@limiter.limit(_email_limit, key_func=_target_email, methods=["POST"])
def request_link() -> str | tuple[str, int]:
    form = PasswordResetRequestForm()
    minutes = int(current_app.config["PASSWORD_RESET_LIFETIME_MINUTES"])
    if not form.validate_on_submit():
        return render_template("auth/reset_request.html", form=form), 400 if form.is_submitted() else 200
    started = time.monotonic()
    db = db_session()
    reset = password_reset.request_reset(db, current_app.config["SECRET_KEY"], form.email.data or "")
    if reset is not None:
        db.commit()
        link = url_for("password_reset.follow", token=reset.token, _external=True)
        mailer_from_config(current_app.config).send(
            reset.email, "Set a new password for the Exchange",
            f"Someone (we hope you) asked to set a new password for your Exchange account.\n\n"
            f"Follow this link within {minutes} minutes to choose one; it works once:\n\n{link}\n\n"
            "If you did not ask, ignore this message: your password stays as it is.")
    _pad_to(started, float(current_app.config["PASSWORD_RESET_MIN_SECONDS"]))
    return render_template("auth/reset_requested.html", message=NEUTRAL_ANSWER.format(minutes=minutes))


def _pad_to(started: float, floor: float) -> None:
    """Answer no sooner than ``floor`` seconds after ``started``, known address or not."""
    remaining = floor - (time.monotonic() - started)
    if remaining > 0:
        time.sleep(remaining)


@bp.get("/<token>")
def follow(token: str) -> Response:
    session[_SESSION_KEY] = token[: password_reset.MAX_TOKEN_LENGTH + 1]
    return redirect(url_for("password_reset.choose"))


@bp.route("/new", methods=["GET", "POST"])
@limiter.limit(_signin_limit, methods=["POST"])
def choose() -> str | tuple[str, int] | Response:
    token = str(session.get(_SESSION_KEY, ""))
    secret = current_app.config["SECRET_KEY"]
    db = db_session()
    try:
        user = password_reset.user_for_token(db, secret, token, lifetime=_lifetime())
    except InvalidResetToken as exc:
        session.pop(_SESSION_KEY, None)
        return render_template("auth/reset_invalid.html", message=str(exc)), 400
    form = NewPasswordForm()
    status = 200
    if form.validate_on_submit():
        try:
            done = password_reset.reset_password(db, secret, token, form.password.data or "", lifetime=_lifetime())
        except InvalidResetToken as exc:
            session.pop(_SESSION_KEY, None)
            return render_template("auth/reset_invalid.html", message=str(exc)), 400
        except ValidationFailed as exc:
            form.password.errors = list(exc.errors.values()) or [str(exc)]
            status = 400
        else:
            db.commit()
            session.pop(_SESSION_KEY, None)
            revoked = (f" Your {done.revoked_tokens} API token{'s were' if done.revoked_tokens > 1 else ' was'} "
                       "revoked with it: create new ones for your scripts." if done.revoked_tokens else "")
            mailer_from_config(current_app.config).send(
                done.user.email, "Your Exchange password was changed",
                "The password of your Exchange account was just changed with a reset link, and every "
                f"session signed in with the old one was signed out.{revoked} If this was not you, tell "
                "your organisation's administrator now.")
            flash("Your password is set. Sign in with it." + revoked)
            return redirect(url_for("auth.login"))
    elif form.is_submitted():
        status = 400
    return render_template("auth/reset_choose.html", form=form, email=user.email), status
