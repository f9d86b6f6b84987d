// Matchers for the backend's answers, {ok: true, data} or {ok: false, code, message}:
// `expect(res).toSucceed()` and `expect(res).toFailWith('FORBIDDEN')` say what a test
// protects, and on failure print the answer that came instead.
import type { ErrorCode } from '../../domain'

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      /** The answer is {ok: true}. */
      toSucceed(): R
      /** The answer is {ok: false} with this error code. */
      toFailWith(code: ErrorCode): R
    }
  }
}

interface Answer {
  ok?: unknown
  code?: unknown
  message?: unknown
}

const shown = (r: Answer) => (r && typeof r === 'object' && 'ok' in r ? (r.ok ? 'ok' : `${String(r.code)}: ${String(r.message)}`) : JSON.stringify(r))

expect.extend({
  toSucceed(received: Answer) {
    const pass = !!received && typeof received === 'object' && received.ok === true
    return { pass, message: () => (pass ? 'expected a failure, got ok' : `expected ok, got ${shown(received)}`) }
  },
  toFailWith(received: Answer, code: ErrorCode) {
    const pass = !!received && typeof received === 'object' && received.ok === false && received.code === code
    return { pass, message: () => (pass ? `expected anything but ${code}, got it` : `expected ${code}, got ${shown(received)}`) }
  },
})

export {}
