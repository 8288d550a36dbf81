/** The 会务物资清单's lines as the API sends them (explicit fields): the live quantity, the group's and item's names, costs. */
import type { EventMaterialFigures, EventMaterialLine } from '@hy/contracts';
import type { MaterialRow } from './materials.repository.ts';
import { basisCount, quantityOf } from './materials.rules.ts';

export interface LineNames {
  groups: Map<string, string>;
  items: Map<string, { name: string; stock: number; lossFen: number }>;
}

export function presentLine(r: MaterialRow, f: EventMaterialFigures, n: LineNames): EventMaterialLine {
  const quantity = quantityOf(r, f);
  const item = r.warehouseItemId ? n.items.get(r.warehouseItemId) : undefined;
  return {
    id: r.id,
    eventId: r.eventId,
    category: r.category,
    name: r.name,
    basis: r.basis,
    fixedQty: r.fixedQty,
    perUnit: r.perUnit,
    spare: r.spare,
    basisCount: basisCount(r, f),
    quantity,
    unit: r.unit,
    placement: r.placement,
    groupId: r.groupId,
    groupName: r.groupId ? (n.groups.get(r.groupId) ?? null) : null,
    status: r.status,
    source: r.source,
    warehouseItemId: r.warehouseItemId,
    warehouseItemName: item?.name ?? null,
    warehouseStock: item?.stock ?? null,
    unitFen: r.unitFen,
    amountFen: r.source === 'purchase' && r.unitFen ? quantity * r.unitFen : 0,
    drawn: r.drawn,
    returned: r.returned,
    lost: r.lost,
    outstanding: r.drawn - r.returned - r.lost,
    lossFen: r.lost * (item?.lossFen ?? 0),
    notes: r.notes,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}
