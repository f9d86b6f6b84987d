// The folders the deploy uploads as cloud functions: each bundle (build-cloud) with its
// package.json (wx-server-sdk only, installed by the cloud) and config.json (cloud call
// permissions, read by the platform from the package).
import fs from 'node:fs'
import path from 'node:path'
import { bundleFunction, checkLoads } from '../build-cloud'
import type { DeployPlan } from './plan'

export interface StagedFunction {
  name: string
  dir: string
  bytes: number
}

export async function stageFunctions(root: string, outRoot: string, plan: DeployPlan): Promise<{ staged: StagedFunction[]; problems: string[] }> {
  const staged: StagedFunction[] = []
  const problems: string[] = []
  for (const fn of plan.functions) {
    const built = await bundleFunction(fn.name, { root, outRoot })
    checkLoads(built.outfile, root)
    const src = path.join(root, 'cloudfunctions', fn.name)
    const dir = path.dirname(built.outfile)
    for (const f of ['package.json', 'config.json']) fs.copyFileSync(path.join(src, f), path.join(dir, f))
    const pkg = JSON.parse(fs.readFileSync(path.join(src, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }
    if (Object.keys(pkg.dependencies ?? {}).join() !== 'wx-server-sdk') problems.push(`${fn.name}: package.json 只应依赖 wx-server-sdk`)
    if (fn.triggers.length > 1) problems.push(`${fn.name}: 一个云函数只能有一个定时触发器`)
    staged.push({ name: fn.name, dir, bytes: built.bytes })
  }
  if (!plan.functions.some((f) => f.name === 'api')) problems.push('缺少 api 云函数')
  if (!plan.functions.some((f) => f.triggers.length > 0)) problems.push('没有带定时触发器的云函数（调度 tick）')
  return { staged, problems }
}
