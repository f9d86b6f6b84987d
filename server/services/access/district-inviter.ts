// Who may invite district housing bureau staff (区住建局): a colleague holding the district
// role for that district; and, while the district has nobody in the app yet, the staff of
// one of its streets (the street's first contact with the bureau it reports to). Once the
// district has an account, only the district invites its own people.
import { AppError } from '../../../domain'
import type { Ctx } from '../../core/context'
import { peopleWith } from '../people'

export async function requireDistrictInviter(ctx: Ctx, orgId: string): Promise<void> {
  const org = await ctx.deps.orgs.get(orgId)
  if (!org || org.level !== 'district') throw new AppError('VALIDATION', '区住建局的权限只能给区')
  if (ctx.scope.grants.some((g) => g.role === 'district' && g.orgId === orgId)) return
  const ownStreetBelow = (await Promise.all(ctx.streetsWith(['staff']).map((s) => ctx.deps.orgs.get(s)))).some((s) => s?.parentId === orgId)
  if (ownStreetBelow && (await peopleWith(ctx.deps, 'district', orgId)).length === 0) return
  throw new AppError('FORBIDDEN', ownStreetBelow ? '区住建局已有账号，请由区住建局邀请' : '只能邀请本区的区住建局人员')
}
