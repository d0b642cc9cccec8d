import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import type { Correction, DatasetFile, Entity, FactRecord } from '../dataset/types.js';
import { InputError, errorCode } from '../errors.js';
import { idFromName } from './input.js';

// A fact-checker's corrections to what extraction found (`facts fix`): a quotation given
// to another speaker, or a term that is not speech at all. Each is kept in the library
// file beside the records it changed (`corrections`), keyed by the quotation's span,
// not its id, so that extracting the same text again (`facts add --replace`) finds the
// same quotation and the correction is made again.

/** What a fix asks: the quotation's speaker is this person, or it is not a quotation. */
export type Fix = { speaker: Pick<Entity, 'name' | 'type' | 'role' | 'aliases'> } | { notAQuote: true };

/** Today's date, as the correction records it. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The correction a fix of `record` makes, with what the record said before. */
export function correctionOf(dataset: DatasetFile, record: FactRecord, fix: Fix, date: string): Correction {
  const was = record.speaker === null ? null : (dataset.entities.find((e) => e.id === record.speaker)?.name ?? record.speaker);
  const base = { record: record.id, span: record.span, text: record.text, was, date };
  return 'notAQuote' in fix ? { ...base, fix: 'not-a-quote', speaker: null } : { ...base, fix: 'speaker', speaker: fix.speaker.name };
}

/**
 * The dataset with its corrections made (each one replacing an earlier one of the same
 * quotation): the quotation at each correction's span gets its speaker, an entity of
 * that name made if the source has none, and a reviewed attribution; or is removed.
 * Corrections whose span no quotation holds any longer are kept, and returned as stale.
 */
export function applyCorrections(dataset: DatasetFile, corrections: readonly Correction[], speakers: ReadonlyMap<string, Pick<Entity, 'name' | 'type' | 'role' | 'aliases'>> = new Map()): { dataset: DatasetFile; stale: Correction[] } {
  const latest = new Map<string, Correction>();
  for (const c of corrections) latest.set(`${c.span.start}-${c.span.end}`, c);
  const entities = [...dataset.entities];
  const stale: Correction[] = [];
  const removed = new Set<FactRecord>();
  const records = dataset.records.map((r) => ({ ...r }) as FactRecord);
  for (const c of latest.values()) {
    const record = records.find((r) => r.kind === 'quote' && r.span.start === c.span.start && r.span.end === c.span.end);
    if (!record || record.kind !== 'quote') {
      stale.push(c);
      continue;
    }
    if (c.fix === 'not-a-quote') {
      removed.add(record);
      continue;
    }
    const name = c.speaker ?? '';
    let entity = entities.find((e) => e.id.startsWith(`${record.source}.`) && e.name === name);
    if (!entity) {
      const taken = new Set(entities.map((e) => e.id));
      let id = `${record.source}.${idFromName(name)}`;
      for (let n = 2; taken.has(id); n++) id = `${record.source}.${idFromName(name)}-${n}`;
      const like = speakers.get(name);
      entity = { id, name, type: like?.type ?? 'person', role: like?.role ?? null, aliases: like?.aliases ?? [] };
      entities.push(entity);
    }
    record.speaker = entity.id;
    record.attribution = { rule: 'reviewed', cue: record.attribution?.cue ?? record.cue?.text ?? null, confidence: 'high', reviewed: c.date };
  }
  const kept = records.filter((r) => !removed.has(r));
  const all = [...latest.values()];
  return { dataset: { ...dataset, entities, records: kept, ...(all.length > 0 ? { corrections: all } : {}) }, stale };
}

/** The corrections a library file holds, with the people they name as the file has them (none for a file without, or one that does not parse). */
export function correctionsIn(path: string): { corrections: Correction[]; speakers: Map<string, Entity> } {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<DatasetFile>;
    const corrections = Array.isArray(data.corrections) ? data.corrections : [];
    const named = new Set(corrections.map((c) => c.speaker));
    return { corrections, speakers: new Map((data.entities ?? []).filter((e) => named.has(e.name)).map((e) => [e.name, e])) };
  } catch {
    return { corrections: [], speakers: new Map() };
  }
}

/** How long a writer waits for another's lock on the same file before giving up. */
const LOCK_WAIT_MS = 30_000;

/**
 * Runs `change` while holding `path`.lock, made with O_EXCL as git makes index.lock: two
 * fixes of one file at once run one after the other, and each reads what the other
 * wrote, so neither is lost. A lock whose writer has died is taken over.
 */
export async function withFileLock<T>(path: string, change: () => T): Promise<T> {
  const lock = `${path}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'EEXIST') throw error;
      if (holderIsGone(lock)) {
        rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new InputError(`${path}: another facts has held ${lock} for ${LOCK_WAIT_MS / 1000} s; if none is running, remove it`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
  try {
    return change();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Whether the process that wrote a lock file has exited (a lock being written, still empty, is not stale). */
function holderIsGone(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(lock, 'utf8'));
  } catch {
    return false;
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return errorCode(error) === 'ESRCH';
  }
}
