import random
from pathlib import Path

import pytest

from anonymiser.tabular import PrivacyUnreachable, Role, anonymise_table
from tests.anonymiser.tabular.privacy_check import k_and_l, read_output
from tests.anonymiser.tabular.tables import QUASI, SENSITIVE, kpi_rows


def publish(tmp_path: Path, rows: list[list[str]], **kwargs: object) -> Path:
    out = tmp_path / "out.csv"
    anonymise_table(rows, **kwargs).write_csv(out)  # type: ignore[arg-type]
    return out


@pytest.mark.parametrize(("n", "seed", "k", "l"), [
    (40, 1, 2, 2), (300, 2, 5, 2), (1000, 3, 5, 3), (500, 4, 10, 2), (250, 5, 5, 1), (5, 6, 5, 1),
])
def test_random_tables_are_k_anonymous_and_l_diverse_in_the_output_file(
    tmp_path: Path, n: int, seed: int, k: int, l: int
) -> None:
    out = publish(tmp_path, kpi_rows(n, seed), k=k, l=l)
    k_seen, l_seen = k_and_l(out, QUASI, SENSITIVE)
    assert k_seen is not None and k_seen >= k
    assert l_seen["Deviation class"] >= l


def test_identifiers_do_not_reach_the_output(tmp_path: Path) -> None:
    rows = kpi_rows(100, 7)
    out = publish(tmp_path, rows)
    header, published = read_output(out)
    assert "Batch ID" not in header
    ids = {r[0] for r in rows[1:]}
    assert not any(cell in ids for row in published for cell in row.values())


def test_all_unique_rows_are_generalised_to_k(tmp_path: Path) -> None:
    rows = [["Batch size", "Batch date", "Result"]]
    rows += [[str(i), f"2024-01-{(i % 28) + 1:02d}", ("pass", "fail")[i % 2]] for i in range(1, 51)]
    out = publish(tmp_path, rows, roles={"Batch size": "quasi", "Result": "sensitive"}, k=5, l=2)
    k_seen, l_seen = k_and_l(out, ["Batch size", "Batch date"], ["Result"])
    assert k_seen is not None and k_seen >= 5 and l_seen["Result"] >= 2


def test_single_dominant_sensitive_value_still_gets_l_diversity(tmp_path: Path) -> None:
    rows = kpi_rows(400, 8, classes=("none",) * 97 + ("major", "minor", "critical"))
    rows[1][7], rows[2][7] = "major", "minor"  # make sure at least two values exist
    out = publish(tmp_path, rows, k=5, l=2)
    k_seen, l_seen = k_and_l(out, QUASI, SENSITIVE)
    assert k_seen is not None and k_seen >= 5 and l_seen["Deviation class"] >= 2


@pytest.mark.parametrize("n", [1, 2, 4])
def test_table_smaller_than_k_is_refused(n: int) -> None:
    with pytest.raises(PrivacyUnreachable, match="k=5 needs at least 5 rows"):
        anonymise_table(kpi_rows(n, 9), k=5)


def test_table_smaller_than_k_can_be_fully_suppressed(tmp_path: Path) -> None:
    result = anonymise_table(kpi_rows(3, 10), k=5, on_impossible="suppress")
    assert result.n_rows == 0
    assert result.report.fully_suppressed and result.report.records_suppressed == 3
    result.write_csv(tmp_path / "out.csv")
    assert read_output(tmp_path / "out.csv")[1] == []


def test_single_sensitive_value_cannot_be_l_diverse() -> None:
    with pytest.raises(PrivacyUnreachable, match="distinct values"):
        anonymise_table(kpi_rows(50, 11, classes=("none",)), k=5, l=2)


def test_identical_rows_form_one_class(tmp_path: Path) -> None:
    rows = [["Site", "Result"]] + [["Speke", ("pass", "fail")[i % 2]] for i in range(12)]
    out = publish(tmp_path, rows, roles={"Site": "quasi", "Result": "sensitive"}, k=5, l=2)
    _, published = read_output(out)
    assert {r["Site"] for r in published} == {"Speke"}


def test_table_without_quasi_identifiers_is_one_class(tmp_path: Path) -> None:
    rows = [["OEE (%)", "Result"]] + [[str(i), ("a", "b")[i % 2]] for i in range(10)]
    result = anonymise_table(rows, roles={"Result": "sensitive"}, k=5)
    assert result.report.equivalence_classes == 1
    assert any("no quasi-identifier" in w for w in result.report.warnings)


def test_outliers_are_suppressed_within_budget(tmp_path: Path) -> None:
    rnd = random.Random(12)
    rows = [["Batch size", "Result"]] + [[str(rnd.randint(100, 200)), rnd.choice("ab")] for _ in range(200)]
    rows += [["99999", "a"], ["88888", "b"], ["-77777", "a"]]
    result = anonymise_table(rows, roles={"Batch size": "quasi", "Result": "sensitive"}, k=5, suppression_budget=0.05)
    assert result.report.records_suppressed == 3
    assert not {"99999", "88888", "-77777"} & {c for c in result.columns[0]}
    widths = [cell for cell in result.columns[0] if "99999" in cell]
    assert widths == []


def test_suppression_never_exceeds_the_budget() -> None:
    rows = [["Batch size", "Result"]] + [[str(i), "ab"[i % 2]] for i in range(100)]
    rows += [[str(10**6 + i), "ab"[i % 2]] for i in range(30)]  # 30 outliers, budget allows 6
    result = anonymise_table(rows, roles={"Batch size": "quasi", "Result": "sensitive"}, suppression_budget=0.05)
    assert result.report.records_suppressed <= int(0.05 * 130)


def test_zero_budget_suppresses_nothing() -> None:
    rows = [["Batch size", "Result"]] + [[str(i), "ab"[i % 2]] for i in range(50)] + [["99999", "a"]]
    result = anonymise_table(rows, roles={"Batch size": "quasi", "Result": "sensitive"}, suppression_budget=0.0)
    assert result.report.records_suppressed == 0 and result.n_rows == 51


def test_site_generalises_to_region_through_the_hierarchy() -> None:
    rows = kpi_rows(200, 13)
    result = anonymise_table(rows, roles={"Line": "quasi"}, k=10)
    report = result.report.columns
    assert report["Line"].hierarchy == ("Site", "Region")
    site_cells = {part for cell in result.columns[result.header.index("Site")] for part in cell.split(" | ")}
    assert site_cells <= {"Speke", "Macclesfield", "Blakeney Castle", "Ware", "Ulverston", "Cramlington",
                          "North West", "North East", "South East", "*"}


def test_declared_value_hierarchy_is_used() -> None:
    rows = [["Product", "Result"]] + [[p, "ab"[i % 2]] for i, p in enumerate(["Tablet A", "Tablet B", "Vial C", "Vial D"] * 3)]
    hierarchy = {"Tablet A": ["oral solid dose"], "Tablet B": ["oral solid dose"], "Vial C": ["sterile"], "Vial D": ["sterile"]}
    result = anonymise_table(rows, roles={"Product": "quasi", "Result": "sensitive"}, k=6, l=2,
                             hierarchies={"Product": hierarchy})
    assert set(result.columns[0]) == {"oral solid dose", "sterile"}


def test_report_carries_risk_and_class_distribution() -> None:
    result = anonymise_table(kpi_rows(300, 14), k=5)
    report = result.report
    assert report.k_achieved is not None and report.risk_highest == pytest.approx(1 / report.k_achieved)
    assert 0 < report.risk_average <= report.risk_highest
    assert sum(report.size_distribution.values()) == report.equivalence_classes
    assert 0.0 <= report.information_loss_ncp <= 1.0
    assert report.columns["Batch ID"].suggested == Role.IDENTIFIER.value


def test_unicode_values_survive_generalisation(tmp_path: Path) -> None:
    rows = [["Site", "Résultat"]] + [[s, "çà"[i % 2]] for i, s in enumerate(["Zürich", "Łódź", "東京"] * 4)]
    out = publish(tmp_path, rows, roles={"Site": "quasi", "Résultat": "sensitive"}, k=4, l=2)
    k_seen, l_seen = k_and_l(out, ["Site"], ["Résultat"])
    assert k_seen is not None and k_seen >= 4 and l_seen["Résultat"] == 2


@pytest.mark.parametrize("kwargs", [{"k": 0}, {"l": 0}, {"suppression_budget": 1.5}, {"on_impossible": "ignore"}])
def test_nonsense_parameters_are_refused(kwargs: dict[str, object]) -> None:
    from anonymiser.errors import InvalidInput

    with pytest.raises(InvalidInput):
        anonymise_table(kpi_rows(10, 15), **kwargs)  # type: ignore[arg-type]


def test_category_sets_are_listed_in_natural_order() -> None:
    rows = [["Site", "R"]] + [[f"Site {n}", "ab"[i % 2]] for i, n in enumerate([3, 29, 3, 29, 3, 29])]
    result = anonymise_table(rows, roles={"Site": "quasi", "R": "sensitive"}, k=6, l=2)
    assert set(result.columns[0]) == {"Site 3 | Site 29"}


def test_lines_of_two_sites_are_labelled_with_both_sites() -> None:
    rows = [["Line", "Site", "R"]]
    rows += [[line, line.split("-")[0], "ab"[i % 2]] for i, line in enumerate(["Speke-L1", "Speke-L2", "Ware-L1"] * 2)]
    result = anonymise_table(rows, roles={"Line": "quasi", "Site": "sensitive", "R": "sensitive"}, k=6, l=2,
                             hierarchies={"Line": ["Site"]})
    assert set(result.columns[0]) == {"Speke | Ware"}
    assert result.report.columns["Line"].information_loss == pytest.approx(1.0)


@pytest.mark.parametrize("seed", range(12))
def test_many_small_random_tables_never_publish_under_k_or_l(tmp_path: Path, seed: int) -> None:
    rnd = random.Random(100 + seed)
    n, k, l = rnd.randint(1, 60), rnd.randint(1, 8), rnd.randint(1, 4)
    rows = [["Age", "Town", "Day", "Outcome"]]
    rows += [[str(rnd.randint(18, 90)), rnd.choice(["Wrexham", "Łódź", "", "Ayr"]),
              f"2024-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}", rnd.choice("ABCDE"[: rnd.randint(1, 5)])]
             for _ in range(n)]
    roles = {"Age": "quasi", "Town": "quasi", "Outcome": "sensitive"}
    out = tmp_path / "out.csv"
    try:
        anonymise_table(rows, roles=roles, k=k, l=l).write_csv(out)
    except PrivacyUnreachable:
        distinct = len({r[3] for r in rows[1:]})
        assert n < k or distinct < l
        return
    k_seen, l_seen = k_and_l(out, ["Age", "Town", "Day"], ["Outcome"])
    assert k_seen is not None and k_seen >= k and l_seen["Outcome"] >= l


@pytest.mark.parametrize("domain", [3, 63, 64, 130, 300])
def test_set_labels_are_the_same_for_small_and_large_domains(domain: int) -> None:
    rnd = random.Random(domain)
    values = [f"v{i}" for i in range(domain)]
    rows = [["Thing", "R"]] + [[rnd.choice(values[:6]) if i % 3 else rnd.choice(values), "ab"[i % 2]] for i in range(400)]
    result = anonymise_table(rows, roles={"Thing": "quasi", "R": "sensitive"}, k=5, l=2)
    for label, original in zip(result.columns[0], rows[1:], strict=True):
        assert label == "*" or original[0] in label.split(" | ")
        assert label == "*" or len(label.split(" | ")) <= 4
