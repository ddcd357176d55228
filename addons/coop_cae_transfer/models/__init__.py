from . import account_chart_template
from . import account_move
from . import coop_activity_transfer
from . import res_company
