import fs from 'node:fs';
import path from 'node:path';

let root: string | null = null;

/** The repository root (the folder of package.json), whether running from dist/ or from the sources. */
export function packageRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = up;
  }
  root = dir;
  return root;
}
