import { MigrationInterface, QueryRunner } from 'typeorm';

/** Initial (mysql), generated from the entities by cli/generate-migration. */
export class Initial1795437089109 implements MigrationInterface {
    name = 'Initial1795437089109';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("CREATE TABLE `person` (`id` int NOT NULL AUTO_INCREMENT, `displayName` varchar(255) NOT NULL, `nameKey` varchar(255) NOT NULL, UNIQUE INDEX `IDX_6f4d1f745f41505b012bdc3b94` (`nameKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `planning_view` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(100) NOT NULL, `label` varchar(255) NULL, `year` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_3f715f09d9a41bea7824594287` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `responsibility_center` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(100) NULL, `name` varchar(500) NOT NULL, UNIQUE INDEX `IDX_2e8597d5517cabb49c2aa822f3` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `responsibility_center_alias` (`id` int NOT NULL AUTO_INCREMENT, `aliasKey` varchar(500) NOT NULL, `alias` varchar(500) NOT NULL, `responsibilityCenterId` int NOT NULL, INDEX `IDX_cbf17c18a6f9e9f35690d85a95` (`responsibilityCenterId`), UNIQUE INDEX `IDX_31a9cbee6951fea13076c70ef6` (`aliasKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `source_document` (`id` int NOT NULL AUTO_INCREMENT, `fileName` varchar(255) NOT NULL, `contentHash` varchar(64) NOT NULL, `layout` varchar(32) NULL, `title` varchar(255) NULL, `level` varchar(255) NULL, `responsibilityCenterFilter` varchar(500) NULL, `elaborationDate` date NULL, `protocolNumber` varchar(100) NULL, `protocolDate` date NULL, `protocolClassification` varchar(500) NULL, `planningViewId` int NULL, `importedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_15fc13771af2e9dfba9ba0ac28` (`contentHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `objective` (`id` int NOT NULL AUTO_INCREMENT, `planningViewId` int NOT NULL, `code` varchar(100) NOT NULL, `kind` varchar(32) NOT NULL, `title` text NULL, `assessorato` varchar(1000) NULL, `responsibilityCenterId` int NULL, `responsibleId` int NULL, `type` varchar(100) NULL, `status` varchar(100) NULL, `implementationMode` text NULL, `implementationStatus` text NULL, `declaredIncomeCents` bigint NULL, `declaredExpenseCents` bigint NULL, `declaredBalanceCents` bigint NULL, `riskLevel` varchar(42) NULL, `extra` text NULL, `importWarnings` text NULL, `sourceDocumentId` int NULL, `version` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_5a4b9e6fa8a2b5285bb5c90de6` (`planningViewId`), INDEX `IDX_bd90e29566f2a07988760bed43` (`responsibilityCenterId`), INDEX `IDX_5284a0b96ec0ef185e7c47974c` (`responsibleId`), UNIQUE INDEX `UQ_objective_view_code` (`planningViewId`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `budget_line` (`id` int NOT NULL AUTO_INCREMENT, `objectiveId` int NOT NULL, `position` int NOT NULL, `direction` varchar(10) NOT NULL, `year` int NOT NULL, `budgetCode` varchar(20) NULL, `chapter` varchar(30) NOT NULL, `article` varchar(30) NOT NULL DEFAULT '', `competence` varchar(2) NOT NULL, `description` text NULL, `note` text NULL, `amountCents` bigint NOT NULL, `ministerialCode` varchar(30) NULL, `legacyCode` varchar(30) NULL, `accountPlanCode` varchar(30) NULL, `missionProgram` varchar(10) NULL, INDEX `IDX_1596228ce0d7d3ea29a12f62bd` (`objectiveId`), INDEX `IDX_budget_line_key` (`year`, `direction`, `chapter`, `article`, `competence`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `indicator` (`id` int NOT NULL AUTO_INCREMENT, `objectiveId` int NOT NULL, `position` int NOT NULL, `description` text NOT NULL, `type` varchar(100) NULL, `polarity` varchar(20) NOT NULL DEFAULT 'HIGHER_IS_BETTER', `unit` varchar(50) NULL, `note` text NULL, `importBaseline` text NULL, `version` int NOT NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_1e21311c98a62ef011a07ca788` (`objectiveId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `indicator_value` (`id` int NOT NULL AUTO_INCREMENT, `indicatorId` int NOT NULL, `role` varchar(10) NOT NULL, `year` int NOT NULL, `period` varchar(20) NOT NULL DEFAULT 'FINAL', `raw` varchar(1000) NULL, `kind` varchar(10) NOT NULL, `numberValue` varchar(42) NULL, `importBaseline` text NULL, `version` int NOT NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_c9eedeb05df74e74a2175b994b` (`indicatorId`), UNIQUE INDEX `UQ_indicator_value` (`indicatorId`, `role`, `year`, `period`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `involved_person` (`id` int NOT NULL AUTO_INCREMENT, `objectiveId` int NOT NULL, `personId` int NOT NULL, `position` int NOT NULL, `relation` varchar(255) NULL, `commitmentPercent` varchar(42) NULL, `start` date NULL, `end` date NULL, INDEX `IDX_0a80b370b08e4ae27a5d61e709` (`objectiveId`), INDEX `IDX_6445fe25b1337afcdd7028719a` (`personId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `strategic_goal` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(150) NOT NULL, `level` varchar(32) NOT NULL, `title` varchar(1000) NULL, `parentId` int NULL, INDEX `IDX_409cfc5209156c908d821ef627` (`parentId`), UNIQUE INDEX `UQ_strategic_goal_level_code` (`level`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `objective_strategic_link` (`id` int NOT NULL AUTO_INCREMENT, `objectiveId` int NOT NULL, `strategicGoalId` int NOT NULL, `position` int NOT NULL, INDEX `IDX_0a087edbdd9f67d72b33d2b30d` (`strategicGoalId`), UNIQUE INDEX `UQ_objective_strategic_link` (`objectiveId`, `strategicGoalId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("CREATE TABLE `phase` (`id` int NOT NULL AUTO_INCREMENT, `objectiveId` int NOT NULL, `position` int NOT NULL, `description` text NOT NULL, `weight` varchar(42) NULL, `progress` varchar(42) NULL, `plannedStart` date NULL, `plannedEnd` date NULL, `actualStart` date NULL, `actualEnd` date NULL, `responsibleId` int NULL, `responsibilityCenterId` int NULL, `note` text NULL, `cause` varchar(255) NULL, `importBaseline` text NULL, `version` int NOT NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_44c56e87adc19639db39371b0e` (`objectiveId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
        await queryRunner.query("ALTER TABLE `responsibility_center_alias` ADD CONSTRAINT `FK_cbf17c18a6f9e9f35690d85a959` FOREIGN KEY (`responsibilityCenterId`) REFERENCES `responsibility_center`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `objective` ADD CONSTRAINT `FK_5a4b9e6fa8a2b5285bb5c90de6f` FOREIGN KEY (`planningViewId`) REFERENCES `planning_view`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `objective` ADD CONSTRAINT `FK_bd90e29566f2a07988760bed430` FOREIGN KEY (`responsibilityCenterId`) REFERENCES `responsibility_center`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `objective` ADD CONSTRAINT `FK_5284a0b96ec0ef185e7c47974c6` FOREIGN KEY (`responsibleId`) REFERENCES `person`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `objective` ADD CONSTRAINT `FK_7eda46bfc8e448ed34569565c3b` FOREIGN KEY (`sourceDocumentId`) REFERENCES `source_document`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `budget_line` ADD CONSTRAINT `FK_1596228ce0d7d3ea29a12f62bd5` FOREIGN KEY (`objectiveId`) REFERENCES `objective`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `indicator` ADD CONSTRAINT `FK_1e21311c98a62ef011a07ca788d` FOREIGN KEY (`objectiveId`) REFERENCES `objective`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `indicator_value` ADD CONSTRAINT `FK_c9eedeb05df74e74a2175b994bf` FOREIGN KEY (`indicatorId`) REFERENCES `indicator`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `involved_person` ADD CONSTRAINT `FK_0a80b370b08e4ae27a5d61e7091` FOREIGN KEY (`objectiveId`) REFERENCES `objective`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `involved_person` ADD CONSTRAINT `FK_6445fe25b1337afcdd7028719a7` FOREIGN KEY (`personId`) REFERENCES `person`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `strategic_goal` ADD CONSTRAINT `FK_409cfc5209156c908d821ef6279` FOREIGN KEY (`parentId`) REFERENCES `strategic_goal`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `objective_strategic_link` ADD CONSTRAINT `FK_2f69280f2f352c0843fbacb51b2` FOREIGN KEY (`objectiveId`) REFERENCES `objective`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `objective_strategic_link` ADD CONSTRAINT `FK_0a087edbdd9f67d72b33d2b30d3` FOREIGN KEY (`strategicGoalId`) REFERENCES `strategic_goal`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `phase` ADD CONSTRAINT `FK_44c56e87adc19639db39371b0eb` FOREIGN KEY (`objectiveId`) REFERENCES `objective`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `phase` ADD CONSTRAINT `FK_6b5ff140aa4137ec6b8613ea5d1` FOREIGN KEY (`responsibleId`) REFERENCES `person`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
        await queryRunner.query("ALTER TABLE `phase` ADD CONSTRAINT `FK_d5b0bde3068b19885714da2a92d` FOREIGN KEY (`responsibilityCenterId`) REFERENCES `responsibility_center`(`id`) ON DELETE SET NULL ON UPDATE NO ACTION");
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("ALTER TABLE `phase` DROP FOREIGN KEY `FK_d5b0bde3068b19885714da2a92d`");
        await queryRunner.query("ALTER TABLE `phase` DROP FOREIGN KEY `FK_6b5ff140aa4137ec6b8613ea5d1`");
        await queryRunner.query("ALTER TABLE `phase` DROP FOREIGN KEY `FK_44c56e87adc19639db39371b0eb`");
        await queryRunner.query("ALTER TABLE `objective_strategic_link` DROP FOREIGN KEY `FK_0a087edbdd9f67d72b33d2b30d3`");
        await queryRunner.query("ALTER TABLE `objective_strategic_link` DROP FOREIGN KEY `FK_2f69280f2f352c0843fbacb51b2`");
        await queryRunner.query("ALTER TABLE `strategic_goal` DROP FOREIGN KEY `FK_409cfc5209156c908d821ef6279`");
        await queryRunner.query("ALTER TABLE `involved_person` DROP FOREIGN KEY `FK_6445fe25b1337afcdd7028719a7`");
        await queryRunner.query("ALTER TABLE `involved_person` DROP FOREIGN KEY `FK_0a80b370b08e4ae27a5d61e7091`");
        await queryRunner.query("ALTER TABLE `indicator_value` DROP FOREIGN KEY `FK_c9eedeb05df74e74a2175b994bf`");
        await queryRunner.query("ALTER TABLE `indicator` DROP FOREIGN KEY `FK_1e21311c98a62ef011a07ca788d`");
        await queryRunner.query("ALTER TABLE `budget_line` DROP FOREIGN KEY `FK_1596228ce0d7d3ea29a12f62bd5`");
        await queryRunner.query("ALTER TABLE `objective` DROP FOREIGN KEY `FK_7eda46bfc8e448ed34569565c3b`");
        await queryRunner.query("ALTER TABLE `objective` DROP FOREIGN KEY `FK_5284a0b96ec0ef185e7c47974c6`");
        await queryRunner.query("ALTER TABLE `objective` DROP FOREIGN KEY `FK_bd90e29566f2a07988760bed430`");
        await queryRunner.query("ALTER TABLE `objective` DROP FOREIGN KEY `FK_5a4b9e6fa8a2b5285bb5c90de6f`");
        await queryRunner.query("ALTER TABLE `responsibility_center_alias` DROP FOREIGN KEY `FK_cbf17c18a6f9e9f35690d85a959`");
        await queryRunner.query("DROP INDEX `IDX_44c56e87adc19639db39371b0e` ON `phase`");
        await queryRunner.query("DROP TABLE `phase`");
        await queryRunner.query("DROP INDEX `UQ_objective_strategic_link` ON `objective_strategic_link`");
        await queryRunner.query("DROP INDEX `IDX_0a087edbdd9f67d72b33d2b30d` ON `objective_strategic_link`");
        await queryRunner.query("DROP TABLE `objective_strategic_link`");
        await queryRunner.query("DROP INDEX `UQ_strategic_goal_level_code` ON `strategic_goal`");
        await queryRunner.query("DROP INDEX `IDX_409cfc5209156c908d821ef627` ON `strategic_goal`");
        await queryRunner.query("DROP TABLE `strategic_goal`");
        await queryRunner.query("DROP INDEX `IDX_6445fe25b1337afcdd7028719a` ON `involved_person`");
        await queryRunner.query("DROP INDEX `IDX_0a80b370b08e4ae27a5d61e709` ON `involved_person`");
        await queryRunner.query("DROP TABLE `involved_person`");
        await queryRunner.query("DROP INDEX `UQ_indicator_value` ON `indicator_value`");
        await queryRunner.query("DROP INDEX `IDX_c9eedeb05df74e74a2175b994b` ON `indicator_value`");
        await queryRunner.query("DROP TABLE `indicator_value`");
        await queryRunner.query("DROP INDEX `IDX_1e21311c98a62ef011a07ca788` ON `indicator`");
        await queryRunner.query("DROP TABLE `indicator`");
        await queryRunner.query("DROP INDEX `IDX_budget_line_key` ON `budget_line`");
        await queryRunner.query("DROP INDEX `IDX_1596228ce0d7d3ea29a12f62bd` ON `budget_line`");
        await queryRunner.query("DROP TABLE `budget_line`");
        await queryRunner.query("DROP INDEX `UQ_objective_view_code` ON `objective`");
        await queryRunner.query("DROP INDEX `IDX_5284a0b96ec0ef185e7c47974c` ON `objective`");
        await queryRunner.query("DROP INDEX `IDX_bd90e29566f2a07988760bed43` ON `objective`");
        await queryRunner.query("DROP INDEX `IDX_5a4b9e6fa8a2b5285bb5c90de6` ON `objective`");
        await queryRunner.query("DROP TABLE `objective`");
        await queryRunner.query("DROP INDEX `IDX_15fc13771af2e9dfba9ba0ac28` ON `source_document`");
        await queryRunner.query("DROP TABLE `source_document`");
        await queryRunner.query("DROP INDEX `IDX_31a9cbee6951fea13076c70ef6` ON `responsibility_center_alias`");
        await queryRunner.query("DROP INDEX `IDX_cbf17c18a6f9e9f35690d85a95` ON `responsibility_center_alias`");
        await queryRunner.query("DROP TABLE `responsibility_center_alias`");
        await queryRunner.query("DROP INDEX `IDX_2e8597d5517cabb49c2aa822f3` ON `responsibility_center`");
        await queryRunner.query("DROP TABLE `responsibility_center`");
        await queryRunner.query("DROP INDEX `IDX_3f715f09d9a41bea7824594287` ON `planning_view`");
        await queryRunner.query("DROP TABLE `planning_view`");
        await queryRunner.query("DROP INDEX `IDX_6f4d1f745f41505b012bdc3b94` ON `person`");
        await queryRunner.query("DROP TABLE `person`");
    }
}
