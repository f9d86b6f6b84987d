// The outbox that makes field work safe with no signal: nothing saved is lost, nothing is
// sent twice, and a refusal is kept for a person to see. Runs on in-memory ports.
import { OfflineQueue } from '../../src/services/offline/queue'
import type { Draft, Outcome, QueueItem, QueueSender, QueueStore, Receipt } from '../../src/services/offline/queue-types'

class MemoryStore implements QueueStore<string> {
  items = new Map<string, QueueItem>()
  photos = new Map<string, string>()
  async loadItems() {
    return [...this.items.values()].map((i) => structuredClone(i))
  }
  async saveItem(item: QueueItem) {
    this.items.set(item.id, structuredClone(item))
  }
  async deleteItem(id: string) {
    this.items.delete(id)
  }
  async savePhoto(key: string, data: string) {
    this.photos.set(key, data)
  }
  async readPhoto(key: string) {
    return this.photos.get(key) ?? null
  }
  async deletePhoto(key: string) {
    this.photos.delete(key)
  }
}

type Fail = { code: string; message: string }

/** A server double: records what it received; failures can be queued up per call. */
class FakeServer implements QueueSender<string> {
  uploads: string[] = []
  submits: QueueItem[] = []
  /** Per upload call in order: null goes through, a Fail fails it. */
  uploadPlan: Array<Fail | null> = []
  submitFailures: Fail[] = []
  async upload(_item: QueueItem, data: string): Promise<Outcome<string>> {
    const fail = this.uploadPlan.shift()
    if (fail) return { ok: false, ...fail }
    this.uploads.push(data)
    return { ok: true, data: `cloud://uploads/u-1/${data}` }
  }
  async submit(item: QueueItem): Promise<Outcome<Receipt>> {
    const fail = this.submitFailures.shift()
    if (fail) return { ok: false, ...fail }
    this.submits.push(structuredClone(item))
    return { ok: true, data: { judgment: item.kind === 'patrol' ? item.input.judgment : null } }
  }
}

const NO_NETWORK = { code: 'UNAVAILABLE', message: '网络不好，请稍后再试' }

function patrolDraft(id: string, photos: string[], ownerId = 'u-1'): Draft<string> {
  return {
    kind: 'patrol',
    id,
    ownerId,
    houseId: 'ho-1',
    title: '张** 玉龙村',
    input: {
      patrolId: id,
      houseId: 'ho-1',
      kind: 'routine',
      patrolledAt: '2026-11-29T09:00:00+08:00',
      findings: { site: 'ok', foundation: 'ok', walls: 'minor', columnsBeams: 'ok', roof: 'ok', enclosure: 'na' },
      judgment: 'hazard',
      occupied: true,
      gps: null,
      scannedPlate: false,
      notes: '',
    },
    photos: photos.map((data, i) => ({ data, fileName: `${id}-${i + 1}.jpg`, takenAt: '2026-11-29T08:59:00+08:00', lat: null, lng: null })),
  }
}

function setup() {
  let now = Date.parse('2026-11-29T01:00:00Z')
  const store = new MemoryStore()
  const server = new FakeServer()
  const make = () => new OfflineQueue(store, server, { now: () => now, backoffMs: () => 60_000 })
  return { store, server, queue: make(), restart: make, advance: (ms: number) => (now += ms) }
}

describe('saving on the phone', () => {
  it('keeps the photos and the record, waiting to upload', async () => {
    const { store, queue } = setup()
    const item = await queue.enqueue(patrolDraft('pt-1', ['a', 'b']))
    expect(item.state).toBe('pending')
    expect([...store.photos.keys()]).toEqual(['pt-1-1', 'pt-1-2'])
    expect(store.items.get('pt-1')?.photos.map((p) => p.fileId)).toEqual([null, null])
  })

  it('saves a record once, however often it is saved', async () => {
    const { store, queue } = setup()
    await queue.enqueue(patrolDraft('pt-1', ['a']))
    await queue.enqueue(patrolDraft('pt-1', ['a', 'b']))
    expect(store.items.size).toBe(1)
    expect(store.photos.size).toBe(1)
  })

  it('is all still there after the app is closed and opened again', async () => {
    const { queue, restart } = setup()
    await queue.enqueue(patrolDraft('pt-1', ['a']))
    const reopened = restart()
    await reopened.load()
    expect(reopened.list().map((i) => [i.id, i.state])).toEqual([['pt-1', 'pending']])
  })
})

describe('sending', () => {
  it('uploads the photos, sends the record with its own id, then frees the phone copies', async () => {
    const { store, server, queue } = setup()
    await queue.enqueue(patrolDraft('pt-1', ['a', 'b']))
    await queue.sync('u-1')
    expect(server.uploads).toEqual(['a', 'b'])
    expect(server.submits).toHaveLength(1)
    expect(server.submits[0]!.id).toBe('pt-1')
    expect(server.submits[0]!.photos.map((p) => p.fileId)).toEqual(['cloud://uploads/u-1/a', 'cloud://uploads/u-1/b'])
    const saved = queue.get('pt-1')!
    expect(saved.state).toBe('synced')
    expect(saved.receipt).toEqual({ judgment: 'hazard' })
    expect(store.photos.size).toBe(0)
  })

  it('without a network keeps the record pending and does not upload a photo twice on retry', async () => {
    const { server, queue } = setup()
    await queue.enqueue(patrolDraft('pt-1', ['a', 'b']))
    // The first photo goes through, then the signal drops.
    server.uploadPlan = [null, NO_NETWORK]
    await queue.sync('u-1')
    const waiting = queue.get('pt-1')!
    expect(waiting.state).toBe('pending')
    expect(waiting.attempts).toBe(1)
    expect(waiting.error?.code).toBe('UNAVAILABLE')
    expect(waiting.photos.map((p) => p.fileId)).toEqual(['cloud://uploads/u-1/a', null])

    await queue.sync('u-1', { force: true })
    expect(server.uploads).toEqual(['a', 'b'])
    expect(queue.get('pt-1')!.state).toBe('synced')
  })

  it('sends the same record again after a lost reply, with the same id and files', async () => {
    const { server, queue } = setup()
    await queue.enqueue(patrolDraft('pt-1', ['a']))
    server.submitFailures.push(NO_NETWORK)
    await queue.sync('u-1')
    expect(queue.get('pt-1')!.state).toBe('pending')
    await queue.sync('u-1', { force: true })
    expect(server.uploads).toEqual(['a'])
    expect(server.submits.map((s) => [s.id, s.photos[0]!.fileId])).toEqual([['pt-1', 'cloud://uploads/u-1/a']])
    expect(queue.get('pt-1')!.state).toBe('synced')
  })

  it('waits out the backoff unless forced (network back, 立即上传)', async () => {
    const { server, queue, advance } = setup()
    await queue.enqueue(patrolDraft('pt-1', []))
    server.submitFailures.push(NO_NETWORK)
    await queue.sync('u-1')
    await queue.sync('u-1')
    expect(server.submits).toHaveLength(0)
    advance(61_000)
    await queue.sync('u-1')
    expect(queue.get('pt-1')!.state).toBe('synced')
  })

  it('sends only the signed-in account’s records', async () => {
    const { server, queue } = setup()
    await queue.enqueue(patrolDraft('pt-mine', []))
    await queue.enqueue(patrolDraft('pt-other', [], 'u-2'))
    await queue.sync('u-1')
    expect(server.submits.map((s) => s.id)).toEqual(['pt-mine'])
    expect(queue.get('pt-other')!.state).toBe('pending')
  })

  it('runs one sync at a time, so a record is never sent twice at once', async () => {
    const { server, queue } = setup()
    await queue.enqueue(patrolDraft('pt-1', ['a']))
    await Promise.all([queue.sync('u-1'), queue.sync('u-1'), queue.sync('u-1', { force: true })])
    expect(server.uploads).toEqual(['a'])
    expect(server.submits).toHaveLength(1)
  })

  it('treats a record cut off mid-send as pending when the app opens again', async () => {
    const { store, restart } = setup()
    const queue = restart()
    await queue.enqueue(patrolDraft('pt-1', ['a']))
    store.items.set('pt-1', { ...store.items.get('pt-1')!, state: 'sending' })
    const reopened = restart()
    await reopened.load()
    expect(reopened.get('pt-1')!.state).toBe('pending')
  })
})

describe('refusals', () => {
  it('keeps a refused record as failed, with the reason, and does not retry it by itself', async () => {
    const { server, queue } = setup()
    await queue.enqueue(patrolDraft('pt-1', ['a']))
    server.submitFailures.push({ code: 'VALIDATION', message: '巡查时间太早：只能补交 60 天内的记录' })
    await queue.sync('u-1')
    const failed = queue.get('pt-1')!
    expect(failed.state).toBe('failed')
    expect(failed.error).toEqual({ code: 'VALIDATION', message: '巡查时间太早：只能补交 60 天内的记录' })
    await queue.sync('u-1', { force: true })
    expect(server.submits).toHaveLength(0)
  })

  it('treats FORBIDDEN and CONFLICT as needing a person, not as done', async () => {
    const { server, queue } = setup()
    await queue.enqueue(patrolDraft('pt-1', []))
    await queue.enqueue(patrolDraft('pt-2', []))
    server.submitFailures.push({ code: 'FORBIDDEN', message: '这不是您负责的村（社区）' }, { code: 'CONFLICT', message: '这条巡查记录已经提交过，内容不同' })
    await queue.sync('u-1')
    expect(queue.list().map((i) => i.state)).toEqual(['failed', 'failed'])
  })

  it('sends a failed record again when the person taps 重试', async () => {
    const { server, queue } = setup()
    await queue.enqueue(patrolDraft('pt-1', ['a']))
    server.submitFailures.push({ code: 'FORBIDDEN', message: '您没有权限进行此操作' })
    await queue.sync('u-1')
    await queue.retry('pt-1')
    expect(queue.get('pt-1')!.state).toBe('synced')
    expect(server.uploads).toEqual(['a'])
  })

  it('marks a record whose photo is gone from the phone as failed instead of dropping it', async () => {
    const { store, server, queue } = setup()
    await queue.enqueue(patrolDraft('pt-1', ['a']))
    store.photos.clear()
    await queue.sync('u-1')
    expect(queue.get('pt-1')!.state).toBe('failed')
    expect(queue.get('pt-1')!.error?.message).toContain('第 1 张照片')
    expect(server.submits).toHaveLength(0)
  })

  it('deletes a record and its photos only when asked', async () => {
    const { store, queue } = setup()
    await queue.enqueue(patrolDraft('pt-1', ['a', 'b']))
    expect(await queue.remove('pt-1')).toBe(true)
    expect(store.items.size).toBe(0)
    expect(store.photos.size).toBe(0)
    expect(queue.list()).toEqual([])
  })
})

describe('listening', () => {
  it('tells the screens about every change of state', async () => {
    const { queue } = setup()
    const seen: string[] = []
    queue.subscribe(() => seen.push(queue.get('pt-1')?.state ?? 'none'))
    await queue.enqueue(patrolDraft('pt-1', []))
    await queue.sync('u-1')
    expect(seen).toEqual(expect.arrayContaining(['pending', 'sending', 'synced']))
  })
})

describe('a house registered with no signal', () => {
  function houseDraft(id: string, photos: string[]): Draft<string> {
    return {
      kind: 'houseRegister',
      id,
      ownerId: 'u-1',
      houseId: id,
      title: '李** 玉龙村2组8号',
      input: {
        houseId: id,
        householdId: 'hh-new-1',
        structure: 'brickWood',
        floors: 2,
        yearBuilt: 1998,
        floorArea: 96.5,
        address: '玉龙村2组8号',
        occupancy: 'occupied',
        siteHazards: ['slope'],
        gps: null,
        registeredAt: '2026-11-29T09:00:00+08:00',
      },
      photos: photos.map((data, i) => ({ data, fileName: `${id}-${i + 1}.jpg`, takenAt: '2026-11-29T08:59:00+08:00', lat: null, lng: null })),
    }
  }

  it('survives an app restart and is sent once, before the patrol of that house made after it', async () => {
    const { server, queue, restart, advance } = setup()
    server.uploadPlan = [NO_NETWORK]
    await queue.enqueue(houseDraft('ho-new-1', ['front']))
    await queue.sync('u-1')
    expect(queue.get('ho-new-1')!.state).toBe('pending')
    advance(1000)
    await queue.enqueue({ ...patrolDraft('pt-1', []), houseId: 'ho-new-1' })

    const reopened = restart()
    await reopened.load()
    expect(reopened.list().map((i) => [i.kind, i.state]).sort()).toEqual([['houseRegister', 'pending'], ['patrol', 'pending']])
    await reopened.sync('u-1', { force: true })
    await reopened.sync('u-1', { force: true })
    expect(server.submits.map((i) => [i.kind, i.id])).toEqual([['houseRegister', 'ho-new-1'], ['patrol', 'pt-1']])
    const sent = server.submits[0]!
    expect(sent.kind === 'houseRegister' && sent.input.householdId).toBe('hh-new-1')
    expect(sent.photos.map((p) => p.fileId)).toEqual(['cloud://uploads/u-1/front'])
    expect(reopened.get('ho-new-1')!.state).toBe('synced')
  })
})

describe('each record names its action', () => {
  it('a queued record is sent under its kind’s action, also one saved before records named theirs', async () => {
    const { store, server, queue, restart, advance } = setup()
    await queue.enqueue(patrolDraft('pt-1', []))
    advance(1000)
    await queue.enqueue(patrolDraft('pt-2', []))
    expect([...store.items.values()].map((i) => i.action)).toEqual(['patrol.submit', 'patrol.submit'])
    // As an older version of the app left it on the phone: no action name.
    delete (store.items.get('pt-1') as Partial<QueueItem>).action
    await restart().sync('u-1', { force: true })
    expect(server.submits.map((i) => [i.id, i.action])).toEqual([
      ['pt-1', 'patrol.submit'],
      ['pt-2', 'patrol.submit'],
    ])
  })
})
