// The audit log: who did what to which record, and when. Reveals of personal data,
// imports and every case transition are written here.
import crypto from 'node:crypto'
import type { Deps } from '../core/deps'
import type { TxStore } from '../ports/store'
import type { AuditDoc } from '../store/docs'

export function auditEntry(deps: Deps, actorId: string, action: string, subjectId: string, detail: Record<string, unknown>): AuditDoc {
  return { _id: `au-${crypto.randomUUID()}`, at: deps.clock.now().toISOString(), actorId, action, subjectId, detail }
}

export async function audit(deps: Deps, actorId: string, action: string, subjectId: string, detail: Record<string, unknown>, tx?: TxStore): Promise<void> {
  const entry = auditEntry(deps, actorId, action, subjectId, detail)
  await (tx ?? deps.store).collection('audit').insert(entry)
}
