from . import coop_contribution_recompute
from . import coop_contribution_recompute_line
