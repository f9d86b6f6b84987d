// Serves the h5 build, with the single-page fallback to index.html.
import fs from 'node:fs/promises'
import path from 'node:path'
import type http from 'node:http'
import { baseHeaders, contentSecurityPolicy } from './http-guard'
import { sendJson } from './http-util'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

export async function serveStatic(root: string, urlPath: string, res: http.ServerResponse): Promise<void> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    // A broken % escape is the client's mistake, not the host's.
    return sendJson(res, 400, { ok: false, code: 'VALIDATION', message: '网址格式不对' })
  }
  const clean = path.normalize(decoded).replace(/^([/\\])+/, '')
  let file = path.join(root, clean)
  if (!file.startsWith(root)) file = path.join(root, 'index.html')
  let stat = await fs.stat(file).catch(() => null)
  if (!stat || stat.isDirectory()) {
    file = path.join(root, 'index.html')
    stat = await fs.stat(file).catch(() => null)
  }
  if (!stat) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
    res.end('h5 应用尚未构建：请运行 npm start（它会先构建）或 npm run build:h5')
    return
  }
  const ext = path.extname(file)
  const immutable = /\.[0-9a-f]{8,}\./.test(path.basename(file))
  const body = await fs.readFile(file)
  res.writeHead(200, {
    ...baseHeaders(),
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': ext === '.html' ? 'no-cache' : immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    ...(ext === '.html' ? { 'content-security-policy': contentSecurityPolicy(body.toString('utf8')) } : {}),
  })
  res.end(body)
}
