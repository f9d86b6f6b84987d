// In a village a request often hangs instead of failing. Every call gives up after the
// configured limit and says so in plain words, so no screen spins for minutes and the
// outbox puts its record back to wait for a better signal.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: jest.requireActual('../support/fake-taro').fakeTaro }))

import { request, storage } from '../support/fake-taro'
import { call } from '../../src/services/api'
import { CALL_TIMEOUT_KEY, callTimeoutMs, withTimeout } from '../../src/services/timeout'

const hanging = () => new Promise<never>(() => undefined)

beforeEach(() => {
  storage.clear()
  request.mockReset()
  jest.useFakeTimers()
})
afterEach(() => jest.useRealTimers())

it('a write whose request hangs gives up after 15 s with a plain-words UNAVAILABLE', async () => {
  request.mockImplementation(hanging)
  let settled: unknown = null
  void call('patrol.submit', {
    patrolId: 'pt-1', houseId: 'ho-1', kind: 'routine', patrolledAt: '2026-11-30T09:00:00+08:00',
    findings: { site: 'ok', foundation: 'ok', walls: 'ok', columnsBeams: 'ok', roof: 'ok', enclosure: 'na' },
    judgment: 'safe', occupied: true, photos: [], gps: null, scannedPlate: false, notes: '',
  }).then((r) => (settled = r))
  await jest.advanceTimersByTimeAsync(14_000)
  expect(settled).toBeNull()
  await jest.advanceTimersByTimeAsync(1_100)
  expect(settled).toEqual({ ok: false, code: 'UNAVAILABLE', message: '网络太慢，等了 15 秒还没有回应，请到信号好的地方再试' })
})

it('the limit is a setting: 5 s when set so, and nonsense falls back to 15 s', async () => {
  storage.set(CALL_TIMEOUT_KEY, '5000')
  expect(callTimeoutMs()).toBe(5_000)
  request.mockImplementation(hanging)
  let settled: { ok: boolean; message?: string } | null = null
  void call('household.list', { page: 1, pageSize: 20 }).then((r) => (settled = r as never))
  await jest.advanceTimersByTimeAsync(5_100)
  expect(settled).toMatchObject({ ok: false, message: expect.stringContaining('等了 5 秒') })
  for (const bad of ['abc', '10', '99999999']) {
    storage.set(CALL_TIMEOUT_KEY, bad)
    expect(callTimeoutMs()).toBe(15_000)
  }
})

it('an answer in time is passed on, and a thrown request counts as no network', async () => {
  await expect(withTimeout(Promise.resolve({ ok: true as const, data: 1 }), 1_000, () => ({ ok: false, code: 'UNAVAILABLE', message: 'x' }))).resolves.toEqual({ ok: true, data: 1 })
  await expect(withTimeout(Promise.reject(new Error('offline')), 1_000, () => ({ ok: false, code: 'UNAVAILABLE', message: '网络不好' }))).resolves.toEqual({ ok: false, code: 'UNAVAILABLE', message: '网络不好' })
})
