import { MigrationInterface, QueryRunner } from 'typeorm';

/** BatchResponseJson (mysql), generated from the entities by cli/generate-migration. */
export class BatchResponseJson1795439818221 implements MigrationInterface {
    name = 'BatchResponseJson1795439818221';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("ALTER TABLE `change_batch` DROP COLUMN `response`");
        await queryRunner.query("ALTER TABLE `change_batch` ADD `response` json NULL");
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("ALTER TABLE `change_batch` DROP COLUMN `response`");
        await queryRunner.query("ALTER TABLE `change_batch` ADD `response` text NULL");
    }
}
