/**
 * One process per embedded data folder (issue 9). PGlite has no server of its own: two processes on
 * the same folder would each run their own PostgreSQL over the same files, hand out the same case
 * numbers and lose acknowledged writes. The owner writes DATA_DIR/huiwu.lock (pid, host, start time)
 * with O_EXCL; a second process is refused with a clear message. A lock whose pid is no longer alive
 * on this host is stale (a crash, a power cut) and is taken over; a clean exit removes the lock.
 */
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export const LOCK_FILE = 'huiwu.lock';

export interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | null,
    reason: string,
  ) {
    super(
      `数据目录 ${dataDir} 已被另一个进程使用 / the data folder ${dataDir} is in use by another process` +
        `${owner ? ` (pid ${owner.pid} on ${owner.hostname}, since ${owner.startedAt})` : ''}. ${reason} ` +
        'Only one process may open an embedded (PGlite) database: stop the other one, or set DATABASE_URL to run several instances on PostgreSQL. ' +
        `If you are sure no process uses it, delete ${path.join(dataDir, LOCK_FILE)}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const o = JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
    return typeof o?.pid === 'number' && typeof o.hostname === 'string' ? o : null;
  } catch {
    return null;
  }
}

function tryCreate(file: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, `${JSON.stringify(owner)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

export interface DataDirLock {
  file: string;
  owner: LockOwner;
  tookOver: LockOwner | null;
  release(): void;
}

/** Takes the folder's lock or throws DataDirLockedError. */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
  let tookOver: LockOwner | null = null;
  for (let attempt = 0; !tryCreate(file, owner); attempt++) {
    const held = readOwner(file);
    if (attempt > 2) throw new DataDirLockedError(dataDir, held, 'The lock could not be taken.');
    if (!held) throw new DataDirLockedError(dataDir, null, 'Its lock file cannot be read.');
    if (held.pid === process.pid && held.hostname === owner.hostname)
      throw new DataDirLockedError(dataDir, held, 'This process opened it already.');
    if (held.hostname !== owner.hostname)
      throw new DataDirLockedError(dataDir, held, 'The owner runs on another host, so this one cannot tell whether it is still alive.');
    if (alive(held.pid)) throw new DataDirLockedError(dataDir, held, 'That process is running.');
    // Stale: move it aside under a name of our own (one rename wins), then check that what we moved
    // is the dead owner's lock and not one another starter wrote in the meantime.
    const aside = `${file}.stale-${process.pid}`;
    try {
      renameSync(file, aside);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    const moved = readOwner(aside);
    if (moved && (moved.pid !== held.pid || moved.startedAt !== held.startedAt)) {
      try {
        linkSync(aside, file);
      } catch {
        /* the winner's lock is back or another one is there: either way, not ours */
      }
      unlinkSync(aside);
      throw new DataDirLockedError(dataDir, moved, 'Another process took over a stale lock at the same moment.');
    }
    unlinkSync(aside);
    tookOver = held;
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    const now = readOwner(file);
    if (now && now.pid === owner.pid && now.startedAt === owner.startedAt) {
      try {
        unlinkSync(file);
      } catch {
        /* already gone */
      }
    }
  };
  // A process that ends without closing the database (process.exit) still leaves no lock behind.
  process.on('exit', release);
  return { file, owner, tookOver, release };
}
