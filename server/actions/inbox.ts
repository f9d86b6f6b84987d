// The caller's own messages: the list and marking them read.
import { handlers } from '../core/handler'
import { pushStates } from '../services/notify/notify-status'

export const inboxHandlers = handlers({
  'inbox.list': async (ctx, input) => {
    const col = ctx.deps.store.collection('inbox')
    const [total, unread, docs] = await Promise.all([
      col.count({ userId: ctx.user._id }),
      col.count({ userId: ctx.user._id, readAt: null }),
      col.find({ where: { userId: ctx.user._id }, orderBy: [['userId', 'asc'], ['createdAt', 'desc']], skip: (input.page - 1) * input.pageSize, limit: input.pageSize }),
    ])
    const push = await pushStates(ctx.deps, docs.map((d) => d._id))
    return { total, unread, page: input.page, pageSize: input.pageSize, items: docs.map((d) => ({ id: d._id, kind: d.kind, title: d.title, body: d.body, page: d.page, createdAt: d.createdAt, read: d.readAt !== null, push: push.get(d._id)! })) }
  },

  'inbox.read': async (ctx, input) => {
    const col = ctx.deps.store.collection('inbox')
    const nowIso = ctx.now().toISOString()
    const targets = input.all ? await col.find({ where: { userId: ctx.user._id, readAt: null }, limit: 1000 }) : await col.getMany(input.ids ?? [])
    for (const d of targets) if (d.userId === ctx.user._id && !d.readAt) await col.update(d._id, { readAt: nowIso })
    return { unread: await col.count({ userId: ctx.user._id, readAt: null }) }
  },
})
