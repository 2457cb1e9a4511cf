"""Build the Japan–China boundary map the registry draws on, from the raw boundary files.

Run by hand when the sources change:
    .venv/bin/python kouryu/partnerships/data/build_map.py ../shared/data/raw/boundaries
It writes kouryu/partnerships/static/partnerships/east-asia.geo.json: one GeoJSON
FeatureCollection with Japan's 47 prefectures (decoded from TopoJSON) and China's 34
province-level divisions, coordinates rounded to 0.1° (about 10 km) and rings that collapse
at that precision dropped: the map is shown at country scale, and the file stays small.
"""

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "static" / "partnerships" / "east-asia.geo.json"
PRECISION = 1


def _decode_arcs(topology: dict) -> list[list[list[float]]]:
    sx, sy = topology["transform"]["scale"]
    tx, ty = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([x * sx + tx, y * sy + ty])
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs) -> list[list[float]]:
    ring: list[list[float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        ring.extend(points if not ring else points[1:])
    return ring


def _simplify_ring(ring: list[list[float]]) -> list[list[float]]:
    points = [[round(x, PRECISION), round(y, PRECISION)] for x, y in ring]
    return [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]


def _simplify(multipolygon: list) -> list:
    """Round a MultiPolygon's coordinates; drop rings and polygons that collapse."""
    polygons = []
    for polygon in multipolygon:
        rings = [_simplify_ring(ring) for ring in polygon]
        if len(rings[0]) >= 4:
            polygons.append([ring for ring in rings if len(ring) >= 4])
    return polygons


def japan_features(path: Path) -> list[dict]:
    topology = json.loads(path.read_text())
    arcs = _decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["japan"]["geometries"]:
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        coordinates = [[_ring(ring, arcs) for ring in polygon] for polygon in polygons]
        props = geometry["properties"]
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "name": props["nam_ja"],
                    "code": f"{int(props['id']):02d}",
                    "country": "JP",
                },
                "geometry": {"type": "MultiPolygon", "coordinates": _simplify(coordinates)},
            }
        )
    return features


def china_features(path: Path) -> list[dict]:
    collection = json.loads(path.read_text())
    features = []
    for feature in collection["features"]:
        props = feature["properties"]
        geometry = feature["geometry"]
        polygons = (
            [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        )
        features.append(
            {
                "type": "Feature",
                "properties": {"name": props["地名"], "code": props["区划码"], "country": "CN"},
                "geometry": {"type": "MultiPolygon", "coordinates": _simplify(polygons)},
            }
        )
    return features


def main(raw: Path) -> None:
    features = japan_features(raw / "dataofjapan-land_japan.topojson")
    features += china_features(raw / "cn-atlas_provinces.geojson.json")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps(
            {"type": "FeatureCollection", "features": features},
            ensure_ascii=False,
            separators=(",", ":"),
        )
    )
    print(f"{OUT.name}: {len(features)} features, {OUT.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
