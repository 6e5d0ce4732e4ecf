import { MigrationInterface, QueryRunner } from 'typeorm';

/** UsersHistoryChapters (sqlite), generated from the entities by cli/generate-migration. */
export class UsersHistoryChapters1795437351124 implements MigrationInterface {
    name = 'UsersHistoryChapters1795437351124';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("CREATE TABLE \"budget_chapter\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"year\" integer NOT NULL, \"direction\" varchar(10) NOT NULL, \"chapter\" varchar(30) NOT NULL, \"article\" varchar(30) NOT NULL DEFAULT (''), \"description\" text, \"title\" varchar(10), \"category\" varchar(10), \"mission\" varchar(10), \"program\" varchar(10), \"accountPlanCode\" varchar(40), \"appropriationCents\" bigint NOT NULL DEFAULT (0), \"residualCents\" bigint, \"cashCents\" bigint, \"sourceFile\" varchar(255), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_budget_chapter_key\" UNIQUE (\"year\", \"direction\", \"chapter\", \"article\"))");
        await queryRunner.query("CREATE TABLE \"change_batch\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"clientBatchId\" varchar(100) NOT NULL, \"userId\" integer, \"source\" varchar(10) NOT NULL, \"mode\" varchar(20) NOT NULL, \"status\" varchar(10) NOT NULL, \"appliedCount\" integer NOT NULL DEFAULT (0), \"response\" text, \"revertsBatchId\" integer, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_change_batch_client\" UNIQUE (\"userId\", \"clientBatchId\"))");
        await queryRunner.query("CREATE INDEX \"IDX_df3c7e229ccc526697965a0cd3\" ON \"change_batch\" (\"userId\") ");
        await queryRunner.query("CREATE TABLE \"change_record\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"batchId\" integer, \"userId\" integer, \"source\" varchar(10) NOT NULL, \"entityType\" varchar(20) NOT NULL, \"entityId\" integer NOT NULL, \"objectiveId\" integer NOT NULL, \"field\" varchar(50) NOT NULL, \"oldValue\" text, \"newValue\" text, \"outcome\" varchar(12) NOT NULL, \"message\" varchar(1000), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')))");
        await queryRunner.query("CREATE INDEX \"IDX_d484ec3fc4acd9c984124ddf16\" ON \"change_record\" (\"batchId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_c9c68eb51cce670584fbaa5441\" ON \"change_record\" (\"objectiveId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_change_record_entity\" ON \"change_record\" (\"entityType\", \"entityId\") ");
        await queryRunner.query("CREATE TABLE \"monitoring_period\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"planningViewId\" integer NOT NULL, \"code\" varchar(20) NOT NULL, \"label\" varchar(100) NOT NULL, \"position\" integer NOT NULL, CONSTRAINT \"UQ_monitoring_period\" UNIQUE (\"planningViewId\", \"code\"))");
        await queryRunner.query("CREATE INDEX \"IDX_b5279dab5b3f5c57cc0ec3bd03\" ON \"monitoring_period\" (\"planningViewId\") ");
        await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(100) NOT NULL, \"displayName\" varchar(255) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"role\" varchar(20) NOT NULL, \"active\" boolean NOT NULL DEFAULT (1), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_c480e576dd71729addbc2d51b67\" UNIQUE (\"username\"))");
        await queryRunner.query("CREATE TABLE \"user_responsibility_center\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"userId\" integer NOT NULL, \"responsibilityCenterId\" integer NOT NULL, CONSTRAINT \"UQ_user_center\" UNIQUE (\"userId\", \"responsibilityCenterId\"))");
        await queryRunner.query("CREATE INDEX \"IDX_d600e4c4852c6b2f57a06fe03f\" ON \"user_responsibility_center\" (\"userId\") ");
        await queryRunner.query("CREATE TABLE \"auth_token\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"userId\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"name\" varchar(100), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"expiresAt\" datetime, \"lastUsedAt\" datetime, \"revokedAt\" datetime, CONSTRAINT \"UQ_7634f50cfa7ac8e4e4d5f31e356\" UNIQUE (\"tokenHash\"))");
        await queryRunner.query("CREATE INDEX \"IDX_5a326267f11b44c0d62526bc71\" ON \"auth_token\" (\"userId\") ");
        await queryRunner.query("CREATE TABLE \"login_attempt\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"usernameKey\" varchar(100) NOT NULL, \"ip\" varchar(64) NOT NULL, \"success\" boolean NOT NULL, \"attemptedAt\" datetime NOT NULL)");
        await queryRunner.query("CREATE INDEX \"IDX_login_attempt_ip_at\" ON \"login_attempt\" (\"ip\", \"attemptedAt\") ");
        await queryRunner.query("CREATE INDEX \"IDX_login_attempt_key_at\" ON \"login_attempt\" (\"usernameKey\", \"attemptedAt\") ");
        await queryRunner.query("DROP INDEX \"IDX_5284a0b96ec0ef185e7c47974c\"");
        await queryRunner.query("DROP INDEX \"IDX_bd90e29566f2a07988760bed43\"");
        await queryRunner.query("DROP INDEX \"IDX_5a4b9e6fa8a2b5285bb5c90de6\"");
        await queryRunner.query("CREATE TABLE \"temporary_objective\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"planningViewId\" integer NOT NULL, \"code\" varchar(100) NOT NULL, \"kind\" varchar(32) NOT NULL, \"title\" text, \"assessorato\" varchar(1000), \"responsibilityCenterId\" integer, \"responsibleId\" integer, \"type\" varchar(100), \"status\" varchar(100), \"implementationMode\" text, \"implementationStatus\" text, \"declaredIncomeCents\" bigint, \"declaredExpenseCents\" bigint, \"declaredBalanceCents\" bigint, \"riskLevel\" varchar(42), \"extra\" text, \"importWarnings\" text, \"sourceDocumentId\" integer, \"version\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"workflowState\" varchar(12) NOT NULL DEFAULT ('DRAFT'), CONSTRAINT \"UQ_objective_view_code\" UNIQUE (\"planningViewId\", \"code\"), CONSTRAINT \"FK_7eda46bfc8e448ed34569565c3b\" FOREIGN KEY (\"sourceDocumentId\") REFERENCES \"source_document\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_5284a0b96ec0ef185e7c47974c6\" FOREIGN KEY (\"responsibleId\") REFERENCES \"person\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_bd90e29566f2a07988760bed430\" FOREIGN KEY (\"responsibilityCenterId\") REFERENCES \"responsibility_center\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_5a4b9e6fa8a2b5285bb5c90de6f\" FOREIGN KEY (\"planningViewId\") REFERENCES \"planning_view\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
        await queryRunner.query("INSERT INTO \"temporary_objective\"(\"id\", \"planningViewId\", \"code\", \"kind\", \"title\", \"assessorato\", \"responsibilityCenterId\", \"responsibleId\", \"type\", \"status\", \"implementationMode\", \"implementationStatus\", \"declaredIncomeCents\", \"declaredExpenseCents\", \"declaredBalanceCents\", \"riskLevel\", \"extra\", \"importWarnings\", \"sourceDocumentId\", \"version\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"planningViewId\", \"code\", \"kind\", \"title\", \"assessorato\", \"responsibilityCenterId\", \"responsibleId\", \"type\", \"status\", \"implementationMode\", \"implementationStatus\", \"declaredIncomeCents\", \"declaredExpenseCents\", \"declaredBalanceCents\", \"riskLevel\", \"extra\", \"importWarnings\", \"sourceDocumentId\", \"version\", \"createdAt\", \"updatedAt\" FROM \"objective\"");
        await queryRunner.query("DROP TABLE \"objective\"");
        await queryRunner.query("ALTER TABLE \"temporary_objective\" RENAME TO \"objective\"");
        await queryRunner.query("CREATE INDEX \"IDX_5284a0b96ec0ef185e7c47974c\" ON \"objective\" (\"responsibleId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_bd90e29566f2a07988760bed43\" ON \"objective\" (\"responsibilityCenterId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_5a4b9e6fa8a2b5285bb5c90de6\" ON \"objective\" (\"planningViewId\") ");
        await queryRunner.query("DROP INDEX \"IDX_b5279dab5b3f5c57cc0ec3bd03\"");
        await queryRunner.query("CREATE TABLE \"temporary_monitoring_period\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"planningViewId\" integer NOT NULL, \"code\" varchar(20) NOT NULL, \"label\" varchar(100) NOT NULL, \"position\" integer NOT NULL, CONSTRAINT \"UQ_monitoring_period\" UNIQUE (\"planningViewId\", \"code\"), CONSTRAINT \"FK_b5279dab5b3f5c57cc0ec3bd032\" FOREIGN KEY (\"planningViewId\") REFERENCES \"planning_view\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
        await queryRunner.query("INSERT INTO \"temporary_monitoring_period\"(\"id\", \"planningViewId\", \"code\", \"label\", \"position\") SELECT \"id\", \"planningViewId\", \"code\", \"label\", \"position\" FROM \"monitoring_period\"");
        await queryRunner.query("DROP TABLE \"monitoring_period\"");
        await queryRunner.query("ALTER TABLE \"temporary_monitoring_period\" RENAME TO \"monitoring_period\"");
        await queryRunner.query("CREATE INDEX \"IDX_b5279dab5b3f5c57cc0ec3bd03\" ON \"monitoring_period\" (\"planningViewId\") ");
        await queryRunner.query("DROP INDEX \"IDX_d600e4c4852c6b2f57a06fe03f\"");
        await queryRunner.query("CREATE TABLE \"temporary_user_responsibility_center\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"userId\" integer NOT NULL, \"responsibilityCenterId\" integer NOT NULL, CONSTRAINT \"UQ_user_center\" UNIQUE (\"userId\", \"responsibilityCenterId\"), CONSTRAINT \"FK_d600e4c4852c6b2f57a06fe03f3\" FOREIGN KEY (\"userId\") REFERENCES \"app_user\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_7476b6c925f82da409065f7d05e\" FOREIGN KEY (\"responsibilityCenterId\") REFERENCES \"responsibility_center\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
        await queryRunner.query("INSERT INTO \"temporary_user_responsibility_center\"(\"id\", \"userId\", \"responsibilityCenterId\") SELECT \"id\", \"userId\", \"responsibilityCenterId\" FROM \"user_responsibility_center\"");
        await queryRunner.query("DROP TABLE \"user_responsibility_center\"");
        await queryRunner.query("ALTER TABLE \"temporary_user_responsibility_center\" RENAME TO \"user_responsibility_center\"");
        await queryRunner.query("CREATE INDEX \"IDX_d600e4c4852c6b2f57a06fe03f\" ON \"user_responsibility_center\" (\"userId\") ");
        await queryRunner.query("DROP INDEX \"IDX_5a326267f11b44c0d62526bc71\"");
        await queryRunner.query("CREATE TABLE \"temporary_auth_token\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"userId\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"name\" varchar(100), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"expiresAt\" datetime, \"lastUsedAt\" datetime, \"revokedAt\" datetime, CONSTRAINT \"UQ_7634f50cfa7ac8e4e4d5f31e356\" UNIQUE (\"tokenHash\"), CONSTRAINT \"FK_5a326267f11b44c0d62526bc718\" FOREIGN KEY (\"userId\") REFERENCES \"app_user\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
        await queryRunner.query("INSERT INTO \"temporary_auth_token\"(\"id\", \"tokenHash\", \"userId\", \"kind\", \"name\", \"createdAt\", \"expiresAt\", \"lastUsedAt\", \"revokedAt\") SELECT \"id\", \"tokenHash\", \"userId\", \"kind\", \"name\", \"createdAt\", \"expiresAt\", \"lastUsedAt\", \"revokedAt\" FROM \"auth_token\"");
        await queryRunner.query("DROP TABLE \"auth_token\"");
        await queryRunner.query("ALTER TABLE \"temporary_auth_token\" RENAME TO \"auth_token\"");
        await queryRunner.query("CREATE INDEX \"IDX_5a326267f11b44c0d62526bc71\" ON \"auth_token\" (\"userId\") ");
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("DROP INDEX \"IDX_5a326267f11b44c0d62526bc71\"");
        await queryRunner.query("ALTER TABLE \"auth_token\" RENAME TO \"temporary_auth_token\"");
        await queryRunner.query("CREATE TABLE \"auth_token\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"tokenHash\" varchar(64) NOT NULL, \"userId\" integer NOT NULL, \"kind\" varchar(10) NOT NULL, \"name\" varchar(100), \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"expiresAt\" datetime, \"lastUsedAt\" datetime, \"revokedAt\" datetime, CONSTRAINT \"UQ_7634f50cfa7ac8e4e4d5f31e356\" UNIQUE (\"tokenHash\"))");
        await queryRunner.query("INSERT INTO \"auth_token\"(\"id\", \"tokenHash\", \"userId\", \"kind\", \"name\", \"createdAt\", \"expiresAt\", \"lastUsedAt\", \"revokedAt\") SELECT \"id\", \"tokenHash\", \"userId\", \"kind\", \"name\", \"createdAt\", \"expiresAt\", \"lastUsedAt\", \"revokedAt\" FROM \"temporary_auth_token\"");
        await queryRunner.query("DROP TABLE \"temporary_auth_token\"");
        await queryRunner.query("CREATE INDEX \"IDX_5a326267f11b44c0d62526bc71\" ON \"auth_token\" (\"userId\") ");
        await queryRunner.query("DROP INDEX \"IDX_d600e4c4852c6b2f57a06fe03f\"");
        await queryRunner.query("ALTER TABLE \"user_responsibility_center\" RENAME TO \"temporary_user_responsibility_center\"");
        await queryRunner.query("CREATE TABLE \"user_responsibility_center\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"userId\" integer NOT NULL, \"responsibilityCenterId\" integer NOT NULL, CONSTRAINT \"UQ_user_center\" UNIQUE (\"userId\", \"responsibilityCenterId\"))");
        await queryRunner.query("INSERT INTO \"user_responsibility_center\"(\"id\", \"userId\", \"responsibilityCenterId\") SELECT \"id\", \"userId\", \"responsibilityCenterId\" FROM \"temporary_user_responsibility_center\"");
        await queryRunner.query("DROP TABLE \"temporary_user_responsibility_center\"");
        await queryRunner.query("CREATE INDEX \"IDX_d600e4c4852c6b2f57a06fe03f\" ON \"user_responsibility_center\" (\"userId\") ");
        await queryRunner.query("DROP INDEX \"IDX_b5279dab5b3f5c57cc0ec3bd03\"");
        await queryRunner.query("ALTER TABLE \"monitoring_period\" RENAME TO \"temporary_monitoring_period\"");
        await queryRunner.query("CREATE TABLE \"monitoring_period\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"planningViewId\" integer NOT NULL, \"code\" varchar(20) NOT NULL, \"label\" varchar(100) NOT NULL, \"position\" integer NOT NULL, CONSTRAINT \"UQ_monitoring_period\" UNIQUE (\"planningViewId\", \"code\"))");
        await queryRunner.query("INSERT INTO \"monitoring_period\"(\"id\", \"planningViewId\", \"code\", \"label\", \"position\") SELECT \"id\", \"planningViewId\", \"code\", \"label\", \"position\" FROM \"temporary_monitoring_period\"");
        await queryRunner.query("DROP TABLE \"temporary_monitoring_period\"");
        await queryRunner.query("CREATE INDEX \"IDX_b5279dab5b3f5c57cc0ec3bd03\" ON \"monitoring_period\" (\"planningViewId\") ");
        await queryRunner.query("DROP INDEX \"IDX_5a4b9e6fa8a2b5285bb5c90de6\"");
        await queryRunner.query("DROP INDEX \"IDX_bd90e29566f2a07988760bed43\"");
        await queryRunner.query("DROP INDEX \"IDX_5284a0b96ec0ef185e7c47974c\"");
        await queryRunner.query("ALTER TABLE \"objective\" RENAME TO \"temporary_objective\"");
        await queryRunner.query("CREATE TABLE \"objective\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"planningViewId\" integer NOT NULL, \"code\" varchar(100) NOT NULL, \"kind\" varchar(32) NOT NULL, \"title\" text, \"assessorato\" varchar(1000), \"responsibilityCenterId\" integer, \"responsibleId\" integer, \"type\" varchar(100), \"status\" varchar(100), \"implementationMode\" text, \"implementationStatus\" text, \"declaredIncomeCents\" bigint, \"declaredExpenseCents\" bigint, \"declaredBalanceCents\" bigint, \"riskLevel\" varchar(42), \"extra\" text, \"importWarnings\" text, \"sourceDocumentId\" integer, \"version\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"UQ_objective_view_code\" UNIQUE (\"planningViewId\", \"code\"), CONSTRAINT \"FK_7eda46bfc8e448ed34569565c3b\" FOREIGN KEY (\"sourceDocumentId\") REFERENCES \"source_document\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_5284a0b96ec0ef185e7c47974c6\" FOREIGN KEY (\"responsibleId\") REFERENCES \"person\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_bd90e29566f2a07988760bed430\" FOREIGN KEY (\"responsibilityCenterId\") REFERENCES \"responsibility_center\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT \"FK_5a4b9e6fa8a2b5285bb5c90de6f\" FOREIGN KEY (\"planningViewId\") REFERENCES \"planning_view\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
        await queryRunner.query("INSERT INTO \"objective\"(\"id\", \"planningViewId\", \"code\", \"kind\", \"title\", \"assessorato\", \"responsibilityCenterId\", \"responsibleId\", \"type\", \"status\", \"implementationMode\", \"implementationStatus\", \"declaredIncomeCents\", \"declaredExpenseCents\", \"declaredBalanceCents\", \"riskLevel\", \"extra\", \"importWarnings\", \"sourceDocumentId\", \"version\", \"createdAt\", \"updatedAt\") SELECT \"id\", \"planningViewId\", \"code\", \"kind\", \"title\", \"assessorato\", \"responsibilityCenterId\", \"responsibleId\", \"type\", \"status\", \"implementationMode\", \"implementationStatus\", \"declaredIncomeCents\", \"declaredExpenseCents\", \"declaredBalanceCents\", \"riskLevel\", \"extra\", \"importWarnings\", \"sourceDocumentId\", \"version\", \"createdAt\", \"updatedAt\" FROM \"temporary_objective\"");
        await queryRunner.query("DROP TABLE \"temporary_objective\"");
        await queryRunner.query("CREATE INDEX \"IDX_5a4b9e6fa8a2b5285bb5c90de6\" ON \"objective\" (\"planningViewId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_bd90e29566f2a07988760bed43\" ON \"objective\" (\"responsibilityCenterId\") ");
        await queryRunner.query("CREATE INDEX \"IDX_5284a0b96ec0ef185e7c47974c\" ON \"objective\" (\"responsibleId\") ");
        await queryRunner.query("DROP INDEX \"IDX_login_attempt_key_at\"");
        await queryRunner.query("DROP INDEX \"IDX_login_attempt_ip_at\"");
        await queryRunner.query("DROP TABLE \"login_attempt\"");
        await queryRunner.query("DROP INDEX \"IDX_5a326267f11b44c0d62526bc71\"");
        await queryRunner.query("DROP TABLE \"auth_token\"");
        await queryRunner.query("DROP INDEX \"IDX_d600e4c4852c6b2f57a06fe03f\"");
        await queryRunner.query("DROP TABLE \"user_responsibility_center\"");
        await queryRunner.query("DROP TABLE \"app_user\"");
        await queryRunner.query("DROP INDEX \"IDX_b5279dab5b3f5c57cc0ec3bd03\"");
        await queryRunner.query("DROP TABLE \"monitoring_period\"");
        await queryRunner.query("DROP INDEX \"IDX_change_record_entity\"");
        await queryRunner.query("DROP INDEX \"IDX_c9c68eb51cce670584fbaa5441\"");
        await queryRunner.query("DROP INDEX \"IDX_d484ec3fc4acd9c984124ddf16\"");
        await queryRunner.query("DROP TABLE \"change_record\"");
        await queryRunner.query("DROP INDEX \"IDX_df3c7e229ccc526697965a0cd3\"");
        await queryRunner.query("DROP TABLE \"change_batch\"");
        await queryRunner.query("DROP TABLE \"budget_chapter\"");
    }
}
