"""Walking a composed YAML node tree with line numbers: every refusal names the line at fault."""
from __future__ import annotations

import re

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from exchange.domain.errors import ValidationFailed

INT_TAG = "tag:yaml.org,2002:int"
NOT_TEXT_TAGS = ("tag:yaml.org,2002:null", "tag:yaml.org,2002:bool")
_INT = re.compile(r"[-+]?[0-9]+")
MAX_DEPTH = 16


class FrameworkFileError(ValidationFailed):
    """A framework file was refused; ``line`` is 1-based, or ``None`` when no line is at fault."""

    def __init__(self, message: str, line: int | None = None) -> None:
        text = f"Line {line}: {message}" if line else message
        super().__init__(text, {"file": text})
        self.line = line


def line_of(node: Node) -> int:
    return node.start_mark.line + 1


def _check_depth(text: str) -> None:
    """Stream the events first: refuse deep nesting before the (recursive) composer sees it."""
    depth = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise FrameworkFileError(f"the file nests deeper than {MAX_DEPTH} levels",
                                         event.start_mark.line + 1)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def compose(text: str) -> Node:
    """The node tree of one YAML document; syntax errors carry PyYAML's mark."""
    try:
        _check_depth(text)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "not valid YAML"
        raise FrameworkFileError(f"not valid YAML: {problem}", mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise FrameworkFileError(f"not valid YAML: {type(exc).__name__}") from None
    if node is None:
        raise FrameworkFileError("the file is empty")
    return node


class Walker:
    """Typed accessors over nodes. A node met twice is an alias: refused (no expansion bombs)."""

    def __init__(self) -> None:
        self._seen: set[int] = set()

    def _visit(self, node: Node) -> None:
        if id(node) in self._seen:
            raise FrameworkFileError("anchors and aliases are not allowed", line_of(node))
        self._seen.add(id(node))

    def mapping(self, node: Node, what: str, allowed: set[str], required: set[str]) -> dict[str, Node]:
        self._visit(node)
        if not isinstance(node, MappingNode):
            raise FrameworkFileError(f"{what} must be a mapping of keys to values", line_of(node))
        out: dict[str, Node] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, ScalarNode) else None
            if name is None or name not in allowed:
                raise FrameworkFileError(f"unknown key {str(name)[:40]!r} in {what} (allowed: "
                                         f"{', '.join(sorted(allowed))})", line_of(key))
            if name in out:
                raise FrameworkFileError(f"key {name!r} appears twice in {what}", line_of(key))
            out[name] = value
        missing = sorted(required - out.keys())
        if missing:
            raise FrameworkFileError(f"{what} lacks {', '.join(missing)}", line_of(node))
        return out

    def sequence(self, node: Node, what: str, minimum: int, maximum: int) -> list[Node]:
        self._visit(node)
        if not isinstance(node, SequenceNode):
            raise FrameworkFileError(f"{what} must be a list", line_of(node))
        if not minimum <= len(node.value) <= maximum:
            expected = f"exactly {minimum}" if minimum == maximum else f"{minimum} to {maximum}"
            raise FrameworkFileError(f"{what} must have {expected} items, not {len(node.value)}", line_of(node))
        return list(node.value)

    def text(self, node: Node, what: str, max_length: int, *, pattern: re.Pattern[str] | None = None) -> str:
        self._visit(node)
        if not isinstance(node, ScalarNode) or node.tag in NOT_TEXT_TAGS:
            raise FrameworkFileError(f"{what} must be text (quote it if it reads as yes/no or null)",
                                     line_of(node))
        value = str(node.value).strip()
        if not value or len(value) > max_length:
            raise FrameworkFileError(f"{what} must be 1 to {max_length} characters", line_of(node))
        if pattern is not None and not pattern.fullmatch(value):
            raise FrameworkFileError(f"{what} {value[:40]!r} must match {pattern.pattern}", line_of(node))
        return value

    def integer(self, node: Node, what: str, low: int, high: int) -> int:
        self._visit(node)
        if not isinstance(node, ScalarNode) or node.tag != INT_TAG or not _INT.fullmatch(node.value):
            raise FrameworkFileError(f"{what} must be a whole number", line_of(node))
        value = int(node.value)
        if not low <= value <= high:
            raise FrameworkFileError(f"{what} must be between {low} and {high}, not {value}", line_of(node))
        return value
