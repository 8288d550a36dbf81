import type { CockpitTile } from '@hy/contracts';

/** The URL a tile (or a figure) opens: its path with its query. */
export function tileHref(x: Pick<CockpitTile, 'path' | 'query'>) {
  const q = new URLSearchParams(x.query).toString();
  return q ? `${x.path}?${q}` : x.path;
}
