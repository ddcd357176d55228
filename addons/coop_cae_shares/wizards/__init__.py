from . import coop_share_operation_mixin
from . import coop_share_payment
from . import coop_share_call
from . import coop_share_transfer
from . import coop_share_register
