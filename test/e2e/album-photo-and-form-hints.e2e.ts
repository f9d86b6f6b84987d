// For elderly eyes: the patrol form says nothing before anything is checked, and a red
// outline goes away as soon as its part is filled in. A picture picked from the album is
// stamped 相册照片 with its own time (never now and the current place), and the same
// picture picked twice is caught as reused although each stamp differs.
import { startBrowserEnv, type BrowserEnv } from './browser-env'
import type { Page } from 'playwright-core'

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
})
afterAll(() => env?.close())

async function api(action: string, input: unknown, user = 'u-insp-yulong') {
  const res = await fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': user }, body: JSON.stringify({ action, input }) })
  return res.json()
}

/** A JPEG drawn by the page, with an Exif block saying it was taken on 2026:10:03 14:20:00. */
async function albumJpeg(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 800
    canvas.height = 600
    const ctx = canvas.getContext('2d')!
    ctx.fillStyle = '#8a7'
    ctx.fillRect(0, 0, 800, 600)
    return canvas.toDataURL('image/jpeg', 0.9)
  })
  const jpeg = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
  // TIFF (little endian): IFD0 with one entry, the Exif IFD pointer; the Exif IFD with DateTimeOriginal.
  const when = Buffer.from('2026:10:03 14:20:00\0', 'latin1')
  const tiff = Buffer.alloc(8 + 2 + 12 + 4 + 2 + 12 + 4)
  tiff.write('II', 0, 'latin1')
  tiff.writeUInt16LE(42, 2)
  tiff.writeUInt32LE(8, 4)
  tiff.writeUInt16LE(1, 8)
  tiff.writeUInt16LE(0x8769, 10)
  tiff.writeUInt16LE(4, 12)
  tiff.writeUInt32LE(1, 14)
  tiff.writeUInt32LE(26, 18)
  tiff.writeUInt32LE(0, 22)
  tiff.writeUInt16LE(1, 26)
  tiff.writeUInt16LE(0x9003, 28)
  tiff.writeUInt16LE(2, 30)
  tiff.writeUInt32LE(when.length, 32)
  tiff.writeUInt32LE(tiff.length, 36)
  tiff.writeUInt32LE(0, 40)
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff, when])
  const app1 = Buffer.alloc(4)
  app1.writeUInt16BE(0xffe1, 0)
  app1.writeUInt16BE(body.length + 2, 2)
  return Buffer.concat([jpeg.subarray(0, 2), app1, body, jpeg.subarray(2)])
}

async function openPatrolForm(page: Page, nth: number) {
  await page.goto(`${env.base}/#/inspector/pages/plan/index`)
  const item = page.locator('[data-testid="plan-item"]:visible').nth(nth)
  await item.waitFor()
  await item.click()
  const form = page.locator('[data-testid="patrol-form"]:visible')
  await form.waitFor()
  return form.getAttribute('data-patrol-id')
}

it('the patrol form suggests nothing before a part is checked, and an outline clears once its part is filled in', async () => {
  const page = await env.loginAs('u-insp-yulong')
  await page.locator('[data-testid="inspector-home"]:visible').waitFor()
  await openPatrolForm(page, 0)
  const suggested = page.locator('[data-testid="judgment-suggested"]:visible')
  expect(await suggested.getAttribute('data-judgment')).toBe('')

  // Saving with nothing filled in outlines every part and the judgment.
  await page.locator('[data-testid="patrol-submit"]:visible').click()
  await page.locator('[data-testid="form-error"]:visible').waitFor()
  const site = page.locator('[data-testid="part-site"]:visible')
  expect(await site.getAttribute('class')).toContain('part--missing')
  expect(await page.locator('[data-testid="judgment-section"]:visible').getAttribute('data-missing')).toBe('true')

  // Fixing one part clears its outline at once; the others stay until they are filled in.
  await page.locator('[data-testid="finding-site-ok"]:visible').click()
  expect(await site.getAttribute('class')).not.toContain('part--missing')
  expect(await page.locator('[data-testid="part-walls"]:visible').getAttribute('class')).toContain('part--missing')
  // One part found fine is not yet a judgment; a problem found is suggested at once.
  expect(await suggested.getAttribute('data-judgment')).toBe('')
  await page.locator('[data-testid="finding-walls-minor"]:visible').click()
  expect(await suggested.getAttribute('data-judgment')).toBe('hazard')
  await page.locator('[data-testid="judgment-hazard"]:visible').click()
  expect(await page.locator('[data-testid="judgment-section"]:visible').getAttribute('data-missing')).toBe('false')
  await env.shot(page, 'patrol-form-outlines')
})

it('an album picture keeps its own time, no position, and is caught when used a second time', async () => {
  const page = await env.loginAs('u-insp-yulong')
  await page.locator('[data-testid="inspector-home"]:visible').waitFor()
  const picture = await albumJpeg(page)
  const stored = []
  for (const nth of [0, 1]) {
    const patrolId = await openPatrolForm(page, nth)
    await page.locator('[data-testid="findings-rest-ok"]:visible').click()
    await page.locator('[data-testid="finding-walls-minor"]:visible').click()
    await page.locator('[data-testid="judgment-hazard"]:visible').click()
    await page.locator('[data-testid="occupied-yes"]:visible').click()
    await page.locator('[data-testid="photo-album-input"]').last().setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: picture })
    await page.locator('[data-testid="photo-thumb"]:visible').first().waitFor()
    await page.locator('[data-testid="patrol-submit"]:visible').click()
    await page.locator('[data-testid="patrol-saved"]:visible').waitFor()
    let got: { ok: boolean; data?: { photos: Array<{ takenAt: string | null; album: boolean; reused: boolean; lat?: number | null }> } } = { ok: false }
    for (let i = 0; i < 60 && !got.ok; i++) {
      await page.waitForTimeout(500)
      got = await api('patrol.get', { patrolId })
    }
    expect(got.ok).toBe(true)
    stored.push(got.data!.photos[0]!)
  }
  expect(stored[0]).toMatchObject({ takenAt: '2026-10-03T14:20:00+08:00', album: true, reused: false })
  expect(stored[1]).toMatchObject({ takenAt: '2026-10-03T14:20:00+08:00', album: true, reused: true })
})
