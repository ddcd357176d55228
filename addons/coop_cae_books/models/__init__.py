from . import account_bank_statement_line
from . import account_move
from . import account_move_line
from . import coop_lock_date_log
from . import l10n_fr_fec_export_wizard
from . import mis_report_instance
from . import res_company
