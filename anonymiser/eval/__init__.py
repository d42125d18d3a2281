"""The labelled evaluation corpus of the text anonymiser and the measures computed on it."""
