// Monitored households: the list, one household, its full ID number and phone (audited), its history.
import { AppError, HOUSEHOLD_FIELD_LABELS, REVEAL_ROLES, type HouseholdEventView } from '../../domain'
import { handlers } from '../core/handler'
import { audit } from '../services/audit'
import type { HouseholdDoc, HouseholdEventDoc } from '../store/docs'
import type { FindOptions, Where } from '../ports/store'
import { householdDetail, householdSummary } from '../services/household-views'
import { householdArchive } from '../services/archive/household-archive'
import { patrolView } from '../services/patrols/patrol-view'

const EVENT_LABELS: Record<HouseholdEventDoc['kind'], string> = {
  listed: '纳入监测',
  changed: '信息变更',
  removed: '退出监测',
  relisted: '重新纳入监测',
}

/** The most rows a village's list reads in its one query (see household.list). */
const LIST_WINDOW = 1000
/** What a row of the list shows (householdSummary). */
const SUMMARY_FIELDS: NonNullable<FindOptions<HouseholdDoc>['fields']> = ['villageId', 'group', 'headName', 'idMasked', 'phoneMasked', 'members', 'categories', 'status', 'worstGrade', 'houseCount']

export const householdHandlers = handlers({
  'household.reveal': async (ctx, input) => {
    const { deps } = ctx
    const hh = await deps.store.collection('households').get(input.householdId)
    if (!hh) throw new AppError('NOT_FOUND', '没有找到这户')
    ctx.requireHousehold(hh)
    // The role that reveals must be held at this household's village, not anywhere.
    if (!REVEAL_ROLES[input.field].some((r) => ctx.hasRoleAt(hh.villageId, r))) throw new AppError('FORBIDDEN', '您不能查看完整的号码')
    const sealed = input.field === 'idNumber' ? hh.idEnc : hh.phoneEnc
    if (!sealed) throw new AppError('NOT_FOUND', '没有登记这个号码')
    // Written before the value leaves the server: no reveal without its audit entry.
    await audit(deps, ctx.user._id, 'household.reveal', hh._id, { field: input.field })
    return { value: deps.personal.open(sealed) }
  },

  'household.history': async (ctx, input) => {
    const { deps } = ctx
    const hh = await deps.store.collection('households').get(input.householdId)
    if (!hh) throw new AppError('NOT_FOUND', '没有找到这户')
    ctx.requireHousehold(hh)
    const events = await deps.store.collection('householdEvents').find({
      where: { householdId: hh._id },
      orderBy: [['householdId', 'asc'], ['at', 'desc']],
      limit: 200,
    })
    return events.map(
      (e): HouseholdEventView => ({
        id: e._id,
        at: e.at,
        kind: e.kind,
        kindLabel: EVENT_LABELS[e.kind],
        note: e.note,
        changes: Object.entries(e.changes).map(([field, [from, to]]) => ({ field: HOUSEHOLD_FIELD_LABELS[field] ?? field, from: String(from), to: String(to) })),
      }),
    )
  },
  'household.patrols': async (ctx, input) => {
    const { deps } = ctx
    const hh = await deps.store.collection('households').get(input.householdId)
    if (!hh) throw new AppError('NOT_FOUND', '没有找到这户')
    ctx.requireHousehold(hh)
    const houses = await deps.store.collection('houses').find({ where: { householdId: hh._id } })
    const patrols = (
      await Promise.all(houses.map((h) => deps.store.collection('patrols').find({ where: { houseId: h._id }, orderBy: [['houseId', 'asc'], ['patrolledAt', 'desc']], limit: 30 })))
    ).flat()
    patrols.sort((a, b) => b.patrolledAt.localeCompare(a.patrolledAt))
    return Promise.all(patrols.slice(0, 30).map((p) => patrolView(deps, p)))
  },

  'household.archive': async (ctx, input) => {
    const { deps } = ctx
    const hh = await deps.store.collection('households').get(input.householdId)
    if (!hh) throw new AppError('NOT_FOUND', '没有找到这户')
    ctx.requireHousehold(hh)
    const out = await householdArchive(deps, hh, ctx.user._id)
    await audit(deps, ctx.user._id, 'household.archive', hh._id, {})
    return { ...out, url: await deps.files.tempUrl(out.fileId, 3600) }
  },

  'household.list': async (ctx, input) => {
    const { deps, scope } = ctx
    if (input.villageId) ctx.requireVillage(input.villageId)
    const villageIds = input.villageId ? [input.villageId] : [...scope.villageIds]
    const where: Where<HouseholdDoc> = {
      villageId: villageIds.length === 1 ? villageIds[0]! : { $in: villageIds },
      status: 'monitored',
    }
    // An appraiser lists only the households of the cases assigned to him.
    if (scope.assignedHouseholds) where._id = { $in: [...scope.assignedHouseholds] }
    if (input.category) where.categories = { $has: input.category }
    if (input.grade) where.worstGrade = input.grade === 'none' ? null : input.grade
    if (input.keyword) where.headName = { $contains: input.keyword }
    const col = deps.store.collection('households')
    const orderBy: FindOptions<HouseholdDoc>['orderBy'] = [['villageId', 'asc'], ['status', 'asc'], ['group', 'asc']]
    const skip = (input.page - 1) * input.pageSize
    // On CloudBase one village's list is one query: all its matches (a village's households
    // fit in a page of the service) with only the fields a row shows, the total and the page
    // taken from them; a count beside a page query is a second round trip. The embedded
    // engine counts and reads the page instead (reading a district village's ~330 rows to
    // show 20 made its list 7× slower); so do a street's list and a village past the window.
    const whole = villageIds.length === 1 && deps.store.remote ? await col.find({ where, orderBy, limit: LIST_WINDOW, fields: SUMMARY_FIELDS }) : null
    const [total, docs] =
      whole && whole.length < LIST_WINDOW
        ? [whole.length, whole.slice(skip, skip + input.pageSize)]
        : await Promise.all([col.count(where), col.find({ where, orderBy, skip, limit: input.pageSize })])
    const names = new Map<string, string>()
    for (const d of docs) if (!names.has(d.villageId)) names.set(d.villageId, (await deps.orgs.get(d.villageId))?.name ?? '')
    return { items: docs.map((d) => householdSummary(d, names.get(d.villageId) ?? '')), total, page: input.page, pageSize: input.pageSize }
  },

  'household.get': async (ctx, input) => {
    const { deps } = ctx
    const hh = await deps.store.collection('households').get(input.householdId)
    if (!hh) throw new AppError('NOT_FOUND', '没有找到这户')
    ctx.requireHousehold(hh)
    const houses = await deps.store.collection('houses').find({ where: { householdId: hh._id } })
    const village = await deps.orgs.get(hh.villageId)
    const farmers = await deps.store.collection('users').find({ where: { householdId: hh._id }, limit: 10 })
    const detail = householdDetail(hh, village?.name ?? '', houses, farmers.some((u) => !u.disabled))
    // The welfare categories (特困, 易返贫致贫户…) are the staff's business: a farmer reading
    // his own household does not get them labelled on him.
    const asStaff = ctx.rolesAt(hh.villageId).some((r) => r !== 'farmer')
    return asStaff ? detail : { ...detail, categories: [] }
  },
})
