from . import coop_share_register_xlsx
