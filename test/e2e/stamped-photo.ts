// Pictures for the photo fields of the browser tests, and a look at what was stored: a
// large plain picture goes in; through the stamp it comes out scaled to 1600 px on its long
// side, with the stamp's dark band across its bottom.
import type { Page } from 'playwright-core'

/** A plain white PNG, drawn by the page's own canvas. */
export async function whitePng(page: Page, width: number, height: number): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    ([w, h]) => {
      const canvas = document.createElement('canvas')
      canvas.width = w
      canvas.height = h
      const ctx = canvas.getContext('2d')!
      ctx.fillStyle = '#ffffff'
      ctx.fillRect(0, 0, w, h)
      return canvas.toDataURL('image/png')
    },
    [width, height] as const,
  )
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
}

export interface PictureLook {
  width: number
  height: number
  /** Brightness 0–255 near the top right corner, above any stamp. */
  top: number
  /** Brightness 0–255 near the bottom right corner, inside the stamp's band and clear of its text. */
  bottom: number
}

/** The size of a stored picture and how bright it is at its top and its bottom. */
export async function lookAt(page: Page, file: { bytes: Buffer; contentType: string }): Promise<PictureLook> {
  return page.evaluate(
    async ([b64, type]) => {
      const img = new Image()
      img.src = `data:${type};base64,${b64}`
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = img.naturalWidth
      canvas.height = img.naturalHeight
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const brightness = (x: number, y: number) => {
        const d = ctx.getImageData(x, y, 1, 1).data
        return Math.round((d[0]! + d[1]! + d[2]!) / 3)
      }
      return { width: canvas.width, height: canvas.height, top: brightness(canvas.width - 4, 4), bottom: brightness(canvas.width - 4, canvas.height - 4) }
    },
    [file.bytes.toString('base64'), file.contentType] as const,
  )
}

/** What a stamped 2400 × 1800 white picture looks like once stored. */
export function expectStamped(look: PictureLook): void {
  expect({ width: look.width, height: look.height }).toEqual({ width: 1600, height: 1200 })
  expect(look.top).toBeGreaterThan(230)
  // rgba(0, 0, 0, 0.55) over white: about 115.
  expect(look.bottom).toBeLessThan(150)
}
