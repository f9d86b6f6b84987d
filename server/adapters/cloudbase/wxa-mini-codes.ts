// 小程序码 through the cloud's openapi (permission "wxacode.getUnlimited" in the function's
// config.json). WeChat's own scanner opens `page` with the scene in the query "scene".
import type { MiniCodes } from '../../ports/mini-codes'

export interface WxacodeApi {
  getUnlimited(args: { scene: string; page: string; checkPath?: boolean; width?: number; envVersion?: string }): Promise<{ buffer: Buffer; contentType?: string }>
}

export class WxaMiniCodes implements MiniCodes {
  constructor(
    private readonly api: WxacodeApi,
    private readonly envVersion: 'release' | 'trial' | 'develop' = 'release',
  ) {}

  async image(page: string, scene: string): Promise<Buffer> {
    if (scene.length > 32) throw new Error('mini-program code scene longer than 32 characters')
    const res = await this.api.getUnlimited({ scene, page, checkPath: false, width: 430, envVersion: this.envVersion })
    return res.buffer
  }
}
