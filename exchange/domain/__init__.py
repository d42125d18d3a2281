"""Domain services: the rules of the Exchange, in plain Python with no Flask imports."""
