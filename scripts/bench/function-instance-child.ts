// One cloud function instance for the bench: plain Node (bundled by function-instance.ts,
// no tsx loader), the deployed bundle required as the platform requires it, and the
// environment a function has. The parent sends events over IPC; each answer carries this
// process's memory so that the peak is the function's own.
//   env: ANJU_FUNCTION_BUNDLE (the bundle's index.js) and the function's variables.
import v8 from 'node:v8'
import type { FunctionCall, FunctionAnswer, FunctionReady } from './function-instance'

type Main = (event: unknown) => Promise<unknown>

const memory = () => {
  const usage = process.resourceUsage()
  return {
    rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
    // The kernel's high-water mark: every byte the instance ever held, between samples too.
    maxRssMb: Math.round(usage.maxRSS / 1024),
    cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    heapLimitMb: Math.round(v8.getHeapStatistics().heap_size_limit / 1024 / 1024),
  }
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main } = require(process.env.ANJU_FUNCTION_BUNDLE!) as { main: Main }

// A bench stopped by a signal leaves no instance behind.
process.on('disconnect', () => process.exit(0))
process.on('message', (call: FunctionCall) => {
  // Who calls, as the platform tells a function (getWXContext reads these).
  Object.assign(process.env, { WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID', WX_OPENID: call.openid, WX_APPID: 'wx0000emulated0000' })
  main(call.event).then(
    (result) => process.send!({ id: call.id, result, ...memory() } satisfies FunctionAnswer),
    (err: unknown) => process.send!({ id: call.id, error: err instanceof Error ? err.stack ?? err.message : String(err), ...memory() } satisfies FunctionAnswer),
  )
})
process.send!({ ready: true, ...memory() } satisfies FunctionReady)
