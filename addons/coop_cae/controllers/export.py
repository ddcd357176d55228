# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import json
from functools import wraps

from werkzeug.exceptions import Forbidden

from odoo import http
from odoo.exceptions import AccessError, UserError

from odoo.addons.web.controllers.export import CSVExport, ExcelExport


def _refusal_as_forbidden(route):
    """An export the user may not make is refused with a 403 and the error's
    message, as the web client shows it: not a 500 page with a traceback."""

    @wraps(route)
    def wrapper(self, data):
        try:
            return route(self, data)
        except Exception as exc:
            refusal = exc.__cause__ if exc.__cause__ else exc
            if not isinstance(refusal, (AccessError, UserError)):
                raise
            error = http.serialize_exception(refusal)
            error.pop("debug", None)
            payload = {"code": 403, "message": error["message"], "data": error}
            raise Forbidden(json.dumps(payload)) from None

    return wrapper


class CoopCSVExport(CSVExport):
    @http.route()
    @_refusal_as_forbidden
    def web_export_csv(self, data):
        return super().web_export_csv(data)


class CoopExcelExport(ExcelExport):
    @http.route()
    @_refusal_as_forbidden
    def web_export_xlsx(self, data):
        return super().web_export_xlsx(data)
