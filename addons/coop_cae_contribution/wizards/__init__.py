from . import coop_contribution_recompute
