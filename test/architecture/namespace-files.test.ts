// One name per capability: the action namespace `x.*` is declared in domain/contracts/x.ts
// and handled in server/actions/x.ts (x in kebab-case), so whoever looks for an action
// knows the file without searching.
import fs from 'node:fs'
import path from 'node:path'
import { contracts } from '../../domain'

const root = path.resolve(__dirname, '../..')
const kebab = (ns: string) => ns.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** Each action named as a key at the top level of a map in the folder's files, with the file it is in. */
function actionFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const name of fs.readdirSync(path.join(root, dir))) {
    if (!name.endsWith('.ts')) continue
    const text = fs.readFileSync(path.join(root, dir, name), 'utf8')
    for (const m of text.matchAll(/^ {2}'([a-zA-Z]+\.[a-zA-Z]+)':/gm)) out.set(m[1]!, name.replace(/\.ts$/, ''))
  }
  return out
}

describe.each([['domain/contracts'], ['server/actions']])('%s: one file per action namespace', (dir) => {
  const found = actionFiles(dir)

  it('names every action', () => {
    expect([...found.keys()].sort()).toEqual(Object.keys(contracts).sort())
  })

  it('keeps each action in the file named after its namespace', () => {
    const misplaced = [...found].filter(([action, file]) => file !== kebab(action.split('.')[0]!)).map(([action, file]) => `${action} in ${file}.ts`)
    expect(misplaced).toEqual([])
  })
})

describe('src/services: the client calls a namespace from the file named after it', () => {
  const dir = path.join(root, 'src/services')
  const calls = fs
    .readdirSync(dir)
    .filter((name) => /\.ts$/.test(name))
    .flatMap((name) => [...fs.readFileSync(path.join(dir, name), 'utf8').matchAll(/\bcall\('([a-zA-Z]+)\.([a-zA-Z]+)'/g)].map((m) => ({ file: name.replace(/(\.weapp)?\.ts$/, ''), action: `${m[1]}.${m[2]}` })))

  it('finds the calls', () => {
    expect(calls.length).toBeGreaterThan(50)
  })

  it('keeps each call in the file named after its namespace', () => {
    const misplaced = calls.filter((c) => c.file !== kebab(c.action.split('.')[0]!)).map((c) => `${c.action} in src/services/${c.file}.ts`)
    expect(misplaced).toEqual([])
  })
})
