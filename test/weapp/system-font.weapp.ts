// 关怀模式 and large WeChat fonts: every page of the compiled mini-program carries page-meta
// with its root font bound, and a page the farmer opens sets it to WeChat's own font size
// ("system"), so the rem type scale grows with the user's setting.
import fs from 'node:fs'
import path from 'node:path'
import { DIST } from './runtime/app-run'
import { Weapp } from './runtime/weapp'

let app: Weapp
afterEach(() => app?.close())

function pageRoutes(): string[] {
  const config = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8')) as { pages: string[]; subPackages?: Array<{ root: string; pages: string[] }> }
  return [...config.pages, ...(config.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
}

test('every page of the mini-program has page-meta with its root font size bound', () => {
  const routes = pageRoutes()
  expect(routes.length).toBeGreaterThan(50)
  const without = routes.filter((r) => !/<page-meta[^>]*root-font-size="\{\{pageMeta\./.test(fs.readFileSync(path.join(DIST, `${r}.wxml`), 'utf8')))
  expect(without).toEqual([])
})

test('on weapp the text sizes are in rem, so they grow with the root font', () => {
  const css = fs.readFileSync(path.join(DIST, 'app-origin.wxss'), 'utf8')
  const unit = [...css.matchAll(/--anju-fs-unit:([^;}]+)/g)].map((m) => m[1]!.trim())
  // The last declaration wins: the rem one, after the 750-unit one; every size is a multiple.
  expect(unit[unit.length - 1]).toBe('0.03125rem')
  // The minifier may turn the product round: calc(var(--anju-fs-unit)*34).
  expect(/--anju-fs-body:\s*calc\(\s*(34\s*\*\s*var\(--anju-fs-unit\)|var\(--anju-fs-unit\)\s*\*\s*34)\s*\)/.test(css)).toBe(true)
})

test('the farmer\'s home follows WeChat\'s font size', async () => {
  app = await Weapp.start({ user: 'u-farmer-yulong' })
  await app.launch()
  await app.onPage('pages/farmer/my-house/index')
  await app.see('我家的房屋')
  const page = app.run.stack[app.run.stack.length - 1]!
  const wxml = fs.readFileSync(path.join(DIST, 'pages/farmer/my-house/index.wxml'), 'utf8')
  const key = /root-font-size="\{\{pageMeta\.(\w+)/.exec(wxml)?.[1]
  const meta = page.data.pageMeta as Record<string, unknown> | undefined
  expect(key && meta?.[key]).toBe('system')
})
