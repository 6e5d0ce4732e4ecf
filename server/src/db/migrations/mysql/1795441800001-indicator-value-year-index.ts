import { MigrationInterface, QueryRunner } from 'typeorm';

/** IndicatorValueYearIndex (mysql): the values of an indicator's year by an index seek. */
export class IndicatorValueYearIndex1795441800001 implements MigrationInterface {
    name = 'IndicatorValueYearIndex1795441800001';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("CREATE INDEX `IDX_indicator_value_year` ON `indicator_value` (`indicatorId`, `year`, `role`, `period`)");
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query("DROP INDEX `IDX_indicator_value_year` ON `indicator_value`");
    }
}
