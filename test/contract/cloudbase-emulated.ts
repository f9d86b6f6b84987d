// The Store contract on CloudBaseStore through the real wx-server-sdk against the offline
// emulator, at one server page cap. The network guard keeps the process on loopback, and
// the suite fails (never skips) when the SDK is missing, sends an action the emulator
// does not know, or leaves a transaction open.
import { CloudBaseStore } from '../../server/adapters/cloudbase/cloudbase-store'
import { guardNetwork, initCloudSdkAgainst, startCloudEmulator, type CloudEmulator, type NetworkGuard } from '../support/cloudbase-emulator'
import type { CloudDb } from '../../server/adapters/cloudbase/cloud-db'
import { describeStoreContract } from './store-contract'

export function describeEmulatedCloudBaseContract(pageCap: number): void {
  let guard: NetworkGuard
  let emu: CloudEmulator
  let db: CloudDb

  beforeAll(async () => {
    guard = guardNetwork()
    emu = await startCloudEmulator({ pageCap })
    db = initCloudSdkAgainst(emu).database({ throwOnNotFound: false })
  })

  afterAll(async () => {
    await emu?.close()
    guard?.restore()
    expect(guard.violations).toEqual([])
    expect(emu.unsupported).toEqual([])
    expect(emu.db.transactions().open).toBe(0)
  })

  describeStoreContract(`CloudBaseStore via wx-server-sdk on the emulator, page cap ${pageCap}`, async () => ({
    store: new CloudBaseStore(db, emu.envId),
    // Every test writes under its own run tag, so the data can stay.
    async dispose() {},
  }))
}
