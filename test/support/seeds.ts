import fs from 'node:fs';
import path from 'node:path';

/** The sample schede shipped with pegaso (copies of shared/seeds). */
export const SEEDS_DIR = path.join(__dirname, '../../server/sample-data');
export const SEED = {
  tabular: '000_ab41bf3bdc1610c7.txt',
  markdown: '001_ed6a9d23adaa4a2c.txt',
  ocrPtpc: '002_9b838c8703027f73.txt',
  pdftotext: '003_e0eb893e43414817.txt',
  template: '004_5aa8b18dbeb031fb.txt',
} as const;

export function seedPath(name: string): string {
  return path.join(SEEDS_DIR, name);
}

export function seedText(name: string): string {
  return fs.readFileSync(seedPath(name), 'utf8');
}
