import fs from 'node:fs';
import { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { HttpError } from '../../http/route';

/** Content types of the files the add-in and office.js are made of. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` that a URL path below `prefix` names, or null when it would leave `root`
 * (`..`, encoded slashes or NULs) — traversal is refused before the disk is touched.
 */
export function resolveUnder(root: string, prefix: string, pathname: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return null;
  }
  if (rel.includes('\0') || rel.includes('\\') || rel.split('/').some((seg) => seg === '..')) return null;
  const file = path.resolve(root, `.${path.posix.sep}${rel}`);
  return file.startsWith(root + path.sep) ? file : null;
}

export interface StaticOptions {
  /** Cache-Control for everything but HTML (which is always revalidated). */
  cacheControl: string;
}

/** Sends a regular file with its content type, an ETag and 304s; 404 for anything else. */
export async function sendFile(req: IncomingMessage, res: ServerResponse, file: string | null, opts: StaticOptions): Promise<void> {
  const stat = file ? await fs.promises.stat(file).catch(() => null) : null;
  if (!file || !stat || !stat.isFile()) throw new HttpError(404, 'file not found');
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const type = contentTypeOf(file);
  const headers: Record<string, string | number> = {
    'content-type': type,
    'cache-control': type.startsWith('text/html') ? 'no-cache' : opts.cacheControl,
    etag,
    'last-modified': stat.mtime.toUTCString(),
    'x-content-type-options': 'nosniff',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': stat.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const stream = fs.createReadStream(file);
    stream.on('error', reject);
    res.on('close', resolve);
    stream.pipe(res);
  });
}
