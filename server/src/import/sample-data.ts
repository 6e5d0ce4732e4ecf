import { Logger } from 'pino';
import { Database } from '../db/data-source';
import { PlanningView } from '../modules/planning-view/planning-view.entity';
import { importChapterFile, sampleChaptersFile } from './chapters/import-chapters';
import { importFile, sampleFiles } from './import-files';
import { totals } from './summary';

/** On an empty database, imports the sample schede shipped with pegaso so a new user sees real data at once. */
export async function loadSampleDataIfEmpty(db: Database, log: Logger): Promise<boolean> {
  if ((await db.manager.count(PlanningView)) > 0) return false;
  const results = [];
  for (const file of sampleFiles()) results.push(await importFile(db, file));
  const t = totals(results);
  log.info({ files: t.files, objectives: t.created, problems: t.problems }, `sample schede loaded: ${t.created} objectives from ${t.files} documents`);
  const chapters = await importChapterFile(db, sampleChaptersFile());
  log.info({ chapters: chapters.created, problems: chapters.problems.length }, `sample chapter list loaded: ${chapters.created} capitoli`);
  return true;
}
