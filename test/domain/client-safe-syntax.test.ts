// What ships to the phone must parse on every phone WeChat runs on. iOS's JavaScriptCore
// before 16.4 throws a SyntaxError on regex lookbehind, and older engines on Unicode
// property escapes: one such literal in domain/ or src/ stops the whole mini-program.
import fs from 'node:fs'
import path from 'node:path'

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : []
  })
}

it('no regex lookbehind or Unicode property escape in code shipped to the mini-program', () => {
  const root = path.resolve(__dirname, '../..')
  const offenders = ['domain', 'src']
    .flatMap((d) => sources(path.join(root, d)))
    .filter((f) => /\(\?<[=!]|\\[pP]\{/.test(fs.readFileSync(f, 'utf8')))
    .map((f) => path.relative(root, f))
  expect(offenders).toEqual([])
})
