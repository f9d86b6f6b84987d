// For every registered action: each role gets exactly the access its contract declares,
// and malformed input is refused with VALIDATION without writing anything.
import { ROLES, contracts, type ActionName } from '../../domain'
import { registry } from '../../server/core/registry'
import { createTestEnv, USER_OF_ROLE, type TestEnv } from '../support/local-env'
import { malformedVariants, schemaHoles } from './malformed-inputs'
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
    if (t.storedIn) expect(await foreignEnv.rt.store.collection(t.storedIn.collection).count({ [t.storedIn.field]: taken })).toBe(1)
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
