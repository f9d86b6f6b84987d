// A cloud function as the platform runs it, for the bench's memory figures: the bundle
// deploy uploads (built here from the current sources, as `npm run build:cloud` builds
// it), required by plain Node in a process of its own, with only the function's
// environment, and (with limitMemory, where the machine lets root make a memory cgroup)
// held to the function's deployed memory, from which Node sizes its heap as it does in the
// cloud. A job measured in the bench's own process carries tsx, the bench and the seeding
// in its resident memory, and on a large machine V8 lets garbage pile up to gigabytes
// before collecting it; measured here, the peak is the function's.
import { fork, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { bundleFunction } from '../build-cloud'
import { memoryFor } from '../deploy/plan'

export interface FunctionMemory {
  /** Resident memory when the answer was sent. */
  rssMb: number
  /** The process's resident high-water mark so far (the kernel's). */
  maxRssMb: number
  cpuSeconds: number
  /** The V8 heap limit the instance started with (sized from its memory, as in the cloud). */
  heapLimitMb: number
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
  /** Stops the instance (and removes its cgroup). */
  close(): Promise<void>
}

const ROOT = path.resolve(__dirname, '../..')
/** Inside the project, so that the bundle's require('wx-server-sdk') finds node_modules. */
const OUT = path.join(ROOT, '.bench', 'functions')

async function buildChild(): Promise<string> {
  const outfile = path.join(OUT, 'instance-child.js')
  await build({ entryPoints: [path.join(__dirname, 'function-instance-child.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' })
  return outfile
}

/**
 * A memory cgroup (v1, as this machine's kernel offers to root) limited to the function's
 * memory: inside it Node sizes its heap from that limit as it does in the cloud (512 MB →
 * a 259 MB heap limit), and the kernel holds the process to it. Null where it cannot be made.
 */
function functionCgroup(memoryMb: number): string | null {
  const dir = `/sys/fs/cgroup/memory/anju-bench-fn-${process.pid}`
  try {
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'memory.limit_in_bytes'), String(memoryMb * 1024 * 1024))
    return dir
  } catch {
    return null
  }
}

export interface InstanceOptions {
  /** Run inside a memory cgroup of the function's deployed memory (scripts/deploy/plan.ts), where the machine allows it. */
  limitMemory?: boolean
}

export async function startFunctionInstance(name: string, env: Record<string, string>, opts: InstanceOptions = {}): Promise<FunctionInstance & { memoryLimitMb: number | null }> {
  fs.mkdirSync(OUT, { recursive: true })
  const { outfile } = await bundleFunction(name, { outRoot: OUT })
  const childFile = await buildChild()
  const memoryMb = memoryFor(name)
  const cgroup = opts.limitMemory ? functionCgroup(memoryMb) : null
  // Plain Node: none of the bench's loader flags, none of its variables. In a cgroup the
  // process joins it before Node starts (the heap is sized at start), through sh's exec.
  const childEnv = { PATH: process.env.PATH ?? '', ...env, ANJU_FUNCTION_BUNDLE: outfile }
  const stdio: Array<'ignore' | 'inherit' | 'ipc'> = ['ignore', 'inherit', 'inherit', 'ipc']
  const child: ChildProcess = cgroup
    ? spawn('/bin/sh', ['-c', `echo $$ > ${cgroup}/cgroup.procs && exec "$0" "$1"`, process.execPath, childFile], { env: childEnv, stdio })
    : fork(childFile, [], { execPath: process.execPath, execArgv: [], env: childEnv, stdio })
  let last: FunctionMemory = { rssMb: 0, maxRssMb: 0, cpuSeconds: 0, heapLimitMb: 0 }
  let next = 1
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`function ${name} exited with ${code} before it was ready`)))
    child.once('message', (m: FunctionReady) => {
      last = { rssMb: m.rssMb, maxRssMb: m.maxRssMb, cpuSeconds: m.cpuSeconds, heapLimitMb: m.heapLimitMb }
      resolve()
    })
  })
  child.removeAllListeners('exit')
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.on('exit', (code) => {
    for (const w of waiting.values()) w.reject(new Error(`function ${name} exited with ${code}`))
    waiting.clear()
  })
  child.on('message', (m: FunctionAnswer) => {
    last = { rssMb: m.rssMb, maxRssMb: m.maxRssMb, cpuSeconds: m.cpuSeconds, heapLimitMb: m.heapLimitMb }
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
    close: async () => {
      child.kill()
      await exited
      if (cgroup) fs.rmdirSync(cgroup)
    },
    memoryLimitMb: cgroup ? memoryMb : null,
  }
}
