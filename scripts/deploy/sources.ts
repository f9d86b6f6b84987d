// Inputs of the deploy plan read from the repository and the deployer's environment:
// each function's config.json, the names of the settings the functions read, and the
// configured chunk budget. Names only: no setting's value leaves this module.
import fs from 'node:fs'
import path from 'node:path'
import { configFromEnv, loadConfig } from '../../server/config'
import { MANIFEST } from '../../server/store/manifest'
import { listFunctions } from '../build-cloud'
import { buildPlan, type DeployPlan, type FunctionConfigFile } from './plan'

/**
 * Settings read by the cloud runtime itself (server/runtime/cloud.ts) rather than
 * through configFromEnv. The platform's own variables (TCB_ENV, SCF_NAMESPACE) are not
 * ours to set.
 */
export const RUNTIME_ENV = ['ANJU_DATA_KEY', 'TZ', 'QWEATHER_API_HOST', 'QWEATHER_API_KEY']

/**
 * Every variable configFromEnv reads, found by letting it read from a recording object:
 * a setting added to server/config.ts later reaches the functions without a second list
 * to keep in step.
 */
export function configEnvNames(): string[] {
  const names = new Set<string>()
  const recorder = new Proxy({} as NodeJS.ProcessEnv, {
    get(_target, key) {
      if (typeof key === 'string') names.add(key)
      return undefined
    },
  })
  configFromEnv(recorder)
  return [...names]
}

export function functionEnvNames(): string[] {
  return [...new Set([...RUNTIME_ENV, ...configEnvNames()])]
}

export function readFunctionConfigs(root: string): Array<{ name: string; config: FunctionConfigFile }> {
  return listFunctions(root).map((name) => ({
    name,
    config: JSON.parse(fs.readFileSync(path.join(root, 'cloudfunctions', name, 'config.json'), 'utf8')) as FunctionConfigFile,
  }))
}

/** A key of the right shape, used only when the deployer has none (dry run). */
const SHAPE_ONLY_KEY = Buffer.alloc(32).toString('base64')

/**
 * The chunk budget the functions will run with, validating every setting the deployer
 * has set exactly as the functions will (bad JSON in ANJU_ALERT_RULES fails here, not
 * in the cloud on the first call).
 */
export function deployerChunkBudgetMs(env: NodeJS.ProcessEnv): number {
  return loadConfig({ ...configFromEnv(env), mode: 'cloud', dataKey: env.ANJU_DATA_KEY || SHAPE_ONLY_KEY }).chunkBudgetMs
}

export function planFromRepository(root: string, env: NodeJS.ProcessEnv): DeployPlan {
  return buildPlan({
    manifest: MANIFEST,
    functions: readFunctionConfigs(root),
    envNames: functionEnvNames(),
    chunkBudgetMs: deployerChunkBudgetMs(env),
  })
}
