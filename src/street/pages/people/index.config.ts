export default definePageConfig({ navigationBarTitleText: '人员与权限' })
