// The typed client: call(action, input) checks the input against the action's contract
// (same Chinese messages as the server) and returns the server's Result. It never throws.
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
import { transport } from './transport'
import { unavailable } from './result'

export type Output<N extends ActionName> = OutputOf<Contracts[N]>
export type Input<N extends ActionName> = InputOf<Contracts[N]>

export async function call<N extends ActionName>(action: N, input: Input<N>): Promise<Result<Output<N>>> {
  const schema: z.ZodType = contracts[action].input
  const parsed = schema.safeParse(input)
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error)
    return { ok: false, code: 'VALIDATION', message: summarizeIssues(issues), issues }
  }
  try {
    const result = await transport(action, parsed.data)
    // The server's handler for `action` is typed by the same contract, so a successful
    // envelope carries that contract's output.
    return result as Result<Output<N>>
  } catch {
    return unavailable()
  }
}
