// The registry history of a house, newest first, in words: who, when, each field before
// and after.
import { HOUSE_RETIRE_REASON_LABELS, type HouseHistoryEntry, type HouseRetireReason } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { HouseEventDoc } from '../../store/docs'
import { FIELD_NAMES, valueText } from './house-record'

const text = (field: string, v: unknown) => (field === 'retired' && v ? HOUSE_RETIRE_REASON_LABELS[v as HouseRetireReason] : valueText(field, v))

export async function houseHistory(deps: Deps, houseId: string): Promise<HouseHistoryEntry[]> {
  const events = await deps.store.collection('houseEvents').find({ where: { houseId }, orderBy: [['houseId', 'asc'], ['at', 'desc']], limit: 200 })
  const users = new Map((await deps.store.collection('users').getMany([...new Set(events.map((e) => e.actorId))])).map((u) => [u._id, u.name]))
  // Under one clock tick (a register and an edit in the same second) the revision orders them.
  const revOf = (e: HouseEventDoc) => Number(e._id.slice(e._id.lastIndexOf('-') + 1))
  events.sort((a, b) => b.at.localeCompare(a.at) || revOf(b) - revOf(a))
  return events.map((e) => ({
    id: e._id,
    at: e.at,
    actorName: users.get(e.actorId) ?? '',
    kind: e.kind,
    changes: Object.entries(e.changes).map(([field, [before, after]]) => ({ field, label: FIELD_NAMES[field] ?? field, before: text(field, before), after: text(field, after) })),
    note: e.note,
  }))
}
