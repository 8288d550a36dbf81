/** Calendar arithmetic on 'YYYY-MM-DD' days (no time zone: the server's day is the property's). */
export const isoWeekday = (day: string) => {
  const w = new Date(`${day}T00:00:00Z`).getUTCDay();
  return w === 0 ? 7 : w;
};
export const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
export const weekStartOf = (day: string) => addDays(day, 1 - isoWeekday(day));
