// ID numbers and phones never sit in the database file in clear text.
import fs from 'node:fs'
import path from 'node:path'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'

let env: TestEnv
beforeAll(async () => {
  env = await createTestEnv({ householdsPerVillage: 4 })
})
afterAll(() => env.close())

it('no ID number or phone of the seeded households is in the raw SQLite file', async () => {
  // Open every sealed value with the key, then look for the clear text in the raw file.
  const docs = await env.rt.store.collection('households').find()
  const clear = docs.flatMap((d) => [env.rt.deps.personal.open(d.idEnc), env.rt.deps.personal.open(d.phoneEnc)])
  expect(clear.length).toBeGreaterThan(100)
  env.rt.store.db.pragma('wal_checkpoint(TRUNCATE)')
  const raw = fs.readFileSync(path.join(env.dataDir, 'anju.sqlite')).toString('latin1')
  const hh = ok(await env.call(DEMO.staffBachuan, 'household.get', { householdId: 'hh-yulong-00001' }))
  // The file is readable as text: the masked value is there, the clear ones are not.
  expect(raw).toContain(hh.idNumberMasked)
  expect(clear.filter((c) => raw.includes(c))).toEqual([])
})

it('the sealed values open back to valid ID numbers and phones with the key', async () => {
  const doc = await env.rt.store.collection('households').get('hh-yulong-00001')
  const id = env.rt.deps.personal.open(doc!.idEnc)
  expect(id).toMatch(/^\d{17}[\dX]$/)
  expect(id.slice(0, 4) + '*'.repeat(12) + id.slice(-2)).toBe(doc!.idMasked)
  expect(env.rt.deps.personal.open(doc!.phoneEnc)).toMatch(/^1\d{10}$/)
})
