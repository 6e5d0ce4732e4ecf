import { MigrationInterface, QueryRunner } from 'typeorm';

/** BatchResponseJson (sqlite), generated from the entities by cli/generate-migration. */
export class BatchResponseJson1795439812596 implements MigrationInterface {
    name = 'BatchResponseJson1795439812596';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("DROP INDEX \"IDX_df3c7e229ccc526697965a0cd3\"");
        await queryRunner.query("CREATE TABLE \"temporary_change_batch\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"clientBatchId\" varchar(100) NOT NULL, \"userId\" integer, \"source\" varchar(10) NOT NULL, \"mode\" varchar(20) NOT NULL, \"status\" varchar(10) NOT NULL, \"appliedCount\" integer NOT NULL DEFAULT (0), \"response\" text, \"revertsBatchId\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_change_batch_client\" UNIQUE (\"userId\", \"clientBatchId\"))");
        await queryRunner.query("INSERT INTO \"temporary_change_batch\"(\"id\", \"clientBatchId\", \"userId\", \"source\", \"mode\", \"status\", \"appliedCount\", \"response\", \"revertsBatchId\", \"createdAt\") SELECT \"id\", \"clientBatchId\", \"userId\", \"source\", \"mode\", \"status\", \"appliedCount\", \"response\", \"revertsBatchId\", \"createdAt\" FROM \"change_batch\"");
        await queryRunner.query("DROP TABLE \"change_batch\"");
        await queryRunner.query("ALTER TABLE \"temporary_change_batch\" RENAME TO \"change_batch\"");
        await queryRunner.query("CREATE INDEX \"IDX_df3c7e229ccc526697965a0cd3\" ON \"change_batch\" (\"userId\") ");
        await queryRunner.query("DROP INDEX \"IDX_df3c7e229ccc526697965a0cd3\"");
        await queryRunner.query("CREATE TABLE \"temporary_change_batch\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"clientBatchId\" varchar(100) NOT NULL, \"userId\" integer, \"source\" varchar(10) NOT NULL, \"mode\" varchar(20) NOT NULL, \"status\" varchar(10) NOT NULL, \"appliedCount\" integer NOT NULL DEFAULT (0), \"response\" json, \"revertsBatchId\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_change_batch_client\" UNIQUE (\"userId\", \"clientBatchId\"))");
        await queryRunner.query("INSERT INTO \"temporary_change_batch\"(\"id\", \"clientBatchId\", \"userId\", \"source\", \"mode\", \"status\", \"appliedCount\", \"response\", \"revertsBatchId\", \"createdAt\") SELECT \"id\", \"clientBatchId\", \"userId\", \"source\", \"mode\", \"status\", \"appliedCount\", \"response\", \"revertsBatchId\", \"createdAt\" FROM \"change_batch\"");
        await queryRunner.query("DROP TABLE \"change_batch\"");
        await queryRunner.query("ALTER TABLE \"temporary_change_batch\" RENAME TO \"change_batch\"");
        await queryRunner.query("CREATE INDEX \"IDX_df3c7e229ccc526697965a0cd3\" ON \"change_batch\" (\"userId\") ");
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("DROP INDEX \"IDX_df3c7e229ccc526697965a0cd3\"");
        await queryRunner.query("ALTER TABLE \"change_batch\" RENAME TO \"temporary_change_batch\"");
        await queryRunner.query("CREATE TABLE \"change_batch\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"clientBatchId\" varchar(100) NOT NULL, \"userId\" integer, \"source\" varchar(10) NOT NULL, \"mode\" varchar(20) NOT NULL, \"status\" varchar(10) NOT NULL, \"appliedCount\" integer NOT NULL DEFAULT (0), \"response\" text, \"revertsBatchId\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_change_batch_client\" UNIQUE (\"userId\", \"clientBatchId\"))");
        await queryRunner.query("INSERT INTO \"change_batch\"(\"id\", \"clientBatchId\", \"userId\", \"source\", \"mode\", \"status\", \"appliedCount\", \"response\", \"revertsBatchId\", \"createdAt\") SELECT \"id\", \"clientBatchId\", \"userId\", \"source\", \"mode\", \"status\", \"appliedCount\", \"response\", \"revertsBatchId\", \"createdAt\" FROM \"temporary_change_batch\"");
        await queryRunner.query("DROP TABLE \"temporary_change_batch\"");
        await queryRunner.query("CREATE INDEX \"IDX_df3c7e229ccc526697965a0cd3\" ON \"change_batch\" (\"userId\") ");
        await queryRunner.query("DROP INDEX \"IDX_df3c7e229ccc526697965a0cd3\"");
        await queryRunner.query("ALTER TABLE \"change_batch\" RENAME TO \"temporary_change_batch\"");
        await queryRunner.query("CREATE TABLE \"change_batch\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"clientBatchId\" varchar(100) NOT NULL, \"userId\" integer, \"source\" varchar(10) NOT NULL, \"mode\" varchar(20) NOT NULL, \"status\" varchar(10) NOT NULL, \"appliedCount\" integer NOT NULL DEFAULT (0), \"response\" text, \"revertsBatchId\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_change_batch_client\" UNIQUE (\"userId\", \"clientBatchId\"))");
        await queryRunner.query("INSERT INTO \"change_batch\"(\"id\", \"clientBatchId\", \"userId\", \"source\", \"mode\", \"status\", \"appliedCount\", \"response\", \"revertsBatchId\", \"createdAt\") SELECT \"id\", \"clientBatchId\", \"userId\", \"source\", \"mode\", \"status\", \"appliedCount\", \"response\", \"revertsBatchId\", \"createdAt\" FROM \"temporary_change_batch\"");
        await queryRunner.query("DROP TABLE \"temporary_change_batch\"");
        await queryRunner.query("CREATE INDEX \"IDX_df3c7e229ccc526697965a0cd3\" ON \"change_batch\" (\"userId\") ");
    }
}
