// How check:weapp attributes files to packages and applies WeChat's size limits. The
// offline compile itself is exercised by running `npm run check:weapp`.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LIMITS, measure, report, subpackageRoots } from '../../scripts/check-weapp'

let dir: string
const write = (rel: string, bytes: number) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
  fs.writeFileSync(path.join(dir, rel), Buffer.alloc(bytes))
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-weapp-'))
  fs.writeFileSync(path.join(dir, 'app.json'), JSON.stringify({ pages: ['pages/index/index'], subPackages: [{ root: 'inspector/' }, { root: 'street' }] }))
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

it('reads subpackage roots from app.json, trailing slashes trimmed', () => {
  expect(subpackageRoots(dir)).toEqual(['inspector', 'street'])
})

it('counts every file outside a subpackage root in the main package, project config aside', () => {
  write('pages/index/index.js', 1000)
  write('vendors.js', 5000)
  write('inspector/pages/a/index.js', 300)
  write('inspector-extra/x.js', 7)
  write('street/sub-common/x.js', 40)
  write('project.config.json', 999)
  const sizes = measure(dir, { 'vendors.js': 'x'.repeat(4000), 'street/sub-common/x.js': 'y'.repeat(30) })
  const app = fs.statSync(path.join(dir, 'app.json')).size
  expect(sizes.map((p) => [p.name, p.files, p.distBytes, p.compiledBytes])).toEqual([
    ['main', 4, 1000 + 5000 + 7 + app, 4000],
    ['inspector', 1, 300, 0],
    ['street', 1, 40, 30],
  ])
})

it('fails when the main package passes 1.5 MB or a subpackage 2 MB, by dist or compiled size', () => {
  const size = (name: string, distBytes: number, compiledBytes: number, limit: number) => ({ name, root: name, files: 1, distBytes, compiledBytes, limit })
  expect(report([size('main', LIMITS.main, LIMITS.main, LIMITS.main), size('street', 10, 10, LIMITS.sub)]).ok).toBe(true)
  expect(report([size('main', LIMITS.main + 1, 0, LIMITS.main)]).ok).toBe(false)
  const r = report([size('main', 10, 10, LIMITS.main), size('street', 10, LIMITS.sub + 1, LIMITS.sub)])
  expect(r.ok).toBe(false)
  expect(r.text).toMatch(/street .* TOO BIG/)
})
