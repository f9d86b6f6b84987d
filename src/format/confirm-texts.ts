// The plain words of each confirmation: what will happen, to whom, and that it takes effect
// at once.
import { ROLE_LABELS, type PersonGrantView, type PersonView } from '@domain'

export interface Confirmation {
  title: string
  content: string
  confirmText: string
}

export const grantText = (g: PersonGrantView) => `${g.role === 'staff' ? '建管办' : ROLE_LABELS[g.role]}（${g.orgName}）`

export const revokeGrantText = (p: PersonView, g: PersonGrantView): Confirmation => ({
  title: '撤销这项权限？',
  content: `撤销后，${p.name} 马上不能再以“${grantText(g)}”的身份使用安居哨。以后需要时，可以重新发邀请。`,
  confirmText: '撤销',
})

export const disableText = (p: PersonView): Confirmation => ({
  title: '停用这个账号？',
  content: `停用后，${p.name} 马上不能再使用安居哨，打开时会看到“账号已被停用”。以后可以在这里恢复。`,
  confirmText: '停用',
})

export const enableText = (p: PersonView): Confirmation => ({
  title: '恢复这个账号？',
  content: `恢复后，${p.name} 可以按原来的身份继续使用安居哨。`,
  confirmText: '恢复',
})

export const unbindText = (p: PersonView): Confirmation => ({
  title: '解除农户绑定？',
  content: `解除后，这个微信（${p.name}）马上看不到${p.household ? ` ${p.household.villageName} ${p.household.headName} 家` : '这户'}的房屋信息。本人需要时可以重新绑定。`,
  confirmText: '解除绑定',
})

export const revokeInviteText = (label: string): Confirmation => ({
  title: '作废这个邀请码？',
  content: `作废后，“${label}”的邀请码和二维码马上不能再用。需要时可以重新邀请。`,
  confirmText: '作废',
})
