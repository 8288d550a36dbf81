import dayjs from 'dayjs';

/** An instant as the case pages show it, '—' when there is none. */
export const fmt = (v: string | null | undefined) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');
