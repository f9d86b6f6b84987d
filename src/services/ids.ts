// The one maker of ids on the phone: ids of retryable writes (a retry with the same id
// returns what the first call made), upload file names and the h5 demo's made-up
// OPENIDs. 128 secure random bits each, so an id cannot be guessed from another; the
// time in front only keeps them in order when read by a person.
import { randomBytes } from './secure-random'

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')

/** Secure random lowercase hex of `bytes` bytes. */
export function randomToken(bytes = 16): string {
  return hex(randomBytes(bytes))
}

/** `prefix-time-random`: 45 characters at most for a 3-letter prefix, within the server's 64. */
export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomToken()}`
}
