from . import test_year_end_closing
