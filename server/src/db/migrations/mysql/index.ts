/** mysql migrations in order. */
import { Initial1795437089109 } from './1795437089109-initial';
import { UsersHistoryChapters1795437351821 } from './1795437351821-users-history-chapters';
import { AchievementSettings1795438014580 } from './1795438014580-achievement-settings';
import { BatchResponseJson1795439818221 } from './1795439818221-batch-response-json';
import { IndicatorValueYearIndex1795441800001 } from './1795441800001-indicator-value-year-index';

export const MYSQL_MIGRATIONS: Function[] = [Initial1795437089109, UsersHistoryChapters1795437351821, AchievementSettings1795438014580, BatchResponseJson1795439818221, IndicatorValueYearIndex1795441800001];
