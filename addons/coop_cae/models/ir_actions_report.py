# Copyright 2026 CoopConnexion
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import lxml.html

from odoo import models

from odoo.addons.base.models.ir_actions_report import _wkhtml

# Odoo's external layouts render each document as three sibling blocks: its
# header (letterhead: logo, the cooperative's name and address), its article
# and its footer (legal identity, page numbers).
HEADER_XPATH = "//div[contains(concat(' ', normalize-space(@class), ' '), ' header ')]"
FOOTER_XPATH = "//div[contains(concat(' ', normalize-space(@class), ' '), ' footer ')]"
ARTICLE_CLASS = "article"


def _has_class(node, name):
    return name in (node.get("class") or "").split()


def _replace_class(node, name, *new_names):
    classes = (node.get("class") or "").split()
    node.set(
        "class",
        " ".join(c for n in classes for c in (new_names if n == name else (n,))),
    )


def _sibling_article(node, step):
    sibling = step(node)
    while sibling is not None and not _has_class(sibling, ARTICLE_CLASS):
        sibling = step(sibling)
    return sibling


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    def _prepare_html(self, html, report_model=False):
        """Keep each document's letterhead and footer in its body when the
        PDF converter cannot draw them.

        Odoo takes the header and the footer out of the body and hands them to
        wkhtmltopdf as separate pages, which only its "patched qt" build
        draws: the build Debian ships ignores them and prints invoices
        without the seller's name, address and legal identity (SIREN, RCS,
        legal form, capital), mentions French law requires (C. com. L441-9,
        R123-237). With that build, the header goes at the top of its
        document and the footer at its end, once per document instead of once
        per page."""
        if _wkhtml().is_patched_qt or _wkhtml().state != "ok":
            return super()._prepare_html(html, report_model=report_model)
        root = lxml.html.fromstring(html, parser=lxml.html.HTMLParser(encoding="utf-8"))
        moved = False
        for header in root.xpath(HEADER_XPATH):
            if (article := _sibling_article(header, lambda n: n.getnext())) is not None:
                _replace_class(header, "header", "o_coop_header")
                article.insert(0, header)
                moved = True
        for footer in root.xpath(FOOTER_XPATH):
            if (
                article := _sibling_article(footer, lambda n: n.getprevious())
            ) is not None:
                # Page numbers are filled in on the footer's own pages only.
                for number in footer.xpath(".//span[@class='page']/.."):
                    number.getparent().remove(number)
                _replace_class(footer, "footer", "o_coop_footer", "mt-4")
                article.append(footer)
                moved = True
        if moved:
            html = lxml.html.tostring(root, encoding="unicode")
        return super()._prepare_html(html, report_model=report_model)
