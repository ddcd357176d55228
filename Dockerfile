# The official Odoo 19 image plus the OCA addons ours depend on (reporting,
# XLSX, bank statements), at the versions requirements.txt pins. They are
# wheels from PyPI that install into odoo/addons, a namespace package, so
# the image's Odoo finds them beside its own addons. --no-deps: the image's
# Odoo is a Debian package pip does not know, and the libraries these addons
# import (xlsxwriter, openpyxl, xlrd, chardet) are already in the image.
FROM odoo:19.0
USER root
COPY requirements.txt /tmp/coop-requirements.txt
RUN grep '^odoo-addon-' /tmp/coop-requirements.txt > /tmp/coop-oca.txt \
    && pip3 install --no-cache-dir --no-deps --break-system-packages -r /tmp/coop-oca.txt \
    && python3 -c "from importlib.util import find_spec; assert find_spec('odoo.addons.mis_builder') and find_spec('odoo.addons.report_xlsx')" \
    && rm /tmp/coop-requirements.txt /tmp/coop-oca.txt
USER odoo
