"""Generic medicines by their names' endings: the stems of International Nonproprietary Names.

A word ending in one ("atorvastatin", "Ramipril", "Mirtazapine", "Sertraline") names a medicine's active substance,
which no one owns: a tender's product line, a formulary's drug column and a case narrative write them as often as
brands, and they are no brand, person or company to redact.
"""
from __future__ import annotations

INN_STEMS = (
    "formin", "pril", "sartan", "olol", "statin", "mab", "nib", "cillin", "mycin", "micin", "azole", "oxacin",
    "prazole", "tide", "parin", "vir", "dipine", "triptan", "setron", "dronate", "lukast", "gliptin", "gliflozin",
    "afil", "caine", "profen", "oxetine", "azepam", "olam", "tadine", "semide", "thiazide", "olone", "asone", "sone",
    "cycline", "floxacin", "conazole", "amine", "amol", "fen", "mide", "pine", "zole", "cept", "kinra", "platin",
    "taxel", "rubicin", "trexate", "uracil", "sulin", "etamol", "adol", "oxone", "orphine", "codone",
    # (and the stems of newer classes: factor Xa and thrombin inhibitors, PARP and CDK inhibitors, mTOR inhibitors,
    # colony-stimulating factors, erythropoietins, echinocandins, coxibs, beta-agonists, corticosteroids, prostaglandins)
    "xaban", "gatran", "parib", "ciclib", "lisib", "limus", "grastim", "poetin", "fungin", "coxib", "terol", "sonide",
    "prost", "lutamide", "tropium", "glutide", "degib", "estrant",
    # (and the everyday generics of a tender or a formulary: antidepressants and antipsychotics, antiepileptics,
    # antihistamines and H2 blockers, alpha-blockers, antiplatelets, glitazones and sulfonylureas, NSAIDs)
    # (each long enough that an invented brand is unlikely to end in it)
    "traline", "tyline", "romazine", "perazine", "cyclizine", "tirizine", "peridone", "asidone", "zodone", "hadone",
    "tidine", "opram", "faxine", "gabalin", "gapentin", "racetam", "azosin", "sulosin", "pidogrel", "sugrel", "grelor",
    "glitazone", "clazide", "pizide", "oxicam", "fenac", "proxen", "asteride", "sporin", "oquine", "curonium",
    "stigmine", "pezil", "sentan", "serelin", "citabine", "vudine", "zomib", "rfarin", "thyroxine",
    "nirole", "pexole", "betasol", "amoxiclav", "falexin", "trigine", "piramate", "purinol", "chicine", "thioprine",
    "salazine", "fenadine", "fenacin", "butynin", "peridol", "piclone", "trexone", "ntanyl", "tiazem", "apamil",
    "nolactone", "metanide", "timibe", "ciferol",
)
# (long stems only where a word may be a name, a person's, a place's or an invented brand's: "Steffen" ends in "fen",
# "Amine" in "amine", a brand "Quendacept" in "cept")
_DISTINCT_STEMS = tuple(stem for stem in INN_STEMS if len(stem) >= 5 and stem != "amine") + ("pril", "olol", "apine")
_LONG = 7


def named_as_generic(word: str) -> bool:
    """Whether a long word, perhaps capitalised as a name would be, is a generic medicine's: seven letters or more
    and a stem of five letters or more, or "-pril", "-olol", "-apine" ("Ramipril", "Mirtazapine"; not "April",
    "Steffen", "Jasmine", nor an invented brand "Quendacept")."""
    return len(word) >= _LONG and word.lower().endswith(_DISTINCT_STEMS)
