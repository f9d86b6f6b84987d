export default definePageConfig({ navigationBarTitleText: '系统状态' })
