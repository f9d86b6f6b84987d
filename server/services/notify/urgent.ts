// Urgent means now: a message marked urgent (a 重大紧急 disaster report, a red warning, a
// family in a dangerous house) is sent right after the action that wrote it, inside the
// same call, instead of waiting up to ten minutes for the tick. The action's messages are
// collected per call (AsyncLocalStorage follows the call through its awaits); the tick
// stays the retry path for whatever could not be sent at once.
import { AsyncLocalStorage } from 'node:async_hooks'

const sink = new AsyncLocalStorage<string[]>()

/** Runs one action call, collecting the ids of the urgent messages it writes. */
export async function collectUrgent<T>(fn: () => Promise<T>): Promise<{ result: T; urgent: string[] }> {
  const urgent: string[] = []
  const result = await sink.run(urgent, fn)
  return { result, urgent }
}

/** Called by enqueue for an urgent message; outside an action call (the tick) it does nothing. */
export function noteUrgent(id: string): void {
  sink.getStore()?.push(id)
}
