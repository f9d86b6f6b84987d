// Makes a cloud environment match the plan through manager-node: reads what is there,
// computes the changes, stops before touching anything if one is blocked, then applies
// them in order. Existing collections, indexes and triggers are left alone, so running it
// twice changes nothing the second time except uploading the functions' new code.
import { functionEnv, type DeployPlan, type FunctionPlan } from './plan'
import { diff, type Change } from './diff'
import { readLive, type CloudManager, type ManagedFunction } from './live'

export interface ApplyOptions {
  envId: string
  /** The deployer's environment: values of the planned settings. */
  deployerEnv: NodeJS.ProcessEnv
  /** Folder of a function's bundle (index.js, package.json, config.json). */
  functionDir(name: string): string
  log?: (line: string) => void
}

export function functionEnvs(plan: DeployPlan, deployerEnv: NodeJS.ProcessEnv): Record<string, Record<string, string>> {
  return Object.fromEntries(plan.functions.map((fn) => [fn.name, functionEnv(fn, deployerEnv)]))
}

function managed(fn: FunctionPlan, env: Record<string, string>): ManagedFunction {
  // wx-server-sdk, the bundle's only dependency, is installed by the cloud.
  return { name: fn.name, runtime: fn.runtime, timeout: fn.timeout, memorySize: fn.memory, handler: fn.handler, installDependency: true, isWaitInstall: true, envVariables: env }
}

async function applyOne(manager: CloudManager, plan: DeployPlan, change: Change, opts: ApplyOptions, envs: Record<string, Record<string, string>>): Promise<void> {
  const fnOf = (name: string): FunctionPlan => plan.functions.find((f) => f.name === name)!
  switch (change.kind) {
    case 'set-storage-acl':
      await manager.storage.setStorageAcl(plan.storage.acl)
      return
    case 'create-collection':
      await manager.database.createCollection(change.collection)
      return
    case 'set-collection-acl':
      await manager.commonService('tcb').call({ Action: 'ModifyDatabaseACL', Param: { EnvId: opts.envId, CollectionName: change.collection, AclTag: change.to } })
      return
    case 'create-indexes':
      await manager.database.updateCollection(change.collection, {
        CreateIndexes: change.indexes.map((i) => ({
          IndexName: i.name,
          MgoKeySchema: { MgoIndexKeys: i.keys.map((k) => ({ Name: k.field, Direction: String(k.direction) })), MgoIsUnique: i.unique },
        })),
      })
      return
    case 'create-function':
      await manager.functions.createFunction({ func: managed(fnOf(change.fn), envs[change.fn] ?? {}), functionPath: opts.functionDir(change.fn), force: false })
      return
    case 'update-code':
      await manager.functions.updateFunctionCode({ func: managed(fnOf(change.fn), envs[change.fn] ?? {}), functionPath: opts.functionDir(change.fn) })
      return
    case 'update-config': {
      // Runtime and handler are fixed at creation; the configuration call takes the rest.
      const { runtime: _runtime, handler: _handler, isWaitInstall: _wait, ...config } = managed(fnOf(change.fn), envs[change.fn] ?? {})
      await manager.functions.updateFunctionConfig(config)
      await manager.functions.waitFunctionActive(change.fn)
      return
    }
    case 'delete-trigger':
      await manager.functions.deleteFunctionTrigger(change.fn, change.trigger)
      return
    case 'create-trigger':
      await manager.functions.createFunctionTriggers(change.fn, [change.trigger])
      return
    case 'blocked':
    case 'note':
      return
  }
}

export async function applyCloud(manager: CloudManager, plan: DeployPlan, opts: ApplyOptions): Promise<Change[]> {
  const envs = functionEnvs(plan, opts.deployerEnv)
  const changes = diff(plan, await readLive(manager, plan, opts.envId), envs)
  const blocked = changes.filter((c): c is Extract<Change, { kind: 'blocked' }> => c.kind === 'blocked')
  if (blocked.length) throw new Error(`云环境未改动，因为：\n${blocked.map((b) => `  - ${b.message}`).join('\n')}`)
  for (const change of changes) {
    await applyOne(manager, plan, change, opts, envs)
    if (change.kind !== 'note') opts.log?.(`  ✓ ${describeChange(change)}`)
  }
  return changes
}

/** One line of Chinese per change, for the dry run and the deploy log. */
export function describeChange(c: Change): string {
  switch (c.kind) {
    case 'set-storage-acl':
      return `云存储权限 ${c.from ?? '未知'} → ${c.to}`
    case 'create-collection':
      return `新建集合 ${c.collection}`
    case 'set-collection-acl':
      return `集合 ${c.collection} 权限 ${c.from ?? '（新建）'} → ${c.to}`
    case 'create-indexes':
      return `集合 ${c.collection} 新建索引 ${c.indexes.map((i) => i.name).join(', ')}`
    case 'create-function':
      return `新建云函数 ${c.fn}（含代码、配置和环境变量）`
    case 'update-code':
      return `上传云函数 ${c.fn} 的新代码`
    case 'update-config':
      return `更新云函数 ${c.fn} 的配置：${c.reasons.join('；')}`
    case 'delete-trigger':
      return `删除云函数 ${c.fn} 的定时触发器 ${c.trigger}`
    case 'create-trigger':
      return `为云函数 ${c.fn} 设置定时触发器 ${c.trigger.name}: ${c.trigger.config}`
    case 'blocked':
      return `✗ ${c.message}`
    case 'note':
      return `注意：${c.message}`
  }
}
