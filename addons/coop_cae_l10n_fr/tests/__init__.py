from . import test_printed_invoice
