// Closing the SQLite store finishes the write-ahead log and lets the program carry on:
// the checkpoint thread must not let the process end while close() is awaited.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../../..')

describe('closing the SQLite store', () => {
  it('a program that closes its store runs on after close() and leaves no write-ahead log behind', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-close-'))
    const file = path.join(dir, 'anju.sqlite')
    const program = `
      const { SqliteStore } = require(${JSON.stringify(path.join(ROOT, 'server/adapters/local/sqlite-store.ts'))})
      ;(async () => {
        const store = new SqliteStore(${JSON.stringify(file)})
        await store.collection('orgs').insertMany(Array.from({ length: 2000 }, (_, i) => ({ _id: 'o' + i, level: 'village', name: '村' + i })))
        // Long enough for the checkpoint thread to be up and idle, as in a real run.
        await new Promise((r) => setTimeout(r, 1500))
        await store.close()
        console.log('after close')
      })()`
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', program], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
      expect(run.stderr).toBe('')
      expect(run.stdout.trim()).toBe('after close')
      expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
