// Cloud function "api": the one entry of every action. Set in the function's environment
// variables ANJU_DATA_KEY (32 bytes, base64) and TZ=Asia/Shanghai. Bundled to index.js
// by `npm run build:cloud`; wx-server-sdk is its only runtime dependency.
import cloud from 'wx-server-sdk'
import { registry } from '../../server/actions/registry'
import { createCloudMain, type CloudSdk } from '../../server/runtime/cloud'

// The SDK's d.ts types getTempFileURL/deleteFile as `Promise | void` (callback overloads)
// and init's env as a string although DYNAMIC_CURRENT_ENV is a symbol; the promise style
// used here is what CloudSdk states.
export const main = createCloudMain(cloud as unknown as CloudSdk, registry)
