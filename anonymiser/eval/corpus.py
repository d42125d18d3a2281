"""Reading the annotated corpus: a header (``style:``, ``terms:``), ``---``, then text with gold spans
written inline as ``[[category:text]]``. ``self`` marks the contributor's own organisation.

``split: heldout`` marks texts written after the recognisers were last tuned and never used to tune
them: their figures are the honest estimate of how the anonymiser does on unseen text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from anonymiser.errors import InvalidInput

GOLD_CATEGORIES = ("self", "org", "person", "place", "product", "identifier", "contact", "money", "date", "quantity")
_TAG = re.compile(r"\[\[(?P<cat>[a-z]+):(?P<text>[^\]]+)\]\]")


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    category: str
    text: str


@dataclass(frozen=True)
class Case:
    name: str
    style: str
    split: str
    terms: tuple[str, ...]
    text: str
    gold: tuple[Gold, ...]


def parse(name: str, raw: str) -> Case:
    header, sep, body = raw.partition("\n---\n")
    if not sep:
        raise InvalidInput(f"{name}: missing '---' after the header")
    meta = dict(line.split(":", 1) for line in header.splitlines() if ":" in line)
    terms = tuple(t.strip() for t in meta.get("terms", "").split(";") if t.strip())
    text, gold = _strip_tags(name, body)
    return Case(name, meta.get("style", "").strip(), meta.get("split", "dev").strip(), terms, text, gold)


def _strip_tags(name: str, body: str) -> tuple[str, tuple[Gold, ...]]:
    out: list[str] = []
    gold: list[Gold] = []
    cursor = length = 0
    for m in _TAG.finditer(body):
        if m.group("cat") not in GOLD_CATEGORIES:
            raise InvalidInput(f"{name}: unknown gold category {m.group('cat')!r}")
        out.append(body[cursor:m.start()])
        length += m.start() - cursor
        gold.append(Gold(length, length + len(m.group("text")), m.group("cat"), m.group("text")))
        out.append(m.group("text"))
        length += len(m.group("text"))
        cursor = m.end()
    out.append(body[cursor:])
    return "".join(out), tuple(gold)


def load() -> list[Case]:
    folder = resources.files(__package__).joinpath("corpus")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".txt")), key=lambda f: f.name)
    return [parse(f.name, f.read_text(encoding="utf-8")) for f in files]
