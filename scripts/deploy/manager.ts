// The real management client: @cloudbase/manager-node with the account's API keys from
// the deployer's environment. Loaded only when keys are given, so a dry run on a fresh
// clone needs neither keys nor network.
import type { CloudManager } from './live'

export interface CloudCredentials {
  secretId: string
  secretKey: string
  /** Temporary keys (STS) come with a session token. */
  token?: string
  envId: string
  region?: string
}

/** Keys from TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY (+ optional session token, region). */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): CloudCredentials | null {
  const secretId = env.TENCENTCLOUD_SECRETID
  const secretKey = env.TENCENTCLOUD_SECRETKEY
  const envId = env.ANJU_CLOUD_ENV
  if (!secretId || !secretKey || !envId) return null
  return { secretId, secretKey, envId, token: env.TENCENTCLOUD_SESSIONTOKEN || undefined, region: env.TENCENTCLOUD_REGION || undefined }
}

export function createManager(c: CloudCredentials): CloudManager {
  // Required here, not imported at the top: it is large and a dry run without keys never needs it.
  const CloudBase = require('@cloudbase/manager-node') as typeof import('@cloudbase/manager-node')
  const manager: CloudManager = new CloudBase({ secretId: c.secretId, secretKey: c.secretKey, token: c.token, envId: c.envId, region: c.region })
  return manager
}
