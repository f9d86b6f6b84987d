// Calling a number from the page: WeChat dials on weapp; a tel: link on h5.
import Taro from '@tarojs/taro'
import { IS_WEAPP } from './platform'

/** Digits, and a leading + or the dash of a landline (023-12345678), nothing else. */
export const dialable = (phone: string): string => phone.replace(/[^\d+]/g, '')

export function callPhone(phone: string): void {
  const number = dialable(phone)
  if (!number) return
  if (IS_WEAPP) void Taro.makePhoneCall({ phoneNumber: number }).catch(() => undefined)
  else window.location.href = `tel:${number}`
}
