// 小程序码 through the real wx-server-sdk (cloud.openapi.wxacode.getUnlimited over the
// emulator): the image is a PNG, the scene and page reach WeChat, a long scene never leaves.
import { WxaMiniCodes } from '../../../server/adapters/cloudbase/wxa-mini-codes'
import { guardNetwork, initCloudSdkAgainst, startCloudEmulator, type CloudEmulator, type NetworkGuard } from '../../support/cloudbase-emulator'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

let guard: NetworkGuard
let emu: CloudEmulator
let codes: WxaMiniCodes

beforeAll(async () => {
  guard = guardNetwork()
  emu = await startCloudEmulator()
  const cloud = initCloudSdkAgainst(emu)
  codes = new WxaMiniCodes({ getUnlimited: (a) => cloud.openapi.wxacode.getUnlimited(a) }, 'trial')
})
afterAll(async () => {
  await emu?.close()
  guard?.restore()
  expect(guard.violations).toEqual([])
  expect(emu.unsupported).toEqual([])
})

it('an invitation code is a PNG made for the page and scene', async () => {
  const png = await codes.image('pages/login/index', 'invite=ABCD2345')
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE)
  expect(emu.openapi.calls).toEqual([
    { api: 'wxacode.getUnlimited', params: { scene: 'invite=ABCD2345', page: 'pages/login/index', check_path: false, width: 430, env_version: 'trial' } },
  ])
})

it('a scene longer than 32 characters is refused before WeChat is asked', async () => {
  const before = emu.openapi.calls.length
  await expect(codes.image('pages/login/index', 'x'.repeat(33))).rejects.toThrow('longer than 32')
  expect(emu.openapi.calls).toHaveLength(before)
})
