// ID numbers and phones are personal information (PIPL): stored encrypted with
// AES-256-GCM, looked up by a keyed hash, shown masked unless a reveal is audited.
import crypto from 'node:crypto'

export interface SealedValue {
  /** v1:<iv b64>:<tag b64>:<ciphertext b64> */
  enc: string
  /** HMAC-SHA256 of the normalized value, for look-ups and de-duplication. */
  hash: string
}

export class PersonalData {
  private readonly encKey: Buffer
  private readonly macKey: Buffer
  private readonly master: Buffer

  constructor(dataKeyBase64: string) {
    const master = Buffer.from(dataKeyBase64, 'base64')
    this.master = master
    if (master.length !== 32) throw new Error('data key must be 32 bytes')
    // Separate keys for encryption and hashing, derived from the one configured key.
    this.encKey = Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'anju-enc', 32))
    this.macKey = Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), 'anju-mac', 32))
  }

  /**
   * A value that tells whether this key is the one the data was sealed with, without
   * revealing the key: an HMAC of a fixed label under a key derived for this alone.
   */
  keyCheck(): string {
    const checkKey = Buffer.from(crypto.hkdfSync('sha256', this.master, Buffer.alloc(0), 'anju-key-check', 32))
    return crypto.createHmac('sha256', checkKey).update('anju data key check v1').digest('base64url')
  }

  static normalize(value: string): string {
    return value.trim().toUpperCase()
  }

  hash(value: string): string {
    return crypto.createHmac('sha256', this.macKey).update(PersonalData.normalize(value)).digest('base64url')
  }

  seal(value: string): SealedValue {
    const plain = PersonalData.normalize(value)
    const iv = crypto.randomBytes(12)
    const cipher = crypto.createCipheriv('aes-256-gcm', this.encKey, iv)
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    const tag = cipher.getAuthTag()
    return { enc: `v1:${iv.toString('base64')}:${tag.toString('base64')}:${ct.toString('base64')}`, hash: this.hash(plain) }
  }

  open(enc: string): string {
    const [version, iv, tag, ct] = enc.split(':')
    if (version !== 'v1' || !iv || !tag || ct === undefined) throw new Error('unknown sealed value format')
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64'))
    decipher.setAuthTag(Buffer.from(tag, 'base64'))
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]).toString('utf8')
  }
}
