// The thin slice through every role, on the seeded data of 巴川街道.
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeAll(async () => {
  env = await createTestEnv()
})
afterAll(() => env.close())

describe('a farmer', () => {
  it('sees his own household and its houses', async () => {
    const me = ok(await env.call(DEMO.farmerYulong, 'auth.me', {}))
    expect(me.roles).toEqual(['farmer'])
    const hh = ok(await env.call(DEMO.farmerYulong, 'household.get', { householdId: me.householdId! }))
    expect(hh.villageName).toBe('玉龙村')
    expect(hh.houses.length).toBeGreaterThan(0)
  })

  it("cannot open a neighbour's household", async () => {
    const r = await env.call(DEMO.farmerYulong, 'household.get', { householdId: 'hh-yulong-00002' })
    expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
  })
})

describe('a village inspector', () => {
  it('lists only the monitored households of his village', async () => {
    const page = ok(await env.call(DEMO.inspectorYulong, 'household.list', { pageSize: 50 }))
    expect(page.total).toBeGreaterThan(0)
    expect(new Set(page.items.map((i) => i.villageName))).toEqual(new Set(['玉龙村']))
  })

  it('is FORBIDDEN from a household of another village', async () => {
    const r = await env.call(DEMO.inspectorYulong, 'household.get', { householdId: 'hh-shizi-00001' })
    expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
  })

  it('is FORBIDDEN from filtering by another village', async () => {
    const r = await env.call(DEMO.inspectorYulong, 'household.list', { villageId: 'v-shizi' })
    expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
  })

  it('sees ID numbers and phones only masked in the list', async () => {
    const page = ok(await env.call(DEMO.inspectorYulong, 'household.list', {}))
    for (const item of page.items) {
      expect(item.idNumberMasked).toMatch(/^\d{4}\*{12}[\dX]{2}$/)
      expect(item.phoneMasked).toMatch(/^\d{3}\*{4}\d{4}$/)
      expect(item.headNameMasked).toMatch(/^.\*+$/)
    }
  })
})

describe('street staff', () => {
  it('see every village of their own street and none of another street', async () => {
    const me = ok(await env.call(DEMO.staffBachuan, 'auth.me', {}))
    expect(me.street?.name).toBe('巴川街道')
    expect(me.villages).toHaveLength(12)
    const page = ok(await env.call(DEMO.staffBachuan, 'household.list', { pageSize: 50 }))
    const seen = new Set<string>()
    for (let p = 1; p <= Math.ceil(page.total / 50); p++) {
      for (const i of ok(await env.call(DEMO.staffBachuan, 'household.list', { pageSize: 50, page: p })).items) seen.add(i.villageId)
    }
    expect(seen.size).toBe(12)
    const other = await env.call(DEMO.staffBachuan, 'household.get', { householdId: 'hh-qingshan-00001' })
    expect(other.ok ? 'ok' : other.code).toBe('FORBIDDEN')
  })

  it('of another street cannot see 巴川街道', async () => {
    const r = await env.call(DEMO.staffDongcheng, 'household.list', { villageId: 'v-yulong' })
    expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
  })

  it('filter by grade and find households by name', async () => {
    const d = ok(await env.call(DEMO.staffBachuan, 'household.list', { grade: 'A', pageSize: 50 }))
    expect(d.items.every((i) => i.worstGrade === 'A')).toBe(true)
    const first = ok(await env.call(DEMO.staffBachuan, 'household.get', { householdId: 'hh-yulong-00001' }))
    const found = ok(await env.call(DEMO.staffBachuan, 'household.list', { keyword: first.headName }))
    expect(found.items.map((i) => i.id)).toContain('hh-yulong-00001')
  })
})

describe('a street leader', () => {
  it('sees counts per village that add up to the street', async () => {
    const counts = ok(await env.call(DEMO.leaderBachuan, 'stats.villageCounts', {}))
    expect(counts).toHaveLength(12)
    const list = ok(await env.call(DEMO.leaderBachuan, 'household.list', { pageSize: 1 }))
    expect(counts.reduce((a, c) => a + c.households, 0)).toBe(list.total)
    for (const c of counts) expect(c.houses).toBe(c.byGrade.A + c.byGrade.B + c.byGrade.C + c.byGrade.D + c.byGrade.none)
  })
})

describe('a person with two roles', () => {
  it('acts under both', async () => {
    const me = ok(await env.call(DEMO.staffAppraiserBachuan, 'auth.me', {}))
    expect(me.roles).toEqual(['staff', 'appraiser'])
  })
})
