// Runs one access change (revoke, disable, unbind) once per client request id: a retry, or
// a concurrent twin of the same request, is answered with the person as he is now.
import { AppError, type PersonView } from '../../../domain'
import type { Ctx } from '../../core/context'
import type { TxStore } from '../../ports/store'
import { isReplay } from './request-replay'
import { personView, type StreetReach } from './street-reach'

export async function runAccessChange(ctx: Ctx, reach: StreetReach, requestId: string, subjectId: string, body: (tx: TxStore) => Promise<void>): Promise<PersonView> {
  const { deps } = ctx
  if (!(await isReplay(ctx, requestId, ctx.action, subjectId, reach.streetIds))) {
    try {
      await deps.store.transaction(body)
    } catch (err) {
      // The twin that lost the race finds the winner's record and answers as a replay.
      if (!(err instanceof AppError && (await isReplay(ctx, requestId, ctx.action, subjectId, reach.streetIds)))) throw err
    }
  }
  const after = await deps.store.collection('users').get(subjectId)
  if (!after) throw new AppError('NOT_FOUND', '没有找到这个人')
  return personView(ctx, reach, after)
}
