// The real wx-server-sdk, initialised against an emulator. The module is a singleton that
// initialises once: to point a fresh copy at another emulator, load it in isolation:
//
//   let cloud!: WxServerSdk
//   jest.isolateModules(() => { cloud = initCloudSdkAgainst(emu) })
//
// Loading fails the test (it does not skip it) when the SDK is missing.
import type { CloudDb } from '../../../server/adapters/cloudbase/cloud-db'
import type { CloudSdk } from '../../../server/runtime/cloud'

export type WxServerSdk = Omit<CloudSdk, 'database'> & { database(config: { throwOnNotFound: boolean }): CloudDb }

const initialised = new WeakSet<object>()

export function initCloudSdkAgainst(emulator: { url: string; envId: string; env: Record<string, string> }): WxServerSdk {
  // Read by the SDK on every request: TENCENTCLOUD=true skips its metadata probe.
  Object.assign(process.env, emulator.env)
  const cloud = require('wx-server-sdk') as WxServerSdk & { init(config: object): void }
  if (initialised.has(cloud)) {
    throw new Error('wx-server-sdk in this module registry is already initialised; load a fresh one inside jest.isolateModules')
  }
  initialised.add(cloud)
  cloud.init({
    env: emulator.envId,
    serviceUrl: emulator.url,
    secretId: emulator.env.TENCENTCLOUD_SECRETID,
    secretKey: emulator.env.TENCENTCLOUD_SECRETKEY,
  })
  return cloud
}
