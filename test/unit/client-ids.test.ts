// Ids made on the phone are keys to records: they come from a cryptographically secure
// source (never Math.random), on h5 from crypto.getRandomValues and in the mini-program
// from wx.getRandomValues, and never repeat.
import { randomBytes } from 'node:crypto'
const storage = new Map<string, unknown>()
const wxRandom = jest.fn()
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getRandomValues: (o: { length: number }) => wxRandom(o),
    getStorageSync: (k: string) => storage.get(k) ?? '',
    setStorageSync: (k: string, v: unknown) => void storage.set(k, v),
    removeStorageSync: (k: string) => void storage.delete(k),
  },
}))

type Ids = typeof import('../../src/services/ids') & typeof import('../../src/services/secure-random')
/** A fresh copy of the id maker, as a new start of the app loads it. */
const loadIds = (): Ids => {
  let mod: Ids | undefined
  jest.isolateModules(() => {
    mod = { ...require('../../src/services/secure-random'), ...require('../../src/services/ids') } as Ids
  })
  return mod!
}
const cryptoDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto')!

afterEach(() => {
  jest.restoreAllMocks()
  delete process.env.TARO_ENV
  Object.defineProperty(globalThis, 'crypto', cryptoDescriptor)
  storage.clear()
  wxRandom.mockReset()
})

describe('on h5', () => {
  it('10,000 ids never repeat, and none comes from Math.random', () => {
    const mathRandom = jest.spyOn(Math, 'random')
    const secure = jest.spyOn(globalThis.crypto, 'getRandomValues')
    const { newId } = loadIds()
    const ids = Array.from({ length: 10_000 }, () => newId('pt'))
    expect(new Set(ids).size).toBe(10_000)
    expect(secure).toHaveBeenCalledTimes(10_000)
    expect(mathRandom).not.toHaveBeenCalled()
    for (const id of ids.slice(0, 50)) expect(id).toMatch(/^pt-[0-9a-z]+-[0-9a-f]{32}$/)
  })

  it("the random part is exactly the secure source's bytes", () => {
    jest.spyOn(globalThis.crypto, 'getRandomValues').mockImplementation(((a: Uint8Array) => a.fill(0xab)) as never)
    expect(loadIds().newId('al')).toMatch(/^al-[0-9a-z]+-(ab){16}$/)
  })
})

describe('in the mini-program (no Web Crypto)', () => {
  // Stands in for wx.getRandomValues: asynchronous, secure bytes.
  const wxBytes = (length: number) => new Promise((resolve) => setImmediate(() => resolve({ randomValues: new Uint8Array(randomBytes(length)).buffer })))

  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true })
  })

  it('ids come from wx.getRandomValues, each byte used once, refilled in the background', async () => {
    wxRandom.mockImplementation((o: { length: number }) => wxBytes(o.length))
    const mathRandom = jest.spyOn(Math, 'random')
    const { newId, primeRandom } = loadIds()
    await primeRandom()
    const ids: string[] = []
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < 200; i++) ids.push(newId('sc'))
      await primeRandom()
    }
    // A byte handed out twice would show as a repeated random part.
    expect(new Set(ids.map((id) => id.split('-')[2])).size).toBe(10_000)
    expect(wxRandom).toHaveBeenCalled()
    expect(mathRandom).not.toHaveBeenCalled()
  })

  it('a start opened straight from a message uses the stored reserve, and takes it out of storage', () => {
    wxRandom.mockImplementation(() => new Promise(() => {}))
    storage.set('anju.randomReserve', 'cd'.repeat(64))
    const { newId } = loadIds()
    expect(newId('op')).toMatch(/-(cd){16}$/)
    expect(storage.has('anju.randomReserve')).toBe(false)
  })

  it('with no secure source yet, no id is made at all rather than a guessable one', () => {
    wxRandom.mockImplementation(() => new Promise(() => {}))
    const mathRandom = jest.spyOn(Math, 'random')
    const { newId } = loadIds()
    expect(() => newId('pt')).toThrow('请稍等')
    expect(mathRandom).not.toHaveBeenCalled()
  })
})
