// The load run's clients, in a process of their own (like phones are): each of N clients
// submits patrols to the host over loopback, one after another, until time is up, and
// reports every acknowledged id and every latency to the parent.
import http from 'node:http'

export interface LoadPlan {
  base: string
  clients: number
  seconds: number
  patrolledAt: string
  targets: Array<{ houseId: string; inspector: string }>
}

export interface LoadOutcome {
  acknowledged: string[]
  latencies: number[]
  errors: number
  firstError: string | null
  /** CPU time the clients used, to tell whether they competed with the host for cores. */
  cpuMs: number
}

async function runClients(plan: LoadPlan): Promise<LoadOutcome> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: plan.clients })
  const acknowledged: string[] = []
  const latencies: number[] = []
  let errors = 0
  let firstError: string | null = null
  const post = (body: string, user: string) =>
    new Promise<string | null>((resolve, reject) => {
      const req = http.request(`${plan.base}/fn/api`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-dev-user': user } }, (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (text += c))
        res.on('end', () => {
          const answer = res.statusCode === 200 ? (JSON.parse(text) as { ok: boolean; code?: string }) : null
          resolve(answer?.ok ? null : `${res.statusCode} ${answer?.code ?? text.slice(0, 120)}`)
        })
      })
      req.on('error', reject)
      req.end(body)
    })
  const cpu0 = process.cpuUsage()
  const until = Date.now() + plan.seconds * 1000
  await Promise.all(
    Array.from({ length: plan.clients }, async (_, c) => {
      for (let i = 0; Date.now() < until; i++) {
        const target = plan.targets[(c * 97 + i) % plan.targets.length]!
        const patrolId = `pt-load-${c}-${i}`
        const body = JSON.stringify({
          action: 'patrol.submit',
          input: { patrolId, houseId: target.houseId, kind: 'routine', patrolledAt: plan.patrolledAt, findings: { site: 'ok', foundation: 'ok', walls: 'ok', columnsBeams: 'ok', roof: 'ok', enclosure: 'ok' }, judgment: 'safe', occupied: true, photos: [], gps: null, scannedPlate: false, notes: '' },
        })
        const t = performance.now()
        let failure: string | null
        try {
          failure = await post(body, target.inspector)
        } catch (err) {
          failure = err instanceof Error ? err.message : String(err)
        }
        latencies.push(performance.now() - t)
        if (failure === null) acknowledged.push(patrolId)
        else {
          errors++
          firstError ??= failure
        }
      }
    }),
  )
  agent.destroy()
  const cpu = process.cpuUsage(cpu0)
  return { acknowledged, latencies, errors, firstError, cpuMs: Math.round((cpu.user + cpu.system) / 1000) }
}

// Run as a child process: the plan arrives by IPC, the outcome goes back the same way.
if (process.send) {
  process.once('message', (plan: LoadPlan) => {
    runClients(plan).then(
      (outcome) => process.send!(outcome, () => process.exit(0)),
      (err) => {
        console.error(err)
        process.exit(1)
      },
    )
  })
}
