export default definePageConfig({ navigationBarTitleText: '有人居住的危房' })
