// What the local host checks before it reads a request, and the headers it answers with.
// The host listens on loopback for one street office's trial; these keep a page on
// another site from driving it (DNS rebinding, framing) and a crafted body from stalling it.
import crypto from 'node:crypto'
import type http from 'node:http'

/** An action call is a small JSON document: photos and lists go through /upload. */
export const MAX_CALL_BYTES = 2 * 1024 * 1024
/** Deeper than any contract nests (a few levels); a deep array would stall JSON.parse. */
export const MAX_JSON_DEPTH = 32

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]']

/** Host names the host answers to: loopback, plus ANJU_ALLOWED_HOSTS (comma-separated). */
export function allowedHostNames(env: NodeJS.ProcessEnv = process.env): Set<string> {
  const extra = (env.ANJU_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean)
  return new Set([...LOOPBACK_NAMES, ...extra])
}

/** The Host header's name without its port; '' when missing or malformed. */
export function hostNameOf(req: http.IncomingMessage): string {
  const raw = (req.headers.host ?? '').toLowerCase()
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/.exec(raw)
  return m ? m[1]! : ''
}

export class JsonTooDeep extends Error {}

/**
 * Counts bracket depth outside strings before parsing, so a body of a million nested
 * arrays is refused in one linear pass instead of recursing in JSON.parse.
 */
export function parseBoundedJson(text: string, maxDepth = MAX_JSON_DEPTH): unknown {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) throw new JsonTooDeep()
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return JSON.parse(text || '{}')
}

/** Headers on every answer. */
export function baseHeaders(): Record<string, string> {
  return { 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' }
}

/**
 * The page's policy: only this host's scripts (and the inline scripts of index.html, by
 * hash), no framing. Styles stay inline-capable: Taro and NutUI set style attributes.
 */
export function contentSecurityPolicy(html: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => `'sha256-${crypto.createHash('sha256').update(m[1] ?? '').digest('base64')}'`)
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}
