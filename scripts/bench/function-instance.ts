// A cloud function as the platform runs it, for the bench's memory figures: the bundle
// deploy uploads (built here from the current sources, as `npm run build:cloud` builds
// it), required by plain Node in a process of its own, with only the function's
// environment. A job measured in the bench's own process carries tsx, the bench and
// the seeding in its resident memory; measured here, the peak is the function's.
import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { bundleFunction } from '../build-cloud'

export interface FunctionMemory {
  /** Resident memory when the answer was sent. */
  rssMb: number
  /** The process's resident high-water mark so far (the kernel's). */
  maxRssMb: number
  cpuSeconds: number
}

export interface FunctionCall {
  id: number
  openid: string
  event: unknown
}

export type FunctionAnswer = FunctionMemory & { id: number } & ({ result: unknown } | { error: string })
export type FunctionReady = FunctionMemory & { ready: true }

export interface FunctionInstance {
  /** Invokes the function as this WeChat user. */
  call(openid: string, event: unknown): Promise<unknown>
  /** The instance's memory at its last answer (or at start). */
  memory(): FunctionMemory
  close(): void
}

const ROOT = path.resolve(__dirname, '../..')
/** Inside the project, so that the bundle's require('wx-server-sdk') finds node_modules. */
const OUT = path.join(ROOT, '.bench', 'functions')

async function buildChild(): Promise<string> {
  const outfile = path.join(OUT, 'instance-child.js')
  await build({ entryPoints: [path.join(__dirname, 'function-instance-child.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' })
  return outfile
}

export async function startFunctionInstance(name: string, env: Record<string, string>): Promise<FunctionInstance> {
  fs.mkdirSync(OUT, { recursive: true })
  const { outfile } = await bundleFunction(name, { outRoot: OUT })
  const child: ChildProcess = fork(await buildChild(), [], {
    execPath: process.execPath,
    // Plain Node: none of the bench's loader flags, none of its variables.
    execArgv: [],
    env: { PATH: process.env.PATH ?? '', ...env, ANJU_FUNCTION_BUNDLE: outfile },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  let last: FunctionMemory = { rssMb: 0, maxRssMb: 0, cpuSeconds: 0 }
  let next = 1
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`function ${name} exited with ${code} before it was ready`)))
    child.once('message', (m: FunctionReady) => {
      last = { rssMb: m.rssMb, maxRssMb: m.maxRssMb, cpuSeconds: m.cpuSeconds }
      resolve()
    })
  })
  child.removeAllListeners('exit')
  child.on('exit', (code) => {
    for (const w of waiting.values()) w.reject(new Error(`function ${name} exited with ${code}`))
    waiting.clear()
  })
  child.on('message', (m: FunctionAnswer) => {
    last = { rssMb: m.rssMb, maxRssMb: m.maxRssMb, cpuSeconds: m.cpuSeconds }
    const w = waiting.get(m.id)
    waiting.delete(m.id)
    if ('error' in m) w?.reject(new Error(m.error))
    else w?.resolve(m.result)
  })
  return {
    call: (openid, event) =>
      new Promise((resolve, reject) => {
        const id = next++
        waiting.set(id, { resolve, reject })
        child.send({ id, openid, event } satisfies FunctionCall)
      }),
    memory: () => last,
    close: () => void child.kill(),
  }
}
