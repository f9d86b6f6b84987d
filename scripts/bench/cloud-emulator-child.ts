// The CloudBase emulator of scripts/bench/cloud.ts and cloud-jobs.ts, in a process of its own: the
// emulator keeps a whole district in memory, and a job's peak memory must be the job's
// (as in a cloud function, whose database lives elsewhere). The parent talks to it over
// the fork's IPC channel: how many requests so far, the round trip, and the bench-only
// seeding (documents stored as committed, without requests).
import { startCloudEmulator } from '../../test/support/cloudbase-emulator'
import { bsonSize, type Doc } from '../../test/support/cloudbase-emulator/ejson'

export type ChildRequest =
  | { id: number; op: 'requests' }
  | { id: number; op: 'latency'; ms: number }
  | { id: number; op: 'put'; collection: string; docs: Doc[] }
  | { id: number; op: 'patch'; collection: string; docId: string; patch: Doc }
  | { id: number; op: 'unsupported' }
  /** The emulator's own CPU seconds so far. */
  | { id: number; op: 'cpu' }
  /** Requests answered from the `from`-th on, by action (database.getDocument, …). */
  | { id: number; op: 'tally'; from: number }
  /** Per collection: documents and their BSON bytes (the database's stored data). */
  | { id: number; op: 'sizes' }
  | { id: number; op: 'close' }

export interface ChildReady {
  ready: true
  url: string
  envId: string
  env: Record<string, string>
}

async function main(): Promise<void> {
  const emu = await startCloudEmulator({ pageCap: 1000 })
  const send = (m: object) => process.send!(m)
  // A bench stopped by a signal leaves no emulator behind holding a district in memory.
  process.on('disconnect', () => process.exit(0))
  process.on('message', async (m: ChildRequest) => {
    switch (m.op) {
      case 'requests':
        return send({ id: m.id, value: emu.actions.length })
      case 'latency':
        emu.setLatency(m.ms)
        return send({ id: m.id, value: null })
      case 'put':
        emu.db.put(m.collection, m.docs)
        return send({ id: m.id, value: null })
      case 'patch': {
        const doc = emu.db.get(m.collection, m.docId)
        if (doc) emu.db.put(m.collection, [{ ...doc, ...m.patch, _rev: Number(doc._rev ?? 1) + 1 }])
        return send({ id: m.id, value: !!doc })
      }
      case 'unsupported':
        return send({ id: m.id, value: [...new Set(emu.unsupported)] })
      case 'cpu': {
        const { user, system } = process.cpuUsage()
        return send({ id: m.id, value: (user + system) / 1e6 })
      }
      case 'tally': {
        const byAction: Record<string, number> = {}
        for (const a of emu.actions.slice(m.from)) byAction[a] = (byAction[a] ?? 0) + 1
        return send({ id: m.id, value: byAction })
      }
      case 'sizes': {
        const sizes: Record<string, { documents: number; bytes: number }> = {}
        for (const name of emu.db.collections()) {
          let bytes = 0
          const docs = emu.db.all(name)
          for (const d of docs) bytes += bsonSize(d)
          sizes[name] = { documents: docs.length, bytes }
        }
        return send({ id: m.id, value: sizes })
      }
      case 'close':
        await emu.close()
        send({ id: m.id, value: null })
        return process.exit(0)
    }
  })
  const ready: ChildReady = { ready: true, url: emu.url, envId: emu.envId, env: emu.env }
  send(ready)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
