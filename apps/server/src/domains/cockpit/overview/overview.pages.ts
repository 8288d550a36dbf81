/** Every page of a keyset-paged list (at most `maxPages` of 200), for the counts the tiles show. */
export async function allPages<T>(page: (cursor: string | undefined) => Promise<{ data: T[]; nextCursor: string | null }>, maxPages = 50) {
  const out: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const p = await page(cursor);
    out.push(...p.data);
    if (!p.nextCursor) break;
    cursor = p.nextCursor;
  }
  return out;
}
