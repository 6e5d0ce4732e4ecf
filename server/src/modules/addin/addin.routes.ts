import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../common/paths';
import { HttpError, Route } from '../../http/route';
import { resolveUnder, sendFile } from './static-files';

/** Where `npm run build` puts the add-in (addin/build.js). */
export function addinDir(): string {
  return path.join(packageRoot(), 'dist', 'addin');
}

/** office.js and the files it loads (host and locale scripts), from the @microsoft/office-js package; null when it is not installed. */
export function officeJsDir(): string | null {
  try {
    return path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
  } catch {
    return null;
  }
}

/** GET /addin/*: the built task pane, login page and icons. */
export function addinRoute(root = addinDir()): Route {
  return {
    path: '/addin/',
    prefix: true,
    methods: ['GET', 'HEAD'],
    async handle(req, res, url) {
      if (!fs.existsSync(root)) throw new HttpError(404, 'the add-in is not built: run npm run build');
      await sendFile(req, res, resolveUnder(root, '/addin/', url.pathname), { cacheControl: 'public, max-age=300' });
    },
  };
}

/** GET /office-js/*: office.js served by pegaso itself (comuni run closed networks: no CDN). */
export function officeJsRoute(root = officeJsDir()): Route {
  return {
    path: '/office-js/',
    prefix: true,
    methods: ['GET', 'HEAD'],
    async handle(req, res, url) {
      if (!root) throw new HttpError(404, 'office.js is not installed: the @microsoft/office-js package is missing');
      await sendFile(req, res, resolveUnder(root, '/office-js/', url.pathname), { cacheControl: 'public, max-age=86400' });
    },
  };
}
