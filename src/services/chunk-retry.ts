// h5 only: a page whose code could not be downloaded (no signal while opening a screen
// not visited yet) would otherwise leave the screen as it was, with nothing said. The
// person is told and can try again once the signal is back.
import Taro from '@tarojs/taro'
import { IS_WEAPP } from './platform'

const CHUNK_FAILURE = /ChunkLoadError|Loading (CSS )?chunk \S+ failed|Failed to fetch dynamically imported module|Importing a module script failed/i

export const isChunkFailure = (reason: unknown): boolean => {
  const err = reason as { name?: string; message?: string } | null
  return err?.name === 'ChunkLoadError' || CHUNK_FAILURE.test(String(err?.message ?? reason ?? ''))
}

export function watchChunkFailures(): void {
  if (IS_WEAPP || typeof window === 'undefined') return
  let showing = false
  const onFailure = (reason: unknown) => {
    if (showing || !isChunkFailure(reason)) return
    showing = true
    void Taro.showModal({ title: '网络不好', content: '这一页没有打开。请检查网络，再点“重试”。', confirmText: '重试', showCancel: false }).then(() => {
      showing = false
      window.location.reload()
    })
  }
  window.addEventListener('unhandledrejection', (e) => onFailure(e.reason))
  window.addEventListener('error', (e) => onFailure(e.error ?? e.message))
}
