/** Parking spaces (one company at a time) and phone lines with the month's usage. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { ok, problem, signedIn } from '../../../test/helpers.ts';
import { makeOrganization, twoProperties } from '../../../test/builders.ts';

const { t, fx, other } = await twoProperties();
after(() => t.close());

test('a space is assigned for a period; an overlapping period is 409', async () => {
  const s = await signedIn(t.app, fx.propertyId, ['cs_assistant']);
  const space = ok(
    await s.post('/api/v1/billing/parking', { propertyId: fx.propertyId, code: 'B1-001', zone: 'B1', monthlyFeeFen: 30_000 }),
    201,
  );
  problem(
    await s.post('/api/v1/billing/parking', { propertyId: fx.propertyId, code: 'B1-001', zone: 'B1', monthlyFeeFen: 30_000 }),
    409,
    'parking_code_taken',
  );
  ok(
    await s.post(`/api/v1/billing/parking/${space.id}/assign`, {
      organizationId: fx.organizationId,
      fromDay: '2026-06-01',
      toDay: '2026-09-15',
    }),
  );
  const org2 = await makeOrganization(t.app.database.db, fx.propertyId);
  problem(
    await s.post(`/api/v1/billing/parking/${space.id}/assign`, { organizationId: org2, fromDay: '2026-09-01' }),
    409,
    'parking_space_taken',
  );
  const r = ok(
    await s.post(`/api/v1/billing/parking/${space.id}/assign`, { organizationId: org2, fromDay: '2026-09-16', plate: '粤B·12345' }),
  );
  assert.equal(r.assignments.length, 2);
  problem(
    await s.post('/api/v1/billing/parking', { propertyId: fx.propertyId, code: 'B1-002', zone: 'B1', monthlyFeeFen: 300.5 }),
    400,
    'validation_failed',
  );
});

test('phone lines and the month’s usage; numbers unique; cross-property 404', async () => {
  const s = await signedIn(t.app, fx.propertyId, ['cs_assistant']);
  const l = ok(
    await s.post('/api/v1/billing/phones', {
      propertyId: fx.propertyId,
      organizationId: fx.organizationId,
      number: '0755-1',
      kind: 'line',
      monthlyRentFen: 2_500,
    }),
    201,
  );
  problem(
    await s.post('/api/v1/billing/phones', {
      propertyId: fx.propertyId,
      organizationId: fx.organizationId,
      number: '0755-1',
      kind: 'line',
      monthlyRentFen: 2_500,
    }),
    409,
    'phone_number_taken',
  );
  ok(await s.put(`/api/v1/billing/phones/${l.id}/usage`, { month: '2026-11', usageFen: 1_234 }));
  const list = ok(await s.get(`/api/v1/billing/phones?propertyId=${fx.propertyId}&month=2026-11`));
  assert.equal(list.data[0].usageFen, 1_234);
  problem(await s.put(`/api/v1/billing/phones/${l.id}/usage`, { month: '2026-11', usageFen: -3 }), 400, 'validation_failed');
  const stranger = await signedIn(t.app, other.propertyId, ['cs_assistant']);
  problem(await stranger.put(`/api/v1/billing/phones/${l.id}/usage`, { month: '2026-11', usageFen: 1 }), 404);
});

test('phone fees imported from .xlsx: all rows or none', async () => {
  const { default: ExcelJS } = await import('exceljs');
  const { XLSX } = await import('../../../lib/xlsx.ts');
  const s = await signedIn(t.app, fx.propertyId, ['cs_assistant']);
  ok(
    await s.post('/api/v1/billing/phones', {
      propertyId: fx.propertyId,
      organizationId: fx.organizationId,
      number: '0755-9',
      kind: 'line',
      monthlyRentFen: 2_500,
    }),
    201,
  );
  const book = async (rows: unknown[][]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('电话费');
    ws.addRow(['号码', '用户', '月租', '本月话费']);
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  const url = `/api/v1/billing/phones/import?propertyId=${fx.propertyId}&month=2026-10`;
  const bad = problem(
    await s.post(
      url,
      await book([
        ['0755-9', '', 25, 12.5],
        ['0000', '', 25, 1],
        ['0755-9', '', 25, 1.234],
      ]),
      { 'content-type': XLSX },
    ),
    422,
    'phone_import_invalid',
  );
  assert.deepEqual(bad.rows, [3, 4]);
  const before = ok(await s.get(`/api/v1/billing/phones?propertyId=${fx.propertyId}&month=2026-10`));
  assert.ok(
    before.data.every((l: { usageFen: number | null }) => l.usageFen === null),
    'nothing saved',
  );
  ok(await s.post(url, await book([['0755-9', '', 25, 12.5]]), { 'content-type': XLSX }), 201);
  const afterImport = ok(await s.get(`/api/v1/billing/phones?propertyId=${fx.propertyId}&month=2026-10`));
  assert.equal(afterImport.data.find((l: { number: string }) => l.number === '0755-9').usageFen, 1_250);
});
