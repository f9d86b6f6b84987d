// The client is built in floors: pages compose features; a feature uses the ground floor
// (components, hooks, services, format) and never another feature; the ground floor never
// reaches up into a feature or a page. So a screen can be moved or changed without
// breaking a screen of another feature, and the kit is one place, not a copy per feature.
import fs from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../../..')
const SRC = path.join(ROOT, 'src')
const GROUND = ['components', 'hooks', 'services', 'format']
const PAGE_FOLDERS = ['pages', 'inspector', 'street']

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(e.name) ? [full] : []
  })
}

/** Every relative module a file names: static and side-effect imports, re-exports, import(), require(). */
export function relativeImports(code: string): string[] {
  const found: string[] = []
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]*)['"]/g
  for (let m = re.exec(code); m; m = re.exec(code)) found.push(m[1]!)
  return found
}

/** The first folders under src/ of a path: ['features', 'cases'], ['components'], ... */
const placeOf = (file: string) => path.relative(SRC, file).split(path.sep)

/** What is wrong with `from` importing `to` (both absolute paths), or null. */
export function layerBreach(from: string, to: string): string | null {
  const [fromTop, fromFeature] = placeOf(from)
  const [toTop, toFeature] = placeOf(to)
  if (fromTop === 'features' && toTop === 'features' && fromFeature !== toFeature) return `feature ${fromFeature} imports feature ${toFeature}`
  if (GROUND.includes(fromTop!) && (toTop === 'features' || PAGE_FOLDERS.includes(toTop!))) return `${fromTop} imports ${toTop}`
  return null
}

function breaches(): string[] {
  const out: string[] = []
  for (const file of sourceFiles(SRC)) {
    for (const spec of relativeImports(fs.readFileSync(file, 'utf8'))) {
      const why = layerBreach(file, path.resolve(path.dirname(file), spec))
      if (why) out.push(`${path.relative(ROOT, file)} → ${spec} (${why})`)
    }
  }
  return out
}

describe('client layers', () => {
  it('no feature imports another feature, and components, hooks, services and format never import a feature or a page', () => {
    expect(breaches()).toEqual([])
  })

  it('the check sees every kind of import and names each breach', () => {
    const code = [
      "import { Field } from '../alerts/Field'",
      "import '../street/street.css'",
      "export { x } from './x'",
      "const m = await import('../cases/uploads')",
      "const r = require('../../services/ids')",
      "import Taro from '@tarojs/taro'",
    ].join('\n')
    expect(relativeImports(code)).toEqual(['../alerts/Field', '../street/street.css', './x', '../cases/uploads', '../../services/ids'])
    const cases = path.join(SRC, 'features/cases/CaseScreen.tsx')
    expect(layerBreach(cases, path.join(SRC, 'features/alerts/Field'))).toBe('feature cases imports feature alerts')
    expect(layerBreach(cases, path.join(SRC, 'features/cases/FormParts'))).toBeNull()
    expect(layerBreach(cases, path.join(SRC, 'components/form/Field'))).toBeNull()
    expect(layerBreach(path.join(SRC, 'services/offline/outbox.ts'), path.join(SRC, 'features/offline/queue'))).toBe('services imports features')
    expect(layerBreach(path.join(SRC, 'components/PagedList.tsx'), path.join(SRC, 'street/pages/home/index'))).toBe('components imports street')
    expect(layerBreach(path.join(SRC, 'street/pages/home/index.tsx'), path.join(SRC, 'features/cases/CriticalScreen'))).toBeNull()
  })
})
