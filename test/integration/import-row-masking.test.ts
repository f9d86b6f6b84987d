// The preview and the error list of an import show names masked, whatever their length or
// however they are written: a person's full name never leaves the server in an import row.
import { LIST_HEADER, runToRest, startImport, validId } from '../support/list-import'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 2, now: '2026-11-03T09:00:00+08:00' })
})
afterEach(() => env.close())

it('import error rows and preview rows mask names of any length', async () => {
  const names = ['甲', '欧阳'.repeat(12), '张 三 丰', ' 李四 ']
  const rows = [
    LIST_HEADER,
    ['玉龙村', '1组', names[0]!, validId('50022419620304551'), '', '低保户', 1, ''],
    ['玉龙村', '1组', names[1]!, validId('50022419620304552'), '', '低保户', 1, ''],
    ['玉龙村', '1组', names[2]!, validId('50022419620304553'), '', '低保户', 1, ''],
    ['玉龙村', '1组', names[3]!, '12345', '', '低保户', 1, ''],
    ['玉龙村', '1组', names[0]!, validId('50022419620304554'), '', '没有这种类别', 1, ''],
  ]
  const { importId } = await startImport(env, Buffer.from(rows.map((r) => r.join(',')).join('\r\n')), 'civil', '名单.csv')
  const job = await runToRest(env, importId)
  expect(job.counts).toMatchObject({ new: 2, error: 3 })
  const shown = []
  for (const kind of ['new', 'error'] as const) shown.push(...ok(await env.call(DEMO.staffBachuan, 'import.rows', { importId, kind })).items.map((i) => i.nameMasked))
  expect(shown).toHaveLength(5)
  for (const masked of shown) {
    expect(names.map((n) => n.trim())).not.toContain(masked)
    expect(masked).toMatch(/^.?\*+$/)
  }
})
