"""Sending mail behind one small interface. The development default writes each message to
``DATA_DIR/outbox/`` as an .eml file; a deployment plugs in SMTP by configuration."""
from __future__ import annotations

import smtplib
import time
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Protocol

SENDER = "The Exchange <no-reply@exchange.invalid>"


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> None: ...


class FileMailer:
    def __init__(self, outbox: Path) -> None:
        self.outbox = outbox

    def send(self, to: str, subject: str, body: str) -> None:
        self.outbox.mkdir(parents=True, exist_ok=True)
        name = f"{time.time_ns()}.eml"
        (self.outbox / name).write_bytes(bytes(_message(to, subject, body)))


class SmtpMailer:
    def __init__(self, host: str, port: int = 25) -> None:
        self.host, self.port = host, port

    def send(self, to: str, subject: str, body: str) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=10) as smtp:
            smtp.send_message(_message(to, subject, body))


def _message(to: str, subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = SENDER, to, subject
    message.set_content(body)
    return message


def mailer_from_config(config: dict[str, Any]) -> Mailer:
    if config.get("SMTP_HOST"):
        return SmtpMailer(str(config["SMTP_HOST"]), int(config.get("SMTP_PORT") or 25))
    return FileMailer(Path(config["DATA_DIR"]) / "outbox")
