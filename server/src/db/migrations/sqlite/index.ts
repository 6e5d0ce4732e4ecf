/** sqlite migrations in order. */
import { Initial1795437088599 } from './1795437088599-initial';
import { UsersHistoryChapters1795437351124 } from './1795437351124-users-history-chapters';
import { AchievementSettings1795438012859 } from './1795438012859-achievement-settings';
import { BatchResponseJson1795439812596 } from './1795439812596-batch-response-json';
import { IndicatorValueYearIndex1795441800000 } from './1795441800000-indicator-value-year-index';

export const SQLITE_MIGRATIONS: Function[] = [Initial1795437088599, UsersHistoryChapters1795437351124, AchievementSettings1795438012859, BatchResponseJson1795439812596, IndicatorValueYearIndex1795441800000];
