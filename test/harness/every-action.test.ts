// For every registered action: each role gets exactly the access its contract declares,
// malformed input is refused with VALIDATION without writing anything, and crafted file
// ids are refused (VALIDATION, FORBIDDEN or NOT_FOUND, never INTERNAL) without writing.
import { ROLES, contracts, type ActionName } from '../../domain'
import { registry } from '../../server/actions/registry'
import { createTestEnv, USER_OF_ROLE, type TestEnv } from '../support/local-env'
import { malformedVariants, schemaHoles } from './malformed-inputs'
import { safePatrol } from '../support/patrols'
import { fileLikeFieldsOutsideTheRule, fileProbes, takesFiles, unreachedFileFields } from './crafted-file-ids'
import { FOREIGN_ID_CASES, NO_CLIENT_ID, makeForeign, type Foreign } from './foreign-ids'

const actions = Object.keys(contracts) as ActionName[]
let env: TestEnv

beforeAll(async () => {
  env = await createTestEnv({ householdsPerVillage: 3 })
})
afterAll(() => env.close())

it('every contract has a handler and every handler a contract', () => {
  expect(Object.keys(registry).sort()).toEqual([...actions].sort())
})

describe.each(actions)('%s', (action) => {
  const contract = contracts[action]

  it.each([...ROLES])('as %s: allowed roles pass the role gate, others are FORBIDDEN', async (role) => {
    // An unknown field fails validation, which only runs after the role gate.
    const r = await env.raw({ kind: 'dev', userId: USER_OF_ROLE[role] }, { action, input: { __probe: 1 } })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.code).toBe(contract.unbound || contract.roles.includes(role) ? 'VALIDATION' : 'FORBIDDEN')
  })

  it('a caller nobody knows is UNAUTHENTICATED', async () => {
    const none = await env.raw({ kind: 'none' }, { action, input: contract.example })
    const stranger = await env.raw({ kind: 'dev', userId: 'u-nobody' }, { action, input: contract.example })
    expect([none.ok || none.code, stranger.ok || stranger.code]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED'])
  })

  it('caps every string and refuses injection text in ids', () => {
    expect(schemaHoles(contract.input)).toEqual([])
  })

  const caller = contract.unbound ? USER_OF_ROLE.farmer : USER_OF_ROLE[contract.roles[0]!]
  it.each(malformedVariants(contract.input, contract.example as Record<string, unknown>).map((v) => [v.label, v.input]))(
    'malformed input (%s) gets VALIDATION and writes nothing',
    async (_label, input) => {
      const before = env.snapshot()
      const r = await env.raw({ kind: 'dev', userId: caller }, { action, input })
      expect(r.ok ? 'ok' : r.code).toBe('VALIDATION')
      if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fa5]/)
      expect(env.snapshot()).toBe(before)
    },
  )

  if (takesFiles(contract)) {
    it('every file field is reached by a valid input (example or fileExamples)', () => {
      expect(unreachedFileFields(contract)).toEqual([])
      for (const input of contract.fileExamples ?? []) expect(contract.input.safeParse(input).success).toBe(true)
    })

    it('crafted file ids are refused with VALIDATION, FORBIDDEN or NOT_FOUND, a Chinese message, and write nothing', async () => {
      const probes = await fileProbes(env, contract, caller)
      expect(probes.length).toBeGreaterThan(10)
      const wrong: string[] = []
      const baselines = new Map<unknown, string>()
      for (const probe of probes) {
        const before = env.snapshot()
        const r = await env.raw({ kind: 'dev', userId: caller }, { action, input: probe.input })
        const refusedWell = !r.ok && ['VALIDATION', 'FORBIDDEN', 'NOT_FOUND'].includes(r.code) && /[\u4e00-\u9fa5]/.test(r.message)
        if (!refusedWell) wrong.push(`${probe.label} → ${r.ok ? 'ok' : `${r.code}: ${r.message}`}`)
        if (env.snapshot() !== before) wrong.push(`${probe.label} → wrote`)
        // Refused for its file, not for what a good file gets too (e.g. an example case that does not exist).
        if (!baselines.has(probe.baseline)) {
          const b = await env.raw({ kind: 'dev', userId: caller }, { action, input: probe.baseline })
          baselines.set(probe.baseline, b.ok ? 'ok' : `${b.code}: ${b.message}`)
        }
        if (!r.ok && `${r.code}: ${r.message}` === baselines.get(probe.baseline)) wrong.push(`${probe.label} → refused only as a good file is: ${r.message}`)
      }
      expect(wrong).toEqual([])
    })
  }
})

it('every field named like a file (fileId, …FileId, photos) takes its ids through the file-id rule', () => {
  expect(actions.flatMap((a) => fileLikeFieldsOutsideTheRule(contracts[a]).map((f) => `${a}: ${f}`))).toEqual([])
})

it('the actions that take file ids are found from their contracts', () => {
  expect(actions.filter((a) => takesFiles(contracts[a])).sort()).toEqual(
    ['case.record', 'case.transition', 'disaster.report', 'house.edit', 'house.register', 'import.start', 'patrol.submit', 'selfcheck.submit', 'supervision.record'],
  )
})

it('a case and a patrol whose stored photos are bad or gone still open, the photos marked missing', async () => {
  const [house] = await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' }, limit: 1 })
  const opened = await env.raw({ kind: 'dev', userId: USER_OF_ROLE.inspector }, { action: 'case.open', input: { caseId: 'case-harness-photos', houseId: house!._id, summary: '墙体开裂' } })
  const c = await env.rt.store.collection('cases').get(opened.ok ? (opened.data as { id: string }).id : '')
  const gone = (await env.rt.files.put(`uploads/${USER_OF_ROLE.inspector}/gone.jpg`, Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg')).fileId
  await env.rt.files.remove(gone)
  const bad = [`local://uploads/${USER_OF_ROLE.inspector}/../../data.key`, `local://uploads/${USER_OF_ROLE.inspector}/${'a'.repeat(230)}.jpg`, 'cloud://x.y/uploads/u/a.jpg']
  await env.rt.store.collection('caseEvents').insert({
    _id: 'ce-harness-bad-photos', caseId: c!._id, villageId: c!.villageId, at: '2026-11-28T01:00:00.000Z', actorId: USER_OF_ROLE.inspector,
    action: 'note', from: null, to: null, note: '坏照片', photos: [gone, ...bad],
  })
  for (const role of ['inspector', 'staff', 'leader'] as const) {
    const r = await env.raw({ kind: 'dev', userId: USER_OF_ROLE[role] }, { action: 'case.get', input: { caseId: c!._id } })
    expect(r.ok).toBe(true)
    if (!r.ok) continue
    const photos = (r.data as { timeline: Array<{ id: string; photos: Array<{ url: string | null; missing: boolean }> }> }).timeline.find((e) => e.id === 'ce-harness-bad-photos')!.photos
    expect(photos.map((p) => [p.missing, p.url])).toEqual([[true, null], [true, null], [true, null], [true, null]])
  }
  const submitted = await env.raw({ kind: 'dev', userId: USER_OF_ROLE.inspector }, { action: 'patrol.submit', input: safePatrol(house!._id) })
  const p = await env.rt.store.collection('patrols').get(submitted.ok ? (submitted.data as { id: string }).id : '')
  await env.rt.store.collection('patrols').update(p!._id, {
    photos: [...bad, gone].map((fileId) => ({ fileId, sha256: 'x', takenAt: p!.patrolledAt, lat: null, lng: null, reused: false })),
  })
  const view = await env.raw({ kind: 'dev', userId: USER_OF_ROLE.staff }, { action: 'patrol.get', input: { patrolId: p!._id } })
  expect(view.ok && (view.data as { photos: Array<{ missing: boolean }> }).photos.every((ph) => ph.missing)).toBe(true)
})

it('an event without an action name is refused as VALIDATION', async () => {
  const r = await env.raw({ kind: 'dev', userId: USER_OF_ROLE.staff }, { input: {} })
  expect(r.ok ? 'ok' : r.code).toBe('VALIDATION')
})

it('an action nobody declared is UNKNOWN_ACTION', async () => {
  const r = await env.raw({ kind: 'dev', userId: USER_OF_ROLE.staff }, { action: 'household.dropAll', input: {} })
  expect(r.ok ? 'ok' : r.code).toBe('UNKNOWN_ACTION')
})

describe('a client id made in 东城 and sent from 巴川', () => {
  const writing = actions.filter((a) => contracts[a].writes)
  let foreignEnv: TestEnv
  let foreign: Foreign
  beforeAll(async () => {
    foreignEnv = await createTestEnv({ householdsPerVillage: 6 })
    foreign = await makeForeign(foreignEnv)
  })
  afterAll(() => foreignEnv.close())

  it('every writing action is in the replay table or says why it takes no client id', () => {
    expect(writing.filter((a) => !FOREIGN_ID_CASES[a] && !NO_CLIENT_ID[a])).toEqual([])
  })

  const answer = (r: { ok: boolean; code?: string; message?: string }) => (r.ok ? 'ok' : `${r.code}: ${r.message}`)
  const FOREIGN_MARKS = /qingshan|dongcheng|青山|东城/

  it.each(Object.keys(FOREIGN_ID_CASES))('%s: the taken id gets the answer a fresh id gets, never the 东城 object', async (name) => {
    const action = name as ActionName
    const t = FOREIGN_ID_CASES[action]!
    const taken = `${action.replace('.', '-')}-taken`
    const made = await foreignEnv.raw({ kind: 'dev', userId: t.owner }, { action, input: t.input(taken, foreign) })
    expect(answer(made)).toBe('ok')
    // The object really holds the id (not joined to something that was there before).
    if (t.storedIn) expect(await foreignEnv.rt.store.collection(t.storedIn.collection).count({ [t.storedIn.field]: t.storedIn.as ? t.storedIn.as(taken) : taken })).toBe(1)
    else expect(JSON.stringify(made)).toContain(taken)
    const probe = await foreignEnv.raw({ kind: 'dev', userId: t.caller }, { action, input: t.input(taken, foreign) })
    expect(JSON.stringify(probe)).not.toMatch(FOREIGN_MARKS)
    expect(answer(probe)).not.toMatch(/^(ok|INTERNAL)/)
    if (t.colleague) {
      // Nothing here names a scope, so a fresh id would simply work: the taken id gets the
      // answer an id taken by a colleague of the caller's own street gets.
      const mine = `${action.replace('.', '-')}-colleague`
      expect(answer(await foreignEnv.raw({ kind: 'dev', userId: t.colleague }, { action, input: t.input(mine, foreign) }))).toBe('ok')
      const twin = await foreignEnv.raw({ kind: 'dev', userId: t.caller }, { action, input: t.input(mine, foreign) })
      expect(answer(probe)).toBe(answer(twin))
    } else {
      const fresh = await foreignEnv.raw({ kind: 'dev', userId: t.caller }, { action, input: t.input(`${action.replace('.', '-')}-fresh`, foreign) })
      expect(answer(probe)).toBe(answer(fresh))
    }
    if (t.own) {
      const own = await foreignEnv.raw({ kind: 'dev', userId: t.caller }, { action, input: t.own(taken, foreign) })
      expect(JSON.stringify(own)).not.toMatch(FOREIGN_MARKS)
      expect(answer(own)).not.toMatch(/^(ok|INTERNAL)/)
    }
  })
})
