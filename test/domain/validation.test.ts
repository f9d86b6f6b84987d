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

describe('free text keeps only what people type', () => {
  it('drops NUL, C0 controls, DEL, U+FFFE/FFFF and lone surrogates, keeps tabs, newlines and emoji', async () => {
    const { cleanText } = await import('../../domain')
    expect(cleanText('墙\u0000裂\u0001缝\u001f\u007f\uFFFE\uFFFF')).toBe('墙裂缝')
    expect(cleanText('a\tb\nc\r\nd\re')).toBe('a\tb\nc\nd\ne')
    expect(cleanText('坏\ud800了\udc00')).toBe('坏了')
    expect(cleanText('房子🏠')).toBe('房子🏠')
  })

  it('a patrol note with a pasted control character is stored without it', () => {
    const r = contracts['patrol.submit'].input.safeParse({ ...contracts['patrol.submit'].example, notes: '东墙\u0000有裂缝\u0007' })
    expect(r.success && r.data.notes).toBe('东墙有裂缝')
  })

  it('a name that is only control characters is refused as empty', () => {
    const r = contracts['invite.create'].input.safeParse({ ...(contracts['invite.create'].example as object), kind: 'staff', name: '\u0001\u0002', grants: [{ role: 'staff', orgId: 's-bachuan' }] })
    expect(r.success).toBe(false)
  })
})
