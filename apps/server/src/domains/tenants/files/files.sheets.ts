/** The occupancy table 《用户入住情况表》 as a workbook in the reader's language (audited). */
import { TENANT_STATUSES } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { workbook } from '../../../lib/xlsx.ts';
import { audit } from '../../audit/index.ts';
import { listFiles } from './files.service.ts';

const STATUS: Record<(typeof TENANT_STATUSES)[number], [string, string]> = {
  moving_in: ['入住中', 'Moving in'],
  occupied: ['在驻', 'Occupied'],
  moving_out: ['退租中', 'Moving out'],
  vacated: ['已迁出', 'Vacated'],
};

export async function exportOccupancy(ctx: Ctx, propertyId: string) {
  const { data } = await listFiles(ctx, { propertyId });
  await audit(ctx.db, ctx, {
    action: 'tenant_occupancy.exported',
    entityType: 'property',
    entityId: propertyId,
    propertyId,
    meta: { rows: data.length },
  });
  const en = ctx.locale === 'en-US';
  const h = (pair: readonly [string, string]) => (en ? pair[1] : pair[0]);
  const buf = await workbook([
    {
      name: h(['用户入住情况表', 'Occupancy']),
      title: h(['用户入住情况表', 'Tenant occupancy']),
      columns: [
        { header: h(['单元', 'Units']), key: 'units', width: 22 },
        { header: h(['用户名称', 'Company']), key: 'name', width: 30 },
        { header: h(['英文名称', 'English name']), key: 'nameEn', width: 30 },
        { header: h(['面积（㎡）', 'Area (m²)']), key: 'area', width: 11 },
        { header: h(['入住日期', 'Moved in']), key: 'moveIn', width: 12 },
        { header: h(['人数', 'Staff']), key: 'staff', width: 8 },
        { header: h(['联系人', 'Contact']), key: 'contact', width: 20 },
        { header: h(['联系电话', 'Phone']), key: 'phone', width: 16 },
        { header: h(['状态', 'Status']), key: 'status', width: 10 },
      ],
      rows: data.map((t) => ({
        units: t.units.map((u) => `${u.building} ${u.code}`).join('、'),
        name: t.name,
        nameEn: t.nameEn,
        area: t.areaSqm,
        moveIn: t.moveInDate,
        staff: t.staffCount,
        contact: t.contact ? [t.contact.nameZh, t.contact.nameEn].filter(Boolean).join(' / ') : '',
        phone: t.contact?.phone ?? '',
        status: h(STATUS[t.status]),
      })),
    },
  ]);
  return { filename: `${h(['用户入住情况表', 'tenant-occupancy'])}.xlsx`, buf };
}
