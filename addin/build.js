#!/usr/bin/env node
/**
 * Builds the add-in into dist/addin/: esbuild bundles the entry points (IIFE for the browsers of
 * Office: WebView2, WKWebView, Edge/Chrome on the web) and static/ is copied unchanged.
 *
 *   node addin/build.js [--watch]
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'dist/addin');
const STATIC = path.join(__dirname, 'static');

/** Bundle name (dist/addin/<name>.js) → entry point. */
const ENTRY_POINTS = {
  taskpane: path.join(__dirname, 'src/taskpane/index.ts'),
  login: path.join(__dirname, 'src/login/login.ts'),
};

/** @type {import('esbuild').BuildOptions} */
const options = {
  entryPoints: ENTRY_POINTS,
  outdir: OUT,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome90', 'edge90', 'safari14.1'],
  sourcemap: true,
  minify: process.env.NODE_ENV === 'production',
  legalComments: 'none',
  logLevel: 'warning',
  tsconfig: path.join(__dirname, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV || 'development') },
  loader: { '.graphql': 'text' },
};

function copyStatic() {
  fs.cpSync(STATIC, OUT, { recursive: true });
}

async function main() {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  copyStatic();
  if (process.argv.includes('--watch')) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
    fs.watch(STATIC, { recursive: true }, copyStatic);
    console.log(`add-in: watching, output in ${path.relative(ROOT, OUT)}/`);
    return;
  }
  const started = Date.now();
  await esbuild.build(options);
  console.log(`add-in: built ${Object.keys(ENTRY_POINTS).join(', ')} into ${path.relative(ROOT, OUT)}/ in ${Date.now() - started} ms`);
}

main().catch((err) => {
  console.error(`add-in: build failed: ${err.message}`);
  process.exit(1);
});
