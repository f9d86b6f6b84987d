// The privacy agreement as WeChat reviews it: the first position or photo of a user who
// has not agreed waits while the app's own notice (pages/privacy) is shown; 同意 — a
// WeChat agreePrivacyAuthorization button — lets the waiting call go on, and 不同意 makes it
// fail with a message telling the person what to do, never a tap that does nothing.
import { firstPlanHouse } from './runtime/steps'
import { Weapp } from './runtime/weapp'

let app: Weapp
afterEach(() => app?.close())

async function patrolFormOfNewUser(): Promise<void> {
  app = await Weapp.start({ user: 'u-insp-yulong' })
  app.phone.privacy.agreed = false
  const { houseId } = await firstPlanHouse(app)
  await app.launch('inspector/pages/patrol/index', { houseId })
}

test('an inspector who has not agreed sees the privacy notice before the first position; 同意 lets the position and later photos go on', async () => {
  await patrolFormOfNewUser()
  // The form asks for the position at once: WeChat holds it and the notice opens.
  await app.onPage('pages/privacy/index')
  await app.see('使用拍照、定位等功能前，请您先了解安居哨会用到哪些信息、为什么用、谁能看到。')
  const agree = (await app.see(/^同意$/)).path.find((n) => app.attr(n, 'open-type') === 'agreePrivacyAuthorization')
  expect(agree?.uid).toBe('privacy-agree')
  expect(app.run.hooks.privacyAnswers).toEqual([{ event: 'exposureAuthorization', buttonId: undefined }])

  await app.tap(/^同意$/)
  await app.onPage('inspector/pages/patrol/index')
  await app.see(/已定位：/)
  expect(app.phone.privacy.agreed).toBe(true)
  expect(app.run.hooks.privacyAnswers.at(-1)).toEqual({ event: 'agree', buttonId: 'privacy-agree' })

  // Agreed once: the camera opens straight away.
  app.phone.camera.push([{ width: 3000, height: 4000 }])
  await app.tap('📷 拍照')
  await app.until(() => app.nodesOf('image').length > 0 || null, 'the photo thumbnail')
  expect(app.run.top()?.route).toBe('inspector/pages/patrol/index')
  expect(app.run.hooks.privacyAnswers.filter((a) => a.event === 'agree')).toHaveLength(1)
})

test('不同意 leaves the position and the photo refused with what to do, and the camera never opens', async () => {
  await patrolFormOfNewUser()
  await app.onPage('pages/privacy/index')
  await app.tap('不同意')
  await app.onPage('inspector/pages/patrol/index')
  await app.see('还没有同意隐私保护指引')
  expect(app.run.hooks.privacyAnswers.at(-1)).toEqual({ event: 'disagree', buttonId: undefined })
  expect(app.screen()).not.toContain('已定位：')

  // 拍照 asks again; refusing again says so on the form instead of doing nothing.
  app.phone.camera.push([{ width: 3000, height: 4000 }])
  await app.tap('📷 拍照')
  await app.onPage('pages/privacy/index')
  await app.tap('不同意')
  await app.onPage('inspector/pages/patrol/index')
  await app.see(/再点一次刚才的按钮就会出现/)
  expect(app.phone.camera).toHaveLength(1)
  expect(app.nodesOf('image')).toHaveLength(0)
  expect(app.phone.privacy.agreed).toBe(false)
})

test('an agreement the person did not give by tapping the WeChat button does not count: the position stays refused', async () => {
  await patrolFormOfNewUser()
  await app.onPage('pages/privacy/index')
  // The agree handler runs without a tap on the button (as code calling it on its own would).
  const button = (await app.see(/^同意$/)).path.find((n) => app.attr(n, 'open-type') === 'agreePrivacyAuthorization')!
  app.fire({ node: button, path: [button] }, 'agreeprivacyauthorization', {}, false)
  await app.onPage('inspector/pages/patrol/index')
  expect(app.run.hooks.privacyAnswers.at(-1)).toEqual({ event: 'agree', buttonId: 'privacy-agree' })
  await app.see('还没有同意隐私保护指引')
  expect(app.phone.privacy.agreed).toBe(false)
})

test('a farmer who starts typing the ID number sees the privacy notice first; 不同意 is explained on the form', async () => {
  app = await Weapp.start()
  app.phone.privacy.agreed = false
  await app.launch()
  await app.onPage('pages/login/index')
  await app.tap('我是农户')
  const idBox = await app.until(() => app.nodesOf('input').find((l) => app.attr(l.node, 'placeholder') === '例如：12123X'), 'the ID number box')
  app.fire(idBox, 'focus', { value: '', height: 0 }, false)
  await app.onPage('pages/privacy/index')
  await app.tap('不同意')
  await app.onPage('pages/login/index')
  await app.see('还没有同意隐私保护指引')
  expect(app.run.hooks.calls.filter((c) => c.api === 'requirePrivacyAuthorize')).toHaveLength(1)

  // Agreeing the next time lets the farmer go on; the notice is gone from the form.
  app.fire(idBox, 'focus', { value: '', height: 0 }, false)
  await app.onPage('pages/privacy/index')
  await app.tap(/^同意$/)
  await app.onPage('pages/login/index')
  await app.until(() => !app.screen().includes('还没有同意隐私保护指引') || null, 'the notice gone')
  expect(app.phone.privacy.agreed).toBe(true)
})
