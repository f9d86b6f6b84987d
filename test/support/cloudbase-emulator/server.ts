// The loopback HTTP server the SDK is pointed at: POST /admin carries every action (JSON,
// or multipart for wx.openApi), PUT/GET /cos/<path> is the object storage behind uploads
// and temporary URLs. Unknown actions are answered with an error and written down, so a
// test can insist that nothing the SDK sent went unemulated.
import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { databaseActions, type DatabaseContext } from './database'
import { CloudError } from './errors'
import { parseMultipart } from './multipart'
import type { OpenApiEmulator } from './openapi'
import type { StorageEmulator } from './storage'

export interface Backends {
  db: DatabaseContext
  storage: StorageEmulator
  openapi: OpenApiEmulator
  /** Every action received, in order. */
  actions: string[]
  /** Actions the emulator does not implement. */
  unsupported: string[]
  /** Added before each answer, as the network round trip to the real service (benchmarks). */
  latencyMs: number
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function sendJson(res: http.ServerResponse, body: object): void {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ requestId: crypto.randomBytes(8).toString('hex'), ...body }))
}

async function admin(b: Backends, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const raw = await readBody(req)
  const type = req.headers['content-type'] ?? ''
  if (/multipart\/form-data/i.test(type)) {
    const form = parseMultipart(raw, type)
    const action = form.action?.toString() ?? ''
    b.actions.push(action)
    if (action !== 'wx.openApi') {
      b.unsupported.push(action)
      return sendJson(res, { code: 'INVALID_ACTION', message: `emulator: ${action} is not emulated` })
    }
    const answer = await b.openapi.handle(form.apiName?.toString() ?? '', form.requestData ?? Buffer.alloc(0))
    res.writeHead(200, { 'content-type': 'application/octet-stream' })
    return void res.end(answer)
  }
  const params = JSON.parse(raw.toString() || '{}') as Record<string, unknown>
  const action = String(params.action ?? '')
  b.actions.push(action)
  const handler = databaseActions[action] ? (p: Record<string, unknown>) => databaseActions[action]!(b.db, p) : b.storage.actions[action]
  if (!handler) {
    b.unsupported.push(action)
    return sendJson(res, { code: 'INVALID_ACTION', message: `emulator: ${action} is not emulated` })
  }
  try {
    sendJson(res, handler(params))
  } catch (err) {
    if (!(err instanceof CloudError)) throw err
    sendJson(res, { code: err.code, message: err.message })
  }
}

async function cos(b: Backends, req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
  const path = decodeURI(url.pathname.slice('/cos/'.length))
  if (req.method === 'PUT') {
    b.storage.put(path, await readBody(req))
    res.writeHead(200)
    return void res.end('')
  }
  const got = b.storage.get(path, url.searchParams.get('sign'))
  if (typeof got === 'number') {
    res.writeHead(got, { 'content-type': 'application/xml' })
    return void res.end(`<?xml version='1.0' encoding='utf-8' ?><Error><Code>${got === 403 ? 'AccessDenied' : 'NoSuchKey'}</Code></Error>`)
  }
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': got.length })
  res.end(got)
}

export async function listen(b: Backends): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    if (b.latencyMs > 0) await new Promise((r) => setTimeout(r, b.latencyMs))
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const work = url.pathname === '/admin' && req.method === 'POST' ? admin(b, req, res) : url.pathname.startsWith('/cos/') ? cos(b, req, res, url) : null
    if (!work) {
      res.writeHead(404)
      return void res.end()
    }
    work.catch((err: unknown) => {
      // An emulator bug must be loud: answer 500 (the SDK throws) and keep the reason.
      b.unsupported.push(`internal error: ${err instanceof Error ? err.stack : String(err)}`)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
