"""Controlled vocabularies: the codes stored and their labels shown.

The database holds the same terms (seeded by migration) so that curators and admins can manage
them; these constants are the canonical first set and what tests and seeds check against.
"""
from __future__ import annotations

SEGMENTS = {
    "oral_solid_dose": "Oral solid dose",
    "sterile_injectables": "Sterile injectables",
    "biologics": "Biologics",
    "vaccines": "Vaccines",
    "cell_gene_therapy": "Cell and gene therapy",
    "small_molecule_api": "Small-molecule API",
}

# The kind of site a contribution's figures describe (a benchmark peer filter, see DOMAIN.md).
SITE_TYPES = {
    "originator": "Originator (innovator) site",
    "generic": "Generic manufacturer site",
    "cdmo": "CDMO / CMO site",
    "hospital": "Hospital or point-of-care",
}

TECHNOLOGIES = {
    "process_analytical_technology": "Process analytical technology",
    "continuous_manufacturing": "Continuous manufacturing",
    "robotics_automation": "Robotics and automation",
    "automated_visual_inspection": "Automated visual inspection",
    "mes_ebr": "MES and electronic batch records",
    "lims_eln": "LIMS / ELN",
    "eqms": "eQMS",
    "data_historian_scada": "Data historian, SCADA/DCS",
    "iiot_data_platform": "IIoT, edge and data platforms",
    "digital_twin": "Digital twins",
    "ai_ml": "AI / machine learning",
    "advanced_process_control": "Advanced process control and RTRT",
    "single_use_modular": "Single-use and modular facilities",
    "ar_vr": "AR/VR",
    "serialisation": "Serialisation and track & trace",
}

BARRIERS = {
    "legacy_infrastructure": "Legacy infrastructure",
    "departmental_silos": "Departmental silos",
    "lack_of_internal_talent": "Lack of internal talent",
    "scale": "Scale",
    "invisible_roi": "Invisible or unpredictable return on investment",
    "risk_aversion": "Risk aversion",
    "insufficient_budget": "Insufficient budget",
    "organisational_acceptance": "Organisational acceptance",
}

MATURITY_LEVELS = {
    1: "Pre-digital plant",
    2: "Digital silos",
    3: "Connected plant",
    4: "Predictive plant",
    5: "Adaptive plant",
}

VOCABULARIES: dict[str, dict[str, str]] = {
    "segment": SEGMENTS,
    "technology": TECHNOLOGIES,
    "barrier": BARRIERS,
}
