from . import coop_share_demo
