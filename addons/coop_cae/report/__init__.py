from . import coop_impact_xlsx
