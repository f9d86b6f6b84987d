export default definePageConfig({ navigationBarTitleText: '区住建局' })
