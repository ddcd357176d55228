"""Checks of the addons that need no Odoo: run by bin/test before the Odoo tests.

- every XML and CSV file parses;
- every manifest is valid: version 19.0.x.y.z, an OSI licence, depends, data
  and demo files that exist;
- every model the addons define has access rules (ir.model.access.csv).

Usage: python3 .ci/check_addons.py [ADDONS_DIR]. Exits 1 on the first report
of any problem, after listing them all.
"""

import ast
import csv
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

VERSION = re.compile(r"^19\.0\.\d+\.\d+\.\d+$")
# The licences Odoo knows that the OSI approves.
OSI_LICENSES = {
    "GPL-2",
    "GPL-2 or any later version",
    "GPL-3",
    "GPL-3 or any later version",
    "AGPL-3",
    "LGPL-3",
    "Other OSI approved licence",
}
REQUIRED_KEYS = ("name", "version", "license", "author", "depends")
MODEL_BASES = {"Model", "TransientModel"}


def check_xml(path, problems):
    try:
        ET.parse(path)
    except ET.ParseError as error:
        problems.append(f"{path}: XML does not parse: {error}")


def check_csv(path, problems):
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle, strict=True))
    except (csv.Error, UnicodeDecodeError) as error:
        problems.append(f"{path}: CSV does not parse: {error}")
        return
    if not rows or not all(rows[0]):
        problems.append(f"{path}: CSV has no header row")
        return
    for number, row in enumerate(rows[1:], start=2):
        if row and len(row) != len(rows[0]):
            problems.append(
                f"{path}:{number}: {len(row)} columns, the header has {len(rows[0])}"
            )


def check_manifest(addon, problems):
    path = addon / "__manifest__.py"
    try:
        manifest = ast.literal_eval(path.read_text(encoding="utf-8"))
    except (SyntaxError, ValueError) as error:
        problems.append(f"{path}: not a Python dict literal: {error}")
        return None
    if not isinstance(manifest, dict):
        problems.append(f"{path}: not a dict")
        return None
    for key in REQUIRED_KEYS:
        if key not in manifest:
            problems.append(f"{path}: '{key}' is missing")
    if not VERSION.match(str(manifest.get("version", ""))):
        problems.append(
            f"{path}: version {manifest.get('version')!r} is not 19.0.x.y.z"
        )
    if manifest.get("license") not in OSI_LICENSES:
        problems.append(
            f"{path}: license {manifest.get('license')!r} is not an OSI licence"
        )
    depends = manifest.get("depends")
    if not isinstance(depends, list) or not depends:
        problems.append(f"{path}: 'depends' must be a non-empty list")
    for key in ("data", "demo"):
        for filename in manifest.get(key, []):
            if not (addon / filename).is_file():
                problems.append(f"{path}: {key} file {filename} does not exist")
    return manifest


def defined_models(addon):
    """Models an addon creates (a _name of its own, not a mere _inherit)."""
    models = {}
    for path in addon.rglob("*.py"):
        if "tests" in path.relative_to(addon).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {
                getattr(base, "attr", getattr(base, "id", None)) for base in node.bases
            }
            if not bases & MODEL_BASES:
                continue
            attrs = {}
            for item in node.body:
                if (
                    isinstance(item, ast.Assign)
                    and len(item.targets) == 1
                    and isinstance(item.targets[0], ast.Name)
                    and isinstance(item.value, ast.Constant)
                ):
                    attrs[item.targets[0].id] = item.value.value
            name = attrs.get("_name")
            if name and name != attrs.get("_inherit"):
                models[name] = path
    return models


def check_access(addon, manifest, problems):
    models = defined_models(addon)
    granted = set()
    for filename in manifest.get("data", []):
        if filename.endswith("ir.model.access.csv"):
            with (addon / filename).open(newline="", encoding="utf-8") as handle:
                for row in csv.DictReader(handle):
                    model_ref = row.get("model_id:id", "")
                    granted.add(model_ref.split(".")[-1])
    for name, path in sorted(models.items()):
        if "model_" + name.replace(".", "_") not in granted:
            problems.append(
                f"{path}: model {name} has no access rule in ir.model.access.csv"
            )


def main(root):
    problems = []
    addons = sorted(p.parent for p in root.glob("*/__manifest__.py"))
    if not addons:
        problems.append(f"{root}: no addon found")
    for addon in addons:
        for path in sorted(addon.rglob("*.xml")):
            check_xml(path, problems)
        for path in sorted(addon.rglob("*.csv")):
            check_csv(path, problems)
        manifest = check_manifest(addon, problems)
        if manifest is not None:
            check_access(addon, manifest, problems)
    for problem in problems:
        print(problem)
    names = ", ".join(addon.name for addon in addons)
    if problems:
        print(f"check_addons: {len(problems)} problem(s) in {names}")
        return 1
    print(f"check_addons: {names}: XML, CSV, manifests and access rules are valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "addons")))
