"""Digital maturity self-assessment: frameworks as data, scoring, gaps and a roadmap of cases.

Modules: ``yaml_nodes`` and ``framework_file`` (reading and validating framework files),
``frameworks`` (storing and listing them), ``assessments`` (versioned, private assessments),
``scoring``, ``medians`` (sector medians under disclosure control), ``linking`` (gap → published
cases), ``gaps`` and ``results`` (the read models), ``radar`` (chart geometry), ``web`` and ``cli``.
Domain modules never import Flask.
"""
