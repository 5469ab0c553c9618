#!/usr/bin/env node
/**
 * Build-time geometry for the map: node scripts/build-geometry.mjs
 *
 * Reads  node_modules/world-atlas/countries-50m.json  (Natural Earth 4.1.0, object `countries`,
 *        ids are zero-padded ISO 3166-1 numeric strings, a few features have no id)
 * Writes src/data/geometry/region.topo.json           (minified TopoJSON Topology, quantized,
 *        one GeometryCollection named `countries`; every geometry has `id` = ISO alpha-2 and
 *        `properties: { name }` for the 15 post-Soviet states or `{ name, context: true }`
 *        for the grey neighbours drawn only for orientation; context geometries come first.
 *        Russia's far east uses longitudes above 180°, see unwrapAntimeridian)
 *
 * Why a build step instead of loading world-atlas at runtime: the full 50m world file is
 * ~750 KB; the map needs ~40 countries, and it needs two corrections that Natural Earth does
 * not make for us (Crimea, antimeridian). Doing it once here keeps the browser bundle small
 * and the runtime code free of geometry surgery.
 *
 * Pipeline (each step is a function below, in this order):
 *   1. pick the kept countries from the world topology;
 *   2. move Crimea from Russia to Ukraine, at the topology level, so the Perekop seam dissolves;
 *   3. convert to GeoJSON, drop tiny islands of context countries, unwrap the antimeridian;
 *   4. rebuild a fresh topology from that GeoJSON (shared borders become shared arcs again);
 *   5. simplify (focus borders gently, context-only coasts harder), quantize, drop slivers;
 *   6. assert the invariants the map relies on, write the file, print sizes.
 *
 * Only dependencies already in package.json: topojson-client, -server, -simplify, world-atlas,
 * and typescript to read the list of states from src/data/countries.ts.
 */

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature, mergeArcs, neighbors, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, filter, sphericalTriangleArea } from 'topojson-simplify';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'node_modules/world-atlas/countries-50m.json');
const TARGET = join(ROOT, 'src/data/geometry/region.topo.json');

// ---------------------------------------------------------------------------------------------
// Settings. Chosen by comparing renders of the output with unsimplified 50m at the overview scale
// and at 4x (Caucasus, Crimea) and by measuring how far the simplified outlines stray from 50m;
// change them here, not in the code below.
// ---------------------------------------------------------------------------------------------

/**
 * Share of simplifiable points kept (Visvalingam, by weight quantile). The prototype kept 25 % of
 * 50m with one global threshold. Here the member states keep 15 %, and context-only lines (coasts
 * and borders that touch no post-Soviet state) are grey backdrop and go much harder: 5 %, plus
 * MIN_CONTEXT_ISLAND_KM2. The file is then under 10 KB gzip (the script prints its size).
 * Arcs are simplified as a whole, so a border shared by two countries stays one arc either way;
 * a border between a member state and a neighbour (e.g. KZ–CN) counts as a focus arc.
 */
const KEEP_FOCUS = 0.15;
const KEEP_CONTEXT = 0.05;

/**
 * People zoom in on a country to look at it (the map allows 4 zoom levels past the fit), and a
 * country of area A fills the screen at a linear scale of about 1/√A, so the on-screen size of a
 * simplification error there goes with 1/A. With one global threshold, Armenia (30 000 km²) is
 * exactly as coarse in kilometres as Russia's Arctic coast, and angular at 4x. Dividing each arc's
 * weights by A^SIZE_EXPONENT (A of the smallest country using the arc) moves points from Russia's
 * and Kazakhstan's long coasts to the small states. 1 would starve Russia (Armenia vs Russia:
 * 570x). Measured as the distance of every 50m vertex from the simplified outline, 0 gives
 * mean/95th percentile of ~1.3/3.8 km everywhere; 0.4 gives ~0.5/1.5 km for the Caucasus,
 * Moldova and the Baltics (about the quantization step) and 2.2/7 km for Russia, which is mostly
 * seen whole, at ~12 km per pixel.
 */
const SIZE_EXPONENT = 0.4;

/**
 * Quantization grid (points per axis over the output bbox). 1e4 looked identical to full 50m in
 * the prototype; 3e3 showed staircases along borders. Over this bbox (4.9°E–190.3°E,
 * 8.1°N–81.9°N) 1e4 is a grid of 0.0185° × 0.0074°, i.e. 1.5 km × 0.8 km at 45°N. A 1000 px
 * wide map shows the region at ~12 km per pixel and zooms in 16x at most (~0.8 km per pixel), so
 * a step is at most ~2 px: renders at 16x show corners but no staircases. 2e4 costs 1.5 KB more
 * gzip and moves the outlines by under 0.1 km on average.
 */
const QUANTIZATION = 1e4;

/**
 * Context countries' polygons smaller than this (km², outer ring) are dropped: Greek, Japanese,
 * Norwegian, Korean islets are ~150 small rings that cost bytes and are invisible as grey
 * backdrop (it also removes Norway's Jan Mayen at 8°W, which would widen the quantization grid).
 * A country's largest polygon is always kept. Post-Soviet states keep every island.
 */
const MIN_CONTEXT_ISLAND_KM2 = 1500;

/**
 * Crimea (with Sevastopol) test box, lon/lat. A Russian polygon lying entirely inside it is
 * Crimea. The box stops at 36.7°E: the Taman peninsula across the Kerch strait starts at
 * ~36.6°E but is part of the mainland polygon, whose bbox is far larger, so it can never be
 * "entirely inside". Verified against Natural Earth 4.1.0 (see moveCrimeaToUkraine).
 */
const CRIMEA_BOX = [32.4, 44.3, 36.7, 46.3];

// ---------------------------------------------------------------------------------------------
// Countries. Numeric ids as in world-atlas; alpha-2 ids and English short names as in the app.
// ---------------------------------------------------------------------------------------------

/**
 * The 15 post-Soviet states, from the app's one list (src/data/countries.ts). That file imports
 * only types, so TypeScript's transpiler turns it into a module Node can load as it is.
 */
async function loadFocus() {
  const source = readFileSync(join(ROOT, 'src/data/countries.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const url = `data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`;
  const { COUNTRIES } = await import(url);
  return COUNTRIES.map((country) => [country.numeric, country.code, country.name]);
}
const FOCUS = await loadFocus();

/**
 * Neighbours drawn in a neutral colour for orientation, trimmed to what the fitted view shows so
 * the first view stays small. Nepal and Bhutan close what would otherwise be two holes enclosed
 * by India and China.
 */
const CONTEXT = [
  ['578', 'NO', 'Norway'],
  ['752', 'SE', 'Sweden'],
  ['246', 'FI', 'Finland'],
  ['616', 'PL', 'Poland'],
  ['703', 'SK', 'Slovakia'],
  ['348', 'HU', 'Hungary'],
  ['642', 'RO', 'Romania'],
  ['100', 'BG', 'Bulgaria'],
  ['792', 'TR', 'Turkey'],
  ['364', 'IR', 'Iran'],
  ['004', 'AF', 'Afghanistan'],
  ['586', 'PK', 'Pakistan'],
  ['356', 'IN', 'India'],
  ['156', 'CN', 'China'],
  ['496', 'MN', 'Mongolia'],
  ['408', 'KP', 'North Korea'],
  ['392', 'JP', 'Japan'],
  ['524', 'NP', 'Nepal'],
  ['064', 'BT', 'Bhutan'],
];

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** Throw with a message that says which invariant broke; the build must not ship bad geometry. */
function assert(condition, message) {
  if (!condition) throw new Error(`build-geometry: ${message}`);
}

/** Outer-ring-aware iteration over a GeoJSON (Multi)Polygon: returns its polygons. */
function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`build-geometry: unexpected geometry type ${geometry.type}`);
}

function ringBbox(ring) {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const [x, y] of ring) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

function insideBox([x0, y0, x1, y1], [bx0, by0, bx1, by1]) {
  return x0 >= bx0 && y0 >= by0 && x1 <= bx1 && y1 <= by1;
}

/**
 * Area of a lon/lat ring in km²: shoelace formula in Lambert's cylindrical equal-area projection
 * (x = λ, y = sin φ), so it is independent of winding order and good to a few per cent even for
 * Russia. Only used to rank islands and to size countries; no need for exact spherical area.
 */
function ringAreaKm2(ring) {
  const R = 6371;
  const rad = Math.PI / 180;
  let doubled = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    doubled += (x1 - x0) * rad * (Math.sin(y0 * rad) + Math.sin(y1 * rad));
  }
  return (Math.abs(doubled) / 2) * R * R;
}

/** Area of a country in km² (sum of its outer rings; holes are negligible here). */
function featureAreaKm2(f) {
  return polygonsOf(f.geometry).reduce((sum, polygon) => sum + ringAreaKm2(polygon[0]), 0);
}

/** Count of stored positions in a topology (what the simplification actually reduces). */
function countArcPoints(topo) {
  return topo.arcs.reduce((sum, arc) => sum + arc.length, 0);
}

/** Raw and gzip size of a topology as it would be written. */
function sizes(topo) {
  const json = JSON.stringify(topo);
  return { json, raw: json.length, gzip: gzipSync(json, { level: 9 }).length };
}

/**
 * The "before" of the report: the kept countries exactly as world-atlas stores them (its own
 * quantization, every 50m point), i.e. what the app would ship without this script's work.
 * filter() without a predicate just prunes the arcs nobody uses. Works on a copy because
 * filter/prune rebuild the geometry objects.
 */
function unsimplifiedSelection(world, geometries) {
  return filter({
    type: 'Topology',
    transform: world.transform,
    objects: { countries: { type: 'GeometryCollection', geometries: structuredClone(geometries) } },
    arcs: world.arcs,
  });
}

// ---------------------------------------------------------------------------------------------
// 1. Pick the kept countries
// ---------------------------------------------------------------------------------------------

function pickCountries(world) {
  const byNumeric = new Map(
    world.objects.countries.geometries.filter((g) => g.id != null).map((g) => [g.id, g]),
  );
  const pick = ([numeric, alpha2, name], context) => {
    const source = byNumeric.get(numeric);
    assert(source, `country ${numeric} (${name}) not found in world-atlas countries-50m`);
    // New geometry objects: the source topology's objects stay untouched.
    return {
      type: source.type,
      arcs: source.arcs,
      id: alpha2,
      properties: context ? { name, context: true } : { name },
    };
  };
  // Context first: a consumer that draws the collection in order (one L.geoJSON layer) then
  // paints the member states, and their outlines, on top of the grey backdrop.
  return [...CONTEXT.map((c) => pick(c, true)), ...FOCUS.map((c) => pick(c, false))];
}

// ---------------------------------------------------------------------------------------------
// 2. Crimea
// ---------------------------------------------------------------------------------------------

/**
 * Natural Earth 4.1.0 puts Crimea and Sevastopol inside Russia (its "de facto" admin-0 view).
 * The map follows internationally recognised borders (UN General Assembly resolution 68/262,
 * "Territorial integrity of Ukraine"), so Crimea goes back into Ukraine.
 *
 * What the 50m data contains (checked when this script was written): Russia is a MultiPolygon of
 * 99 polygons; Crimea is ONE of them (73 points, bbox 32.51–36.57°E, 44.39–46.22°N), made of two
 * arcs: the Crimean coast (which includes Sevastopol and the Kerch side) and the Perekop/Chonhar
 * land line, and that second arc is shared with Ukraine's mainland polygon. Crimea is NOT joined
 * to the Taman peninsula: the Kerch strait is open water at this scale, so no cut is needed.
 *
 * We therefore work on arcs, not coordinates: remove Crimea's polygon from Russia and merge it
 * with Ukraine via mergeArcs, which drops every arc used by two merged polygons. The Perekop arc
 * disappears and Ukraine gets a single outline around mainland + Crimea (no seam).
 *
 * If a future world-atlas changes this (Crimea fused with the Russian mainland in one ring, or
 * already moved), the assertions below stop the build rather than ship a wrong map.
 */
function moveCrimeaToUkraine(world, geometries) {
  const russia = geometries.find((g) => g.id === 'RU');
  const ukraine = geometries.find((g) => g.id === 'UA');
  assert(russia.type === 'MultiPolygon', 'expected Russia to be a MultiPolygon in the source');

  const polygonBbox = (polygonArcs) =>
    ringBbox(feature(world, { type: 'Polygon', arcs: [polygonArcs[0]] }).geometry.coordinates[0]);

  const crimea = russia.arcs.filter((p) => insideBox(polygonBbox(p), CRIMEA_BOX));
  const rest = russia.arcs.filter((p) => !crimea.includes(p));
  assert(
    crimea.length > 0,
    'no Russian polygon lies inside the Crimea box: the source changed (Crimea already in ' +
      'Ukraine, or fused with the Russian mainland). Inspect it and cut along the Kerch strait.',
  );
  // A Crimea polygon must not reach east of the Kerch strait (~36.6°E); if it did, the box would
  // have caught a piece of the Russian mainland (Taman), which must stay Russian.
  for (const p of crimea) {
    const [, , x1] = polygonBbox(p);
    assert(
      x1 < 36.65,
      `a polygon caught by the Crimea box reaches ${x1}°E, east of the Kerch strait`,
    );
  }

  // The seamless merge needs Crimea to share at least one arc (the Perekop line) with Ukraine.
  const arcIds = (g) =>
    new Set((g.type === 'Polygon' ? [g.arcs] : g.arcs).flat(2).map((a) => (a < 0 ? ~a : a)));
  const ukraineArcs = arcIds(ukraine);
  const sharesBorder = crimea.some((p) => p.flat().some((a) => ukraineArcs.has(a < 0 ? ~a : a)));
  assert(sharesBorder, 'Crimea shares no arc with Ukraine: merging would leave a seam at Perekop');

  const ukrainePolygonsBefore = ukraine.type === 'Polygon' ? 1 : ukraine.arcs.length;
  const merged = mergeArcs(world, [ukraine, ...crimea.map((arcs) => ({ type: 'Polygon', arcs }))]);
  assert(
    merged.arcs.length === ukrainePolygonsBefore,
    `Ukraine has ${merged.arcs.length} polygons after the merge instead of ${ukrainePolygonsBefore}: ` +
      'Crimea was added as a separate piece, not joined at Perekop',
  );

  ukraine.type = merged.type;
  ukraine.arcs = merged.arcs;
  russia.arcs = rest;
  return { crimeaPolygons: crimea.length };
}

/** The Crimea invariant, checked on GeoJSON features (used on the source and on the output). */
function assertCrimeaInUkraine(features, stage) {
  const ua = features.find((f) => f.id === 'UA');
  const ru = features.find((f) => f.id === 'RU');
  const uaSouth = Math.min(...polygonsOf(ua.geometry).map((p) => ringBbox(p[0])[1]));
  assert(
    uaSouth < 44.6,
    `${stage}: Ukraine reaches only ${uaSouth.toFixed(2)}°N, Crimea is missing`,
  );
  for (const polygon of polygonsOf(ru.geometry)) {
    assert(
      !insideBox(ringBbox(polygon[0]), CRIMEA_BOX),
      `${stage}: Russia still has a polygon inside the Crimea box`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 3. GeoJSON clean-up: tiny context islands, antimeridian
// ---------------------------------------------------------------------------------------------

/**
 * Drop context countries' islands under MIN_CONTEXT_ISLAND_KM2. Done before the topology is
 * rebuilt so their arcs never exist. Safe for shared borders: an island shared by two countries
 * only loses a piece of backdrop, and only context polygons are ever dropped.
 */
function dropTinyContextIslands(features) {
  let dropped = 0;
  for (const f of features) {
    if (!f.properties.context || f.geometry.type !== 'MultiPolygon') continue;
    const polygons = f.geometry.coordinates;
    const areas = polygons.map((p) => ringAreaKm2(p[0]));
    const largest = areas.indexOf(Math.max(...areas));
    const kept = polygons.filter((_, i) => i === largest || areas[i] >= MIN_CONTEXT_ISLAND_KM2);
    dropped += polygons.length - kept.length;
    f.geometry =
      kept.length === 1
        ? { type: 'Polygon', coordinates: kept[0] }
        : { type: 'MultiPolygon', coordinates: kept };
  }
  return dropped;
}

/**
 * Natural Earth cuts Russia at the antimeridian: the mainland ring runs from 179.87°E straight to
 * -180° and on through Chukotka at -170°…-180°, and Wrangel Island does the same. Drawn as is,
 * Leaflet joins 179.9 to -179.8 across the whole map: horizontal bands at ~65–71°N.
 *
 * For any feature with a ring spanning more than 180° of longitude, add 360 to its negative
 * longitudes, so Russia runs continuously from Kaliningrad (~20°E) to Chukotka (~190°E). Leaflet
 * draws longitudes above 180 fine (they just lie east of the 180° line).
 *
 * This happens on GeoJSON, before the topology is rebuilt, because arcs are shared: shifting an
 * arc in place would also move it for any other country using it. Here no kept neighbour has
 * points west of 0° next to Russia's shifted part, so all shared borders still match exactly;
 * the adjacency check in main() would catch it if that ever stopped being true.
 */
function unwrapAntimeridian(features) {
  const unwrapped = [];
  for (const f of features) {
    const rings = polygonsOf(f.geometry).flat();
    const crosses = rings.some((ring) => {
      const [x0, , x1] = ringBbox(ring);
      return x1 - x0 > 180;
    });
    if (!crosses) continue;
    for (const ring of rings) for (const point of ring) if (point[0] < 0) point[0] += 360;
    unwrapped.push(f.id);
  }
  return unwrapped;
}

function assertNoWideRings(features, stage) {
  for (const f of features) {
    for (const ring of polygonsOf(f.geometry).flat()) {
      const [x0, , x1] = ringBbox(ring);
      assert(
        x1 - x0 <= 180,
        `${stage}: a ring of ${f.id} spans ${(x1 - x0).toFixed(1)}° of longitude`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Simplification
// ---------------------------------------------------------------------------------------------

/** Weight such that a share `keep` of the given finite weights are >= it. */
function keepThreshold(weights, keep) {
  const sorted = weights.slice().sort((x, y) => y - x);
  return sorted[Math.min(sorted.length - 1, Math.floor(keep * sorted.length))];
}

/**
 * Two-level simplification. topojson-simplify's own simplify() has a single threshold; we want
 * a gentler one for every arc that belongs to a post-Soviet state (including its borders with
 * neighbours) and a harder one for arcs that only grey context countries use, and weights scaled
 * by country size (SIZE_EXPONENT). The decision is per arc, and every arc is stored once, so
 * shared borders remain shared and identical on both sides.
 */
function simplifyTwoLevel(topo, areaById) {
  // Visvalingam weight = true (spherical) triangle area, because the app draws in an equal-area
  // projection (Albers, src/map/leaflet/regionCrs.ts): an area on the globe is the same area on screen
  // everywhere on the map. (Lon/lat area would over-keep the Arctic, Mercator area even more.)
  const pre = presimplify(topo, sphericalTriangleArea);

  // Size scaling. presimplify has ranked each arc's points by elimination order; multiplying all
  // weights of one arc by the same factor keeps that order, it only changes how the arc competes
  // with other arcs for the global threshold. The smallest user decides: the Georgia–Russia
  // border is kept as finely as the rest of Georgia.
  const smallestArea = new Array(pre.arcs.length).fill(Infinity);
  for (const g of pre.objects.countries.geometries) {
    for (const a of (g.type === 'Polygon' ? [g.arcs] : g.arcs).flat(2)) {
      const i = a < 0 ? ~a : a;
      smallestArea[i] = Math.min(smallestArea[i], areaById.get(g.id));
    }
  }
  pre.arcs.forEach((arc, i) => {
    const factor = smallestArea[i] ** -SIZE_EXPONENT;
    for (const p of arc) if (Number.isFinite(p[2])) p[2] *= factor;
  });

  // Which arcs does any post-Soviet state use?
  const focusArc = new Uint8Array(pre.arcs.length);
  for (const g of pre.objects.countries.geometries) {
    if (g.properties.context) continue;
    for (const a of (g.type === 'Polygon' ? [g.arcs] : g.arcs).flat(2))
      focusArc[a < 0 ? ~a : a] = 1;
  }

  const weightsOf = (focus) =>
    pre.arcs.flatMap((arc, i) =>
      focusArc[i] === focus ? arc.map((p) => p[2]).filter(Number.isFinite) : [],
    );
  const thresholds = [
    keepThreshold(weightsOf(0), KEEP_CONTEXT),
    keepThreshold(weightsOf(1), KEEP_FOCUS),
  ];

  const simplified = pre.arcs.map((arc, i) => {
    const min = thresholds[focusArc[i]];
    return arc.filter((p) => p[2] >= min);
  });

  // Rings must not collapse. A small island is often one closed arc, and keeping only its two
  // (identical) endpoints would erase it; a thin island made of several arcs (the Lithuanian half
  // of the Curonian Spit: a 9-point coast arc plus the 2-point border with Russia) can become a
  // ring of two points. Put back the heaviest dropped points of such a ring until it has three distinct
  // corners. Restoring a point of a shared arc restores it for both neighbours, so this never
  // opens a gap between countries.
  for (const g of pre.objects.countries.geometries) {
    for (const ring of (g.type === 'Polygon' ? [g.arcs] : g.arcs).flat()) {
      const distinct = () =>
        new Set(ring.flatMap((a) => simplified[a < 0 ? ~a : a].map((p) => `${p[0]},${p[1]}`))).size;
      while (distinct() < 3) {
        let best = null;
        for (const a of ring) {
          const i = a < 0 ? ~a : a;
          for (const p of pre.arcs[i])
            if (!simplified[i].includes(p) && (!best || p[2] > best.point[2]))
              best = { i, point: p };
        }
        if (!best) break; // nothing left to restore: a genuinely degenerate source ring
        const arc = pre.arcs[best.i];
        simplified[best.i] = arc.filter((p) => p === best.point || simplified[best.i].includes(p));
      }
    }
  }

  pre.arcs = simplified.map((arc) => arc.map((p) => [p[0], p[1]]));
  return pre;
}

/**
 * After quantization a ring can degenerate (all its points on one grid line, area 0). Such rings
 * draw nothing and only confuse consumers; drop them (filter() also prunes their unused arcs).
 */
function dropDegenerateRings(topo) {
  const doubledArea = (ring) => {
    let a = 0;
    for (let i = 0; i < ring.length - 1; i++)
      a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    return Math.abs(a);
  };
  return filter(
    topo,
    (ring) =>
      doubledArea(feature(topo, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0]) > 0,
  );
}

/** Pairs of countries sharing at least one arc (used to prove shared borders stayed shared). */
function adjacency(geometries) {
  const ids = geometries.map((g) => g.id);
  const pairs = new Set();
  neighbors(geometries).forEach((list, i) =>
    list.forEach((j) => pairs.add([ids[i], ids[j]].sort().join('-'))),
  );
  return pairs;
}

/** Polygon count per country id, to notice a member state losing an island along the way. */
function polygonCounts(geometries) {
  return new Map(
    geometries.map((g) => [
      g.id,
      g.type === 'Polygon' ? 1 : g.type === 'MultiPolygon' ? g.arcs.length : 0,
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------------------------

function main() {
  const world = JSON.parse(readFileSync(SOURCE, 'utf8'));

  // 1 + 2: select, then fix Crimea while we still have Natural Earth's arcs.
  const geometries = pickCountries(world);
  const { crimeaPolygons } = moveCrimeaToUkraine(world, geometries);
  const sourceAdjacency = adjacency(geometries);
  const before = unsimplifiedSelection(world, geometries);

  // 3: GeoJSON. feature() decodes shared arcs to bit-identical coordinates on both sides of a
  // border, which is what lets topology() below find the shared arcs again.
  const features = geometries.map((g) => feature(world, g));
  assertCrimeaInUkraine(features, 'source');
  const droppedIslands = dropTinyContextIslands(features);
  const unwrapped = unwrapAntimeridian(features);
  assertNoWideRings(features, 'after unwrapping');

  // 4: fresh topology (unquantized; quantization comes after simplification, on the final bbox).
  const rebuilt = topology({ countries: { type: 'FeatureCollection', features } });
  const pointsRebuilt = countArcPoints(rebuilt);
  const polygonsRebuilt = polygonCounts(rebuilt.objects.countries.geometries);

  // 5: simplify, quantize, drop rings that quantization flattened.
  const areaById = new Map(features.map((f) => [f.id, featureAreaKm2(f)]));
  const simplified = simplifyTwoLevel(rebuilt, areaById);
  const pointsSimplified = countArcPoints(simplified);
  const output = dropDegenerateRings(quantize(simplified, QUANTIZATION));

  // 6: the invariants, on what actually ships.
  const out = output.objects.countries.geometries;
  assert(
    out.length === FOCUS.length + CONTEXT.length,
    `expected ${FOCUS.length + CONTEXT.length} geometries, got ${out.length}`,
  );
  for (const g of out)
    assert(g.type === 'Polygon' || g.type === 'MultiPolygon', `${g.id} lost its geometry`);
  const outFeatures = out.map((g) => feature(output, g));
  assertCrimeaInUkraine(outFeatures, 'output');
  assertNoWideRings(outFeatures, 'output');
  // Every island of a post-Soviet state survives (context islands may vanish: they are backdrop).
  const polygonsOut = polygonCounts(out);
  for (const [, id] of FOCUS) {
    assert(
      polygonsOut.get(id) === polygonsRebuilt.get(id),
      `${id} has ${polygonsOut.get(id)} polygons after simplification, ${polygonsRebuilt.get(id)} before: ` +
        'an island collapsed; raise QUANTIZATION or KEEP_FOCUS',
    );
  }
  const outAdjacency = adjacency(out);
  const missing = [...sourceAdjacency].filter((p) => !outAdjacency.has(p));
  const extra = [...outAdjacency].filter((p) => !sourceAdjacency.has(p));
  assert(
    missing.length === 0 && extra.length === 0,
    `shared borders changed: lost ${missing.join(', ') || 'none'}; gained ${extra.join(', ') || 'none'}`,
  );

  const after = sizes(output);
  mkdirSync(dirname(TARGET), { recursive: true });
  writeFileSync(TARGET, after.json);

  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const sizeBefore = sizes(before);
  console.log(
    `Wrote ${relative(ROOT, TARGET)}: ${out.length} countries (${FOCUS.length} focus + ${CONTEXT.length} context)`,
  );
  console.log(`  Crimea: ${crimeaPolygons} polygon moved from RU to UA, merged at Perekop`);
  console.log(
    `  antimeridian unwrapped: ${unwrapped.join(', ') || 'none'}; context islands dropped: ${droppedIslands}`,
  );
  console.log(
    `  before: ${countArcPoints(before)} points, ${kb(sizeBefore.raw)} raw, ${kb(sizeBefore.gzip)} gzip ` +
      `(these countries as stored in world-atlas 50m)`,
  );
  console.log(
    `  points: ${pointsRebuilt} after dropping context islets, ${pointsSimplified} after simplification`,
  );
  console.log(
    `  keep: focus ${KEEP_FOCUS * 100} %, context ${KEEP_CONTEXT * 100} % (weights scaled by area^-${SIZE_EXPONENT}); quantization ${QUANTIZATION}`,
  );
  console.log(
    `  after:  ${countArcPoints(output)} points, ${kb(after.raw)} raw, ${kb(after.gzip)} gzip`,
  );
}

main();
