/**
 * The directory (通讯录, F2): staff find a department, a tenant or a person by name, unit, company, pinyin
 * initials or phone; the desk and the supervisor keep it. Entries are archived, never deleted (visits and
 * parcels refer to them). Phones reach staff only (outside users cannot read the directory at all); an
 * export is audited.
 */
import type { Ctx } from '../../../lib/context.ts';
import { authorize, memberProperties, can, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { cursorOf, page } from '../../../lib/paging.ts';
import { workbook } from '../../../lib/xlsx.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './directory.repository.ts';
import { presentEntry } from './directory.presenter.ts';
import { initialsOf, normalizeQuery, pigeonholeOf } from './directory.rules.ts';
import type { DirectoryCreate, DirectoryPatch, DirectoryQuery } from './directory.schema.ts';

export async function listDirectory(ctx: Ctx, q: DirectoryQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'frontdesk.directory.read');
  const rows = await repo.listEntries(ctx.db, { ...q, q: normalizeQuery(q.q), after: cursorOf(q, 2), limit: q.limit + 1 });
  return page(
    rows,
    q.limit,
    (r) => [r.e.nameZh, r.e.id],
    (r) => presentEntry(actor, r),
  );
}

async function load(ctx: Ctx, id: string, permission: 'frontdesk.directory.read' | 'frontdesk.directory.manage') {
  const actor = requireActor(ctx);
  const row = await repo.findEntry(ctx.db, id);
  if (!row || !memberProperties(actor).includes(row.e.propertyId) || !can(actor, row.e.propertyId, 'frontdesk.directory.read'))
    throw errors.notFound('directory entry');
  if (!can(actor, row.e.propertyId, permission)) throw errors.forbidden();
  return { actor, row };
}

export async function getEntry(ctx: Ctx, id: string) {
  const { actor, row } = await load(ctx, id, 'frontdesk.directory.read');
  return presentEntry(actor, row);
}

/** A person belongs to a department or a tenant of the same property (not to a person, not to itself). */
async function checkParent(ctx: Ctx, propertyId: string, parentId: string | null | undefined, selfId?: string) {
  if (!parentId) return;
  const p = await repo.findEntry(ctx.db, parentId);
  if (!p || p.e.propertyId !== propertyId || p.e.kind === 'person' || p.e.id === selfId)
    throw errors.rule(
      'directory_parent_invalid',
      say(ctx, '所属部门或单位不存在，或不能作为上级', 'The department or tenant does not exist or cannot hold people'),
      undefined,
      [{ path: 'parentId', message: 'invalid parent', code: 'directory_parent_invalid' }],
    );
}

const derived = (nameZh: string, kind: string) => ({
  initials: initialsOf(nameZh, kind === 'person'),
  pigeonhole: pigeonholeOf(nameZh, kind === 'person'),
});

export async function createEntry(ctx: Ctx, input: DirectoryCreate) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'frontdesk.directory.manage');
  await checkParent(ctx, input.propertyId, input.parentId);
  const id = await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const e = await repo.insertEntry(tx, { ...input, ...derived(input.nameZh, input.kind), createdAt: now, updatedAt: now });
    await audit(tx, ctx, {
      action: 'directory_entry.created',
      entityType: 'directory_entry',
      entityId: e.id,
      propertyId: e.propertyId,
      before: null,
      after: e,
    });
    return e.id;
  });
  return getEntry(ctx, id);
}

async function change(ctx: Ctx, id: string, patch: Partial<repo.DirectoryRow>, action: string) {
  const { row } = await load(ctx, id, 'frontdesk.directory.manage');
  await ctx.db.transaction(async (tx: DbOrTx) => {
    const u = await repo.updateEntry(tx, id, { ...patch, updatedAt: ctx.now() });
    await audit(tx, ctx, {
      action: `directory_entry.${action}`,
      entityType: 'directory_entry',
      entityId: id,
      propertyId: u.propertyId,
      before: row.e,
      after: u,
    });
  });
  return getEntry(ctx, id);
}

export async function updateEntry(ctx: Ctx, id: string, patch: DirectoryPatch) {
  const { row } = await load(ctx, id, 'frontdesk.directory.manage');
  if (patch.parentId !== undefined) await checkParent(ctx, row.e.propertyId, patch.parentId, id);
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<repo.DirectoryRow>;
  const nameZh = patch.nameZh ?? row.e.nameZh;
  const kind = patch.kind ?? row.e.kind;
  return change(ctx, id, { ...set, ...derived(nameZh, kind) }, 'updated');
}

export const archiveEntry = (ctx: Ctx, id: string) => change(ctx, id, { archivedAt: ctx.now() }, 'archived');
export const restoreEntry = (ctx: Ctx, id: string) => change(ctx, id, { archivedAt: null }, 'restored');

const KIND_ZH = { department: '部门', tenant: '业户单位', person: '人员' } as const;
const KIND_EN = { department: 'Department', tenant: 'Tenant', person: 'Person' } as const;

/** The directory as a workbook (phones included: audited, with the count exported). */
export async function exportDirectory(ctx: Ctx, q: { propertyId: string; kind?: DirectoryQuery['kind'] }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'frontdesk.directory.read');
  const rows = await repo.listEntries(ctx.db, { propertyId: q.propertyId, q: null, kind: q.kind, limit: 100_000 });
  const en = ctx.locale === 'en-US';
  await audit(ctx.db, ctx, {
    action: 'directory.exported',
    entityType: 'property',
    entityId: q.propertyId,
    propertyId: q.propertyId,
    meta: { rows: rows.length, kind: q.kind ?? null },
  });
  const h = (zh: string, e: string) => (en ? e : zh);
  const buf = await workbook([
    {
      name: h('通讯录', 'Directory'),
      title: h('通讯录', 'Directory'),
      columns: [
        { header: h('类别', 'Kind'), key: 'kind', width: 10 },
        { header: h('名称', 'Name'), key: 'nameZh', width: 24 },
        { header: h('英文名称', 'English name'), key: 'nameEn', width: 28 },
        { header: h('所属', 'Belongs to'), key: 'parentName', width: 22 },
        { header: h('职务', 'Title'), key: 'title', width: 14 },
        { header: h('位置', 'Location'), key: 'location', width: 18 },
        { header: h('电话', 'Phone'), key: 'phone', width: 16 },
        { header: h('手机', 'Mobile'), key: 'mobile', width: 16 },
        { header: h('紧急联系人', 'Emergency contact'), key: 'emergencyContact', width: 14 },
        { header: h('紧急联系电话', 'Emergency phone'), key: 'emergencyPhone', width: 16 },
      ],
      rows: rows.map(({ e, parentName }) => ({ ...e, kind: (en ? KIND_EN : KIND_ZH)[e.kind], parentName })),
    },
  ]);
  return { filename: `${h('通讯录', 'directory')}.xlsx`, buf };
}
