/** Meter readings: typed (not below the previous), the template, the import all-or-nothing with row numbers. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { ok, problem, signedIn } from '../../../test/helpers.ts';
import { twoProperties } from '../../../test/builders.ts';
import { XLSX } from '../../../lib/xlsx.ts';

const { t, fx, other } = await twoProperties();
after(() => t.close());
const assistant = await signedIn(t.app, fx.propertyId, ['cs_assistant']);
const unitCode = ok(await assistant.get(`/api/v1/billing/meters?propertyId=${fx.propertyId}&month=2026-10`)).data[0].unitCode as string;

async function book(rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('抄表');
  ws.addRow(['单元', '用户', '上月读数', '本月读数', '抄表日期']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const upload = async (month: string, rows: unknown[][]) =>
  assistant.post(`/api/v1/billing/meters/import?propertyId=${fx.propertyId}&month=${month}`, await book(rows), { 'content-type': XLSX });

test('a typed reading; the next month’s previous is this month’s current; below previous is refused', async () => {
  const r = ok(
    await assistant.put('/api/v1/billing/meters', {
      propertyId: fx.propertyId,
      month: '2026-10',
      unitId: fx.unitId,
      currentReading: 100.5,
      readOn: '2026-10-22',
    }),
  );
  assert.equal(r.previousReading, 0);
  assert.equal(r.consumption, 100.5);
  const nov = ok(await assistant.get(`/api/v1/billing/meters?propertyId=${fx.propertyId}&month=2026-11`));
  assert.equal(nov.data[0].previousReading, 100.5);
  assert.equal(nov.data[0].currentReading, null);
  problem(
    await assistant.put('/api/v1/billing/meters', {
      propertyId: fx.propertyId,
      month: '2026-11',
      unitId: fx.unitId,
      currentReading: 99,
      readOn: '2026-11-22',
    }),
    422,
    'meter_reading_below_previous',
  );
  problem(
    await assistant.put('/api/v1/billing/meters', {
      propertyId: fx.propertyId,
      month: '2026-11',
      unitId: fx.unitId,
      currentReading: 'x',
      readOn: '2026-11-22',
    }),
    400,
  );
});

test('import: any bad row → 422 with the row numbers and nothing saved; a good file saves all', async () => {
  const bad = problem(
    await upload('2026-11', [
      [unitCode, '', 100.5, 130],
      ['NOPE-01', '', 0, 5],
      [unitCode, '', 0, 'abc'],
      [unitCode, '', 0, 50],
    ]),
    422,
    'meter_import_invalid',
  );
  assert.deepEqual(bad.rows, [3, 4, 5]);
  const nov = ok(await assistant.get(`/api/v1/billing/meters?propertyId=${fx.propertyId}&month=2026-11`));
  assert.equal(nov.data[0].currentReading, null, 'nothing saved');
  assert.deepEqual(ok(await upload('2026-11', [[unitCode, '', 100.5, 140.25, '2026-11-21']]), 201), { month: '2026-11', saved: 1 });
  const after2 = ok(await assistant.get(`/api/v1/billing/meters?propertyId=${fx.propertyId}&month=2026-11`));
  assert.equal(after2.data[0].consumption, 39.75);
  const tpl = await assistant.get(`/api/v1/billing/meters/template?propertyId=${fx.propertyId}&month=2026-11`);
  assert.equal(tpl.statusCode, 200);
  assert.equal(tpl.headers['content-type'], XLSX);
});

test('readings need billing.manage to write and the own property', async () => {
  const gm = await signedIn(t.app, fx.propertyId, ['general_manager']);
  problem(
    await gm.put('/api/v1/billing/meters', {
      propertyId: fx.propertyId,
      month: '2026-11',
      unitId: fx.unitId,
      currentReading: 200,
      readOn: '2026-11-22',
    }),
    403,
  );
  const stranger = await signedIn(t.app, other.propertyId, ['cs_assistant']);
  problem(await stranger.get(`/api/v1/billing/meters?propertyId=${fx.propertyId}&month=2026-11`), 404);
});
