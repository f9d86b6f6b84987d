// Cloud function "tick": the scheduler, started by its timer trigger (config.json) every
// 10 minutes. Same environment variables as "api": ANJU_DATA_KEY, TZ=Asia/Shanghai, and
// optionally QWEATHER_API_HOST / QWEATHER_API_KEY and ANJU_TEMPLATE_IDS.
import cloud from 'wx-server-sdk'
import { createCloudTick, type CloudSdk } from '../../server/runtime/cloud'

export const main = createCloudTick(cloud as unknown as CloudSdk)
