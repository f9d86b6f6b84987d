// Street staff take in a department list through the app: upload, checked preview,
// confirmation. Exporting a village's ledger and importing it back shows no change.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startBrowserEnv, type BrowserEnv } from './browser-env'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
})
afterAll(() => env?.close())

it("a village's ledger imported back through the app previews no change, and applies", async () => {
  const res = await fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': 'u-staff-bachuan' }, body: JSON.stringify({ action: 'ledger.export', input: { villageId: 'v-yulong' } }) })
  const exported = (await res.json()).data
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'anju-ledger-')), '玉龙村监测台账.xlsx')
  fs.writeFileSync(file, Buffer.from(await (await fetch(exported.url.replace('http://127.0.0.1', env.base))).arrayBuffer()))

  const page = await env.newPage()
  await page.goto(`${env.base}/#/pages/login/index`)
  await page.locator('[data-testid="login-user-u-staff-bachuan"]').click()
  await page.locator('[data-testid="street-tile-imports"]:visible').click()
  await page.locator('[data-testid="import-new"]:visible').click()
  await page.locator('[data-testid="import-source-ledger"]:visible').click()
  await page.locator('[data-testid="import-file-input"]').last().setInputFiles(file)
  await page.locator('[data-testid="import-start"]:visible').click()
  await page.locator('[data-testid="import-preview"]:visible').waitFor({ timeout: 60_000 })
  const count = async (k: string) => page.locator(`[data-testid="import-count-${k}"]:visible`).getAttribute('data-count')
  expect([await count('new'), await count('changed'), await count('missing'), await count('error')]).toEqual(['0', '0', '0', '0'])
  expect(Number(await count('unchanged'))).toBe(exported.rows)
  await env.shot(page, 'import-preview')
  await page.locator('[data-testid="import-apply"]:visible').click()
  await page.locator('[data-testid="import-done"]:visible').waitFor({ timeout: 60_000 })
})
