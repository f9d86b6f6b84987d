// What a cloud environment has now, read through the part of @cloudbase/manager-node the
// deploy uses. CloudManager is a structural subset of manager-node's CloudBase object, so
// the real one is passed as is and a test passes a recording fake.
import type { DeployPlan, IndexPlan, TimerTrigger } from './plan'

export interface ManagedFunction {
  name: string
  runtime?: string
  timeout?: number
  memorySize?: number
  handler?: string
  installDependency?: boolean
  /** Wait until the cloud has installed the dependencies and the function is active again. */
  isWaitInstall?: boolean
  envVariables?: Record<string, string>
}

export interface CloudManager {
  functions: {
    getFunctionDetail(name: string): Promise<{
      Runtime: string
      Timeout: number
      MemorySize: number
      Environment?: { Variables?: Array<{ Key: string; Value: string }> }
      Triggers?: Array<{ TriggerName?: string; Type: string; TriggerDesc?: string }>
    }>
    createFunction(p: { func: ManagedFunction; functionPath: string; force?: boolean }): Promise<unknown>
    updateFunctionCode(p: { func: ManagedFunction; functionPath: string }): Promise<unknown>
    updateFunctionConfig(func: ManagedFunction): Promise<unknown>
    createFunctionTriggers(name: string, triggers: TimerTrigger[]): Promise<unknown>
    deleteFunctionTrigger(name: string, triggerName: string): Promise<unknown>
    waitFunctionActive(name: string): Promise<void>
  }
  database: {
    checkCollectionExists(name: string): Promise<{ Exists: boolean }>
    createCollection(name: string): Promise<unknown>
    describeCollection(name: string): Promise<{ Indexes?: Array<{ Name: string; Keys?: Array<{ Name?: string; Direction?: string }>; Unique?: boolean }> }>
    updateCollection(
      name: string,
      info: { CreateIndexes: Array<{ IndexName: string; MgoKeySchema: { MgoIndexKeys: Array<{ Name: string; Direction: string }>; MgoIsUnique: boolean } }> },
    ): Promise<unknown>
  }
  storage: {
    getStorageAcl(): Promise<string>
    setStorageAcl(acl: 'PRIVATE'): Promise<unknown>
  }
  /** Tencent Cloud API calls manager-node has no method for (the collection ACL). */
  commonService(service?: string, version?: string): { call(o: { Action: string; Param: Record<string, unknown> }): Promise<any> }
}

export interface LiveFunction {
  runtime: string
  timeout: number
  memory: number
  env: Record<string, string>
  triggers: TimerTrigger[]
}

export interface LiveCollection {
  indexes: IndexPlan[]
  acl: string | null
}

export interface LiveState {
  functions: Record<string, LiveFunction | null>
  collections: Record<string, LiveCollection | null>
  storageAcl: string | null
}

/** A timer's TriggerDesc comes back as {"cron": "..."} from some calls, bare from others. */
function cronOf(desc: string | undefined): string {
  if (!desc) return ''
  try {
    const parsed = JSON.parse(desc) as { cron?: string }
    if (parsed && typeof parsed.cron === 'string') return parsed.cron.trim()
  } catch {
    // a bare cron expression
  }
  return desc.trim()
}

const notFound = (err: unknown): boolean => /^ResourceNotFound/.test(String((err as { code?: unknown })?.code ?? ''))

async function readFunction(manager: CloudManager, name: string): Promise<LiveFunction | null> {
  try {
    const d = await manager.functions.getFunctionDetail(name)
    return {
      runtime: d.Runtime,
      timeout: d.Timeout,
      memory: d.MemorySize,
      env: Object.fromEntries((d.Environment?.Variables ?? []).map((v) => [v.Key, v.Value])),
      triggers: (d.Triggers ?? []).filter((t) => t.Type === 'timer').map((t) => ({ name: t.TriggerName ?? '', type: 'timer' as const, config: cronOf(t.TriggerDesc) })),
    }
  } catch (err) {
    if (notFound(err)) return null
    throw err
  }
}

async function readCollection(manager: CloudManager, envId: string, name: string): Promise<LiveCollection | null> {
  if (!(await manager.database.checkCollectionExists(name)).Exists) return null
  const table = await manager.database.describeCollection(name)
  const acl = (await manager.commonService('tcb').call({ Action: 'DescribeDatabaseACL', Param: { EnvId: envId, CollectionName: name } })) as { AclTag?: string }
  return {
    indexes: (table.Indexes ?? []).map((i) => ({
      name: i.Name,
      keys: (i.Keys ?? []).map((k) => ({ field: k.Name ?? '', direction: k.Direction === '-1' ? (-1 as const) : (1 as const) })),
      unique: i.Unique ?? false,
    })),
    acl: acl.AclTag ?? null,
  }
}

export async function readLive(manager: CloudManager, plan: DeployPlan, envId: string): Promise<LiveState> {
  const functions: LiveState['functions'] = {}
  for (const fn of plan.functions) functions[fn.name] = await readFunction(manager, fn.name)
  const collections: LiveState['collections'] = {}
  for (const c of plan.collections) collections[c.name] = await readCollection(manager, envId, c.name)
  return { functions, collections, storageAcl: (await manager.storage.getStorageAcl()) ?? null }
}
