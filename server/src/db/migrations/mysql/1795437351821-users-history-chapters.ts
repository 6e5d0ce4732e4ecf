import { MigrationInterface, QueryRunner } from 'typeorm';

/** UsersHistoryChapters (mysql), generated from the entities by cli/generate-migration. */
export class UsersHistoryChapters1795437351821 implements MigrationInterface {
    name = 'UsersHistoryChapters1795437351821';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("CREATE TABLE `budget_chapter` (`id` int NOT NULL AUTO_INCREMENT, `year` int NOT NULL, `direction` varchar(10) NOT NULL, `chapter` varchar(30) NOT NULL, `article` varchar(30) NOT NULL DEFAULT '', `description` text NULL, `title` varchar(10) NULL, `category` varchar(10) NULL, `mission` varchar(10) NULL, `program` varchar(10) NULL, `accountPlanCode` varchar(40) NULL, `appropriationCents` bigint NOT NULL DEFAULT '0', `residualCents` bigint NULL, `cashCents` bigint NULL, `sourceFile` varchar(255) NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `UQ_budget_chapter_key` (`year`, `direction`, `chapter`, `article`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `change_batch` (`id` int NOT NULL AUTO_INCREMENT, `clientBatchId` varchar(100) NOT NULL, `userId` int NULL, `source` varchar(10) NOT NULL, `mode` varchar(20) NOT NULL, `status` varchar(10) NOT NULL, `appliedCount` int NOT NULL DEFAULT '0', `response` text NULL, `revertsBatchId` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_df3c7e229ccc526697965a0cd3` (`userId`), UNIQUE INDEX `UQ_change_batch_client` (`userId`, `clientBatchId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `change_record` (`id` int NOT NULL AUTO_INCREMENT, `batchId` int NULL, `userId` int NULL, `source` varchar(10) NOT NULL, `entityType` varchar(20) NOT NULL, `entityId` int NOT NULL, `objectiveId` int NOT NULL, `field` varchar(50) NOT NULL, `oldValue` text NULL, `newValue` text NULL, `outcome` varchar(12) NOT NULL, `message` varchar(1000) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_d484ec3fc4acd9c984124ddf16` (`batchId`), INDEX `IDX_c9c68eb51cce670584fbaa5441` (`objectiveId`), INDEX `IDX_change_record_entity` (`entityType`, `entityId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `monitoring_period` (`id` int NOT NULL AUTO_INCREMENT, `planningViewId` int NOT NULL, `code` varchar(20) NOT NULL, `label` varchar(100) NOT NULL, `position` int NOT NULL, INDEX `IDX_b5279dab5b3f5c57cc0ec3bd03` (`planningViewId`), UNIQUE INDEX `UQ_monitoring_period` (`planningViewId`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `app_user` (`id` int NOT NULL AUTO_INCREMENT, `username` varchar(100) NOT NULL, `displayName` varchar(255) NOT NULL, `passwordHash` varchar(255) NOT NULL, `role` varchar(20) NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_c480e576dd71729addbc2d51b6` (`username`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `user_responsibility_center` (`id` int NOT NULL AUTO_INCREMENT, `userId` int NOT NULL, `responsibilityCenterId` int NOT NULL, INDEX `IDX_d600e4c4852c6b2f57a06fe03f` (`userId`), UNIQUE INDEX `UQ_user_center` (`userId`, `responsibilityCenterId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `auth_token` (`id` int NOT NULL AUTO_INCREMENT, `tokenHash` varchar(64) NOT NULL, `userId` int NOT NULL, `kind` varchar(10) NOT NULL, `name` varchar(100) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `expiresAt` datetime NULL, `lastUsedAt` datetime NULL, `revokedAt` datetime NULL, INDEX `IDX_5a326267f11b44c0d62526bc71` (`userId`), UNIQUE INDEX `IDX_7634f50cfa7ac8e4e4d5f31e35` (`tokenHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `login_attempt` (`id` int NOT NULL AUTO_INCREMENT, `usernameKey` varchar(100) NOT NULL, `ip` varchar(64) NOT NULL, `success` tinyint NOT NULL, `attemptedAt` datetime NOT NULL, INDEX `IDX_login_attempt_ip_at` (`ip`, `attemptedAt`), INDEX `IDX_login_attempt_key_at` (`usernameKey`, `attemptedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("ALTER TABLE `objective` ADD `workflowState` varchar(12) NOT NULL DEFAULT 'DRAFT'");
        await queryRunner.query("ALTER TABLE `monitoring_period` ADD CONSTRAINT `FK_b5279dab5b3f5c57cc0ec3bd032` FOREIGN KEY (`planningViewId`) REFERENCES `planning_view`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `user_responsibility_center` ADD CONSTRAINT `FK_d600e4c4852c6b2f57a06fe03f3` FOREIGN KEY (`userId`) REFERENCES `app_user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `user_responsibility_center` ADD CONSTRAINT `FK_7476b6c925f82da409065f7d05e` FOREIGN KEY (`responsibilityCenterId`) REFERENCES `responsibility_center`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `auth_token` ADD CONSTRAINT `FK_5a326267f11b44c0d62526bc718` FOREIGN KEY (`userId`) REFERENCES `app_user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("ALTER TABLE `auth_token` DROP FOREIGN KEY `FK_5a326267f11b44c0d62526bc718`");
        await queryRunner.query("ALTER TABLE `user_responsibility_center` DROP FOREIGN KEY `FK_7476b6c925f82da409065f7d05e`");
        await queryRunner.query("ALTER TABLE `user_responsibility_center` DROP FOREIGN KEY `FK_d600e4c4852c6b2f57a06fe03f3`");
        await queryRunner.query("ALTER TABLE `monitoring_period` DROP FOREIGN KEY `FK_b5279dab5b3f5c57cc0ec3bd032`");
        await queryRunner.query("ALTER TABLE `objective` DROP COLUMN `workflowState`");
        await queryRunner.query("DROP INDEX `IDX_login_attempt_key_at` ON `login_attempt`");
        await queryRunner.query("DROP INDEX `IDX_login_attempt_ip_at` ON `login_attempt`");
        await queryRunner.query("DROP TABLE `login_attempt`");
        await queryRunner.query("DROP INDEX `IDX_7634f50cfa7ac8e4e4d5f31e35` ON `auth_token`");
        await queryRunner.query("DROP INDEX `IDX_5a326267f11b44c0d62526bc71` ON `auth_token`");
        await queryRunner.query("DROP TABLE `auth_token`");
        await queryRunner.query("DROP INDEX `UQ_user_center` ON `user_responsibility_center`");
        await queryRunner.query("DROP INDEX `IDX_d600e4c4852c6b2f57a06fe03f` ON `user_responsibility_center`");
        await queryRunner.query("DROP TABLE `user_responsibility_center`");
        await queryRunner.query("DROP INDEX `IDX_c480e576dd71729addbc2d51b6` ON `app_user`");
        await queryRunner.query("DROP TABLE `app_user`");
        await queryRunner.query("DROP INDEX `UQ_monitoring_period` ON `monitoring_period`");
        await queryRunner.query("DROP INDEX `IDX_b5279dab5b3f5c57cc0ec3bd03` ON `monitoring_period`");
        await queryRunner.query("DROP TABLE `monitoring_period`");
        await queryRunner.query("DROP INDEX `IDX_change_record_entity` ON `change_record`");
        await queryRunner.query("DROP INDEX `IDX_c9c68eb51cce670584fbaa5441` ON `change_record`");
        await queryRunner.query("DROP INDEX `IDX_d484ec3fc4acd9c984124ddf16` ON `change_record`");
        await queryRunner.query("DROP TABLE `change_record`");
        await queryRunner.query("DROP INDEX `UQ_change_batch_client` ON `change_batch`");
        await queryRunner.query("DROP INDEX `IDX_df3c7e229ccc526697965a0cd3` ON `change_batch`");
        await queryRunner.query("DROP TABLE `change_batch`");
        await queryRunner.query("DROP INDEX `UQ_budget_chapter_key` ON `budget_chapter`");
        await queryRunner.query("DROP TABLE `budget_chapter`");
    }
}
