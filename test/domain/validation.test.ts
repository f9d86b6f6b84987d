import { z } from 'zod'
import { contracts, summarizeIssues, toFieldIssues } from '../../domain'

describe('input validation speaks plain Chinese', () => {
  it('names the field and the rule that failed', () => {
    const r = contracts['household.list'].input.safeParse({ pageSize: 500 })
    expect(r.success).toBe(false)
    if (r.success) return
    expect(summarizeIssues(toFieldIssues(r.error))).toBe('每页条数：不能大于 50')
  })

  it('says a missing field must be filled in', () => {
    const r = contracts['household.get'].input.safeParse({})
    expect(r.success).toBe(false)
    if (r.success) return
    expect(toFieldIssues(r.error)[0]).toEqual({ path: 'householdId', message: '必须填写' })
  })

  it('refuses fields the action does not know', () => {
    const r = z.strictObject({ a: z.string() }).safeParse({ a: 'x', b: 1 })
    expect(r.success).toBe(false)
  })

  it('every contract example is a valid input of its own schema', () => {
    for (const [name, c] of Object.entries(contracts)) {
      const r = c.input.safeParse(c.example)
      expect({ name, ok: r.success }).toEqual({ name, ok: true })
    }
  })
})
