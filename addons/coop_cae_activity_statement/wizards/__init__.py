from . import coop_activity_statement
