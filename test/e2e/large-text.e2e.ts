// An elderly farmer on a small phone with large text: every farmer page at 320 px wide with
// the root font 1.3 times its size shows all its words — nothing runs past the screen's edge,
// past its own box, or is cut off.
import type { Page } from 'playwright-core'
import { ROUTES } from '../../src/routes'
import { startBrowserEnv, type BrowserEnv } from './browser-env'

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(256, 7)])

let env: BrowserEnv
beforeAll(async () => {
  env = await startBrowserEnv()
  await aSecondHouse()
  await aReport()
})
afterAll(() => env?.close())

const FARMER = 'u-farmer-yulong'
const INSPECTOR = 'u-insp-yulong'

async function api(user: string, action: string, input: unknown) {
  const res = await fetch(`${env.base}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-user': user }, body: JSON.stringify({ action, input }) })
  return res.json()
}

/** His inspector registers a second house, with a long address, so the farmer has to choose. */
async function aSecondHouse(): Promise<void> {
  const me = await api(FARMER, 'auth.me', {})
  const upload = await (await fetch(`${env.base}/upload?name=house.jpg`, { method: 'POST', headers: { 'x-dev-user': INSPECTOR }, body: JPEG })).json()
  const res = await api(INSPECTOR, 'house.register', {
    houseId: `h-large-text-${Date.now()}`, householdId: me.data.householdId, structure: 'brickWood', floors: 2, yearBuilt: 1998, floorArea: 96.5,
    address: '玉龙村4组老屋基下面靠近水塘边的那一栋', occupancy: 'occupied', siteHazards: [], gps: null,
    photos: [{ fileId: upload.data.fileId, takenAt: new Date(Date.now() - 60_000).toISOString(), lat: null, lng: null }],
    registeredAt: new Date().toISOString(),
  })
  expect(res.ok).toBe(true)
}

/** A report of his own, so his reports page has a row with its stage pill. */
async function aReport(): Promise<void> {
  const me = await api(FARMER, 'auth.me', {})
  const hh = await api(FARMER, 'household.get', { householdId: me.data.householdId })
  const upload = await (await fetch(`${env.base}/upload?name=wall.jpg`, { method: 'POST', headers: { 'x-dev-user': FARMER }, body: JPEG })).json()
  const res = await api(FARMER, 'selfcheck.submit', {
    reportId: `sc-large-text-${Date.now()}`, houseId: hh.data.houses[0].id, answers: { cracks: true, leaning: false, roof: false, foundation: false, slope: false }, description: '东边墙上的裂缝比上个月大了',
    photos: [{ fileId: upload.data.fileId, takenAt: new Date(Date.now() - 60_000).toISOString(), lat: null, lng: null }], checkedAt: new Date().toISOString(),
  })
  expect(res.ok).toBe(true)
}

async function smallPhoneWithLargeText(): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, locale: 'zh-CN', hasTouch: true, isMobile: true })
  const page = await context.newPage()
  await page.goto(`${env.base}/#${ROUTES.login}`)
  await page.locator(`[data-testid="login-user-${FARMER}"]`).click()
  await page.waitForLoadState('networkidle')
  return page
}

/** Enlarges the root font by 1.3 (what 关怀模式 / a large system font does to rem sizes). */
async function enlargeText(page: Page): Promise<void> {
  await page.evaluate(() => {
    const html = document.documentElement
    html.style.fontSize = `${parseFloat(getComputedStyle(html).fontSize) * 1.3}px`
  })
  await page.waitForTimeout(300)
}

interface Overflow { what: string; why: string }

/** Every visible element carrying text that is wider than the screen, sticks out of its parent's box, or has its text cut. */
function findOverflows(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const found: Array<{ what: string; why: string }> = []
    const screenWidth = document.documentElement.clientWidth
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').trim().split(/\s+/).join('.')} "${(el.textContent ?? '').trim().slice(0, 24)}"`
    // The page on top: Taro keeps the pages below it in the document, hidden.
    const page = Array.from(document.querySelectorAll('.taro_page')).filter((p) => getComputedStyle(p).display !== 'none').pop() ?? document.body
    for (const el of Array.from(page.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden' || style.position === 'fixed') continue
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
      if (!ownText) continue
      if (box.right > screenWidth + 1 || box.left < -1) found.push({ what: describe(el), why: `beyond the screen (${Math.round(box.left)}–${Math.round(box.right)} of ${screenWidth})` })
      const parent = el.parentElement
      // A badge placed on a corner on purpose may hang over its box, not off the screen.
      if (parent && style.position !== 'absolute') {
        const p = parent.getBoundingClientRect()
        if (box.right > p.right + 1 || box.left < p.left - 1) found.push({ what: describe(el), why: `outside its box (${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(p.left)}–${Math.round(p.right)})` })
      }
      // Cut: a box that hides what overflows it (a fixed-height button, a pill) does not hold all the text.
      for (let a = el as Element | null; a && a !== page; a = a.parentElement) {
        const as = getComputedStyle(a)
        if (!['hidden', 'clip'].includes(as.overflowX) && !['hidden', 'clip'].includes(as.overflowY)) continue
        if (as.webkitLineClamp !== 'none' || as.textOverflow === 'ellipsis') break
        const r = a.getBoundingClientRect()
        if (box.top < r.top - 1 || box.bottom > r.bottom + 1 || box.left < r.left - 1 || box.right > r.right + 1) {
          found.push({ what: describe(el), why: `text cut by ${describe(a)}` })
          break
        }
      }
    }
    // A photo's remove button never lies over the picture.
    for (const mark of Array.from(page.querySelectorAll('[data-testid$="-remove"], [data-testid="photo-remove"]'))) {
      const picture = mark.closest('[data-testid="photo-thumb"]')?.querySelector('img') ?? mark.parentElement?.querySelector('img')
      if (!picture) continue
      const m = mark.getBoundingClientRect()
      const t = picture.getBoundingClientRect()
      const overlap = Math.max(0, Math.min(m.right, t.right) - Math.max(m.left, t.left)) * Math.max(0, Math.min(m.bottom, t.bottom) - Math.max(m.top, t.top))
      if (overlap > 0) found.push({ what: describe(mark), why: `covers ${Math.round((overlap / (t.width * t.height)) * 100)}% of the photo` })
    }
    return found
  })
}

const visible = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]:visible`).first().waitFor()

/** How the farmer arrives at each page, ending when it shows its content. */
const FARMER_PAGES: Array<[string, (page: Page) => Promise<void>]> = [
  ['my-house', async (page) => {
    await page.goto(`${env.base}/#${ROUTES.myHouse}`)
    await visible(page, 'household-detail')
  }],
  ['house-choice', async (page) => {
    await page.goto(`${env.base}/#${ROUTES.myHouse}`)
    await visible(page, 'household-detail')
    await page.locator('[data-testid="go-selfcheck"]:visible').click()
    await visible(page, 'selfcheck-houses')
  }],
  ['problem-with-photo', async (page) => {
    await page.goto(`${env.base}/#${ROUTES.myHouse}`)
    await page.locator('[data-testid="go-problem"]:visible').click()
    await visible(page, 'selfcheck-houses')
    await page.locator('[data-testid^="selfcheck-house-"]:visible').first().click()
    await visible(page, 'selfcheck-hazard')
    await page.locator('[data-testid="photo-input"]').last().setInputFiles({ name: 'wall.jpg', mimeType: 'image/jpeg', buffer: JPEG })
    await visible(page, 'photo-thumb')
  }],
  ['report-sent', async (page) => {
    await page.goto(`${env.base}/#${ROUTES.myHouse}`)
    await page.locator('[data-testid="go-problem"]:visible').click()
    await page.locator('[data-testid^="selfcheck-house-"]:visible').first().click()
    await page.locator('[data-testid="selfcheck-nophoto"]:visible').click()
    await page.locator('[data-testid="selfcheck-words"] textarea:visible').fill('灶房那面墙鼓出来了')
    await page.locator('[data-testid="selfcheck-submit"]:visible').click()
    await page.locator('[data-testid="selfcheck-done"]:visible').waitFor()
    await page.locator('[data-testid="selfcheck-status"]:visible:has-text("处理进度")').waitFor()
  }],
  ['my-reports', async (page) => {
    await page.goto(`${env.base}/#${ROUTES.myReports}`)
    await visible(page, 'report-list')
  }],
  ['messages', async (page) => {
    await page.goto(`${env.base}/#${ROUTES.inbox}`)
    await page.waitForLoadState('networkidle')
  }],
]

it.each(FARMER_PAGES)('the farmer\'s %s page at 320 px with 1.3× text cuts nothing off', async (name, arrive) => {
  const page = await smallPhoneWithLargeText()
  await arrive(page)
  await page.waitForLoadState('networkidle')
  await enlargeText(page)
  const overflows = await findOverflows(page)
  await env.shot(page, `large-text-${name}`)
  expect(overflows).toEqual([])
  await page.context().close()
})
