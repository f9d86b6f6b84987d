// The local cloud host: one Node process that serves the h5 build and answers
// POST /fn/<function> exactly as the cloud function would, on the local adapters.
import http from 'node:http'
import { ROLES } from '../../domain'
import { dispatch, type Identity } from '../actions/dispatch'
import { registry } from '../actions/registry'
import type { LocalRuntime } from '../runtime/local'
import { BodyTooLarge, readBody, sendJson } from './http-util'
import { allowedHostNames, baseHeaders, hostNameOf, JsonTooDeep, MAX_CALL_BYTES, parseBoundedJson } from './http-guard'
import { serveStatic } from './static-files'
import { handleUpload } from './uploads'

/** The cloud functions this host stands in for. */
export const FUNCTIONS = ['api'] as const

export interface HostOptions {
  runtime: LocalRuntime
  h5Root: string
  /** Host names to answer besides loopback (default: ANJU_ALLOWED_HOSTS). */
  allowedHosts?: Set<string>
}

const header = (req: http.IncomingMessage, name: string) => {
  const v = req.headers[name]
  return (Array.isArray(v) ? v[0] : v) ?? ''
}

/**
 * Locally the caller names himself: X-Dev-User for a demo account, or X-Dev-Openid to
 * act as a WeChat user who is not bound yet (to try binding). The cloud entry never
 * reads these; it takes OPENID from WeChat.
 */
function devIdentity(req: http.IncomingMessage): Identity {
  const userId = header(req, 'x-dev-user')
  if (/^[A-Za-z0-9_-]{1,64}$/.test(userId)) return { kind: 'dev', userId }
  const openid = header(req, 'x-dev-openid')
  if (/^[A-Za-z0-9_-]{8,64}$/.test(openid)) return { kind: 'openid', openid }
  return { kind: 'none' }
}

async function listDevUsers(rt: LocalRuntime) {
  const users = await rt.store.collection('users').find({ orderBy: [['_id', 'asc']] })
  const out = []
  for (const u of users) {
    const villages = new Set<string>()
    for (const g of u.grants) for (const v of await rt.deps.orgs.villagesUnder(g.orgId)) villages.add(v.name)
    out.push({
      id: u._id,
      name: u.name,
      roles: ROLES.filter((r) => u.grants.some((g) => g.role === r)),
      villages: [...villages],
    })
  }
  return out
}

export function createLocalHost({ runtime, h5Root, allowedHosts = allowedHostNames() }: HostOptions): http.Server {
  const { deps } = runtime
  // Many requests at once: counters are refreshed after responding, coalesced.
  deps.countersInBackground = true
  return http.createServer((req, res) => {
    // A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding)
    // sends its own Host: only the names this host is reached by are answered.
    if (!allowedHosts.has(hostNameOf(req))) return sendJson(res, 421, { ok: false, code: 'FORBIDDEN', message: '请用 127.0.0.1 或 localhost 打开' })
    let url: URL
    try {
      url = new URL(req.url ?? '/', 'http://local')
    } catch {
      return sendJson(res, 400, { ok: false, code: 'VALIDATION', message: '网址格式不对' })
    }
    const handle = async () => {
      if (req.method === 'POST' && url.pathname.startsWith('/fn/')) {
        const fn = url.pathname.slice(4)
        if (!(FUNCTIONS as readonly string[]).includes(fn)) return sendJson(res, 404, { ok: false, code: 'UNKNOWN_ACTION', message: '没有这个云函数' })
        let event: unknown
        try {
          event = parseBoundedJson((await readBody(req, MAX_CALL_BYTES)).toString('utf8'))
        } catch (err) {
          const tooLarge = err instanceof BodyTooLarge
          const tooDeep = err instanceof JsonTooDeep
          return sendJson(res, tooLarge ? 413 : 400, { ok: false, code: 'VALIDATION', message: tooLarge ? '提交的内容太大' : tooDeep ? '提交的内容层次太深' : '请求格式不对' })
        }
        return sendJson(res, 200, await dispatch(registry, deps, event, devIdentity(req)))
      }
      if (req.method === 'POST' && url.pathname === '/upload') {
        const identity = devIdentity(req)
        // A simulated WeChat user uploads as the account his OPENID is bound to.
        const userId =
          identity.kind === 'dev'
            ? identity.userId
            : identity.kind === 'openid'
              ? ((await runtime.store.collection('users').find({ where: { openid: identity.openid }, limit: 1 }))[0]?._id ?? null)
              : null
        return handleUpload(runtime, req, res, url, userId)
      }
      if (req.method === 'GET' && url.pathname === '/dev/users') return sendJson(res, 200, await listDevUsers(runtime))
      if (req.method === 'GET' && url.pathname === '/healthz') {
        // Where the database lives on disk is nobody's business over HTTP.
        const { file: _file, ...store } = await deps.store.health()
        return sendJson(res, 200, { ok: true, mode: deps.config.mode, store, time: deps.clock.now().toISOString() })
      }
      if (req.method === 'GET' && url.pathname.startsWith('/files/')) {
        const fileId = runtime.files.verify(url.pathname.slice(7), Number(url.searchParams.get('expires')), url.searchParams.get('sig') ?? '')
        const file = fileId ? await runtime.files.get(fileId) : null
        if (!file) return sendJson(res, 404, { ok: false, code: 'NOT_FOUND', message: '文件不存在或链接已过期' })
        res.writeHead(200, { ...baseHeaders(), 'content-type': file.contentType, 'cache-control': 'private, max-age=300' })
        return void res.end(file.bytes)
      }
      if (req.method === 'GET' || req.method === 'HEAD') return serveStatic(h5Root, url.pathname, res)
      sendJson(res, 405, { ok: false, code: 'VALIDATION', message: '不支持的请求' })
    }
    handle().catch((err) => {
      deps.log.error('host error', { path: url.pathname, error: err instanceof Error ? err.stack : String(err) })
      if (!res.headersSent) sendJson(res, 500, { ok: false, code: 'INTERNAL', message: '系统出错了，请稍后再试' })
      else res.end()
    })
  })
}
