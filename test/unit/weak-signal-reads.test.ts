// Under a weak signal a screen shows the copy kept on the phone within 3 s, with the time
// it was fetched, and the server's answer when it comes — done once for every read.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: jest.requireActual('../support/fake-taro').fakeTaro }))

import type { Result } from '@domain'
import { storage } from '../support/fake-taro'
import { FIRST_PAINT_MS, readThrough, stalenessOf } from '../../src/services/reads'
import { keepAnswer } from '../../src/services/read-cache'

const hanging = () => new Promise<never>(() => undefined)
const later = <T,>(ms: number, res: Result<T>) => () => new Promise<Result<T>>((r) => setTimeout(() => r(res), ms))

beforeEach(() => {
  storage.clear()
  jest.useFakeTimers()
  jest.setSystemTime(new Date('2026-11-30T06:05:00Z'))
})
afterEach(() => jest.useRealTimers())

it('a hanging list shows the copy fetched at 14:05 within 3 s, then the server answer when it comes', async () => {
  keepAnswer('q-plan', { total: 3 }, new Date('2026-11-30T06:05:00Z'))
  let shown: Result<{ total: number }> | null = null
  void readThrough('q-plan', later(10_000, { ok: true, data: { total: 4 } })).then((r) => (shown = r))
  await jest.advanceTimersByTimeAsync(FIRST_PAINT_MS)
  expect(FIRST_PAINT_MS).toBeLessThan(3_000)
  expect(shown).toEqual({ ok: true, data: { total: 3 } })
  const st = stalenessOf(shown!)
  expect(st?.cachedAt).toBe('2026-11-30T06:05:00.000Z')
  await jest.advanceTimersByTimeAsync(8_000)
  await expect(st!.fresh).resolves.toEqual({ ok: true, data: { total: 4 } })
})

it('the server answer in time is shown as it is, and kept for the next weak signal', async () => {
  const first = readThrough('q-list', later(100, { ok: true, data: ['a'] }))
  await jest.advanceTimersByTimeAsync(100)
  const res = await first
  expect(res).toEqual({ ok: true, data: ['a'] })
  expect(stalenessOf(res)).toBeNull()
  // Next time the request hangs: the answer kept above shows.
  const second = readThrough('q-list', hanging)
  await jest.advanceTimersByTimeAsync(FIRST_PAINT_MS)
  const again = await second
  expect(again).toEqual({ ok: true, data: ['a'] })
  expect(stalenessOf(again)?.cachedAt).toBe('2026-11-30T06:05:00.100Z')
})

it('without a network the kept copy shows at once, and the reason follows for the note', async () => {
  keepAnswer('q-tasks', [1])
  const res = await readThrough('q-tasks', async () => ({ ok: false, code: 'UNAVAILABLE', message: '网络不好，请稍后再试' }))
  expect(res).toEqual({ ok: true, data: [1] })
  await expect(stalenessOf(res)!.fresh).resolves.toMatchObject({ ok: false, code: 'UNAVAILABLE' })
})

it('a refusal is never hidden behind a kept copy, and nothing kept means waiting for the server', async () => {
  keepAnswer('q-case', { id: 'c1' })
  await expect(readThrough('q-case', async () => ({ ok: false, code: 'FORBIDDEN', message: '没有权限' }))).resolves.toMatchObject({ ok: false, code: 'FORBIDDEN' })
  let shown: unknown = null
  void readThrough('q-new', later(5_000, { ok: true, data: 1 })).then((r) => (shown = r))
  await jest.advanceTimersByTimeAsync(FIRST_PAINT_MS + 100)
  expect(shown).toBeNull()
  await jest.advanceTimersByTimeAsync(5_000)
  expect(shown).toEqual({ ok: true, data: 1 })
})

it('one query never reads the copy of another (kept per caller and per query)', async () => {
  keepAnswer('{"X-Dev-User":"u-a"}|case.list|{}', ['a'])
  const res = readThrough('{"X-Dev-User":"u-b"}|case.list|{}', later(4_000, { ok: true, data: ['b'] }))
  await jest.advanceTimersByTimeAsync(4_000)
  expect(await res).toEqual({ ok: true, data: ['b'] })
})

it('the kept answers stay within their room, the oldest going first, so the outbox always has space', () => {
  const big = 'x'.repeat(100_000)
  for (let i = 0; i < 15; i++) keepAnswer(`q-${i}`, big)
  const kept = [...storage.keys()].filter((k) => k.startsWith('anju.read.') && k !== 'anju.read.index')
  const chars = kept.reduce((sum, k) => sum + String(storage.get(k)).length, 0)
  expect(chars).toBeLessThanOrEqual(1_000_000)
  expect(kept.length).toBeLessThan(15)
  keepAnswer('q-huge', 'y'.repeat(200_000))
  expect([...storage.values()].some((v) => String(v).includes('yyyy'))).toBe(false)
})
