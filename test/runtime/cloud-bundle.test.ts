// The bundled cloud function: built the way `npm run build:cloud` builds it (into a
// scratch folder inside the project, so wx-server-sdk resolves), it loads in a fresh Node
// process, exports main, and carries nothing local-only. main itself is never called:
// the real SDK outside WeChat Cloud can take the process down.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { bundleFunction, checkLoads, listFunctions } from '../../scripts/build-cloud'

const ROOT = path.resolve(__dirname, '../..')
const OUT = path.join(ROOT, '.test-output', 'cloud-bundle')

afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }))

it('there are the api and the scheduler (tick) functions', () => {
  expect(listFunctions(ROOT)).toEqual(expect.arrayContaining(['api', 'tick']))
})

it.each(['api', 'tick'])('the %s bundle loads, exports main, and holds neither better-sqlite3 nor the SDK itself', async (fn) => {
  const built = await bundleFunction(fn, { outRoot: OUT })
  expect(built.outfile).toBe(path.join(OUT, fn, 'index.js'))
  const code = fs.readFileSync(built.outfile, 'utf8')
  expect(code).not.toMatch(/better-sqlite3/)
  expect(code).toContain('require("wx-server-sdk")')
  expect(code).not.toMatch(/node_modules[\\/]wx-server-sdk/)
  expect(() => checkLoads(built.outfile, ROOT)).not.toThrow()
}, 60_000)

it('the api bundle carries the Chinese font of the plates PDF beside it', async () => {
  const built = await bundleFunction('api', { outRoot: OUT })
  expect(fs.statSync(path.join(path.dirname(built.outfile), 'NotoSansSC-Regular.ttf')).size).toBeGreaterThan(1_000_000)
}, 60_000)

it('a function that reaches the SQLite adapter fails the build and leaves no bundle', async () => {
  const root = path.join(OUT, 'bad-root')
  fs.mkdirSync(path.join(root, 'cloudfunctions', 'bad'), { recursive: true })
  const adapter = path.join(ROOT, 'server', 'adapters', 'local', 'sqlite-store').split(path.sep).join('/')
  fs.writeFileSync(path.join(root, 'cloudfunctions', 'bad', 'index.ts'), `export { SqliteStore as main } from '${adapter}'\n`)
  await expect(bundleFunction('bad', { root })).rejects.toThrow(/cloud function bad: bundles better-sqlite3/)
  expect(fs.existsSync(path.join(root, 'cloudfunctions', 'bad', 'index.js'))).toBe(false)
}, 60_000)

it('the real wx-server-sdk has the members CloudSdk names (read, never called)', () => {
  const probe = [
    "const c = require('wx-server-sdk')",
    "const fns = ['init', 'database', 'getWXContext', 'uploadFile', 'downloadFile', 'getTempFileURL', 'deleteFile']",
    "const missing = fns.filter((f) => typeof c[f] !== 'function')",
    "if (typeof c.DYNAMIC_CURRENT_ENV !== 'symbol') missing.push('DYNAMIC_CURRENT_ENV')",
    "if (!c.openapi) missing.push('openapi')",
    'if (missing.length) { console.error(missing.join()); process.exit(4) }',
  ].join('\n')
  expect(() => execFileSync(process.execPath, ['-e', probe], { cwd: ROOT, stdio: 'pipe' })).not.toThrow()
})
