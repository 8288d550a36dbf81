/** JSON shapes of after-the-meeting records (SPEC M9): the check (or its defaults), hand-overs, lost property. Fields chosen one by one. */
import { DEFAULT_CLEANUP_ITEMS } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import { filesOf, presentFile } from '../../files/index.ts';
import type { EquipmentCount } from '../../../db/schema/index.ts';
import { iso } from '../meeting/meeting.format.ts';
import type { NoticeRow } from '../meeting/meeting.repository.ts';
import type { AfterCheckRow, HandoverRow, LostItemRow } from './after.repository.ts';

/** Seed 004 §5.2.2c: every microphone placed is counted back; recording equipment when recorded. */
function defaultEquipment(n: NoticeRow): EquipmentCount[] {
  const services = n.content.services as { code: string; qty?: number }[];
  const mics = services.find((s) => s.code === 'microphones')?.qty ?? 0;
  return [
    ...(mics
      ? [
          { name: '话筒（麦克风）', expected: mics, counted: 0, note: null },
          { name: '话筒电池', expected: mics * 2, counted: 0, note: null },
        ]
      : []),
    ...(services.some((s) => s.code === 'recording') ? [{ name: '录音设备', expected: 1, counted: 0, note: null }] : []),
  ];
}

export const presentCheck = (c: AfterCheckRow | null, n: NoticeRow) =>
  c
    ? {
        cleanup: c.cleanup.map((x) => ({ item: x.item, done: x.done, note: x.note })),
        equipment: c.equipment.map((e) => ({
          name: e.name,
          expected: e.expected,
          counted: e.counted,
          note: e.note,
          shortage: Math.max(0, e.expected - e.counted),
        })),
        shortages: c.shortages,
        version: c.version,
        recordedBy: c.recordedBy,
        recordedAt: c.recordedAt.toISOString(),
      }
    : {
        cleanup: DEFAULT_CLEANUP_ITEMS.map((item) => ({ item, done: false, note: null })),
        equipment: defaultEquipment(n).map((e) => ({ name: e.name, expected: e.expected, counted: e.counted, note: e.note, shortage: 0 })),
        shortages: 0,
        version: 0,
        recordedBy: null,
        recordedAt: null,
      };

export const presentHandover = (h: HandoverRow) => ({
  id: h.id,
  propertyId: h.propertyId,
  noticeId: h.noticeId,
  kind: h.kind,
  description: h.description,
  quantity: h.quantity,
  recipientKind: h.recipientKind,
  recipientName: h.recipientName,
  handedBy: h.handedBy,
  handedAt: h.handedAt.toISOString(),
  note: h.note,
});
/** The files attached to lost items (entity type 'lost_item': photos, the owner's drawn signature), by item. */
type LostFiles = Map<string, Awaited<ReturnType<typeof filesOf>>>;

export const presentLost = (l: LostItemRow, files: LostFiles = new Map()) => {
  const own = files.get(l.id) ?? [];
  const signature = l.ownerSignatureFileId ? own.find((f) => f.id === l.ownerSignatureFileId) : undefined;
  return {
    ...lostFields(l),
    signature: signature ? presentFile(signature) : null,
    photos: own.filter((f) => f.kind === 'photo').map(presentFile),
  };
};

/** Lost items with their photos and signatures (one query for all of them). */
export async function presentLostItems(db: DbOrTx, rows: LostItemRow[]) {
  const files: LostFiles = new Map();
  for (const f of await filesOf(
    db,
    'lost_item',
    rows.map((l) => l.id),
  ))
    files.set(f.entityId!, [...(files.get(f.entityId!) ?? []), f]);
  return rows.map((l) => presentLost(l, files));
}
export const presentOneLost = async (db: DbOrTx, l: LostItemRow) => (await presentLostItems(db, [l]))[0]!;

const lostFields = (l: LostItemRow) => ({
  id: l.id,
  propertyId: l.propertyId,
  noticeId: l.noticeId,
  number: l.number,
  item: l.item,
  description: l.description,
  foundPlace: l.foundPlace,
  foundBy: l.foundBy,
  status: l.status,
  storedPlace: l.storedPlace,
  handedTo: l.handedTo,
  ownerSignature: l.ownerSignature,
  ownerIdNumber: l.ownerIdNumber,
  note: l.note,
  recordedBy: l.recordedBy,
  updatedBy: l.updatedBy,
  foundAt: l.foundAt.toISOString(),
  storedAt: iso(l.storedAt),
  returnedAt: iso(l.returnedAt),
  createdAt: l.createdAt.toISOString(),
  updatedAt: l.updatedAt.toISOString(),
});
