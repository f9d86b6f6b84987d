// A stand-in for @tarojs/taro in client unit tests: synchronous storage in memory and a
// request the test decides. Load it inside jest.mock's factory (the factory runs before
// the test file's own variables exist).
export const storage = new Map<string, unknown>()
export const request = jest.fn()

export const fakeTaro = {
  getStorageSync: (k: string) => storage.get(k) ?? '',
  setStorageSync: (k: string, v: unknown) => void storage.set(k, v),
  removeStorageSync: (k: string) => void storage.delete(k),
  request: (...args: unknown[]) => request(...args),
}
