// h5: opening a screen whose code has not been downloaded yet, with no signal, says so
// and offers to try again, instead of leaving the old screen with nothing said.
import { startBrowserEnv, type BrowserEnv } from './browser-env'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
})
afterAll(() => env?.close())

it('a screen that cannot load for lack of signal tells the farmer to check the network and retry', async () => {
  const page = await env.loginAs('u-farmer-yulong')
  await page.locator('[data-testid="go-selfcheck"]:visible').waitFor()
  await page.context().setOffline(true)
  // A street screen lives in a chunk this phone has never fetched.
  await page.evaluate(() => {
    window.location.hash = '#/street/pages/alerts/index'
  })
  await page.getByText('这一页没有打开').waitFor({ timeout: 15000 })
  await env.shot(page, 'offline-chunk-retry')
  await page.context().setOffline(false)
})
