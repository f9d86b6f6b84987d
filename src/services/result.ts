// Helpers for the Result envelope on the client side.
import { ERROR_CODES, type ErrorCode, type Result } from '@domain'

export const NETWORK_MESSAGE = '网络不好，请稍后再试'

export const unavailable = (): Result<never> => ({ ok: false, code: 'UNAVAILABLE', message: NETWORK_MESSAGE })

/** Accepts only a well-formed envelope from the wire; anything else counts as unavailable. */
export function asResult(value: unknown): Result<unknown> {
  if (typeof value !== 'object' || value === null) return unavailable()
  const v = value as Record<string, unknown>
  if (v.ok === true && 'data' in v) return { ok: true, data: v.data }
  if (v.ok === false && typeof v.message === 'string' && (ERROR_CODES as readonly string[]).includes(String(v.code))) {
    const issues = Array.isArray(v.issues) ? (v.issues as { path: string; message: string }[]) : undefined
    return { ok: false, code: v.code as ErrorCode, message: v.message, ...(issues ? { issues } : {}) }
  }
  return unavailable()
}
