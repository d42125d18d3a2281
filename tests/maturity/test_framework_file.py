"""Framework files: the shipped ones hold the published structures; a malformed file is refused
with the line at fault."""
from __future__ import annotations

from pathlib import Path

import pytest

from exchange.maturity.framework_file import MAX_FILE_BYTES, parse_framework
from exchange.maturity.frameworks import BUILTIN_DIR
from exchange.maturity.yaml_nodes import FrameworkFileError

MINIMAL = """\
slug: tiny
version: "1"
name: Tiny framework
scale:
  - {level: 1, name: Low}
  - {level: 2, name: High}
groups:
  - code: g
    name: Group
    dimensions:
      - code: d
        name: Dimension
        technologies: [mes_ebr]
        levels: [Paper, Electronic]
        questions: ["How are records kept?"]
"""


def _builtin(name: str):  # type: ignore[no-untyped-def]
    return parse_framework((BUILTIN_DIR / name).read_bytes())


def test_siri_has_three_blocks_eight_pillars_sixteen_dimensions_in_bands_0_to_5() -> None:
    spec = _builtin("siri.yaml")
    assert {d.group_path[0] for d in spec.dimensions} == {"Process", "Technology", "Organisation"}
    assert len({d.group_path[:2] for d in spec.dimensions}) == 8
    assert len(spec.dimensions) == 16
    assert [x.level for x in spec.levels] == [0, 1, 2, 3, 4, 5]
    assert sum(1 for d in spec.dimensions if d.group_path[0] == "Technology") == 9


def test_acatech_has_six_stages_over_four_structural_areas() -> None:
    spec = _builtin("acatech-industrie40.yaml")
    assert [x.name for x in spec.levels] == ["Computerisation", "Connectivity", "Visibility", "Transparency",
                                             "Predictive capacity", "Adaptability"]
    assert [d.group_path[0] for d in spec.dimensions][::2] == ["Resources", "Information systems",
                                                              "Organisational structure", "Culture"]


def test_plant_scale_maps_one_to_one_onto_case_maturity() -> None:
    spec = _builtin("plant-maturity.yaml")
    assert [(x.level, x.plant_level) for x in spec.levels] == [(n, n) for n in range(1, 6)]
    assert [x.name for x in spec.levels][0] == "Pre-digital plant"


@pytest.mark.parametrize("path", sorted(BUILTIN_DIR.glob("*.yaml")), ids=lambda p: p.name)
def test_every_shipped_dimension_names_technologies_from_the_vocabulary(path: Path) -> None:
    spec = parse_framework(path.read_bytes())
    assert all(len(d.descriptors) == len(spec.levels) and d.questions for d in spec.dimensions)


def test_minimal_file_is_accepted_and_hash_ignores_layout() -> None:
    spec = parse_framework(MINIMAL)
    relaid = parse_framework(MINIMAL.replace("levels: [Paper, Electronic]", "levels:\n          - Paper\n"
                                                                             "          - Electronic"))
    assert spec.dimensions[0].descriptors == ("Paper", "Electronic")
    assert spec.content_hash() == relaid.content_hash()


def test_unicode_text_is_kept() -> None:
    spec = parse_framework(MINIMAL.replace("Tiny framework", "Cadre de maturité – numérique ✓"))
    assert spec.name == "Cadre de maturité – numérique ✓"


@pytest.mark.parametrize(("change", "line", "words"), [
    (("name: Dimension", "name: Dimension: two colons"), 12, "not valid YAML"),
    (("        technologies: [mes_ebr]", "        technologies: [teleportation]"), 13, "unknown technology"),
    (("        levels: [Paper, Electronic]", "        levels: [Paper]"), 14, "exactly 2 items, not 1"),
    (("  - {level: 2, name: High}", "  - {level: 3, name: High}"), 6, "count up by one"),
    (("version: \"1\"", "version: \"1\"\ncolour: blue"), 3, "unknown key 'colour'"),
    (("name: Tiny framework", "name: Tiny framework\nname: Again"), 4, "appears twice"),
    (('        questions: ["How are records kept?"]', "        questions: []"), 15, "1 to 20 items, not 0"),
    (("  - code: g\n", "  - code: G G\n"), 8, "must match"),
    (("        name: Dimension", "        name: yes"), 12, "must be text"),
    (("  - {level: 1, name: Low}", "  - {level: 1.5, name: Low}"), 5, "whole number"),
    (("        technologies: [mes_ebr]", "        technologies: mes_ebr"), 13, "must be a list"),
])
def test_malformed_file_is_refused_with_the_line_at_fault(change: tuple[str, str], line: int, words: str) -> None:
    text = MINIMAL.replace(*change)
    assert text != MINIMAL
    with pytest.raises(FrameworkFileError) as caught:
        parse_framework(text)
    assert caught.value.line == line
    assert words in str(caught.value) and str(caught.value).startswith(f"Line {line}:")
    assert caught.value.errors["file"] == str(caught.value)


def test_duplicate_dimension_code_is_refused_at_the_second_one() -> None:
    text = MINIMAL + """      - code: d
        name: Again
        levels: [A, B]
        questions: ["Q?"]
"""
    with pytest.raises(FrameworkFileError, match="used twice") as caught:
        parse_framework(text)
    assert caught.value.line == 16


def test_aliases_are_refused_so_nothing_expands() -> None:
    text = MINIMAL.replace("levels: [Paper, Electronic]", "levels: &l [Paper, Electronic]") + \
        '      - {code: e, name: E, levels: *l, questions: ["Q?"]}\n'
    with pytest.raises(FrameworkFileError, match="aliases"):
        parse_framework(text)


@pytest.mark.parametrize(("data", "words"), [
    (b"", "empty"),
    (b"\xff\xfe\x00bad", "not UTF-8"),
    (b"# " + b"x" * MAX_FILE_BYTES, "larger than"),
    (b"- just\n- a list\n", "must be a mapping"),
    (b"[" * 3_000 + b"]" * 3_000, "nests deeper than 16 levels"),
    (b"[" * (MAX_FILE_BYTES - 1), "nests deeper than 16 levels"),
    (b"slug: a\n---\nslug: b\n", "not valid YAML"),
])
def test_unusable_file_is_refused_with_a_clear_message(data: bytes, words: str) -> None:
    with pytest.raises(FrameworkFileError, match=words):
        parse_framework(data)


def test_plant_level_may_not_go_down() -> None:
    text = MINIMAL.replace("{level: 1, name: Low}", "{level: 1, name: Low, plant_level: 3}").replace(
        "{level: 2, name: High}", "{level: 2, name: High, plant_level: 2}")
    with pytest.raises(FrameworkFileError, match="must not go down") as caught:
        parse_framework(text)
    assert caught.value.line == 6
