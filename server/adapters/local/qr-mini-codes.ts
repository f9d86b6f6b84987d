import QRCode from 'qrcode'
import type { MiniCodes } from '../../ports/mini-codes'

export class QrMiniCodes implements MiniCodes {
  constructor(private readonly baseUrl: string) {}

  image(page: string, scene: string): Promise<Buffer> {
    return QRCode.toBuffer(`${this.baseUrl}/#/${page}?${scene}`, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 480 })
  }
}
