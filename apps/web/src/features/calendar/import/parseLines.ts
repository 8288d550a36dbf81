/** The import text, line by line: 'YYYY-MM-DD, holiday|workday (or 休/班 …), name'. */
import dayjs from 'dayjs';

export type OverrideKind = 'holiday' | 'workday';
export interface ParsedLine {
  line: number;
  date?: string;
  kind?: OverrideKind;
  name: string | null;
  error?: string;
}

const HOLIDAY_WORDS = ['holiday', 'h', 'off', '休', '假', '放假', '休息', '节假日'];
const WORKDAY_WORDS = ['workday', 'w', 'work', '班', '上班', '调休', '调休上班', '补班'];

export function parseLines(text: string, t: (k: string) => string): ParsedLine[] {
  const out: ParsedLine[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const s = raw.trim();
    if (!s || s.startsWith('#')) return;
    const parts = s.split(/\s*[,，\t;；]\s*/);
    const [date, kindRaw, ...rest] = parts;
    const name = rest.join(',').trim() || null;
    const line = i + 1;
    if (!date || !kindRaw) return out.push({ line, name, error: t('import.invalidLine') });
    const norm = date.replace(/\//g, '-');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(norm) || !dayjs(norm).isValid() || dayjs(norm).format('YYYY-MM-DD') !== norm) {
      return out.push({ line, name, date, error: t('import.invalidDate') });
    }
    const k = kindRaw.toLowerCase();
    const kind: OverrideKind | undefined = HOLIDAY_WORDS.includes(k) ? 'holiday' : WORKDAY_WORDS.includes(k) ? 'workday' : undefined;
    if (!kind) return out.push({ line, date: norm, name, error: t('import.invalidKind') });
    if (seen.has(norm)) return out.push({ line, date: norm, kind, name, error: t('import.duplicate') });
    seen.add(norm);
    out.push({ line, date: norm, kind, name });
  });
  return out;
}
