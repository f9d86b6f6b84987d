// The cloud composition root and main, with a stand-in for wx-server-sdk (the real SDK
// is never called here): configuration is required, the dev identity is refused, and
// the caller is whoever WeChat says the OPENID is.
import crypto from 'node:crypto'
import { dispatch } from '../../server/actions/dispatch'
import type { Logger } from '../../server/core/deps'
import { registry } from '../../server/actions/registry'
import { createCloudMain, createCloudRuntime, createCloudTick, type CloudSdk } from '../../server/runtime/cloud'
import { PersonalData } from '../../server/core/personal-data'
import { RecordingCloudDb } from '../support/recording-cloud-db'

const KEY = crypto.randomBytes(32).toString('base64')
/** The database's answer to the first call's key check: the check value of KEY is stored. */
const keyCheckOf = (key: string) => ({ data: [{ _id: 'dataKey', _rev: 1, check: new PersonalData(key).keyCheck(), createdAt: '2026-11-01T00:00:00.000Z' }] })
const KEY_CHECK_CALL = [['collection', 'meta'], ['where', { _id: 'dataKey' }], ['limit', 1], ['get']]

function fakeCloud(openid?: string) {
  const db = new RecordingCloudDb()
  const inits: unknown[] = []
  const notCalled = () => Promise.reject(new Error('not expected in this test'))
  const cloud: CloudSdk = {
    init: (c) => inits.push(c),
    DYNAMIC_CURRENT_ENV: Symbol('current env'),
    database: () => db,
    uploadFile: notCalled,
    downloadFile: notCalled,
    getTempFileURL: notCalled,
    deleteFile: notCalled,
    openapi: { subscribeMessage: { send: notCalled }, wxacode: { getUnlimited: notCalled } },
    getWXContext: () => ({ OPENID: openid }),
  }
  return { cloud, db, inits }
}

function recordingLog() {
  const errors: Array<[string, Record<string, unknown> | undefined]> = []
  const log: Logger = { info: () => {}, error: (msg, detail) => errors.push([msg, detail]) }
  return { log, errors }
}

describe('createCloudRuntime', () => {
  it('refuses to start without ANJU_DATA_KEY, saying which variable is missing', () => {
    const { cloud } = fakeCloud()
    expect(() => createCloudRuntime(cloud, { env: { TZ: 'Asia/Shanghai' } })).toThrow(/ANJU_DATA_KEY is not set/)
  })

  it('refuses a key that is not 32 bytes of base64', () => {
    const { cloud } = fakeCloud()
    expect(() => createCloudRuntime(cloud, { env: { ANJU_DATA_KEY: 'short' } })).toThrow(/ANJU_DATA_KEY must be 32 bytes/)
  })

  it('runs in cloud mode on the CloudBase adapters and warns when TZ is not Asia/Shanghai', async () => {
    const { cloud } = fakeCloud()
    const { log, errors } = recordingLog()
    const { deps } = createCloudRuntime(cloud, { env: { ANJU_DATA_KEY: KEY, TCB_ENV: 'anju-prod-9z', ANJU_CHUNK_BUDGET_MS: '3000' }, log })
    expect(deps.config.mode).toBe('cloud')
    expect(deps.config.timeZone).toBe('Asia/Shanghai')
    expect(deps.config.chunkBudgetMs).toBe(3000)
    expect(await deps.store.health()).toEqual({ engine: 'cloudbase', env: 'anju-prod-9z' })
    expect(errors.map(([m]) => m)).toEqual([expect.stringContaining('TZ is not Asia/Shanghai')])
  })

  it('refuses the dev identity without touching the database', async () => {
    const { cloud, db } = fakeCloud()
    const { deps } = createCloudRuntime(cloud, { env: { ANJU_DATA_KEY: KEY, TZ: 'Asia/Shanghai' } })
    const res = await dispatch(registry, deps, { action: 'auth.me', input: {} }, { kind: 'dev', userId: 'u-admin' })
    expect(res).toFailWith('UNAUTHENTICATED')
    expect(db.calls).toEqual([])
  })

  it('delivers nothing by subscription message until templates are configured', async () => {
    const { cloud } = fakeCloud()
    const { deps } = createCloudRuntime(cloud, { env: { ANJU_DATA_KEY: KEY, TZ: 'Asia/Shanghai' } })
    const sent = await deps.notifier.deliver({ id: 'm1', userId: 'u1', kind: 'case.assigned', title: 't', body: 'b' })
    expect(sent).toEqual({ delivered: false, channel: 'subscribe', error: 'NO_TEMPLATE' })
  })
})

describe('createCloudMain', () => {
  it('without ANJU_DATA_KEY answers UNAVAILABLE and logs the cause, on every call', async () => {
    const { cloud, db } = fakeCloud('o-farmer')
    const { log, errors } = recordingLog()
    const main = createCloudMain(cloud, registry, { env: {}, log })
    for (let i = 0; i < 2; i++) {
      expect(await main({ action: 'auth.me', input: {} })).toEqual({ ok: false, code: 'UNAVAILABLE', message: '服务未配置，请联系管理员' })
    }
    expect(errors).toHaveLength(2)
    expect(errors[0]![1]).toEqual({ error: expect.stringContaining('ANJU_DATA_KEY') })
    expect(db.calls).toEqual([])
  })

  it('initialises the SDK with the current environment once, on the first call', async () => {
    const { cloud, db, inits } = fakeCloud('o-1')
    const main = createCloudMain(cloud, registry, { env: { ANJU_DATA_KEY: KEY, TZ: 'Asia/Shanghai' } })
    expect(inits).toEqual([])
    db.answer(keyCheckOf(KEY), { data: [] }, { data: [] })
    await main({ action: 'auth.me' })
    await main({ action: 'auth.me' })
    expect(inits).toEqual([{ env: cloud.DYNAMIC_CURRENT_ENV }])
  })

  it('identifies the caller by the OPENID from getWXContext', async () => {
    const { cloud, db } = fakeCloud('o-unknown')
    const main = createCloudMain(cloud, registry, { env: { ANJU_DATA_KEY: KEY, TZ: 'Asia/Shanghai' } })
    db.answer(keyCheckOf(KEY), { data: [] })
    expect(await main({ action: 'auth.me', input: {} })).toFailWith('UNAUTHENTICATED')
    expect(db.calls).toEqual([KEY_CHECK_CALL, [['collection', 'users'], ['where', { openid: 'o-unknown' }], ['limit', 1], ['get']]])
  })

  it('treats a call without OPENID (a timer) as anonymous: no user lookup', async () => {
    const { cloud, db } = fakeCloud('')
    const main = createCloudMain(cloud, registry, { env: { ANJU_DATA_KEY: KEY, TZ: 'Asia/Shanghai' } })
    db.answer(keyCheckOf(KEY))
    expect(await main({ action: 'auth.me', input: {} })).toFailWith('UNAUTHENTICATED')
    expect(db.calls).toEqual([KEY_CHECK_CALL])
  })
})

describe('the data key', () => {
  const WRONG_KEY = { ok: false, code: 'UNAVAILABLE', message: '数据密钥与已有数据不符，服务已停止，请联系管理员核对 ANJU_DATA_KEY' }

  it('the cloud runtime with a wrong ANJU_DATA_KEY answers UNAVAILABLE, on every call, and logs it', async () => {
    const { cloud, db } = fakeCloud('o-farmer')
    const { log, errors } = recordingLog()
    const main = createCloudMain(cloud, registry, { env: { ANJU_DATA_KEY: KEY, TZ: 'Asia/Shanghai' }, log })
    db.answer(keyCheckOf(crypto.randomBytes(32).toString('base64')))
    for (let i = 0; i < 2; i++) expect(await main({ action: 'auth.me', input: {} })).toEqual(WRONG_KEY)
    expect(errors.map(([m]) => m)).toEqual([expect.stringContaining('data key does not match'), expect.stringContaining('data key does not match')])
    // Checked once; nothing else read or written.
    expect(db.calls).toEqual([KEY_CHECK_CALL])
  })

  it('the scheduler with a wrong ANJU_DATA_KEY runs no job', async () => {
    const { cloud, db } = fakeCloud(undefined)
    const tick = createCloudTick(cloud, { env: { ANJU_DATA_KEY: KEY, TZ: 'Asia/Shanghai' }, log: recordingLog().log })
    db.answer(keyCheckOf(crypto.randomBytes(32).toString('base64')))
    expect(await tick({ Type: 'Timer', TriggerName: 'every10min', Time: '2026-11-28T02:00:00Z' })).toEqual(WRONG_KEY)
    expect(db.calls).toEqual([KEY_CHECK_CALL])
  })

  it('the first call on an empty database records the key check value', async () => {
    const { cloud, db } = fakeCloud('o-1')
    const main = createCloudMain(cloud, registry, { env: { ANJU_DATA_KEY: KEY, TZ: 'Asia/Shanghai' } })
    db.answer({ data: [] }, { data: [] }, { _id: 'dataKey' }, { data: [] })
    await main({ action: 'auth.me', input: {} })
    const add = db.calls.find((c) => c.some(([step]) => step === 'add'))
    expect(add).toEqual([['collection', 'meta'], ['add', { data: expect.objectContaining({ _id: 'dataKey', check: new PersonalData(KEY).keyCheck() }) }]])
  })
})

describe('createCloudTick', () => {
  const TIMER = { Type: 'Timer', TriggerName: 'every10min', Time: '2026-11-28T02:00:00Z' }
  const env = { ANJU_DATA_KEY: KEY, TZ: 'Asia/Shanghai' }

  it.each([
    ['a WeChat user calling it with a timer-shaped event', 'o-attacker', TIMER],
    ['a WeChat user calling it with an action', 'o-attacker', { action: 'auth.me', input: {} }],
    ['an event that is not a timer trigger', undefined, { action: 'auth.me' }],
    ['an empty event', undefined, {}],
    ['a timer event without its trigger name', undefined, { Type: 'Timer', Time: '2026-11-28T02:00:00Z' }],
  ])('the scheduler refuses %s without running anything, and logs it', async (_what, openid, event) => {
    const { cloud, db, inits } = fakeCloud(openid)
    const { log, errors } = recordingLog()
    const tick = createCloudTick(cloud, { env, log })
    expect(await tick(event)).toEqual({ ok: false, code: 'FORBIDDEN', message: '定时任务只能由定时触发器启动' })
    expect(db.calls).toEqual([])
    expect(inits).toEqual([])
    expect(errors).toEqual([['tick refused: not a timer trigger', expect.objectContaining({ openid: openid ? 'present' : 'absent' })]])
  })

  it('the scheduler runs for its timer trigger, which carries no OPENID', async () => {
    const { cloud, db } = fakeCloud(undefined)
    const tick = createCloudTick(cloud, { env, log: recordingLog().log })
    db.answer(keyCheckOf(KEY))
    await tick(TIMER)
    expect(db.calls.length).toBeGreaterThan(1)
  })
})
