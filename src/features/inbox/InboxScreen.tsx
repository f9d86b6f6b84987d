// 消息: everything the system told this user, newest first. Every WeChat message also
// lands here, so nothing is lost when a subscription consent has run out.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { InboxItem as Item } from '@domain'
import { listInbox, markRead, noteUnread, useUnread } from '../../services/inbox'
import { PagedList } from '../../components/PagedList'
import { usePaged } from '../../hooks/usePaged'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { InboxItem } from './InboxItem'
import { ROUTES } from '../../routes'
import './inbox.css'

/** Inbox pages are stored without the leading slash that navigateTo needs. */
export const pageUrl = (page: string) => (page.startsWith('/') ? page : `/${page}`)

export function InboxScreen() {
  const [readNow, setReadNow] = useState<Set<string>>(new Set())
  const [busy, setBusy] = useState(false)
  const unread = useUnread()
  const list = usePaged<Item>(async (page) => {
    const res = await listInbox(page)
    if (res.ok) noteUnread(res.data.unread)
    return res
  }, 'inbox')
  useReloadOnShow(list.reload)

  const open = (item: Item) => {
    if (!item.read && !readNow.has(item.id)) {
      setReadNow((s) => new Set(s).add(item.id))
      void markRead({ ids: [item.id] })
    }
    if (item.page) void Taro.navigateTo({ url: pageUrl(item.page) })
  }

  const readAll = async () => {
    setBusy(true)
    const res = await markRead({ all: true })
    setBusy(false)
    if (res.ok) setReadNow(new Set(list.items.map((i) => i.id)))
    else void Taro.showToast({ title: res.message, icon: 'none' })
  }

  return (
    <View className="page" data-testid="inbox-screen">
      <View className="ib-top">
        <Text className="ib-title">消息</Text>
        <Button size="small" type="primary" fill="outline" loading={busy} disabled={busy || unread === 0} data-testid="inbox-read-all" onClick={() => void readAll()}>
          全部已读
        </Button>
      </View>
      <Text className="ib-unread" data-testid="inbox-unread" data-count={unread ?? 0}>
        {unread ? `${unread} 条未读` : '没有未读消息'}
      </Text>
      <Text className="ib-settings" data-testid="inbox-notify" onClick={() => void Taro.navigateTo({ url: ROUTES.notify })}>
        微信消息提醒设置 ›
      </Text>
      <PagedList list={list} render={(item) => <InboxItem key={item.id} item={item} read={item.read || readNow.has(item.id)} onOpen={open} />} emptyText="还没有消息" testId="inbox-list" />
    </View>
  )
}
