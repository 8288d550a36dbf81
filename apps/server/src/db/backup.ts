/**
 * Backups of the database as one logical SQL file (issue 9): the committed migrations the database
 * has applied, then every table's rows as INSERT statements and the sequences' values, all read in
 * one repeatable-read snapshot. The same file restores into PGlite and into PostgreSQL (this module,
 * or `psql -1 -v ON_ERROR_STOP=1 -f` into an empty database) — which is also how an embedded
 * installation moves to PostgreSQL. Files ending in .gz are gzip-compressed.
 *
 * No raw line break is ever written inside a value (such literals are written as E'…\n…'), so the
 * lines `-- huiwu:step` divide the file into scripts safely.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { createGzip, gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Writable } from 'node:stream';
import type { Database, RawQuery } from './client.ts';

export const DUMP_FORMAT = 'huiwu-dump 1';
const STEP = '-- huiwu:step';
const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const PAGE = 1000;

interface Column {
  name: string;
  type: string;
}
interface Table {
  name: string;
  columns: Column[];
  pk: string[];
  selfRefs: string[];
  refs: string[];
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A literal from quote_nullable() on one line: line breaks move into an E'' escape. */
export function oneLine(literal: string): string {
  if (!/[\r\n]/.test(literal)) return literal;
  const e = literal.startsWith("E'");
  let body = literal.slice(e ? 2 : 1, -1);
  if (!e) body = body.replace(/\\/g, '\\\\');
  return `E'${body.replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;
}

/** The application's tables in an order that satisfies every foreign key (self-references aside). */
async function tables(q: RawQuery): Promise<Table[]> {
  const cols = await q<{ t: string; c: string; type: string }>(`
    select c.relname t, a.attname c, format_type(a.atttypid, a.atttypmod) type
    from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid
    where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    order by c.relname, a.attnum`);
  const cons = await q<{ t: string; kind: string; other: string | null; cols: string[] | string }>(`
    select c.relname t, k.contype kind, o.relname other,
           array(select a.attname from unnest(k.conkey) x join pg_attribute a on a.attrelid = k.conrelid and a.attnum = x order by array_position(k.conkey, x))::text[] cols
    from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
    left join pg_class o on o.oid = k.confrelid
    where n.nspname = 'public' and k.contype in ('p', 'f')`);
  const arr = (v: string[] | string) =>
    Array.isArray(v)
      ? v
      : v
          .replace(/^\{|\}$/g, '')
          .split(',')
          .filter(Boolean)
          .map((s) => s.replace(/^"|"$/g, ''));
  const byName = new Map<string, Table>();
  for (const r of cols) {
    if (r.t === 'schema_migrations') continue;
    let t = byName.get(r.t);
    if (!t) byName.set(r.t, (t = { name: r.t, columns: [], pk: [], selfRefs: [], refs: [] }));
    t.columns.push({ name: r.c, type: r.type });
  }
  for (const k of cons) {
    const t = byName.get(k.t);
    if (!t) continue;
    if (k.kind === 'p') t.pk = arr(k.cols);
    else if (k.other === k.t) t.selfRefs.push(...arr(k.cols));
    else if (k.other && byName.has(k.other)) t.refs.push(k.other);
  }
  const ordered: Table[] = [];
  const placed = new Set<string>();
  const rest = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
  while (rest.length) {
    const i = rest.findIndex((t) => t.refs.every((r) => placed.has(r)));
    if (i < 0) throw new Error(`foreign keys form a cycle among: ${rest.map((t) => t.name).join(', ')}`);
    const [t] = rest.splice(i, 1);
    ordered.push(t!);
    placed.add(t!.name);
  }
  for (const t of ordered) {
    if (t.selfRefs.length && t.pk.length !== 1) throw new Error(`${t.name}: a self-reference needs a one-column primary key`);
  }
  return ordered;
}

async function migrationScripts(names: string[]): Promise<Map<string, string>> {
  const available = new Set(await readdir(MIGRATIONS_DIR));
  const out = new Map<string, string>();
  for (const n of names) {
    if (!available.has(n))
      throw new Error(`the database has migration ${n}, which this version does not know: back it up with the version that applied it`);
    out.set(n, await readFile(path.join(MIGRATIONS_DIR, n), 'utf8'));
  }
  return out;
}

export interface DumpStats {
  tables: number;
  rows: number;
  migrations: number;
  ms: number;
}

/** Writes the whole database to `out` from one consistent snapshot. */
export async function dumpDatabase(database: Database, out: Writable): Promise<DumpStats> {
  const t0 = performance.now();
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  return database.snapshot(async (q) => {
    await q(`set local datestyle = 'ISO, YMD'`);
    await q(`set local intervalstyle = 'postgres'`);
    await q(`set local bytea_output = 'hex'`);
    await q(`set local extra_float_digits = 3`);
    const applied = await q<{ name: string; at: string }>(
      `select name, quote_literal(applied_at) at from schema_migrations order by name`,
    ).catch(() => []);
    const scripts = await migrationScripts(applied.map((m) => m.name));
    await write(
      `-- ${DUMP_FORMAT}: 会务及客服服务管理系统 backup\n-- taken_at: ${new Date().toISOString()}\n-- source: ${database.kind}\n`,
    );
    await write(`-- migrations: ${applied.map((m) => m.name).join(',')}\n`);
    await write('-- Restore into an empty database: npm run restore <file>, or psql -1 -v ON_ERROR_STOP=1 -f <file>\n');
    await write(`${STEP}\nset client_encoding = 'UTF8';\nset standard_conforming_strings = on;\n`);
    await write(
      `${STEP}\ncreate table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now());\n`,
    );
    for (const m of applied) {
      await write(`${STEP}\n-- migration ${m.name}\n${scripts.get(m.name)!.trim()}\n;\n`);
      await write(`insert into schema_migrations (name, applied_at) values (${oneLine(`'${m.name.replace(/'/g, "''")}'`)}, ${m.at});\n`);
    }
    let rows = 0;
    const list = await tables(q);
    for (const t of list) {
      const colList = t.columns.map((c) => ident(c.name)).join(', ');
      const values = t.columns.map((c, i) => `quote_nullable(${ident(c.name)}) c${i}`).join(', ');
      const selfIdx = t.selfRefs.map((s) => t.columns.findIndex((c) => c.name === s));
      const pkIdx = t.columns.findIndex((c) => c.name === t.pk[0]);
      const later: string[][] = [];
      let after = '(0,0)';
      for (;;) {
        const page = await q<Record<string, string>>(
          `select ctid::text ctid, ${values} from ${ident(t.name)} where ctid > $1::tid order by ctid limit ${PAGE}`,
          [after],
        );
        if (!page.length) break;
        const lines = page.map((r) => {
          const v = t.columns.map((_, i) => oneLine(r[`c${i}`]!));
          if (selfIdx.length && selfIdx.some((i) => v[i] !== 'NULL')) {
            later.push([v[pkIdx]!, ...selfIdx.map((i) => v[i]!)]);
            for (const i of selfIdx) v[i] = 'NULL'; // set once every row of the table is in
          }
          return `(${v.join(', ')})`;
        });
        await write(`${STEP}\ninsert into ${ident(t.name)} (${colList}) values\n${lines.join(',\n')};\n`);
        rows += page.length;
        after = page[page.length - 1]!.ctid;
        if (page.length < PAGE) break;
      }
      for (let i = 0; i < later.length; i += PAGE) {
        const pkCol = t.columns[pkIdx]!;
        const sets = t.selfRefs.map((s, j) => `${ident(s)} = v.c${j}::${t.columns[selfIdx[j]!]!.type}`).join(', ');
        const vals = later
          .slice(i, i + PAGE)
          .map((r) => `(${r.join(', ')})`)
          .join(',\n');
        await write(
          `${STEP}\nupdate ${ident(t.name)} set ${sets} from (values\n${vals}) v(k, ${t.selfRefs.map((_, j) => `c${j}`).join(', ')}) where ${ident(t.name)}.${ident(pkCol.name)} = v.k::${pkCol.type};\n`,
        );
      }
    }
    const seqs = await q<{ seq: string; v: string | null }>(`
      select quote_ident(schemaname) || '.' || quote_ident(sequencename) seq, last_value::text v from pg_sequences where schemaname = 'public' order by 1`);
    const sets = seqs.filter((s) => s.v !== null).map((s) => `select setval(${oneLine(`'${s.seq.replace(/'/g, "''")}'`)}, ${s.v}, true);`);
    if (sets.length) await write(`${STEP}\n${sets.join('\n')}\n`);
    await write(`-- end of ${DUMP_FORMAT}\n`);
    return { tables: list.length, rows, migrations: applied.length, ms: Math.round(performance.now() - t0) };
  });
}

/** Dumps into `file` (gzip if it ends in .gz), written under a temporary name and renamed when complete. */
export async function backupToFile(database: Database, file: string): Promise<DumpStats> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.partial`;
  const sink = createWriteStream(tmp);
  const done = new Promise<void>((resolve, reject) => {
    sink.on('finish', resolve);
    sink.on('error', reject);
  });
  let stats: DumpStats;
  try {
    if (file.endsWith('.gz')) {
      const gz = createGzip();
      gz.pipe(sink);
      stats = await dumpDatabase(database, gz);
      gz.end();
    } else {
      stats = await dumpDatabase(database, sink);
      sink.end();
    }
    await done;
  } catch (err) {
    sink.destroy();
    await rm(tmp, { force: true });
    throw err;
  }
  await rename(tmp, file);
  return stats;
}

/** The scripts of a backup file, in order. */
export async function readBackup(file: string): Promise<string[]> {
  const raw = await readFile(file);
  const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  if (!text.startsWith(`-- ${DUMP_FORMAT}`)) throw new Error(`${file} is not a ${DUMP_FORMAT} backup`);
  if (!text.trimEnd().endsWith(`-- end of ${DUMP_FORMAT}`)) throw new Error(`${file} is incomplete (no end marker)`);
  return text
    .split(`\n${STEP}\n`)
    .slice(1)
    .map((s) => s.replace(/-- end of [^\n]*\n?$/, ''));
}

export async function assertEmpty(database: Database) {
  const [{ n }] = await database.snapshot((q) => q<{ n: number }>(`select count(*)::int n from pg_tables where schemaname = 'public'`));
  if (Number(n) > 0) throw new Error(`the target database is not empty (${n} tables): restore only into an empty database`);
}

/** Restores a backup into an empty database, in one transaction; refuses a database that has tables. */
export async function restoreBackup(database: Database, file: string): Promise<{ scripts: number }> {
  const scripts = await readBackup(file);
  await assertEmpty(database);
  await database.execScripts(scripts);
  return { scripts: scripts.length };
}

/** Per table: the row count and a digest of the rows' text, to compare two databases. */
export async function tableDigests(database: Database): Promise<Record<string, { rows: number; md5: string }>> {
  return database.snapshot(async (q) => {
    await q(`set local timezone = 'UTC'`);
    await q(`set local datestyle = 'ISO, YMD'`);
    await q(`set local extra_float_digits = 3`);
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const t of [{ name: 'schema_migrations' }, ...(await tables(q))]) {
      const [r] = await q<{ rows: number; md5: string | null }>(
        `select count(*)::int "rows", md5(string_agg(md5(x::text), '' order by md5(x::text))) md5 from ${ident(t.name)} x`,
      );
      out[t.name] = { rows: Number(r!.rows), md5: r!.md5 ?? '' };
    }
    return out;
  });
}

export function backupName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `huiwu-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}.sql.gz`;
}

/** Keeps the newest `keep` backups (by name: they carry their date) in `dir`; returns the removed ones. */
export async function rotateBackups(dir: string, keep: number): Promise<string[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => /^huiwu-\d{8}-\d{6}\.sql(\.gz)?$/.test(f)).sort();
  const gone = files.slice(0, Math.max(0, files.length - keep));
  for (const f of gone) await rm(path.join(dir, f), { force: true });
  return gone;
}
