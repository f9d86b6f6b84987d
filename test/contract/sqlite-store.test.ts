// The Store contract against the SQLite adapter, a fresh database file per test.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SqliteStore } from '../../server/adapters/local/sqlite-store'
import { describeStoreContract } from './store-contract'

describeStoreContract('SqliteStore', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-store-'))
  const store = new SqliteStore(path.join(dir, 'contract.sqlite'))
  return {
    store,
    async dispose() {
      await store.close()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
})
