from . import coop_contribution_demo
