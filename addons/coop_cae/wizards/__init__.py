from . import coop_share_payment
from . import coop_share_transfer
from . import coop_share_register
