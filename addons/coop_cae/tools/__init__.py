from . import account_category
