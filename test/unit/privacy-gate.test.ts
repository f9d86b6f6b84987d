// The privacy agreement: an API that needs it opens our notice once, waits, and goes on
// when the person agrees — or fails when he declines or leaves the notice.
const taro = {
  listener: null as null | ((resolve: (a: unknown) => void) => void),
  onNeedPrivacyAuthorization(fn: (resolve: (a: unknown) => void) => void) {
    this.listener = fn
  },
  navigateTo: jest.fn(async () => undefined),
  getCurrentPages: jest.fn(() => [{ route: 'inspector/pages/patrol/index' }]),
}
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: taro }))

process.env.TARO_ENV = 'weapp'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const privacy = require('../../src/services/privacy') as typeof import('../../src/services/privacy')

beforeAll(() => privacy.installPrivacyGate())
afterAll(() => {
  delete process.env.TARO_ENV
})

it('two waiting APIs open the notice once and both go on when the person agrees', () => {
  const photo = jest.fn()
  const position = jest.fn()
  taro.listener!(photo)
  taro.listener!(position)
  expect(taro.navigateTo).toHaveBeenCalledTimes(1)
  expect(taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/privacy/index' })
  privacy.privacyNoticeShown()
  privacy.answerPrivacy(true)
  for (const r of [photo, position]) {
    expect(r).toHaveBeenNthCalledWith(1, { event: 'exposureAuthorization' })
    expect(r).toHaveBeenNthCalledWith(2, { event: 'agree', buttonId: privacy.PRIVACY_AGREE_BUTTON_ID })
  }
  expect(privacy.privacyPending()).toBe(false)
})

it('leaving the notice without an answer declines, so nothing waits forever', () => {
  const photo = jest.fn()
  taro.listener!(photo)
  privacy.answerPrivacy(false)
  expect(photo).toHaveBeenLastCalledWith({ event: 'disagree' })
  // Answered once: a second answer reaches nobody.
  privacy.answerPrivacy(true)
  expect(photo).toHaveBeenCalledTimes(1)
})

it('while the notice is already open a new request does not open a second one', () => {
  taro.navigateTo.mockClear()
  taro.getCurrentPages.mockReturnValueOnce([{ route: 'pages/privacy/index' }])
  taro.listener!(jest.fn())
  expect(taro.navigateTo).not.toHaveBeenCalled()
  privacy.answerPrivacy(false)
})
