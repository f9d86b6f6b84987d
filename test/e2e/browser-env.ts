// Starts the local host on a free loopback port over a fresh seeded database and the h5
// build, and a headless Chromium from the Debian package to drive it.
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createLocalHost } from '../../server/host/local-host'
import { createLocalRuntime, type LocalRuntime } from '../../server/runtime/local'
import { seedDemo } from '../../server/seed/demo-seed'
import { quietLogger } from '../support/local-env'

const root = path.resolve(__dirname, '../..')
export const SHOTS = path.join(root, '.test-output', 'screenshots')

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=zh-CN',
]

export interface BrowserEnv {
  base: string
  runtime: LocalRuntime
  browser: Browser
  /** A new phone-sized page. */
  newPage(): Promise<Page>
  /** A new phone-sized page, logged in as the demo user through the login screen. */
  loginAs(userId: string): Promise<Page>
  shot(page: Page, name: string): Promise<string>
  close(): Promise<void>
}

export async function startBrowserEnv(): Promise<BrowserEnv> {
  const h5Root = path.join(root, 'dist', 'h5')
  if (!fs.existsSync(path.join(h5Root, 'index.html'))) throw new Error('dist/h5 is missing: run `npm run build:h5` first')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anju-e2e-'))
  let server: http.Server | null = null
  const runtime = createLocalRuntime({ dataDir, baseUrl: 'http://127.0.0.1', log: quietLogger, dataKey: crypto.randomBytes(32).toString('base64') })
  await seedDemo(runtime.store, runtime.deps.personal)
  server = createLocalHost({ runtime, h5Root })
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Playwright starts it headless with a fresh temporary profile of its own.
    args: CHROMIUM_ARGS,
  })
  fs.mkdirSync(SHOTS, { recursive: true })
  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN', hasTouch: true, isMobile: true })
    return context.newPage()
  }
  return {
    base,
    runtime,
    browser,
    newPage,
    async loginAs(userId) {
      const page = await newPage()
      await page.goto(`${base}/#/pages/login/index`)
      await page.locator(`[data-testid="login-user-${userId}"]`).click()
      return page
    },
    async shot(page, name) {
      const file = path.join(SHOTS, `${name}.png`)
      await page.screenshot({ path: file, fullPage: false })
      return file
    },
    async close() {
      await browser.close()
      await new Promise((r) => server!.close(r))
      await runtime.store.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
