/** JSON shape of a notice's three-level checks (SPEC M5). */
import { CHECK_LEVELS } from '@hy/contracts';
import { iso } from '../meeting/meeting.format.ts';
import type { CheckRow } from './checks.repository.ts';

export const presentCheck = (c: CheckRow, names: Map<string, string>) => ({
  level: c.level,
  label: CHECK_LEVELS[c.level - 1]!.zh,
  dueAt: c.dueAt.toISOString(),
  status: c.status,
  finding: c.finding,
  checkedBy: c.checkedBy,
  checkedByName: c.checkedBy ? (names.get(c.checkedBy) ?? null) : null,
  checkedAt: iso(c.checkedAt),
  missedAt: iso(c.missedAt),
});
