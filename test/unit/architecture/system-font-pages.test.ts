// A new page must follow WeChat's font size like the others: its config turns page-meta on
// and it renders inside FollowSystemFont (components/FollowSystemFont.tsx says why).
import fs from 'node:fs'
import path from 'node:path'

const SRC = path.resolve(__dirname, '../../../src')

function pageFolders(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (!e.isDirectory()) return []
    return fs.existsSync(path.join(full, 'index.config.ts')) ? [full] : pageFolders(full)
  })
}

const pages = ['pages', 'inspector/pages', 'street/pages'].flatMap((d) => pageFolders(path.join(SRC, d)))

test('every page turns page-meta on and renders inside FollowSystemFont', () => {
  expect(pages.length).toBeGreaterThan(50)
  const missing = pages.filter((p) => {
    const config = fs.readFileSync(path.join(p, 'index.config.ts'), 'utf8')
    const page = fs.readFileSync(path.join(p, 'index.tsx'), 'utf8')
    return !/enablePageMeta:\s*true/.test(config) || !page.includes('<FollowSystemFont>')
  })
  expect(missing.map((p) => path.relative(SRC, p))).toEqual([])
})
