"""OEE with one definition: availability × performance × quality, from raw inputs."""
from __future__ import annotations

import math
from dataclasses import dataclass

from exchange.domain.errors import ValidationFailed


@dataclass(frozen=True)
class OeeInputs:
    planned_time_h: float
    run_time_h: float
    ideal_rate_per_h: float
    good_units: float
    total_units: float


def compute_oee(inputs: OeeInputs, field: str = "oee") -> float:
    """OEE in per cent. Refuses inputs that cannot describe a real run (ratios above 1, zeros)."""
    values = [inputs.planned_time_h, inputs.run_time_h, inputs.ideal_rate_per_h,
              inputs.good_units, inputs.total_units]
    if any(not math.isfinite(v) or v < 0 for v in values):
        raise ValidationFailed("OEE inputs must be non-negative numbers.", {field: "Use non-negative numbers."})
    if inputs.planned_time_h == 0 or inputs.ideal_rate_per_h == 0 or inputs.total_units == 0:
        raise ValidationFailed("OEE needs planned time, an ideal rate and units produced above zero.",
                               {field: "Planned time, ideal rate and total units must be above zero."})
    availability = inputs.run_time_h / inputs.planned_time_h
    if inputs.run_time_h == 0:
        raise ValidationFailed("OEE needs a run time above zero.", {field: "Run time must be above zero."})
    performance = inputs.total_units / (inputs.run_time_h * inputs.ideal_rate_per_h)
    quality = inputs.good_units / inputs.total_units
    for name, ratio in (("Run time exceeds planned time", availability),
                        ("More units than the ideal rate allows", performance),
                        ("More good units than units made", quality)):
        if ratio > 1.0 + 1e-9:
            raise ValidationFailed(f"{name}: check the OEE inputs.", {field: f"{name}."})
    return round(availability * performance * quality * 100.0, 4)
