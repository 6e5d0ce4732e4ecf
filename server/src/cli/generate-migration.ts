/**
 * Developer tool: writes a migration for one dialect with the statements that bring a database,
 * migrated to the latest existing migration, in line with the entities.
 *   node dist/server/src/cli/generate-migration.js <Name> sqlite
 *   node dist/server/src/cli/generate-migration.js <Name> mysql mysql://root@127.0.0.1:3307/scratch
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseDatabaseUrl } from '../config';
import { createDataSource, detectMysqlFlavor } from '../db/data-source';
import { pendingSchemaChanges } from '../db/schema-diff';

async function main(): Promise<void> {
  const [name, dialect, url] = process.argv.slice(2);
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name) || (dialect !== 'sqlite' && dialect !== 'mysql')) {
    throw new Error('usage: generate-migration <PascalName> sqlite|mysql [mysql-url-of-an-empty-database]');
  }
  const db = parseDatabaseUrl(dialect === 'sqlite' ? 'sqlite::memory:' : url ?? '');
  const ds = createDataSource(db, db.dialect === 'mysql' ? await detectMysqlFlavor(db.url) : 'mysql');
  await ds.initialize();
  await ds.runMigrations();
  const { up, down } = await pendingSchemaChanges(ds);
  await ds.destroy();
  if (up.length === 0) {
    console.log('entities and migrations agree: nothing to generate');
    return;
  }
  const stamp = Date.now();
  const className = `${name}${stamp}`;
  const q = (s: string) => '        await queryRunner.query(' + JSON.stringify(s) + ');';
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

/** ${name} (${dialect}), generated from the entities by cli/generate-migration. */
export class ${className} implements MigrationInterface {
    name = '${className}';

    public async up(queryRunner: QueryRunner): Promise<void> {
${up.map(q).join('\n')}
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
${down.reverse().map(q).join('\n')}
    }
}
`;
  const dir = path.join(__dirname, '../../../../server/src/db/migrations', dialect);
  const file = path.join(dir, `${stamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.ts`);
  fs.writeFileSync(file, body);
  registerMigration(path.join(dir, 'index.ts'), className, path.basename(file, '.ts'));
  console.log(`wrote ${path.relative(process.cwd(), file)}: ${up.length} statements, registered in ${dialect}/index.ts`);
}

/** Adds the migration to the dialect's ordered list. */
function registerMigration(indexFile: string, className: string, moduleName: string): void {
  const index = fs.readFileSync(indexFile, 'utf8');
  const withImport = index.replace(/(\nexport const)/, `import { ${className} } from './${moduleName}';\n$1`);
  fs.writeFileSync(indexFile, withImport.replace(/\];\s*$/, (end) => `, ${className}${end}`).replace('[, ', '['));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
