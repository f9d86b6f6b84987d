// The server's floors: core (context, scope, handler typing, replay) and store (documents,
// manifest, migrations) sit below the services and the actions that use them. An import
// pointing upward makes a circle a newcomer cannot follow and a bundle cannot split.
import fs from 'node:fs'
import path from 'node:path'
import { importsOf } from '../support/module-imports'

const root = path.resolve(__dirname, '../..')

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : []
  })
}

/** Files under `floor` that import from any of `above`, as "file → module". */
export function upwardImports(floor: string, above: string[]): string[] {
  return sources(path.join(root, floor)).flatMap((f) =>
    importsOf(f)
      .filter((target) => above.some((a) => target === a || target.startsWith(`${a}/`)))
      .map((target) => `${path.relative(root, f).split(path.sep).join('/')} → ${target}`),
  )
}

describe('the server is built from the ground up', () => {
  it('server/core imports nothing from server/actions or server/services', () => {
    expect(upwardImports('server/core', ['server/actions', 'server/services'])).toEqual([])
  })

  it('server/store imports nothing from server/services or server/actions', () => {
    expect(upwardImports('server/store', ['server/services', 'server/actions'])).toEqual([])
  })

  it('the check itself sees an upward import (dispatch reaches the services)', () => {
    expect(upwardImports('server/actions', ['server/services']).some((l) => l.startsWith('server/actions/dispatch.ts → server/services/'))).toBe(true)
  })
})
