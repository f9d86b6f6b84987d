export default definePageConfig({ navigationBarTitleText: '名单导入' })
