from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required, login_user, logout_user
from werkzeug.wrappers import Response

from exchange.domain import accounts
from exchange.domain.errors import AccountLocked, AuthenticationFailed, ValidationFailed
from exchange.mail import mailer_from_config
from exchange.web.extensions import db_session, limiter
from exchange.web.forms import AcceptInvitationForm, SignInForm
from exchange.web.security import SignedInUser

bp = Blueprint("auth", __name__)


def _signin_limit() -> str:
    return str(current_app.config["SIGNIN_RATE_LIMIT"])


@bp.route("/sign-in", methods=["GET", "POST"])
@limiter.limit(_signin_limit, methods=["POST"])
def login() -> str | Response:
    form = SignInForm()
    if form.validate_on_submit():
        session = db_session()
        try:
            user = accounts.authenticate(session, form.email.data or "", form.password.data or "")
        except AuthenticationFailed as exc:
            session.commit()  # keep the failed-attempt count and any lockout
            if isinstance(exc, AccountLocked):
                _tell_owner_of_lockout(exc)
            form.password.errors = [str(exc)]
            return render_template("auth/login.html", form=form), 401
        session.commit()
        login_user(SignedInUser(user))
        return redirect(safe_next(request.args.get("next")))
    return render_template("auth/login.html", form=form)


def _tell_owner_of_lockout(exc: AccountLocked) -> None:
    mailer_from_config(current_app.config).send(
        exc.email, "Your Exchange account was locked",
        "After repeated failed sign-ins your account is locked for 15 minutes. If this was not you, "
        "tell your organisation's administrator: someone may be guessing your password.")


def safe_next(target: str | None) -> str:
    """Only same-site paths: never an open redirect."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc:
            return target
    return url_for("main.home")


@bp.post("/sign-out")
@login_required
def logout() -> Response:
    logout_user()
    flash("You are signed out.")
    return redirect(url_for("main.home"))


@bp.route("/invitations/<token>", methods=["GET", "POST"])
def accept_invitation(token: str) -> str | Response:
    session = db_session()
    invitation = accounts.find_invitation(session, token)
    form = AcceptInvitationForm()
    if form.validate_on_submit():
        try:
            user = accounts.accept_invitation(session, token, form.name.data or "", form.password.data or "")
        except ValidationFailed as exc:
            form.password.errors = list(exc.errors.values()) or [str(exc)]
        else:
            session.commit()
            login_user(SignedInUser(user))
            flash("Welcome to the Exchange.")
            return redirect(url_for("main.home"))
    return render_template("auth/accept_invitation.html", form=form, email=invitation.email)
