// The runtime itself holds to WeChat where the app could otherwise get away with more:
// no Node in the app's realm, no code from strings, storage limits, and files written only
// under the user-data folder. If one of these went soft, the other tests would prove less.
import vm from 'node:vm'
import { KEY_LIMIT, TOTAL_LIMIT } from './runtime/fake-storage'
import { Weapp } from './runtime/weapp'

let app: Weapp
afterEach(() => app?.close())

async function launched(): Promise<Weapp> {
  app = await Weapp.start({ user: 'u-insp-yulong' })
  await app.launch()
  await app.onPage('inspector/pages/home/index')
  return app
}

test('the app runs with none of Node’s globals, and eval and new Function throw as in WeChat', async () => {
  await launched()
  const inApp = (code: string) => vm.runInContext(code, app.run.ctx) as unknown
  expect(inApp('[typeof process, typeof Buffer, typeof fetch, typeof require, typeof window, typeof document].join()')).toBe('undefined,undefined,undefined,undefined,undefined,undefined')
  expect(() => inApp('eval("1 + 1")')).toThrow(/Code generation from strings disallowed/)
  expect(() => inApp('new Function("return 1")')).toThrow(/Code generation from strings disallowed/)
  expect(app.run.errors).toEqual([])
})

test('storage refuses a value over 1 MB and a total over 10 MB, as setStorageSync does', async () => {
  await launched()
  const wx = app.run.ctx.wx as { setStorageSync(k: string, v: unknown): void; getStorageSync(k: string): unknown }
  expect(() => wx.setStorageSync('big', 'x'.repeat(KEY_LIMIT))).toThrow(/exceed storage item max length/)
  // Fill to within 1 KB of 10 MB, each value under the per-key limit.
  let i = 0
  for (; TOTAL_LIMIT - app.phone.storage.usedBytes() > 1024; i++) {
    wx.setStorageSync(`fill.${i}`, 'x'.repeat(Math.min(KEY_LIMIT - 100, TOTAL_LIMIT - app.phone.storage.usedBytes() - 1000)))
  }
  expect(i).toBeGreaterThanOrEqual(10)
  expect(() => wx.setStorageSync('one.more', 'x'.repeat(2048))).toThrow(/exceed storage max size 10MB/)
  expect(wx.getStorageSync('one.more')).toBe('')
  // Replacing a value with a smaller one is always allowed.
  expect(() => wx.setStorageSync('fill.0', 'small')).not.toThrow()
})

test('files may be written only under wxfile://usr, and saving a temporary file moves it there', async () => {
  await launched()
  const fsm = (app.run.ctx.wx as { getFileSystemManager(): Record<string, (...a: unknown[]) => unknown> }).getFileSystemManager()
  const temp = app.phone.files.addTemp(Buffer.from('photo'), 'jpg')
  expect(() => fsm.writeFileSync!(temp, 'x', 'utf8')).toThrow(/permission denied/)
  expect(() => fsm.writeFileSync!('wxfile://usr/missing/a.txt', 'x', 'utf8')).toThrow(/no such file or directory/)
  fsm.mkdirSync!('wxfile://usr/keep', true)
  expect(fsm.saveFileSync!(temp, 'wxfile://usr/keep/a.jpg')).toBe('wxfile://usr/keep/a.jpg')
  expect(app.phone.files.has(temp)).toBe(false)
  expect(app.phone.files.read('wxfile://usr/keep/a.jpg')!.bytes.toString()).toBe('photo')
  expect(() => fsm.saveFileSync!(temp, 'wxfile://usr/keep/b.jpg')).toThrow(/no such file/)
})

test('a subpackage’s code is loaded only when one of its pages is first opened', async () => {
  await launched()
  expect(app.run.loadedPackages()).toEqual(['inspector'])
  await app.tap('消息')
  await app.onPage('pages/inbox/index')
  expect(app.run.loadedPackages()).toEqual(['inspector'])
})

test('navigation fails as WeChat does: no tabBar to switch to, no such page, no going back from the first page', async () => {
  await launched()
  const wx = app.run.ctx.wx as Record<string, (o: object) => Promise<unknown>>
  await expect(wx.switchTab!({ url: '/pages/index/index' })).rejects.toMatchObject({ errMsg: 'switchTab:fail can not switch to no-tabBar page' })
  await expect(wx.navigateTo!({ url: '/pages/nowhere/index' })).rejects.toMatchObject({ errMsg: 'navigateTo:fail page "pages/nowhere/index" is not found' })
  await expect(wx.navigateBack!({})).rejects.toMatchObject({ errMsg: 'navigateBack:fail cannot navigate back at first page.' })
  expect(app.run.stack.map((p) => p.route)).toEqual(['inspector/pages/home/index'])
})

test('wx.getRandomValues answers fresh random bytes, so the ids two phones make differ', async () => {
  await launched()
  // The app's own ids (houses, patrols, photos) take their random part from the pool wx.getRandomValues fills.
  const wx = app.run.ctx.wx as { getRandomValues(o: { length: number }): Promise<{ randomValues: ArrayBuffer }> }
  const [a, b] = await Promise.all([wx.getRandomValues({ length: 16 }), wx.getRandomValues({ length: 16 })])
  const hex = (r: { randomValues: ArrayBuffer }) => Buffer.from(new Uint8Array(r.randomValues)).toString('hex')
  expect(hex(a)).toHaveLength(32)
  expect(hex(a)).not.toBe('0'.repeat(32))
  expect(hex(a)).not.toBe(hex(b))
})
