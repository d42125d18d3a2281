"""Dataset contributions: a CSV/XLSX upload kept only in the vault, a column-role step, the
tabular anonymiser as the pipeline step for kind "dataset", and the published, anonymised table
in the library, the API and the open-data catalogue. See README.md."""
