// The difference between the plan and a live environment, as the list of changes that
// would make the environment match. Pure: apply-cloud carries the changes out and the
// dry run prints them. Setting values are compared here but never put into a change.
import { MIN_NODE_MAJOR, nodeMajor, type DeployPlan, type FunctionPlan, type IndexPlan, type TimerTrigger } from './plan'
import type { LiveFunction, LiveState } from './live'

export type Change =
  | { kind: 'set-storage-acl'; from: string | null; to: string }
  | { kind: 'create-collection'; collection: string }
  | { kind: 'set-collection-acl'; collection: string; from: string | null; to: string }
  | { kind: 'create-indexes'; collection: string; indexes: IndexPlan[] }
  | { kind: 'create-function'; fn: string }
  | { kind: 'update-code'; fn: string }
  | { kind: 'update-config'; fn: string; reasons: string[] }
  | { kind: 'delete-trigger'; fn: string; trigger: string }
  | { kind: 'create-trigger'; fn: string; trigger: TimerTrigger }
  /** Something the deploy must not do by itself; the whole apply stops before any change. */
  | { kind: 'blocked'; message: string }
  /** Differs from the plan but works; left alone. */
  | { kind: 'note'; message: string }

const keysText = (i: IndexPlan): string => i.keys.map((k) => `${k.field}${k.direction === 1 ? '↑' : '↓'}`).join(', ')

function collectionChanges(plan: DeployPlan, live: LiveState): Change[] {
  const out: Change[] = []
  for (const c of plan.collections) {
    const have = live.collections[c.name]
    if (!have) {
      out.push({ kind: 'create-collection', collection: c.name }, { kind: 'set-collection-acl', collection: c.name, from: null, to: c.acl })
      if (c.indexes.length) out.push({ kind: 'create-indexes', collection: c.name, indexes: c.indexes })
      continue
    }
    if (have.acl !== c.acl) out.push({ kind: 'set-collection-acl', collection: c.name, from: have.acl, to: c.acl })
    const missing: IndexPlan[] = []
    for (const want of c.indexes) {
      const found = have.indexes.find((i) => i.name === want.name)
      if (!found) missing.push(want)
      else if (keysText(found) !== keysText(want) || found.unique !== want.unique) {
        out.push({ kind: 'note', message: `集合 ${c.name} 的索引 ${want.name} 与清单不同（云端 ${keysText(found)}，清单 ${keysText(want)}）：在控制台删除这个索引后重新部署即按清单建立` })
      }
    }
    if (missing.length) out.push({ kind: 'create-indexes', collection: c.name, indexes: missing })
  }
  return out
}

function envChanges(want: Record<string, string>, have: Record<string, string>): string[] {
  const reasons: string[] = []
  const added = Object.keys(want).filter((k) => !(k in have))
  const removed = Object.keys(have).filter((k) => !(k in want))
  const changed = Object.keys(want).filter((k) => k in have && have[k] !== want[k])
  if (added.length) reasons.push(`新增环境变量 ${added.join(', ')}`)
  if (changed.length) reasons.push(`更新环境变量 ${changed.join(', ')}`)
  if (removed.length) reasons.push(`删除环境变量 ${removed.join(', ')}`)
  return reasons
}

function functionChanges(fn: FunctionPlan, have: LiveFunction | null, env: Record<string, string>): Change[] {
  const out: Change[] = []
  if (!env.ANJU_DATA_KEY) out.push({ kind: 'blocked', message: `云函数 ${fn.name} 需要 ANJU_DATA_KEY：在部署电脑的环境变量中设置后再部署` })
  if (!have) {
    out.push({ kind: 'create-function', fn: fn.name })
    for (const t of fn.triggers) out.push({ kind: 'create-trigger', fn: fn.name, trigger: t })
    return out
  }
  if (have.env.ANJU_DATA_KEY && env.ANJU_DATA_KEY && have.env.ANJU_DATA_KEY !== env.ANJU_DATA_KEY) {
    out.push({ kind: 'blocked', message: `云函数 ${fn.name} 的 ANJU_DATA_KEY 与部署电脑上的不同：换了密钥，已加密保存的身份证号和手机号就无法解密。请用原来的密钥` })
  }
  if (nodeMajor(have.runtime) < MIN_NODE_MAJOR) {
    out.push({ kind: 'blocked', message: `云函数 ${fn.name} 的运行环境是 ${have.runtime}，运行不了安居哨（至少 Node.js ${MIN_NODE_MAJOR}），且运行环境不能原地更换：在云开发控制台删除这个云函数后重新运行 npm run deploy` })
  } else if (have.runtime !== fn.runtime) {
    out.push({ kind: 'note', message: `云函数 ${fn.name} 的运行环境是 ${have.runtime}（计划 ${fn.runtime}），可以运行，保持不变` })
  }
  out.push({ kind: 'update-code', fn: fn.name })
  const reasons: string[] = []
  if (have.timeout !== fn.timeout) reasons.push(`超时 ${have.timeout} → ${fn.timeout} 秒`)
  if (have.memory !== fn.memory) reasons.push(`内存 ${have.memory} → ${fn.memory} MB`)
  reasons.push(...envChanges(env, have.env))
  if (reasons.length) out.push({ kind: 'update-config', fn: fn.name, reasons })
  for (const t of have.triggers) {
    const want = fn.triggers.find((w) => w.name === t.name)
    if (!want || want.config !== t.config) out.push({ kind: 'delete-trigger', fn: fn.name, trigger: t.name })
  }
  for (const t of fn.triggers) {
    if (!have.triggers.some((h) => h.name === t.name && h.config === t.config)) out.push({ kind: 'create-trigger', fn: fn.name, trigger: t })
  }
  return out
}

/**
 * Changes in the order they are applied: storage, then collections (so the database is
 * ready before a function runs), then functions. env holds each function's variables
 * from the deployer's environment (plan.functionEnv).
 */
export function diff(plan: DeployPlan, live: LiveState, env: Record<string, Record<string, string>>): Change[] {
  const out: Change[] = []
  if (live.storageAcl !== plan.storage.acl) out.push({ kind: 'set-storage-acl', from: live.storageAcl, to: plan.storage.acl })
  out.push(...collectionChanges(plan, live))
  for (const fn of plan.functions) out.push(...functionChanges(fn, live.functions[fn.name] ?? null, env[fn.name] ?? {}))
  return out
}
