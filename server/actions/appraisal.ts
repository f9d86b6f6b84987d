// The appraiser's queue, his home: the appraisals assigned to him still to do, the
// earliest due (so the overdue) first, then the ones he has done, latest first.
import { localDate } from '../../domain'
import { handlers } from '../core/handler'
import { caseSummaries } from '../services/cases/case-views'

const TODO_STAGES = new Set(['awaitingAppraisal', 'appraising'])
const DONE_SHOWN = 30

export const appraisalHandlers = handlers({
  'appraisal.queue': async (ctx) => {
    const today = localDate(ctx.now())
    const mine = await ctx.deps.store.collection('cases').find({ where: { assignedAppraiserId: ctx.user._id }, orderBy: [['assignedAppraiserId', 'asc'], ['stage', 'asc']], limit: 2000 })
    const todo = mine.filter((c) => TODO_STAGES.has(c.stage)).sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.openedAt.localeCompare(b.openedAt))
    const done = mine
      .filter((c) => !TODO_STAGES.has(c.stage) && c.appraisal?.appraiserId === ctx.user._id)
      .sort((a, b) => b.appraisal!.at.localeCompare(a.appraisal!.at))
      .slice(0, DONE_SHOWN)
    return { todo: await caseSummaries(ctx.deps, todo, today), done: await caseSummaries(ctx.deps, done, today) }
  },
})
