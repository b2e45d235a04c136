#!/usr/bin/env python3
"""Writes us-counties.tsv from the npm package us-atlas 3.0.1 (US Census Bureau cartographic boundaries, public domain).

Usage: npm pack us-atlas@3.0.1 && tar xzf us-atlas-3.0.1.tgz && python3 us-counties.py package/counties-10m.json > us-counties.tsv
Each county's point is the area-weighted centroid of its largest ring, to two decimals (about 1 km).
"""
import json
import sys

# State FIPS code -> postal code (the admin1 code GeoNames uses for the US).
STATES = dict(x.split(":") for x in (
    "01:AL 02:AK 04:AZ 05:AR 06:CA 08:CO 09:CT 10:DE 11:DC 12:FL 13:GA 15:HI 16:ID 17:IL 18:IN 19:IA 20:KS 21:KY "
    "22:LA 23:ME 24:MD 25:MA 26:MI 27:MN 28:MS 29:MO 30:MT 31:NE 32:NV 33:NH 34:NJ 35:NM 36:NY 37:NC 38:ND 39:OH "
    "40:OK 41:OR 42:PA 44:RI 45:SC 46:SD 47:TN 48:TX 49:UT 50:VT 51:VA 53:WA 54:WV 55:WI 56:WY").split())


def arcs_of(topology):
    sx, sy = topology["transform"]["scale"]
    tx, ty = topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def ring_points(ring, arcs):
    points = []
    for i in ring:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    return points


def centroid(points):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area == 0:
        return abs(area), sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)
    return abs(area) / 2, cx / (3 * area), cy / (3 * area)


def main(path):
    topology = json.load(open(path))
    arcs = arcs_of(topology)
    print("# US counties and county equivalents (parishes, boroughs, independent cities) with a representative point.")
    print("# Columns: name <TAB> state (postal code, GeoNames admin1) <TAB> county FIPS (GeoNames admin2) <TAB> lat <TAB> lon")
    print("# Source: US Census Bureau cartographic boundaries (public domain) as shipped by the npm package us-atlas 3.0.1;")
    print("# written by us-counties.py beside this file: the area-weighted centroid of each county's largest ring.")
    for g in topology["objects"]["counties"]["geometries"]:
        state = STATES.get(g["id"][:2])
        if state is None:
            continue
        polygons = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        best = max((centroid(ring_points(p[0], arcs)) for p in polygons), key=lambda c: c[0])
        print(f"{g['properties']['name']}\t{state}\t{g['id'][2:]}\t{best[2]:.2f}\t{best[1]:.2f}")


main(sys.argv[1])
