// npm run check:weapp: production weapp build, then WeChat's own compiler run offline
// (miniprogram-ci, no account or network needed: the project attributes are given, the
// signing key is a throwaway), then package sizes against WeChat's limits. Exits non-zero
// when the build or the compile fails, or a package is too big.
//   --no-build   check the existing dist/weapp
//   --dir <path> check another built folder (e.g. a copy)
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..')
const MB = 1024 * 1024
export const LIMITS = { main: 1.5 * MB, sub: 2 * MB }
/** Not part of the uploaded package. */
const NOT_UPLOADED = /(^|\/)project(\.private)?\.config\.json$|\.map$/
const PLACEHOLDER_APPID = 'wx0000000000000000'

export interface PackageSize {
  name: string
  root: string
  files: number
  distBytes: number
  compiledBytes: number
  limit: number
}

function filesUnder(dir: string, rel = ''): Array<[string, number]> {
  const out: Array<[string, number]> = []
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name
    if (e.isDirectory()) out.push(...filesUnder(dir, p))
    else if (e.isFile()) out.push([p, fs.statSync(path.join(dir, p)).size])
  }
  return out
}

export function subpackageRoots(distDir: string): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>
    subpackages?: Array<{ root: string }>
  }
  return [...(app.subPackages ?? []), ...(app.subpackages ?? [])].map((s) => s.root.replace(/^\.?\/+|\/+$/g, ''))
}

/** Sizes per package: every file not under a subpackage root belongs to the main one. */
export function measure(distDir: string, compiled: Record<string, string | Buffer>): PackageSize[] {
  const roots = subpackageRoots(distDir)
  const packages: PackageSize[] = [
    { name: 'main', root: '', files: 0, distBytes: 0, compiledBytes: 0, limit: LIMITS.main },
    ...roots.map((root) => ({ name: root, root, files: 0, distBytes: 0, compiledBytes: 0, limit: LIMITS.sub })),
  ]
  const owner = (file: string): PackageSize =>
    packages.find((p) => p.root && (file === p.root || file.startsWith(`${p.root}/`))) ?? packages[0]!
  for (const [file, size] of filesUnder(distDir)) {
    if (NOT_UPLOADED.test(file)) continue
    const p = owner(file)
    p.files += 1
    p.distBytes += size
  }
  for (const [file, content] of Object.entries(compiled)) {
    owner(file.replace(/^\/+/, '')).compiledBytes += Buffer.byteLength(content)
  }
  return packages
}

function appidOf(distDir: string): string {
  const file = [path.join(distDir, 'project.config.json'), path.join(ROOT, 'project.config.json')].find((f) => fs.existsSync(f))
  const appid = file ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { appid?: string }).appid : undefined
  return appid && appid !== 'touristappid' ? appid : PLACEHOLDER_APPID
}

/** WeChat's compiler over the built folder, fully offline. */
export async function compileOffline(distDir: string): Promise<Record<string, string | Buffer>> {
  // Loaded here, not at the top: it is large and chatty, and measure() needs none of it.
  const ci = require('miniprogram-ci') as typeof import('miniprogram-ci')
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-weapp-check-'))
  const cwd = process.cwd()
  try {
    const { privateKey } = crypto.generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    })
    const privateKeyPath = path.join(tmp, 'private.key')
    fs.writeFileSync(privateKeyPath, privateKey, { mode: 0o600 })
    // attr is read by the Project when given, instead of fetching it with the real key.
    const options = { appid: appidOf(distDir), type: 'miniProgram' as const, projectPath: path.resolve(distDir), privateKeyPath, attr: async () => ci.DefaultProjectAttr }
    const project = new ci.Project(options)
    // The compiler makes a work folder (an md5-named one) in the current directory and
    // does not always remove it: run it from the temporary folder, not the repository.
    process.chdir(tmp)
    return await ci.getCompiledResult({ project, version: '0.0.0-check', setting: { es6: true, minify: true } }, path.join(tmp, 'compiled.zip'))
  } finally {
    process.chdir(cwd)
    fs.rmSync(tmp, { recursive: true, force: true })
  }
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`

export function report(sizes: PackageSize[]): { text: string; ok: boolean } {
  const lines = [`${'package'.padEnd(12)}${'files'.padStart(7)}${'dist'.padStart(13)}${'compiled'.padStart(13)}${'limit'.padStart(13)}  status`]
  let ok = true
  for (const p of sizes) {
    const over = Math.max(p.distBytes, p.compiledBytes) > p.limit
    if (over) ok = false
    lines.push(`${p.name.padEnd(12)}${String(p.files).padStart(7)}${kb(p.distBytes).padStart(13)}${kb(p.compiledBytes).padStart(13)}${kb(p.limit).padStart(13)}  ${over ? 'TOO BIG' : 'ok'}`)
  }
  return { text: lines.join('\n'), ok }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  const dirArg = args.indexOf('--dir')
  const distDir = path.resolve(dirArg >= 0 && args[dirArg + 1] ? args[dirArg + 1]! : path.join(ROOT, 'dist', 'weapp'))
  if (!args.includes('--no-build') && dirArg < 0) {
    console.log('taro build --type weapp (production)')
    const taro = path.join(ROOT, 'node_modules', '.bin', 'taro')
    const build = spawnSync(taro, ['build', '--type', 'weapp'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
    if (build.status !== 0) {
      console.error('check:weapp: the weapp build failed')
      return 1
    }
  }
  if (!fs.existsSync(path.join(distDir, 'app.json'))) {
    console.error(`check:weapp: no app.json in ${distDir}`)
    return 1
  }
  // Compile and measure a snapshot: another build writing dist/weapp meanwhile (a watch,
  // a colleague's build) would otherwise change the folder under the check.
  const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-weapp-snapshot-'))
  try {
    fs.cpSync(distDir, snapshot, { recursive: true })
    const shown = path.relative(ROOT, distDir)
    console.log(`miniprogram-ci offline compile of ${shown.startsWith('..') ? distDir : shown}`)
    let compiled: Record<string, string | Buffer>
    try {
      compiled = await compileOffline(snapshot)
    } catch (err) {
      console.error('check:weapp: the WeChat compile failed:', err instanceof Error ? err.message : err)
      return 1
    }
    return printReport(measure(snapshot, compiled))
  } finally {
    fs.rmSync(snapshot, { recursive: true, force: true })
  }
}

function printReport(sizes: PackageSize[]): number {
  const { text, ok } = report(sizes)
  console.log(text)
  if (!ok) console.error(`check:weapp: a package is over its limit (main ${kb(LIMITS.main)}, subpackage ${kb(LIMITS.sub)})`)
  return ok ? 0 : 1
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err)
      process.exit(1)
    },
  )
}
