"""The SVG chart's geometry: boxes for quartiles, a line for the median, withheld rows unmarked."""
from exchange.benchmarks.aggregates import BenchmarkCell
from exchange.benchmarks.chart import LABEL_W, WIDTH, build_chart

SHOWN = BenchmarkCell("biologics", None, 12, False, median=40.0, q1=30.0, q3=50.0)
MEDIAN_ONLY = BenchmarkCell("vaccines", None, 6, False, median=20.0)
WITHHELD = BenchmarkCell("cell_gene_therapy", None, None, True, "Withheld to protect the organisations that contributed.")


def test_rows_carry_box_median_or_nothing() -> None:
    chart = build_chart([("Biologics", SHOWN), ("Vaccines", MEDIAN_ONLY), ("Cell and gene therapy", WITHHELD)], "%")
    assert chart is not None
    shown, median_only, withheld = chart.rows
    assert shown.box_x is not None and shown.box_x < shown.median_x < shown.box_x + shown.box_w
    assert median_only.box_x is None and median_only.median_x is not None
    assert withheld.withheld and withheld.median_x is None and withheld.text == "Cell and gene therapy: withheld"
    assert "12 organisations" in shown.text and "middle half 30 to 50" in shown.text


def test_everything_fits_in_the_plot() -> None:
    chart = build_chart([("Biologics", SHOWN), ("Vaccines", MEDIAN_ONLY)], "%")
    assert chart is not None
    for row in chart.rows:
        assert LABEL_W <= row.median_x <= WIDTH
    assert chart.ticks[0][1] == "0" and chart.height > 2 * 28


def test_banded_money_gets_no_chart() -> None:
    band = BenchmarkCell(None, None, 7, False, median="£100k–£500k")
    assert build_chart([("All", band)], "£") is None


def test_all_withheld_still_draws_labelled_rows() -> None:
    chart = build_chart([("Cell and gene therapy", WITHHELD)], "%")
    assert chart is not None and chart.rows[0].withheld
