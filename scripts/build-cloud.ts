// npm run build:cloud: bundles every cloudfunctions/<fn>/index.ts into index.js (CommonJS
// for the cloud's Node runtime, wx-server-sdk left external as the function's only
// dependency), refuses a bundle that would need any other package at run time (above all
// better-sqlite3, which is local-only), checks that each bundle loads, and prints sizes.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import { build } from 'esbuild'
import { PLATE_FONT_FILE, PLATE_FONT_SOURCE } from '../server/services/plate-pdf'

const ROOT = path.resolve(__dirname, '..')
/** The oldest Node runtime CloudBase offers (16.13), so a bundle runs on any of them. */
const TARGET = 'node16'
const EXTERNAL = ['wx-server-sdk']
const FORBIDDEN = /better-sqlite3/

export interface BuiltFunction {
  name: string
  outfile: string
  bytes: number
  modules: number
}

export function listFunctions(root = ROOT): string[] {
  const dir = path.join(root, 'cloudfunctions')
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'index.ts')))
    .map((e) => e.name)
    .sort()
}

const isBuiltin = (id: string): boolean => builtinModules.includes(id.replace(/^node:/, ''))

/** Bundles one function; outRoot defaults to cloudfunctions/ itself. */
export async function bundleFunction(name: string, opts: { root?: string; outRoot?: string } = {}): Promise<BuiltFunction> {
  const root = opts.root ?? ROOT
  const outfile = path.join(opts.outRoot ?? path.join(root, 'cloudfunctions'), name, 'index.js')
  const result = await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'cloudfunctions', name, 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: TARGET,
    format: 'cjs',
    external: EXTERNAL,
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  })
  const problems: string[] = []
  const inputs = Object.keys(result.metafile.inputs)
  const forbidden = inputs.filter((input) => FORBIDDEN.test(input))
  if (forbidden.length) problems.push(`bundles better-sqlite3 (${forbidden.length} files, e.g. ${forbidden[0]})`)
  for (const output of Object.values(result.metafile.outputs)) {
    for (const imp of output.imports) {
      if (imp.external && !EXTERNAL.includes(imp.path) && !isBuiltin(imp.path)) problems.push(`needs ${imp.path} at run time`)
    }
  }
  if (FORBIDDEN.test(fs.readFileSync(outfile, 'utf8'))) problems.push('mentions better-sqlite3')
  if (problems.length) {
    fs.rmSync(outfile, { force: true })
    throw new Error(`cloud function ${name}: ${problems.join('; ')}`)
  }
  // The plates PDF embeds its Chinese font from a file, which a bundle cannot hold.
  if (inputs.some((input) => input.endsWith('server/services/plate-pdf.ts'))) fs.copyFileSync(require.resolve(PLATE_FONT_SOURCE), path.join(path.dirname(outfile), PLATE_FONT_FILE))
  return { name, outfile, bytes: fs.statSync(outfile).size, modules: inputs.length }
}

/** Loads a bundle in a fresh Node process (never in this one) and checks it exports main. */
export function checkLoads(outfile: string, cwd = ROOT): void {
  const probe = `const m = require(${JSON.stringify(outfile)}); if (typeof m.main !== 'function') { console.error('no main export'); process.exit(3) }`
  execFileSync(process.execPath, ['-e', probe], { cwd, stdio: ['ignore', 'inherit', 'inherit'] })
}

async function main(): Promise<void> {
  const names = listFunctions()
  if (names.length === 0) throw new Error('no cloudfunctions/*/index.ts found')
  const rows: string[] = []
  for (const name of names) {
    const built = await bundleFunction(name)
    checkLoads(built.outfile)
    rows.push(`${name.padEnd(16)} ${(built.bytes / 1024).toFixed(1).padStart(9)} KB ${String(built.modules).padStart(6)} modules  ${path.relative(ROOT, built.outfile)}`)
  }
  console.log(`${'function'.padEnd(16)} ${'size'.padStart(12)} ${'inputs'.padStart(14)}`)
  for (const row of rows) console.log(row)
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  })
}
