// How every asynchronous wx API answers: success/fail/complete callbacks on a later turn,
// or a Promise when no callback was given, with WeChat's `{errMsg}` objects. Values cross
// into the app's realm as JSON, the way WeChat serialises what its native side returns.

export interface WxFail {
  errMsg: string
  errno?: number
  errCode?: number
}

export class WxError extends Error {
  constructor(readonly fail: WxFail) {
    super(fail.errMsg)
  }
}

/** Throws a WeChat failure out of an API body. */
export function failWith(name: string, reason: string, extra: Partial<WxFail> = {}): never {
  throw new WxError({ errMsg: `${name}:fail ${reason}`, ...extra })
}

export interface WxOptions {
  success?: (res: unknown) => void
  fail?: (err: unknown) => void
  complete?: (res: unknown) => void
  [k: string]: unknown
}

/** Where values become the app realm's own objects (its Array, its Object). */
export type Adopt = <T>(value: T) => T

export function asyncApi<O extends WxOptions>(
  name: string,
  adopt: Adopt,
  body: (opts: O) => unknown | Promise<unknown>,
  onCall: (name: string, opts: unknown) => void,
): (opts?: O) => unknown {
  return (opts = {} as O) => {
    onCall(name, opts)
    const settle = (async () => {
      await Promise.resolve()
      try {
        const res = await body(opts)
        return { ok: true as const, res: { errMsg: `${name}:ok`, ...(res as object) } }
      } catch (e) {
        if (e instanceof WxError) return { ok: false as const, res: e.fail }
        throw e
      }
    })()
    const hasCallback = typeof opts.success === 'function' || typeof opts.fail === 'function' || typeof opts.complete === 'function'
    if (hasCallback) {
      void settle.then(({ ok, res }) => {
        // What comes back crosses as JSON into the app's realm, as from WeChat's native side.
        const value = adopt(res)
        if (ok) opts.success?.(value)
        else opts.fail?.(value)
        opts.complete?.(value)
      })
      return undefined
    }
    return settle.then(({ ok, res }) => {
      if (ok) return adopt(res)
      throw adopt(res)
    })
  }
}
