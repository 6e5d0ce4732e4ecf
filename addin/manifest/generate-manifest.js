#!/usr/bin/env node
/**
 * Writes the add-in manifest for a deployment address from manifest.template.xml.
 *
 *   npm run manifest -- --url https://pegaso.comune.example.it [--out manifest.xml] [--id <guid>]
 *
 * Without --out the manifest goes to stdout. The repository's own /manifest.xml is this output for
 * the default address (https://localhost:4000); a test fails when it is stale.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const TEMPLATE = path.join(__dirname, 'manifest.template.xml');
/** Address of a developer's local server (office-addin-dev-certs covers localhost). */
const DEFAULT_URL = 'https://localhost:4000';
/** The add-in's identity. A second deployment in the same Office tenant (e.g. a test server) needs its own --id. */
const DEFAULT_ID = '6f1c2a7e-3b9d-4c58-9e0a-7d2b5f3c8a14';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Normalises and checks a deployment address: https origin, no path, query or trailing slash. */
function normaliseBaseUrl(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`--url: "${raw}" non è un indirizzo valido; esempio: https://pegaso.comune.example.it`);
  }
  if (url.protocol !== 'https:') throw new Error(`--url: Office carica i componenti aggiuntivi solo in HTTPS; usare https:// invece di ${url.protocol}//`);
  if (url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new Error(`--url: indicare solo l'indirizzo del server (https://host[:porta]), senza percorso: "${raw}"`);
  }
  return url.origin;
}

/** The manifest package version "1.2.3" → Office's four-part "1.2.3.0". */
function manifestVersion() {
  const pkg = require(path.join(__dirname, '../../package.json'));
  const parts = String(pkg.version).split(/[.+-]/).slice(0, 3).map((p) => String(Number.parseInt(p, 10) || 0));
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
}

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Renders the manifest for a base URL (an https origin) and optional add-in id. */
function renderManifest({ url = DEFAULT_URL, id = DEFAULT_ID } = {}) {
  const baseUrl = normaliseBaseUrl(url);
  if (!GUID.test(id)) throw new Error(`--id: "${id}" non è un GUID (esempio: ${DEFAULT_ID})`);
  const values = { BASE_URL: escapeXml(baseUrl), ADDIN_ID: id.toLowerCase(), VERSION: manifestVersion() };
  return fs.readFileSync(TEMPLATE, 'utf8').replace(/\{\{(\w+)\}\}/g, (_, key) => {
    if (!(key in values)) throw new Error(`manifest.template.xml: unknown placeholder {{${key}}}`);
    return values[key];
  });
}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = inline !== undefined ? inline : argv[++i];
    if (!['--url', '--out', '--id'].includes(flag)) throw new Error(`opzione sconosciuta: ${argv[i]} (usare --url, --out, --id)`);
    if (value === undefined) throw new Error(`${flag}: manca il valore`);
    opts[flag.slice(2)] = value;
  }
  return opts;
}

function main() {
  try {
    const opts = parseArgs(process.argv.slice(2));
    const xml = renderManifest(opts);
    if (opts.out) {
      fs.writeFileSync(opts.out, xml);
      process.stderr.write(`Manifest scritto in ${opts.out} per ${normaliseBaseUrl(opts.url || DEFAULT_URL)}\n`);
    } else process.stdout.write(xml);
  } catch (err) {
    process.stderr.write(`manifest: ${err.message}\n`);
    process.exit(2);
  }
}

if (require.main === module) main();

module.exports = { renderManifest, normaliseBaseUrl, DEFAULT_URL, DEFAULT_ID };
