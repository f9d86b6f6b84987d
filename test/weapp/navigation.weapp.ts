// Moving between pages in WeChat, where the page stack holds at most 10 pages and a
// navigateTo past that fails: an inspector works through a whole village in one sitting.
import { Weapp } from './runtime/weapp'
import { fillSafePatrol } from './runtime/steps'

let app: Weapp
afterEach(() => app?.close())

test('back from the plan returns to the 巡查工作台', async () => {
  app = await Weapp.start({ user: 'u-insp-yulong' })
  await app.launch()
  await app.tap('本月巡查')
  await app.onPage('inspector/pages/plan/index')
  expect(app.run.stack.map((p) => p.route)).toEqual(['inspector/pages/home/index', 'inspector/pages/plan/index'])
  await (app.run.ctx.wx as { navigateBack(o: object): Promise<unknown> }).navigateBack({})
  await app.onPage('inspector/pages/home/index')
  expect(app.run.stack).toHaveLength(1)
})

// 继续巡查下一户 once redirected the patrol page to a *new* plan page on top of the old one:
// after 8 patrols in a row the stack was at WeChat's limit of 10 and every later navigateTo
// failed with nothing on screen. It now goes back to the plan below (services/navigation.ts).
test('eight patrols in a row with 继续巡查下一户 leave the page stack as it was', async () => {
  app = await Weapp.start({ user: 'u-insp-yulong' })
  const plan = await app.env.call('u-insp-yulong', 'patrol.plan', { status: 'all', pageSize: 8 })
  if (!plan.ok) throw new Error(plan.message)
  expect(plan.data.items).toHaveLength(8)
  await app.launch()
  await app.tap('本月巡查')
  for (const house of plan.data.items) {
    await app.onPage('inspector/pages/plan/index')
    await app.tap(house.address)
    await app.onPage('inspector/pages/patrol/index')
    await app.see('保存巡查记录')
    await fillSafePatrol(app)
    await app.tap('保存巡查记录')
    await app.tap('继续巡查下一户')
  }
  await app.onPage('inspector/pages/plan/index')
  // Stopping here, before the app tries a navigateTo WeChat would refuse.
  expect(app.run.stack.map((p) => p.route)).toEqual(['inspector/pages/home/index', 'inspector/pages/plan/index'])
})
