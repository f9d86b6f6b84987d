// A form's send: busy while the call is out, the refusal's message kept for FormError, and
// the check's own message (`fail`) shown the same way.
import { useState } from 'react'
import type { Result } from '@domain'

export interface Send {
  error: string
  busy: boolean
  fail: (message: string) => void
  run: <T>(call: () => Promise<Result<T>>, done: (data: T) => void) => Promise<void>
}

export function useSend(): Send {
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const run = async <T,>(call: () => Promise<Result<T>>, done: (data: T) => void) => {
    setBusy(true)
    const res = await call()
    setBusy(false)
    if (!res.ok) return setError(res.message)
    done(res.data)
  }
  return { error, busy, fail: setError, run }
}
