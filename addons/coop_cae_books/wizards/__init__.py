from . import coop_books_statement
from . import res_company_lock
