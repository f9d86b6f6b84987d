// Two scheduler ticks may overlap (a slow cloud tick and the next one, or the local
// interval and a manual run). Each message is claimed before it is sent, so it goes out
// once; a message claimed by a sender that died goes out after the claim's lease.
import type { Message } from '../../server/ports/notifier'
import { deliverNow, dispatchOutbox, consentId, OUTBOX_LEASE_MS as LEASE_MS } from '../../server/services/notify/dispatch-outbox'
import { enqueue } from '../../server/services/notify/enqueue'
import { createTestEnv, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 1, now: '2026-11-20T10:00:00+08:00' })
})
afterEach(() => env.close())

/** Counts deliveries per message; yields on each so that concurrent senders interleave. */
class CountingNotifier {
  readonly deliveries = new Map<string, number>()
  async deliver(m: Message) {
    await new Promise((r) => setImmediate(r))
    this.deliveries.set(m.id, (this.deliveries.get(m.id) ?? 0) + 1)
    return { delivered: true, channel: 'subscribe' }
  }
  get total(): number {
    return [...this.deliveries.values()].reduce((a, b) => a + b, 0)
  }
}

async function pending(n: number, consent: { remaining: number; longTerm: boolean }, users = n): Promise<string[]> {
  const nowIso = env.clock.now().toISOString()
  const ids: string[] = []
  for (let i = 0; i < users; i++) {
    await env.rt.store.collection('consents').set({ _id: consentId(`u-${i}`, 'caseUpdate'), userId: `u-${i}`, kind: 'caseUpdate', ...consent, updatedAt: nowIso })
  }
  await env.rt.store.transaction(async (tx) => {
    for (let i = 0; i < n; i++) {
      await enqueue(tx, { cause: `test:${i}`, userId: `u-${i % users}`, kind: 'caseUpdate', title: '新案件', body: '请处理', page: 'p', fields: { thing1: '', phrase2: '', thing3: '' } }, nowIso)
    }
  })
  return (await env.rt.store.collection('outbox').find({ where: { status: 'pending' } })).map((m) => m._id)
}

const later = () => Date.now() + 60_000

it('two overlapping ticks deliver each message once', async () => {
  const notifier = new CountingNotifier()
  env.rt.deps.notifier = notifier
  const ids = await pending(40, { remaining: 0, longTerm: true })
  expect(ids).toHaveLength(40)
  const [a, b] = await Promise.all([dispatchOutbox(env.rt.deps, later()), dispatchOutbox(env.rt.deps, later())])
  expect(notifier.total).toBe(40)
  expect([...notifier.deliveries.values()].every((n) => n === 1)).toBe(true)
  expect(a.sent + b.sent).toBe(40)
  const statuses = (await env.rt.store.collection('outbox').getMany(ids)).map((m) => m.status)
  expect(new Set(statuses)).toEqual(new Set(['sent']))
})

it('a message claimed by a crashed sender is delivered after its lease expires', async () => {
  const notifier = new CountingNotifier()
  env.rt.deps.notifier = notifier
  const [id] = await pending(1, { remaining: 0, longTerm: true })
  // A sender claimed it and died before sending: its lease still runs.
  const outbox = env.rt.store.collection('outbox')
  const claimed = (await outbox.get(id!))!
  await outbox.update(id!, { status: 'sending', leaseOwner: 'dead-sender', leaseUntil: new Date(env.clock.now().getTime() + LEASE_MS).toISOString() }, { ifRev: claimed._rev })
  await dispatchOutbox(env.rt.deps, later())
  expect(notifier.total).toBe(0)
  env.clock.set(new Date(env.clock.now().getTime() + LEASE_MS + 1000).toISOString())
  await dispatchOutbox(env.rt.deps, later())
  expect(notifier.deliveries.get(id!)).toBe(1)
  expect((await outbox.get(id!))!.status).toBe('sent')
  await dispatchOutbox(env.rt.deps, later())
  expect(notifier.total).toBe(1)
})

it('one one-time consent allows exactly one message even under two dispatchers', async () => {
  const notifier = new CountingNotifier()
  env.rt.deps.notifier = notifier
  // Ten messages to one user who tapped "允许" once.
  const ids = await pending(10, { remaining: 1, longTerm: false }, 1)
  await Promise.all([dispatchOutbox(env.rt.deps, later()), dispatchOutbox(env.rt.deps, later())])
  expect(notifier.total).toBe(1)
  const consent = await env.rt.store.collection('consents').get(consentId('u-0', 'caseUpdate'))
  expect(consent!.remaining).toBe(0)
  const statuses = (await env.rt.store.collection('outbox').getMany(ids)).map((m) => m.status).sort()
  expect(statuses).toEqual(['sent', ...Array(9).fill('skipped')])
})

it('messages a sender claimed but did not reach by its deadline are handed back at once, not after their lease', async () => {
  const notifier = new CountingNotifier()
  env.rt.deps.notifier = notifier
  const ids = await pending(12, { remaining: 0, longTerm: true })
  // Out of time from the start: one message goes out, the batch's others are released.
  const first = await dispatchOutbox(env.rt.deps, Date.now() - 1)
  expect(first.sent).toBe(1)
  const after = await env.rt.store.collection('outbox').getMany(ids)
  expect(after.filter((m) => m.status === 'pending' && m.leaseOwner === null)).toHaveLength(11)
  // The next tick, at the same moment, sends them: no lease to wait for.
  await dispatchOutbox(env.rt.deps, later())
  expect(notifier.total).toBe(12)
  expect([...notifier.deliveries.values()].every((n) => n === 1)).toBe(true)
})

it('a sender that dies after WeChat took messages repeats at most the ten not yet recorded, after their lease', async () => {
  const ids = await pending(25, { remaining: 0, longTerm: true })
  const deliveries = new Map<string, number>()
  let alive = true
  // The 15th delivery never returns: the function was stopped right there.
  env.rt.deps.notifier = {
    deliver: async (m: Message) => {
      deliveries.set(m.id, (deliveries.get(m.id) ?? 0) + 1)
      if (alive && [...deliveries.values()].reduce((a, b) => a + b, 0) === 15) return new Promise<never>(() => {})
      return { delivered: true, channel: 'subscribe' }
    },
  } as never
  void dispatchOutbox(env.rt.deps, later())
  await new Promise((r) => setTimeout(r, 200))
  alive = false
  const outbox = env.rt.store.collection('outbox')
  // The first ten were recorded as sent; 11–15 went to WeChat, unrecorded, under the dead sender's lease.
  expect((await outbox.getMany(ids)).filter((m) => m.status === 'sent')).toHaveLength(10)
  env.clock.set(new Date(env.clock.now().getTime() + LEASE_MS + 1000).toISOString())
  await dispatchOutbox(env.rt.deps, later())
  expect((await outbox.getMany(ids)).every((m) => m.status === 'sent')).toBe(true)
  const twice = [...deliveries.values()].filter((n) => n > 1).length
  expect(twice).toBeGreaterThan(0)
  expect(twice).toBeLessThanOrEqual(10)
  expect([...deliveries.keys()].sort()).toEqual([...ids].sort())
})

it('an urgent delivery with no time left sends nothing and claims nothing: the messages wait for the tick', async () => {
  const notifier = new CountingNotifier()
  env.rt.deps.notifier = notifier
  const ids = await pending(3, { remaining: 0, longTerm: true })
  // A zero budget (ANJU_URGENT_BUDGET_MS=0): the deadline is now.
  const report = await deliverNow(env.rt.deps, ids, Date.now())
  expect(report.sent).toBe(0)
  expect(notifier.total).toBe(0)
  expect((await env.rt.store.collection('outbox').getMany(ids)).every((m) => m.status === 'pending' && !m.leaseOwner)).toBe(true)
  await dispatchOutbox(env.rt.deps, later())
  expect(notifier.total).toBe(3)
})
