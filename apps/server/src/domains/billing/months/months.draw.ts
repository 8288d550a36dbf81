/**
 * Drawing up a month's six sub-tables (inside the caller's transaction): 物业管理费 from the units with a company
 * (billing area × price), 用户水费 from the month's readings, 电话费 from the lines (rent + usage), 车位费 from the
 * spaces held on any day of the month, 工程费 and 其它服务 from the charges posted by the draw day. A unit
 * without a reading or an area is a warning, never a silent zero.
 */
import type { DbOrTx } from '../../../db/client.ts';
import { drawIntoMonth } from '../charges/charges.repository.ts';
import { activeItem } from '../items/items.repository.ts';
import { areaAmount, consumption, meterAmount } from '../items/items.rules.ts';
import { chargedForMonth } from '../parking/parking.rules.ts';
import * as repo from './months.repository.ts';

export interface DrawWarning {
  code: 'no_meter_reading' | 'no_billing_area';
  unitCode: string;
  organizationName: string | null;
}

type Line = Omit<repo.LineInsert, 'monthId' | 'propertyId'>;

export async function drawLines(tx: DbOrTx, propertyId: string, month: string, throughDay: string) {
  const lines: Line[] = [];
  const warnings: DrawWarning[] = [];
  const units = await repo.billedUnits(tx, propertyId);

  const mgmt = await activeItem(tx, propertyId, 'management');
  if (mgmt)
    for (const u of units) {
      if (u.area === null) {
        warnings.push({ code: 'no_billing_area', unitCode: u.code, organizationName: u.organizationName });
        continue;
      }
      const area = Number(u.area);
      lines.push({
        organizationId: u.organizationId!,
        unitId: u.id,
        sheet: 'management',
        feeItemId: mgmt.id,
        description: mgmt.name,
        quantity: area.toFixed(3),
        unitPriceFen: mgmt.unitPriceFen,
        amountFen: areaAmount(area, mgmt.unitPriceFen, mgmt.surchargeFen, mgmt.rounding),
      });
    }

  const water = await activeItem(tx, propertyId, 'water');
  if (water) {
    const readings = new Map((await repo.readingsOf(tx, propertyId, month)).map((r) => [r.unitId, r]));
    for (const u of units) {
      const r = readings.get(u.id);
      if (!r) {
        warnings.push({ code: 'no_meter_reading', unitCode: u.code, organizationName: u.organizationName });
        continue;
      }
      const prev = Number(r.previousReading);
      const cur = Number(r.currentReading);
      lines.push({
        organizationId: u.organizationId!,
        unitId: u.id,
        sheet: 'water',
        feeItemId: water.id,
        description: `${water.name}（${prev}→${cur}）`,
        quantity: consumption(prev, cur).toFixed(3),
        unitPriceFen: water.unitPriceFen,
        amountFen: meterAmount(prev, cur, water.unitPriceFen, water.surchargeFen, water.rounding),
      });
    }
  }

  const phone = await activeItem(tx, propertyId, 'phone');
  for (const { l, usageFen } of await repo.phoneLinesWithUsage(tx, propertyId, month)) {
    const kind = l.kind === 'line' ? '电话月租' : '分机费';
    lines.push({
      organizationId: l.organizationId,
      sheet: 'phone',
      feeItemId: phone?.id ?? null,
      description: `${kind} ${l.number}`,
      quantity: '1',
      unitPriceFen: l.monthlyRentFen,
      amountFen: l.monthlyRentFen,
    });
    if (usageFen)
      lines.push({
        organizationId: l.organizationId,
        sheet: 'phone',
        feeItemId: phone?.id ?? null,
        description: `话费 ${l.number}`,
        amountFen: usageFen,
      });
  }

  const parking = await activeItem(tx, propertyId, 'parking');
  for (const p of await repo.parkingOf(tx, propertyId))
    if (chargedForMonth(p.a, month))
      lines.push({
        organizationId: p.a.organizationId,
        sheet: 'parking',
        feeItemId: parking?.id ?? null,
        description: `车位 ${p.zone} ${p.code}${p.a.plate ? `（${p.a.plate}）` : ''}`,
        quantity: '1',
        unitPriceFen: p.feeFen,
        amountFen: p.feeFen,
      });

  for (const c of await drawIntoMonth(tx, propertyId, month, throughDay))
    lines.push({
      organizationId: c.organizationId,
      unitId: c.unitId,
      sheet: c.sheet,
      chargeId: c.id,
      description: `${c.sourceLabel} ${c.description}（${c.occurredOn}）`,
      amountFen: c.amountFen,
    });

  return { lines: lines.map((l, i) => ({ ...l, position: i })), warnings };
}

/** The warnings of a month as things stand (units with a company but no reading or no billing area). */
export async function monthWarnings(db: DbOrTx, propertyId: string, month: string): Promise<DrawWarning[]> {
  const units = await repo.billedUnits(db, propertyId);
  const read = new Set((await repo.readingsOf(db, propertyId, month)).map((r) => r.unitId));
  const hasWater = !!(await activeItem(db, propertyId, 'water'));
  const out: DrawWarning[] = [];
  for (const u of units) {
    if (u.area === null) out.push({ code: 'no_billing_area', unitCode: u.code, organizationName: u.organizationName });
    if (hasWater && !read.has(u.id)) out.push({ code: 'no_meter_reading', unitCode: u.code, organizationName: u.organizationName });
  }
  return out;
}
