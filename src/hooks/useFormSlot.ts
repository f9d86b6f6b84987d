// The add/edit form of a list screen (安置房源, 安置点, 改造计划): closed, open for a new
// item, or open on one item; saving closes it, says so and reloads the list.
import { useState } from 'react'
import Taro from '@tarojs/taro'

export interface FormSlot<T> {
  /** null while closed; `editing` is null for a new item. */
  open: { editing: T | null } | null
  add: () => void
  edit: (item: T) => void
  close: () => void
  saved: () => void
}

export function useFormSlot<T>(reload: () => void, savedText = '已保存'): FormSlot<T> {
  const [open, setOpen] = useState<{ editing: T | null } | null>(null)
  return {
    open,
    add: () => setOpen({ editing: null }),
    edit: (item) => setOpen({ editing: item }),
    close: () => setOpen(null),
    saved: () => {
      setOpen(null)
      void Taro.showToast({ title: savedText, icon: 'success' })
      reload()
    },
  }
}

/** Asks first; on 确定 runs the change, then reloads or says why it did not go through. */
export function confirmThen(ask: { title: string; content: string; confirmText: string }, run: () => Promise<{ ok: boolean; message?: string }>, done: () => void): void {
  void Taro.showModal(ask).then(async (r) => {
    if (!r.confirm) return
    const res = await run()
    if (res.ok) done()
    else void Taro.showToast({ title: res.message ?? '没有成功', icon: 'none' })
  })
}
