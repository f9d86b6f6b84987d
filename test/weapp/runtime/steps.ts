// Steps several weapp tests share, in the inspector's words.
import type { Weapp } from './weapp'

/** The first registered house of the inspector's plan this month, as the server lists it. */
export async function firstPlanHouse(app: Weapp, user = 'u-insp-yulong'): Promise<{ houseId: string; address: string }> {
  const plan = await app.env.call(user, 'patrol.plan', { status: 'all', pageSize: 50 })
  if (!plan.ok) throw new Error(plan.message)
  // A listed household without a house (待登记房屋) comes first and has no house yet.
  const item = plan.data.items.find((i) => i.houseId !== null)
  if (!item) throw new Error('no registered house in the plan')
  return { houseId: item.houseId!, address: item.address }
}

/** On the patrol form: every part normal, judged 安全, nobody living there. */
export async function fillSafePatrol(app: Weapp): Promise<void> {
  await app.tap('其余都正常')
  await app.tap(/^安全$/)
  await app.tap('没人住')
}

/** Takes one picture with the camera and waits for its stamped thumbnail. */
export async function takePhoto(app: Weapp, shot = { width: 3000, height: 4000 }): Promise<string> {
  const before = app.nodesOf('image').length
  app.phone.camera.push([shot])
  await app.tap('📷 拍照')
  const img = await app.until(() => app.nodesOf('image')[before], 'the photo thumbnail')
  return String(app.attr(img.node, 'src'))
}
