/** The 房态核对表 of a day as a workbook in the reader's language; audited. */
import type { Ctx } from '../../../lib/context.ts';
import { sheetWords, workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { ROOM_TYPE_WORDS, STATUS_WORDS } from '../guest-rooms.words.ts';
import { checkSheet } from './rooms.service.ts';

export async function exportCheckSheet(ctx: Ctx, q: { propertyId: string; day?: string }) {
  const { sheet, tz } = await checkSheet(ctx, q);
  await audit(ctx.db, ctx, {
    action: 'guest_room_check.exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { day: sheet.day },
  });
  const { h, en, at } = sheetWords(ctx.locale, tz);
  const w = (p: readonly [string, string]) => (en ? p[1] : p[0]);
  const buf = await workbook([
    {
      name: h('房态核对表', 'Room status check'),
      title: `${h('房态核对表', 'Room status check sheet')} ${sheet.day}${sheet.signedByName ? ` · ${h('核对人', 'Checked by')} ${sheet.signedByName} ${at(new Date(sheet.signedAt!))}` : ''}`,
      columns: [
        { header: h('楼栋', 'Building'), key: 'building', width: 10 },
        { header: h('楼层', 'Floor'), key: 'floor', width: 6 },
        { header: h('房号', 'Room'), key: 'number', width: 8 },
        { header: h('房型', 'Type'), key: 'type', width: 10 },
        { header: h('系统房态', 'On record'), key: 'recorded', width: 12 },
        { header: h('核对房态', 'Found'), key: 'observed', width: 12 },
        { header: h('不符', 'Differs'), key: 'discrepancy', width: 6 },
        { header: h('备注', 'Note'), key: 'note', width: 30 },
      ],
      rows: sheet.lines.map((l) => ({
        building: l.building,
        floor: l.floor,
        number: l.number,
        type: w(ROOM_TYPE_WORDS[l.roomType]),
        recorded: w(STATUS_WORDS[l.recorded]),
        observed: l.observed ? w(STATUS_WORDS[l.observed]) : '',
        discrepancy: l.discrepancy ? h('是', 'Yes') : '',
        note: l.note,
      })),
    },
  ]);
  return { filename: `${h('房态核对表', 'room-status-check')} ${sheet.day}.xlsx`, buf };
}
