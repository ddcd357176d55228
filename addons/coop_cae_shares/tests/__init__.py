from . import test_member_shares
from . import test_member_shares_rpc
from . import test_share_accounts
