// For every registered action: each role gets exactly the access its contract declares,
// and malformed input is refused with VALIDATION without writing anything.
import { ROLES, contracts, type ActionName } from '../../domain'
import { registry } from '../../server/core/registry'
import { createTestEnv, USER_OF_ROLE, type TestEnv } from '../support/local-env'
import { malformedVariants, schemaHoles } from './malformed-inputs'

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
