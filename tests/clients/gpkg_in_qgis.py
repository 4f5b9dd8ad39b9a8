#!/usr/bin/python3
"""Opens recmap's GeoPackage export in real QGIS (headless, offscreen) as a GIS user would and
checks that it opens styled like the PNG: the layer is valid, in WGS 84, its default style (from
the layer_styles table) is a categorized renderer on `category` with the view's colours and
legend labels, and the features per category match the legend's counts.

usage: gpkg_in_qgis.py MAP.gpkg LAYER    (prints one line per check; exit 1 on the first failure)
"""
import os
import re
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsVectorLayer  # noqa: E402


def check(condition, message):
    if not condition:
        print("FAIL: " + message)
        sys.exit(1)
    print("ok: " + message)


def main(path, layer_name):
    application = QgsApplication([], False)
    application.initQgis()
    if True:
        layer = QgsVectorLayer(path + "|layername=" + layer_name, layer_name, "ogr")
        check(layer.isValid(), "QGIS opens the layer " + layer_name)
        check(layer.crs().authid() == "EPSG:4326", "in WGS 84: " + layer.crs().authid())
        renderer = layer.renderer()
        check(renderer.type() == "categorizedSymbol",
              "its default style is categorized: " + renderer.type())
        check(renderer.classAttribute() == "category", "on the field category")

        features = list(layer.getFeatures())
        colour_of = {}
        counted = {}
        for feature in features:
            colour_of.setdefault(feature["category"], feature["colour"])
            if feature["counted"] == 1:
                counted[feature["category"]] = counted.get(feature["category"], 0) + 1
        check(len(features) > 150, "%d features" % len(features))
        with_shape = sum(1 for f in features if f.hasGeometry())
        check(with_shape > 150, "%d of them with a shape" % with_shape)

        categories = renderer.categories()
        check(len(categories) >= 3, "%d categories" % len(categories))
        for category in categories:
            value = category.value()
            colour = category.symbol().color().name()
            match = re.search(r": (\d+)", category.label())
            check(value in colour_of or not match,
                  "category %r is used by features (or is a legend note)" % value)
            check(colour_of.get(value, colour) == colour,
                  "category %r is coloured %s like its features" % (value, colour))
            if match:
                check(int(match.group(1)) == counted.get(value, 0),
                      "legend %r: %s features counted" % (category.label(), counted.get(value, 0)))
    # QGIS 3.22's exitQgis() can crash in Python bindings' teardown: the checks are done.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
