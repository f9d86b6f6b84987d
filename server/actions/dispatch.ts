// The one entry every runtime uses: an event {action, input} and an identity in, a
// Result out. Order: find action → identify caller → role check → validate → run.
import { z } from 'zod'
import { AppError, contracts, summarizeIssues, toFieldIssues, type ActionName, type Result } from '../../domain'
import { buildScope, createContext, type GuestCtx } from '../core/context'
import type { Deps } from '../core/deps'
import type { Registry } from './registry'
import { refreshDirty, scheduleRefresh } from '../services/counters/refresh'
import { deliverNow } from '../services/notify/dispatch-outbox'
import { collectUrgent } from '../services/notify/urgent'
import { checkCitedFiles } from '../services/files/own-files'
import type { UserDoc } from '../store/docs'

export type Identity = { kind: 'openid'; openid: string } | { kind: 'dev'; userId: string } | { kind: 'none' }

const DISABLED_MESSAGE = '您的账号已被停用，请联系街道建管办'

const eventSchema = z.object({ action: z.string().max(64), input: z.unknown().optional() })

async function resolveUser(deps: Deps, identity: Identity): Promise<UserDoc | null> {
  if (identity.kind === 'none') return null
  if (identity.kind === 'dev') {
    // Refused in the cloud: only the local host may name its caller.
    if (deps.config.mode !== 'local') return null
    return deps.store.collection('users').get(identity.userId)
  }
  const [user] = await deps.store.collection('users').find({ where: { openid: identity.openid }, limit: 1 })
  return user ?? null
}

function parseInput(schema: z.ZodType, raw: unknown): unknown {
  const parsed = schema.safeParse(raw === undefined ? {} : raw)
  if (parsed.success) return parsed.data
  const issues = toFieldIssues(parsed.error)
  throw new AppError('VALIDATION', summarizeIssues(issues), issues)
}

const fail = (e: AppError): Result<never> => ({
  ok: false,
  code: e.code,
  message: e.message,
  ...(e.issues ? { issues: e.issues } : {}),
})

export async function dispatch(registry: Registry, deps: Deps, event: unknown, identity: Identity): Promise<Result<unknown>> {
  const { result, urgent } = await collectUrgent(() => run(registry, deps, event, identity))
  // Urgent messages go out before the answer, within a few seconds at most; what is not
  // sent by then stays pending for the tick.
  if (urgent.length) {
    await deliverNow(deps, urgent, Date.now() + deps.config.urgentBudgetMs).catch((err) => deps.log.error('urgent delivery failed', { error: err instanceof Error ? err.stack : String(err) }))
  }
  // Whatever the action wrote, the dashboards' village counters follow: at once in a
  // cloud function (one request per instance), coalesced in the background on a host
  // that serves many requests at a time.
  if (deps.dirtyVillages?.size) {
    if (deps.countersInBackground) scheduleRefresh(deps)
    else await refreshDirty(deps).catch((err) => deps.log.error('counter refresh failed', { error: err instanceof Error ? err.stack : String(err) }))
  }
  return result
}

async function run(registry: Registry, deps: Deps, event: unknown, identity: Identity): Promise<Result<unknown>> {
  const started = Date.now()
  let action = '?'
  try {
    const ev = eventSchema.safeParse(event)
    if (!ev.success) throw new AppError('VALIDATION', '请求格式不对')
    action = ev.data.action
    if (!Object.prototype.hasOwnProperty.call(contracts, action)) throw new AppError('UNKNOWN_ACTION')
    const name = action as ActionName
    const contract = contracts[name]

    const user = await resolveUser(deps, identity)
    const openid = identity.kind === 'openid' && identity.openid ? identity.openid : null
    if (contract.unbound) {
      if (!openid && !user) throw new AppError('UNAUTHENTICATED')
      if (user?.disabled) throw new AppError('UNAUTHENTICATED', DISABLED_MESSAGE)
      const input = parseInput(contract.input, ev.data.input)
      const guest: GuestCtx = { deps, openid, user, action: name, now: () => deps.clock.now() }
      const handler = registry[name] as unknown as (c: GuestCtx, i: unknown) => Promise<unknown>
      return { ok: true, data: await handler(guest, input) }
    }
    if (!user) throw new AppError('UNAUTHENTICATED')
    // Read on every call: disabling an account takes effect at its next call.
    if (user.disabled) throw new AppError('UNAUTHENTICATED', DISABLED_MESSAGE)
    if (!user.grants.some((g) => contract.roles.includes(g.role))) throw new AppError('FORBIDDEN')

    const parsed = parseInput(contract.input, ev.data.input)

    const scope = await buildScope(deps, user, contract.roles)
    const ctx = createContext(deps, user, scope, name)
    // Every uploaded file the input cites: the caller's own, present, of the declared kind.
    const filesSettled = await checkCitedFiles(ctx, contract.input, parsed)
    const handler = registry[name] as (c: typeof ctx, i: unknown) => Promise<unknown>
    const data = await handler(ctx, parsed)
    await filesSettled()
    return { ok: true, data }
  } catch (err) {
    if (err instanceof AppError) return fail(err)
    deps.log.error('action failed', { action, error: err instanceof Error ? err.stack : String(err), ms: Date.now() - started })
    return fail(new AppError('INTERNAL'))
  }
}
