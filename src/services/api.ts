// The typed client: call(action, input) checks the input against the action's contract
// (same Chinese messages as the server) and returns the server's Result. It never throws.
// Reads go through reads.ts: under a weak signal they answer with the copy kept on the
// phone (marked with its time) and the server's answer follows.
import {
  contracts,
  summarizeIssues,
  toFieldIssues,
  type ActionName,
  type Contracts,
  type InputOf,
  type OutputOf,
  type Result,
} from '@domain'
import type { z } from 'zod'
import { devIdentityHeaders, transport } from './transport'
import { unavailable } from './result'
import { IS_WEAPP } from './platform'
import { readThrough } from './reads'

export type Output<N extends ActionName> = OutputOf<Contracts[N]>
export type Input<N extends ActionName> = InputOf<Contracts[N]>

/** Reads whose answer is not kept on the phone: who the caller is, live status, progress and checks, a random draw, rows with personal data. */
const NOT_KEPT: ReadonlySet<ActionName> = new Set<ActionName>(['auth.me', 'me.phone', 'counters.check', 'system.status', 'notify.status', 'sample.preview', 'import.get', 'import.rows'])

/** Kept answers belong to the caller: on h5 the demo account is switched by hand. */
const keptQuery = (action: ActionName, input: unknown) => `${IS_WEAPP ? 'wx' : JSON.stringify(devIdentityHeaders())}|${action}|${JSON.stringify(input)}`

const send = async (action: ActionName, input: unknown): Promise<Result<unknown>> => {
  try {
    return await transport(action, input)
  } catch {
    return unavailable()
  }
}

export async function call<N extends ActionName>(action: N, input: Input<N>): Promise<Result<Output<N>>> {
  const schema: z.ZodType = contracts[action].input
  const parsed = schema.safeParse(input)
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error)
    return { ok: false, code: 'VALIDATION', message: summarizeIssues(issues), issues }
  }
  const read = !contracts[action].writes && !NOT_KEPT.has(action)
  const result = read ? await readThrough(keptQuery(action, parsed.data), () => send(action, parsed.data)) : await send(action, parsed.data)
  // The server's handler for `action` is typed by the same contract, so a successful
  // envelope carries that contract's output.
  return result as Result<Output<N>>
}
