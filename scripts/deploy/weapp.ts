// The mini-program side of the deploy, with miniprogram-ci: the production build and
// WeChat's offline compile (scripts/check-weapp.ts) for the deploy's cloud environment,
// and the upload of the built folder.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The environment the weapp's Taro.cloud.init names (TARO_APP_CLOUD_ENV, see config/):
 * the deploy's ANJU_CLOUD_ENV. A different TARO_APP_CLOUD_ENV in the shell would send
 * the app to another environment than its functions, so it is refused.
 */
export function weappCloudEnv(env: NodeJS.ProcessEnv): { value: string; problem?: string } {
  const deploy = env.ANJU_CLOUD_ENV ?? ''
  const taro = env.TARO_APP_CLOUD_ENV ?? ''
  if (taro && deploy && taro !== deploy) return { value: deploy, problem: `TARO_APP_CLOUD_ENV（${taro}）与 ANJU_CLOUD_ENV（${deploy}）不同：小程序会连到另一个云环境。请去掉 TARO_APP_CLOUD_ENV` }
  return { value: deploy || taro }
}

/** Builds and compiles offline; false when either fails or a package is too big. */
export function buildAndCheckWeapp(root: string, cloudEnv: string): boolean {
  const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(root, 'scripts', 'check-weapp.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TARO_APP_CLOUD_ENV: cloudEnv },
  })
  return r.status === 0
}

/** Whether the built weapp names the environment (the id is a literal in the bundle). */
export function weappNamesEnv(distDir: string, cloudEnv: string): boolean {
  const scripts = fs.readdirSync(distDir).filter((f) => f.endsWith('.js'))
  return scripts.some((f) => fs.readFileSync(path.join(distDir, f), 'utf8').includes(cloudEnv))
}

export interface UploadSettings {
  appid: string
  keyPath: string
  version: string
  desc: string
}

export async function uploadWeapp(distDir: string, s: UploadSettings): Promise<void> {
  const ci = require('miniprogram-ci') as typeof import('miniprogram-ci')
  const project = new ci.Project({ appid: s.appid, type: 'miniProgram', projectPath: distDir, privateKeyPath: s.keyPath, ignores: ['node_modules/**/*'] })
  await ci.upload({ project, version: s.version, desc: s.desc, setting: { es6: true, minify: true }, onProgressUpdate: () => {} })
}
