/** Human numbers of the service desk (BX-2026-000123, TS-…, WX-…): per property, per local year. */
import { localDate, type WorkCalendar } from '../../calendar/index.ts';

export const pad = (n: number) => String(n).padStart(6, '0');

/** The year of an instant in the property's time zone. */
export const yearOf = (cal: WorkCalendar, at: Date) => Number(localDate(cal, at).slice(0, 4));
