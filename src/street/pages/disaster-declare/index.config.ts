export default definePageConfig({ navigationBarTitleText: '发生灾情' })
