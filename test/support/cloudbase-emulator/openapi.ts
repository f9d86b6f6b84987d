// wx.openApi as wx-server-sdk calls it (cloud.openapi.*): the request's requestData is a
// protobuf CommApiData whose pairs carry each snake_case parameter as JSON; the answer is
// a protobuf CommOpenApiResp wrapping WeChat's own HTTP answer (JSON, or the image bytes).
// The message layouts are those compiled into wx-server-sdk (src/protobuf/openapi).
import { createRequire } from 'node:module'
import QRCode from 'qrcode'

interface PbType {
  decode(bytes: Uint8Array): Record<string, unknown>
  encode(message: Record<string, unknown>): { finish(): Uint8Array }
}
interface Protobuf {
  Root: { fromJSON(json: object): { lookupType(name: string): PbType } }
}

const protobuf = createRequire(require.resolve('wx-server-sdk'))('protobufjs') as Protobuf
const root = protobuf.Root.fromJSON({
  nested: {
    KeyValuePair: { fields: { key: { type: 'string', id: 1 }, value: { type: 'bytes', id: 2 } } },
    OpenApiData: { fields: { pairs: { rule: 'repeated', type: 'KeyValuePair', id: 1 } } },
    CommApiData: { fields: { apiType: { type: 'int32', id: 1 }, openapiData: { type: 'OpenApiData', id: 2 }, appid: { type: 'string', id: 6 } } },
    CommOpenApiResp: {
      fields: { respData: { type: 'bytes', id: 1 }, contentType: { type: 'string', id: 2 }, errorCode: { type: 'int32', id: 3 }, httpCode: { type: 'uint32', id: 4 } },
    },
  },
})
const CommApiData = root.lookupType('CommApiData')
const CommOpenApiResp = root.lookupType('CommOpenApiResp')

/** WeChat's messages for the codes a test may script. */
const ERRMSG: Record<number, string> = {
  0: 'ok',
  40037: 'invalid template id',
  43101: 'user refuse to accept the msg',
  47003: 'argument invalid! data.thing1.value is emtpy',
}

export interface OpenApiCall {
  api: string
  /** The parameters as WeChat receives them (snake_case). */
  params: Record<string, unknown>
}

export class OpenApiEmulator {
  readonly calls: OpenApiCall[] = []
  private readonly subscribeAnswers: number[] = []

  /** The errcodes the next subscribeMessage.send calls answer, in order; then 0. */
  answerSubscribe(...errcodes: number[]): void {
    this.subscribeAnswers.push(...errcodes)
  }

  /** The messages WeChat accepted (errcode 0). */
  get delivered(): Array<Record<string, unknown>> {
    return this.calls.filter((c) => c.api === 'subscribeMessage.send' && c.params.__errcode === 0).map((c) => c.params)
  }

  /** Answers one wx.openApi request body (requestData) with the CommOpenApiResp bytes. */
  async handle(api: string, requestData: Buffer): Promise<Buffer> {
    const req = CommApiData.decode(requestData) as { openapiData?: { pairs?: Array<{ key: string; value: Uint8Array }> } }
    const params: Record<string, unknown> = {}
    for (const { key, value } of req.openapiData?.pairs ?? []) params[key] = JSON.parse(Buffer.from(value).toString())
    const call: OpenApiCall = { api, params }
    this.calls.push(call)
    if (api === 'subscribeMessage.send') {
      const errcode = this.subscribeAnswers.shift() ?? 0
      Object.defineProperty(params, '__errcode', { value: errcode, enumerable: false })
      return json({ errcode, errmsg: ERRMSG[errcode] ?? 'scripted error' })
    }
    if (api === 'wxacode.getUnlimited') {
      const scene = params.scene
      if (typeof scene !== 'string' || scene.length === 0 || scene.length > 32) return json({ errcode: 40169, errmsg: 'invalid length for scene' })
      const png = await QRCode.toBuffer(`${String(params.page ?? '')}?scene=${scene}`, { type: 'png', width: Number(params.width) || 430 })
      return reply(png, 'image/png')
    }
    return json({ errcode: 48001, errmsg: `api unauthorized: ${api} is not emulated` })
  }
}

function reply(respData: Buffer, contentType: string): Buffer {
  return Buffer.from(CommOpenApiResp.encode({ respData, contentType, errorCode: 0, httpCode: 200 }).finish())
}

const json = (body: object): Buffer => reply(Buffer.from(JSON.stringify(body)), 'application/json; charset=utf-8')
