// WeChat's offscreen Canvas 2D, reduced to what can be checked without pixels: it records
// what is drawn, and an export is a JPEG-marked file carrying that record, so a test can
// read the stamp off the uploaded bytes. Images load only from files the phone has.
import type { FakeFiles } from './fake-fs'

export interface DrawOp {
  op: 'drawImage' | 'fillRect' | 'fillText'
  args: unknown[]
  fillStyle?: unknown
  font?: string
}

const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff, 0xe0])

export function fakeJpeg(content: object): Buffer {
  return Buffer.concat([JPEG_MAGIC, Buffer.from(JSON.stringify(content))])
}

/** The record inside a fake JPEG (a camera shot or a canvas export). */
export function readFakeJpeg(bytes: Buffer): Record<string, unknown> | null {
  if (!bytes.subarray(0, 4).equals(JPEG_MAGIC)) return null
  return JSON.parse(bytes.subarray(4).toString('utf8')) as Record<string, unknown>
}

export class FakeOffscreenCanvas {
  readonly ops: DrawOp[] = []
  toDataURL?: (type: string, quality: number) => string

  constructor(
    private readonly files: FakeFiles,
    readonly width: number,
    readonly height: number,
    withDataUrl: boolean,
  ) {
    if (withDataUrl) this.toDataURL = (type: string) => `data:${type};base64,${this.exportBytes().toString('base64')}`
  }

  exportBytes(): Buffer {
    return fakeJpeg({ canvas: { width: this.width, height: this.height }, ops: this.ops })
  }

  getContext(type: string) {
    if (type !== '2d') return null
    const canvas = this
    const ctx = {
      fillStyle: '#000000' as unknown,
      font: '10px sans-serif',
      textBaseline: 'alphabetic' as unknown,
      fillRect(x: number, y: number, w: number, h: number) {
        canvas.ops.push({ op: 'fillRect', args: [x, y, w, h], fillStyle: ctx.fillStyle })
      },
      fillText(text: string, x: number, y: number) {
        canvas.ops.push({ op: 'fillText', args: [String(text), x, y], fillStyle: ctx.fillStyle, font: ctx.font })
      },
      drawImage(image: { src?: string; loaded?: boolean }, x: number, y: number, w: number, h: number) {
        if (!image?.loaded) throw new Error('drawImage: image not loaded')
        canvas.ops.push({ op: 'drawImage', args: [image.src, x, y, w, h] })
      },
    }
    return ctx
  }

  createImage() {
    const files = this.files
    const img = {
      onload: null as null | (() => void),
      onerror: null as null | ((e: unknown) => void),
      loaded: false,
      _src: '',
      get src() {
        return img._src
      },
      set src(v: string) {
        img._src = v
        setTimeout(() => {
          if (files.read(v)?.meta.image) {
            img.loaded = true
            img.onload?.()
          } else img.onerror?.({ errMsg: `image load fail ${v}` })
        }, 0)
      },
    }
    return img
  }
}
