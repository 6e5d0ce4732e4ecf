import { MigrationInterface, QueryRunner } from 'typeorm';

/** AchievementSettings (sqlite), generated from the entities by cli/generate-migration. */
export class AchievementSettings1795438012859 implements MigrationInterface {
    name = 'AchievementSettings1795438012859';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("CREATE TABLE \"temporary_planning_view\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(100) NOT NULL, \"label\" varchar(255), \"year\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"achievementSettings\" text, CONSTRAINT \"UQ_3f715f09d9a41bea78245942871\" UNIQUE (\"code\"))");
        await queryRunner.query("INSERT INTO \"temporary_planning_view\"(\"id\", \"code\", \"label\", \"year\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"code\", \"label\", \"year\", \"createdAt\", \"updatedAt\" FROM \"planning_view\"");
        await queryRunner.query("DROP TABLE \"planning_view\"");
        await queryRunner.query("ALTER TABLE \"temporary_planning_view\" RENAME TO \"planning_view\"");
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("ALTER TABLE \"planning_view\" RENAME TO \"temporary_planning_view\"");
        await queryRunner.query("CREATE TABLE \"planning_view\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"code\" varchar(100) NOT NULL, \"label\" varchar(255), \"year\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_3f715f09d9a41bea78245942871\" UNIQUE (\"code\"))");
        await queryRunner.query("INSERT INTO \"planning_view\"(\"id\", \"code\", \"label\", \"year\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"code\", \"label\", \"year\", \"createdAt\", \"updatedAt\" FROM \"temporary_planning_view\"");
        await queryRunner.query("DROP TABLE \"temporary_planning_view\"");
    }
}
