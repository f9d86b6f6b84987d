export default definePageConfig({ navigationBarTitleText: '房屋安全性鉴定' })
