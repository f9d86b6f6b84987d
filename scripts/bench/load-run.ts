// The load run: N concurrent clients (in a child process, so that they do not share the
// host's thread) submit patrols to the local host over loopback for a while; then every
// acknowledged submission is checked to be stored exactly once.
import { fork } from 'node:child_process'
import type http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { createLocalHost } from '../../server/host/local-host'
import { settleRefresh } from '../../server/services/counters/refresh'
import type { LocalRuntime } from '../../server/runtime/local'
import type { ScaleSummary } from '../../server/seed/scale-seed'
import type { LoadOutcome, LoadPlan } from './load-clients'
import { percentile, round } from './stats'

function runClientsProcess(plan: LoadPlan): Promise<LoadOutcome> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, 'load-clients.ts'), [], { cwd: path.resolve(__dirname, '../..'), execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    let outcome: LoadOutcome | null = null
    child.once('message', (m) => (outcome = m as LoadOutcome))
    child.once('error', reject)
    child.once('exit', (code) => (outcome ? resolve(outcome) : reject(new Error(`load clients exited with ${code}`))))
    child.send(plan)
  })
}

export async function loadRun(rt: LocalRuntime, s: ScaleSummary, opts: { clients: number; seconds: number; patrolledAt: Date; h5Root: string }) {
  const server: http.Server = createLocalHost({ runtime: rt, h5Root: opts.h5Root })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const houses = await rt.store.collection('houses').find({ where: { villageId: { $in: s.villageIds.slice(0, 20) } }, limit: 4000 })
  const targets = houses.map((h) => ({ houseId: h._id, inspector: s.inspectorOf[h.villageId]! }))
  const outcome = await runClientsProcess({ base, clients: opts.clients, seconds: opts.seconds, patrolledAt: opts.patrolledAt.toISOString(), targets })
  server.closeAllConnections()
  await new Promise((r) => server.close(r))
  await settleRefresh(rt.deps)
  // Every acknowledged submission is stored exactly once (ids are unique per client, so a
  // count of the acknowledged ids equals their number only if none is missing).
  const sent = outcome.acknowledged
  let stored = 0
  for (let i = 0; i < sent.length; i += 500) stored += await rt.store.collection('patrols').count({ _id: { $in: sent.slice(i, i + 500) } })
  const requests = outcome.latencies.length
  return {
    clients: opts.clients,
    seconds: opts.seconds,
    requests,
    perSecond: Math.round(requests / opts.seconds),
    p50: round(percentile(outcome.latencies, 50)),
    p95: round(percentile(outcome.latencies, 95)),
    errors: outcome.errors,
    ...(outcome.firstError ? { firstError: outcome.firstError } : {}),
    clientCpuSeconds: round(outcome.cpuMs / 1000),
    acknowledged: sent.length,
    storedOnce: stored,
    lost: sent.length - stored,
  }
}
