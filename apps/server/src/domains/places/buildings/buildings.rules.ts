/** Pure rules of a building's floors: no I/O, tested table-driven in places.rules.test.ts. */

/** -1 → 'B1', 1 → '1F' (there is no floor 0). */
export function floorLabel(level: number): string {
  return level < 0 ? `B${-level}` : `${level}F`;
}

/** The levels of a building, lowest first: floorsBelow basements then floorsAbove storeys. */
export function floorLevels(floorsAbove: number, floorsBelow: number): number[] {
  const below = Array.from({ length: floorsBelow }, (_, i) => -(floorsBelow - i));
  const above = Array.from({ length: floorsAbove }, (_, i) => i + 1);
  return [...below, ...above];
}

/** Which floors to add and which to remove when a building's floor counts change. */
export function floorChanges(existing: number[], floorsAbove: number, floorsBelow: number) {
  const wanted = floorLevels(floorsAbove, floorsBelow);
  return { add: wanted.filter((l) => !existing.includes(l)), remove: existing.filter((l) => !wanted.includes(l)) };
}
