export default definePageConfig({ navigationBarTitleText: '导入新名单' })
