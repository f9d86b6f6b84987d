// Opening the mini-program: WeChat knows the caller by OPENID, so a bound account goes
// straight to its role's home, a stranger is asked to bind, a person with two roles picks
// one (remembered on the phone), and with no signal the inspector still gets to work.
import { Weapp } from './runtime/weapp'

let app: Weapp
afterEach(() => app?.close())

test('a bound inspector opening the app lands on his 巡查工作台 with the month’s figures', async () => {
  app = await Weapp.start({ user: 'u-insp-yulong' })
  await app.launch()
  await app.onPage('inspector/pages/home/index')
  await app.see('巡查工作台')
  await app.see(/未巡 \d+ 户/)
  expect(app.run.stack.map((p) => p.route)).toEqual(['inspector/pages/home/index'])
  expect(app.cloud.calls.find((c) => c.action === 'auth.me')?.ok).toBe(true)
  expect(app.run.oversized).toEqual([])
})

test('a bound farmer opening the app lands on 我家的房屋', async () => {
  app = await Weapp.start({ user: 'u-farmer-yulong' })
  await app.launch()
  await app.onPage('pages/farmer/my-house/index')
  await app.see('我家的房屋')
})

test('a WeChat user with no account is asked to bind, as a farmer or with an invitation code', async () => {
  app = await Weapp.start()
  await app.launch()
  await app.onPage('pages/login/index')
  await app.see('您的微信还没有绑定账号')
  await app.see('我是农户')
  await app.see('我有邀请码')
})

test('a person with two roles chooses one, and the next launch goes straight to it', async () => {
  app = await Weapp.start({ user: 'u-staff-appraiser-bachuan' })
  await app.launch()
  await app.see('您有 2 个身份')
  await app.tap('鉴定人员')
  // An appraiser's home is his queue on the street home.
  await app.onPage('street/pages/home/index')
  await app.see('待我鉴定')
  await app.restart()
  await app.onPage('street/pages/home/index')
  await app.see('待我鉴定')
})

test('with no signal at launch, an inspector who signed in before still reaches his 巡查工作台', async () => {
  app = await Weapp.start({ user: 'u-insp-yulong' })
  await app.launch()
  await app.onPage('inspector/pages/home/index')
  app.phone.network = 'none'
  await app.restart()
  await app.onPage('inspector/pages/home/index')
  await app.see('巡查工作台')
})
