// Taro build configuration for both targets: weapp (WeChat) and h5 (local run, browser
// tests). The domain/ folder lives outside src/ and is compiled in explicitly.
import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'

const root = path.resolve(__dirname, '..')

export default defineConfig<'webpack5'>((merge, { mode }) => {
  const base: UserConfigExport<'webpack5'> = {
    projectName: 'anju',
    date: '2026-11-28',
    // NutUI is drawn at 375; our own styles at 750.
    designWidth(input) {
      const file = typeof input === 'object' && input ? (input as { file?: string }).file : undefined
      return file?.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {},
    // Client settings read as process.env.TARO_APP_* (from .env files or the shell); each
    // needs a default here or the expression survives into the bundle unreplaced. The cloud
    // environment falls back to the deploy's ANJU_CLOUD_ENV, so the weapp calls the
    // environment its functions were deployed to.
    env: {
      TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV || process.env.ANJU_CLOUD_ENV || ''),
      TARO_APP_API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE ?? ''),
    },
    alias: { '@domain': path.join(root, 'domain') },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      // CSS order across pages is not meaningful here (scoped class names); silence the warnings.
      miniCssExtractPluginOption: { ignoreOrder: true },
      compile: { include: [path.join(root, 'domain')] },
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: { selectorBlackList: ['nut-'] } },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [path.join(root, 'domain')] },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        pxtransform: { enable: true, config: { selectorBlackList: ['nut-'] } },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  return merge({}, base, mode === 'development' ? { env: { NODE_ENV: '"development"' } } : { env: { NODE_ENV: '"production"' } })
})
