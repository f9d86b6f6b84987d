// A damage report after a disaster and the steps an inspector takes on a case at the house
// (核实, 应急处置, 撤离, 警示标志 …) are kept on the phone like patrols: each queued kind
// sends, once uploaded, exactly what its action's contract accepts, under the id the phone
// made — so a replay is the same request.
import { contracts } from '@domain'
import { OFFLINE_KINDS, inputToSend, type OfflineKindName, type SentPhoto } from '../../src/services/offline/kinds'
import { OfflineQueue } from '../../src/services/offline/queue'
import type { Draft, Outcome, QueueItem, QueueSender, QueueStore, Receipt } from '../../src/services/offline/queue-types'

const photo = (n: number): SentPhoto => ({ fileId: `local://uploads/u-insp-yulong/p${n}.jpg`, takenAt: '2026-11-30T09:00:00+08:00', lat: 29.1, lng: 106.2 })

const FIELD_RECORDS: Array<{ name: string; kind: OfflineKindName; input: object; photos: SentPhoto[] }> = [
  { name: '灾损上报', kind: 'disasterReport', input: { reportId: 'dr-1', eventId: 'de-1', houseId: 'ho-1', damage: 'severe', peopleAffected: 2, measures: '已转移', major: false }, photos: [photo(1)] },
  { name: '村核实 (no photos)', kind: 'caseMove', input: { caseId: 'case-1', transitionId: 'op-1', expectRev: 2, action: 'verify', note: '后墙斜裂缝' }, photos: [] },
  { name: '应急处置 with photos', kind: 'caseMove', input: { caseId: 'case-1', transitionId: 'op-2', expectRev: 3, action: 'startEmergency', evacuated: true, evacuatedOn: '2026-11-30', livingNow: 'relatives', signPosted: true, fenced: false, note: '' }, photos: [photo(2)] },
  { name: '撤离记录', kind: 'caseRecord', input: { caseId: 'case-1', entryId: 'op-3', kind: 'evacuation', note: '搬到儿子家', evacuatedOn: '2026-11-30', livingNow: 'relatives' }, photos: [] },
  { name: '警示标志 with a photo', kind: 'caseRecord', input: { caseId: 'case-1', entryId: 'op-4', kind: 'warningSign', note: '门口立牌' }, photos: [photo(3)] },
]

it.each(FIELD_RECORDS)('$name is sent as its contract accepts it', ({ kind, input, photos }) => {
  const sent = inputToSend(kind, input, photos)
  const parsed = contracts[OFFLINE_KINDS[kind].action].input.safeParse(sent)
  expect(parsed.success ? 'accepted' : parsed.error.issues).toBe('accepted')
  if (photos.length) expect((sent as { photos: unknown[] }).photos).toEqual(kind === 'patrol' ? photos : photos.map((p) => p.fileId))
})

it('every kind of the table names a writing action and its name in Chinese', () => {
  for (const [name, k] of Object.entries(OFFLINE_KINDS)) {
    expect([name, contracts[k.action].writes]).toEqual([name, true])
    expect(k.label).toMatch(/\p{Script=Han}/u)
  }
})

// ---- Through the outbox: saved with its photo, sent once, acknowledged.

class MemoryStore implements QueueStore<string> {
  items = new Map<string, QueueItem>()
  photos = new Map<string, string>()
  loadItems = async () => [...this.items.values()]
  saveItem = async (i: QueueItem) => void this.items.set(i.id, structuredClone(i))
  deleteItem = async (id: string) => void this.items.delete(id)
  savePhoto = async (k: string, d: string) => void this.photos.set(k, d)
  readPhoto = async (k: string) => this.photos.get(k) ?? null
  deletePhoto = async (k: string) => void this.photos.delete(k)
}

/** Accepts what the contract accepts; `down` makes it unreachable; it remembers each id once. */
class ContractServer implements QueueSender<string> {
  down = false
  stored = new Map<string, unknown>()
  async upload(_i: QueueItem, data: string): Promise<Outcome<string>> {
    return this.down ? { ok: false, code: 'UNAVAILABLE', message: '网络不好' } : { ok: true, data: `local://uploads/u-insp-yulong/${data}.jpg` }
  }
  async submit(item: QueueItem): Promise<Outcome<Receipt>> {
    if (this.down) return { ok: false, code: 'UNAVAILABLE', message: '网络不好' }
    const input = inputToSend(item.kind, item.input, item.photos.map((p) => ({ fileId: p.fileId!, takenAt: p.takenAt, lat: p.lat, lng: p.lng })))
    const parsed = contracts[item.action].input.safeParse(input)
    if (!parsed.success) return { ok: false, code: 'VALIDATION', message: parsed.error.message }
    this.stored.set(item.id, parsed.data)
    return { ok: true, data: {} }
  }
}

const draft = (kind: 'disasterReport' | 'caseRecord', id: string, input: object, photos: string[]): Draft<string> =>
  ({ kind, id, ownerId: 'u-insp-yulong', houseId: 'ho-1', title: '张** 玉龙村', input, photos: photos.map((data, i) => ({ data, fileName: `${id}-${i + 1}.jpg`, takenAt: '2026-11-30T09:00:00+08:00', lat: null, lng: null })) }) as Draft<string>

it('a damage report and a case record saved with no signal wait on the phone and reach the server once when it returns', async () => {
  const store = new MemoryStore()
  const server = new ContractServer()
  const queue = new OfflineQueue(store, server, { backoffMs: () => 60_000 })
  server.down = true
  await queue.enqueue(draft('disasterReport', 'dr-9', FIELD_RECORDS[0]!.input, ['wall']))
  await queue.enqueue(draft('caseRecord', 'op-9', { caseId: 'case-1', entryId: 'op-9', kind: 'fence', note: '四周拉了围栏' }, ['fence']))
  await queue.sync('u-insp-yulong')
  expect(queue.list().map((i) => i.state)).toEqual(['pending', 'pending'])
  expect(store.photos.size).toBe(2)

  server.down = false
  await queue.sync('u-insp-yulong', { force: true })
  expect(queue.list().map((i) => [i.id, i.state]).sort()).toEqual([['dr-9', 'synced'], ['op-9', 'synced']])
  expect(server.stored.get('dr-9')).toMatchObject({ reportId: 'dr-1', photos: ['local://uploads/u-insp-yulong/wall.jpg'] })
  expect(server.stored.get('op-9')).toMatchObject({ entryId: 'op-9', kind: 'fence', photos: ['local://uploads/u-insp-yulong/fence.jpg'] })
  expect(store.photos.size).toBe(0)
})

it('a form waits for the answer of its record: acknowledged at once online, or told it waits after no network', async () => {
  const server = new ContractServer()
  const queue = new OfflineQueue(new MemoryStore(), server, { backoffMs: () => 60_000 })
  await queue.enqueue(draft('caseRecord', 'op-1', { caseId: 'case-1', entryId: 'op-1', kind: 'note', note: '已电话联系' }, []))
  const online = queue.whenTried('op-1', 4_000)
  await queue.sync('u-insp-yulong')
  expect((await online)?.state).toBe('synced')

  server.down = true
  await queue.enqueue(draft('caseRecord', 'op-2', { caseId: 'case-1', entryId: 'op-2', kind: 'note', note: '再联系' }, []))
  const offline = queue.whenTried('op-2', 4_000)
  await queue.sync('u-insp-yulong')
  expect(await offline).toMatchObject({ state: 'pending', attempts: 1, error: { code: 'UNAVAILABLE' } })
})
