// The Store contract against a real CloudBase environment. Runs only when
// ANJU_CLOUDBASE_ENV and Tencent Cloud API credentials (TENCENTCLOUD_SECRETID,
// TENCENTCLOUD_SECRETKEY) are set, and then needs the manifest's collections created in
// that environment. Otherwise the suite is skipped without loading wx-server-sdk: any
// SDK call outside WeChat Cloud without credentials can take the Node process down.
import { CloudBaseStore } from '../../server/adapters/cloudbase/cloudbase-store'
import type { CloudDb } from '../../server/adapters/cloudbase/cloud-db'
import { CONTRACT_COLLECTIONS, describeStoreContract } from './store-contract'

const env = process.env.ANJU_CLOUDBASE_ENV
const secretId = process.env.TENCENTCLOUD_SECRETID
const secretKey = process.env.TENCENTCLOUD_SECRETKEY

if (env && secretId && secretKey) {
  let db: CloudDb | null = null
  const connect = (): CloudDb => {
    if (db) return db
    // Loaded only here, with credentials at hand.
    const cloud = require('wx-server-sdk') as { init(c: object): void; database(c: object): unknown }
    cloud.init({ env, secretId, secretKey })
    db = cloud.database({ throwOnNotFound: false }) as CloudDb
    return db
  }
  describeStoreContract(
    `CloudBaseStore (env ${env})`,
    async () => {
      const cdb = connect()
      return {
        store: new CloudBaseStore(cdb, env),
        async dispose(run) {
          for (const name of CONTRACT_COLLECTIONS) await cdb.collection(name).where({ run }).remove()
        },
      }
    },
    { slowMs: 600_000 },
  )
} else {
  describe.skip('Store contract: CloudBaseStore — skipped: set ANJU_CLOUDBASE_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY to run it against a real environment', () => {
    it('needs a CloudBase environment', () => undefined)
  })
}
