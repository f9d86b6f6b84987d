import { View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import { CATEGORY_LABELS, type Category } from '@domain'

export function CategoryTags({ categories }: { categories: Category[] }) {
  return (
    <View className="tags">
      {categories.map((c) => (
        <Tag key={c} background="#fff3e0" color="#8a4b00">
          {CATEGORY_LABELS[c]}
        </Tag>
      ))}
    </View>
  )
}
