// A cloud environment in memory behind the CloudManager subset of manager-node: it keeps
// functions, collections with indexes and permissions, and the storage permission, and
// records every call that would change something, so a test can say what a deploy did.
import type { CloudManager, ManagedFunction } from '../../scripts/deploy/live'

export interface FakeFunction {
  Runtime: string
  Timeout: number
  MemorySize: number
  env: Record<string, string>
  triggers: Array<{ name: string; cron: string }>
  codeFrom: string
}

export interface FakeCollection {
  indexes: Array<{ Name: string; Keys: Array<{ Name: string; Direction: string }>; Unique: boolean }>
  acl: string
}

export class FakeCloud {
  functions = new Map<string, FakeFunction>()
  collections = new Map<string, FakeCollection>()
  storageAcl = 'READONLY'
  /** Calls that change the environment, in order, e.g. "createCollection orgs". */
  writes: string[] = []

  readonly manager: CloudManager = {
    functions: {
      getFunctionDetail: async (name) => {
        const f = this.functions.get(name)
        if (!f) throw Object.assign(new Error(`function ${name} not found`), { code: 'ResourceNotFound.Function' })
        return {
          Runtime: f.Runtime,
          Timeout: f.Timeout,
          MemorySize: f.MemorySize,
          Environment: { Variables: Object.entries(f.env).map(([Key, Value]) => ({ Key, Value })) },
          // As GetFunction answers: the timer's cron wrapped in JSON.
          Triggers: f.triggers.map((t) => ({ TriggerName: t.name, Type: 'timer', TriggerDesc: JSON.stringify({ cron: t.cron }) })),
        }
      },
      createFunction: async ({ func, functionPath }) => {
        this.writes.push(`createFunction ${func.name}`)
        if (this.functions.has(func.name)) throw Object.assign(new Error('exists'), { code: 'ResourceInUse.Function' })
        this.functions.set(func.name, { Runtime: func.runtime ?? 'Nodejs20.19', Timeout: func.timeout ?? 3, MemorySize: func.memorySize ?? 256, env: { ...func.envVariables }, triggers: [], codeFrom: functionPath })
      },
      updateFunctionCode: async ({ func, functionPath }) => {
        this.writes.push(`updateFunctionCode ${func.name}`)
        this.fn(func.name).codeFrom = functionPath
      },
      updateFunctionConfig: async (func: ManagedFunction) => {
        this.writes.push(`updateFunctionConfig ${func.name}`)
        const f = this.fn(func.name)
        if (func.runtime) throw new Error('the runtime cannot be changed by a configuration update')
        if (func.timeout) f.Timeout = func.timeout
        if (func.memorySize) f.MemorySize = func.memorySize
        if (func.envVariables) f.env = { ...func.envVariables }
      },
      createFunctionTriggers: async (name, triggers) => {
        this.writes.push(`createFunctionTriggers ${name} ${triggers.map((t) => t.name).join(',')}`)
        const f = this.fn(name)
        for (const t of triggers) {
          if (f.triggers.some((h) => h.name === t.name)) throw new Error(`trigger ${t.name} exists`)
          f.triggers.push({ name: t.name, cron: t.config })
        }
      },
      deleteFunctionTrigger: async (name, triggerName) => {
        this.writes.push(`deleteFunctionTrigger ${name} ${triggerName}`)
        const f = this.fn(name)
        f.triggers = f.triggers.filter((t) => t.name !== triggerName)
      },
      waitFunctionActive: async () => {},
    },
    database: {
      checkCollectionExists: async (name) => ({ Exists: this.collections.has(name) }),
      createCollection: async (name) => {
        this.writes.push(`createCollection ${name}`)
        if (this.collections.has(name)) throw new Error(`collection ${name} exists`)
        // A new collection is readable by everyone until its permission is set.
        this.collections.set(name, { indexes: [], acl: 'READONLY' })
      },
      describeCollection: async (name) => ({ Indexes: [{ Name: '_id_', Keys: [{ Name: '_id', Direction: '1' }], Unique: true }, ...this.coll(name).indexes] }),
      updateCollection: async (name, info) => {
        this.writes.push(`updateCollection ${name} ${info.CreateIndexes.map((i) => i.IndexName).join(',')}`)
        const c = this.coll(name)
        for (const i of info.CreateIndexes) {
          if (c.indexes.some((h) => h.Name === i.IndexName)) throw new Error(`index ${i.IndexName} exists`)
          c.indexes.push({ Name: i.IndexName, Keys: i.MgoKeySchema.MgoIndexKeys, Unique: i.MgoKeySchema.MgoIsUnique })
        }
      },
    },
    storage: {
      getStorageAcl: async () => this.storageAcl,
      setStorageAcl: async (acl) => {
        this.writes.push(`setStorageAcl ${acl}`)
        this.storageAcl = acl
      },
    },
    commonService: () => ({
      call: async ({ Action, Param }) => {
        const name = String(Param.CollectionName)
        if (Action === 'DescribeDatabaseACL') return { AclTag: this.coll(name).acl }
        if (Action === 'ModifyDatabaseACL') {
          this.writes.push(`ModifyDatabaseACL ${name} ${String(Param.AclTag)}`)
          this.coll(name).acl = String(Param.AclTag)
          return {}
        }
        throw new Error(`unexpected action ${Action}`)
      },
    }),
  }

  private fn(name: string): FakeFunction {
    const f = this.functions.get(name)
    if (!f) throw Object.assign(new Error(`function ${name} not found`), { code: 'ResourceNotFound.Function' })
    return f
  }

  private coll(name: string): FakeCollection {
    const c = this.collections.get(name)
    if (!c) throw new Error(`collection ${name} not found`)
    return c
  }
}
