// One list of pages (domain/pages.ts) for the app's navigation and for every page a
// message, an inbox entry or a QR code opens. A page the app does not declare would open
// WeChat's "page not found"; a path spelled by hand on the server drifts from the app.
import fs from 'node:fs'
import path from 'node:path'
import { PAGES, pageLink } from '../../domain'
import { ROUTES } from '../../src/routes'

const root = path.resolve(__dirname, '../..')

/** The pages src/app.config.ts declares, with their subpackage root. */
function declaredPages(): string[] {
  const text = fs.readFileSync(path.join(root, 'src/app.config.ts'), 'utf8')
  const [main, subs = ''] = text.split('subPackages')
  const out = [...main!.matchAll(/'(pages\/[^']+)'/g)].map((m) => m[1]!)
  for (const block of subs.split(/root:/).slice(1)) {
    const sub = /^\s*'([^']+)'/.exec(block)![1]
    for (const m of block.matchAll(/'(pages\/[^']+)'/g)) out.push(`${sub}/${m[1]}`)
  }
  return out.sort()
}

function serverSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? serverSources(p) : e.name.endsWith('.ts') ? [p] : []
  })
}

it('every page in the one list is a page the app declares, and the other way round', () => {
  expect(Object.values(PAGES).sort()).toEqual(declaredPages())
})

it('the app navigates to the same pages, with the leading slash Taro wants', () => {
  for (const [name, p] of Object.entries(PAGES)) expect(ROUTES[name as keyof typeof ROUTES]).toBe(`/${p}`)
})

it('a message opens a case page with its query as the app reads it', () => {
  expect(pageLink('streetCase', { caseId: 'c-1' })).toBe('street/pages/case/index?caseId=c-1')
  expect(pageLink('inspectorHome')).toBe('inspector/pages/home/index')
})

it('the server spells no page path by hand', () => {
  const spelled = serverSources(path.join(root, 'server')).filter((f) => /['`](?:street\/|inspector\/)?pages\/[a-z-]+/.test(fs.readFileSync(f, 'utf8')))
  expect(spelled.map((f) => path.relative(root, f))).toEqual([])
})
