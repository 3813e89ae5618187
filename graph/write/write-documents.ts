// Executes a batch of documents' rows against Neo4j: their old contribution out, the new one in, batched UNWINDs in
// managed transactions, and "complete" last so that a crash part-way is redone by the next run.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { RelationType } from '../../schema/graph.ts';
import type { LoadRows, Row } from './load-rows.ts';
import {
  COMPLETE,
  DOCUMENTS,
  entityStatement,
  EVIDENCE,
  MENTIONS,
  relationStatement,
  REMOVE_DOCUMENTS,
  REMOVE_EDGE_SUPPORT,
  REMOVE_ENTITY_SUPPORT,
  REMOVE_EVIDENCE,
  removeEdgesStatement,
  typeOfKey,
} from './statements.ts';

export type LoadPhase = 'remove' | 'documents' | 'entities' | 'relations' | 'evidence' | 'mentions';

export interface LoadProgress {
  phase: LoadPhase;
  /** Rows written so far over all phases. */
  done: number;
  total: number;
}

export interface WriteOptions {
  database: string;
  /** Rows per UNWIND transaction; 1 gives one transaction per row (the benchmark's baseline). */
  batchSize: number;
  onProgress?: (progress: LoadProgress) => void;
}

export const DEFAULT_BATCH_SIZE = 5000;
/** Documents carry their text: their batches also stop at this many characters. */
const MAX_TEXT_PER_BATCH = 4_000_000;

export function chunks<T>(items: readonly T[], size: number, weight?: (item: T) => number, maxWeight = Infinity): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let load = 0;
  for (const item of items) {
    const w = weight?.(item) ?? 0;
    if (current.length > 0 && (current.length >= size || load + w > maxWeight)) {
      out.push(current);
      current = [];
      load = 0;
    }
    current.push(item);
    load += w;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** What a row costs a transaction: its text (documents) or the support relationships it creates (facts). */
const weightOf = (row: Row): number => (typeof row['text'] === 'string' ? row['text'].length : Array.isArray(row['docIds']) ? row['docIds'].length : 1);
/** Support relationships per transaction: a hub supported by every document must not make one transaction huge. */
const MAX_SUPPORT_PER_BATCH = 20_000;

/** Removes whole contributions, a few documents per transaction: each can touch many nodes. */
export async function removeDocuments(tx: ManagedTransaction, ids: string[]): Promise<void> {
  await tx.run(REMOVE_EVIDENCE, { ids });
  const result = await tx.run<{ key: string }>(REMOVE_EDGE_SUPPORT, { ids });
  const byType = new Map<RelationType, string[]>();
  for (const r of result.records) {
    const key = r.get('key');
    const type = typeOfKey(key);
    byType.set(type, [...(byType.get(type) ?? []), key]);
  }
  for (const [type, keys] of byType) await tx.run(removeEdgesStatement(type), { keys });
  await tx.run(REMOVE_ENTITY_SUPPORT, { ids });
  await tx.run(REMOVE_DOCUMENTS, { ids });
}

export function rowCount(rows: LoadRows): number {
  const count = (m: Map<string, Row[]>): number => [...m.values()].reduce((n, l) => n + l.length, 0);
  return rows.documents.length + count(rows.entities) + count(rows.relations) + rows.evidence.length + rows.mentions.length;
}

export async function writeDocuments(driver: Driver, rows: LoadRows, removeIds: readonly string[], opts: WriteOptions): Promise<void> {
  const batchSize = Math.max(1, opts.batchSize);
  const steps: { phase: LoadPhase; statement: string; rows: Row[] }[] = [
    { phase: 'documents', statement: DOCUMENTS, rows: rows.documents },
    ...[...rows.entities].map(([type, list]) => ({ phase: 'entities' as const, statement: entityStatement(type), rows: list })),
    ...[...rows.relations].map(([type, list]) => ({ phase: 'relations' as const, statement: relationStatement(type), rows: list })),
    { phase: 'evidence', statement: EVIDENCE, rows: rows.evidence },
    { phase: 'mentions', statement: MENTIONS, rows: rows.mentions },
  ];
  const total = removeIds.length + rowCount(rows);
  let done = 0;
  const report = (phase: LoadPhase, n: number): void => {
    done += n;
    opts.onProgress?.({ phase, done, total });
  };

  const session = driver.session({ database: opts.database });
  try {
    for (const ids of chunks(removeIds, Math.max(1, Math.min(100, Math.floor(batchSize / 20))))) {
      await session.executeWrite((tx) => removeDocuments(tx, ids));
      report('remove', ids.length);
    }
    for (const step of steps) {
      const max = step.phase === 'documents' ? MAX_TEXT_PER_BATCH : MAX_SUPPORT_PER_BATCH;
      for (const batch of chunks(step.rows, batchSize, weightOf, max)) {
        await session.executeWrite((tx) => tx.run(step.statement, { rows: batch }));
        report(step.phase, batch.length);
      }
    }
    for (const batch of chunks(rows.documents, batchSize)) {
      await session.executeWrite((tx) => tx.run(COMPLETE, { rows: batch }));
    }
  } finally {
    await session.close();
  }
}
