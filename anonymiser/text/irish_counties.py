"""Ireland's counties as an address writes them, after "Co." ("Unit 6, Carrigvel, Co. Cork"): a place, and the "Co."
no company's legal suffix."""
from __future__ import annotations

import re

IRISH_COUNTY = re.compile(r"Co\.[ \t]+(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|"
                          r"Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|"
                          r"Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)\b")
