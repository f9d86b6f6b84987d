// What an import's confirm screen shows before apply: the count of households leaving.
import type { TestEnv } from './local-env'
import { ok } from './local-env'

export async function leavingCount(env: TestEnv, userId: string, importId: string): Promise<number> {
  return ok(await env.call(userId, 'import.leaving', { importId })).leaving
}
