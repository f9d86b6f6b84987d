// The domain is read by both the app and the server; a circle of imports inside it (one
// module needing the other to be loaded first) is where a newcomer loses the thread and a
// bundler may hand out a half-initialised module. Type-only imports count too.
import fs from 'node:fs'
import path from 'node:path'
import { importsOf } from '../support/module-imports'

const root = path.resolve(__dirname, '../..')

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? sources(p) : /\.ts$/.test(e.name) ? [p] : []
  })
}

/** The module a specifier names, as a repository path without extension. */
function moduleOf(target: string): string {
  if (fs.existsSync(path.join(root, `${target}.ts`))) return target
  if (fs.existsSync(path.join(root, target, 'index.ts'))) return `${target}/index`
  return target
}

function cycles(): string[] {
  const graph = new Map<string, string[]>()
  for (const file of sources(path.join(root, 'domain'))) {
    const from = path.relative(root, file).split(path.sep).join('/').replace(/\.ts$/, '')
    graph.set(from, importsOf(file).map(moduleOf).filter((t) => t.startsWith('domain/')))
  }
  const found: string[] = []
  const state = new Map<string, 'open' | 'done'>()
  const walk = (node: string, trail: string[]) => {
    state.set(node, 'open')
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...trail.slice(trail.indexOf(next)), node, next].join(' → '))
      else if (!state.has(next)) walk(next, [...trail, node])
    }
    state.set(node, 'done')
  }
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) walk(node, [])
  return found
}

it('no two domain modules import each other, directly or round a circle', () => {
  expect(cycles()).toEqual([])
})
