import { MigrationInterface, QueryRunner } from 'typeorm';

/** AchievementSettings (mysql), generated from the entities by cli/generate-migration. */
export class AchievementSettings1795438014580 implements MigrationInterface {
    name = 'AchievementSettings1795438014580';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("ALTER TABLE `planning_view` ADD `achievementSettings` text NULL");
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("ALTER TABLE `planning_view` DROP COLUMN `achievementSettings`");
    }
}
