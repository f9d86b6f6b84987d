// A picture picked from the album is evidence of another moment: it keeps its own time (or
// none), says it came from the album, and the same picture used again is caught by the
// hash of its original bytes, although each stamp makes the uploaded file differ.
import crypto from 'node:crypto'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { safePatrol, uploadPhoto } from '../support/patrols'

const INSPECTOR = DEMO.inspectorYulong
let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 5, now: '2026-11-28T10:00:00+08:00' })
})
afterEach(() => env.close())

const ORIGINAL = crypto.createHash('sha256').update('the same picture in the album').digest('hex')
const hazard = { site: 'ok', foundation: 'ok', walls: 'minor', columnsBeams: 'ok', roof: 'ok', enclosure: 'ok' } as const

async function patrolWith(houseId: string, photo: { takenAt: string | null; album: boolean; originalSha256: string | null }) {
  const fileId = await uploadPhoto(env, INSPECTOR)
  return ok(await env.call(INSPECTOR, 'patrol.submit', safePatrol(houseId, { findings: hazard, judgment: 'hazard', photos: [{ fileId, lat: null, lng: null, ...photo }] })))
}

it('the same album picture in two patrols is marked reused, though each stamped file differs', async () => {
  const first = await patrolWith('ho-yulong-00001-1', { takenAt: '2026-10-03T14:20:00+08:00', album: true, originalSha256: ORIGINAL })
  const second = await patrolWith('ho-yulong-00002-1', { takenAt: '2026-10-03T14:20:00+08:00', album: true, originalSha256: ORIGINAL })
  expect(first.photos[0]).toMatchObject({ album: true, takenAt: '2026-10-03T14:20:00+08:00', reused: false })
  expect(second.photos[0]).toMatchObject({ album: true, reused: true })
  expect(first.photos[0]!.sha256).not.toBe(second.photos[0]!.sha256)
})

it('an album picture whose time the phone does not know is kept without one', async () => {
  const view = await patrolWith('ho-yulong-00001-1', { takenAt: null, album: true, originalSha256: ORIGINAL })
  expect(view.photos[0]).toMatchObject({ album: true, takenAt: null })
})

it('a camera photo sent by an older app (no hash, no album flag) is still taken', async () => {
  const fileId = await uploadPhoto(env, INSPECTOR)
  const view = ok(await env.call(INSPECTOR, 'patrol.submit', safePatrol('ho-yulong-00001-1', { findings: hazard, judgment: 'hazard', photos: [{ fileId, takenAt: '2026-11-28T09:00:00+08:00', lat: null, lng: null }] })))
  expect(view.photos[0]).toMatchObject({ album: false, reused: false })
})
