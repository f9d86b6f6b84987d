import { View } from '@tarojs/components'
import { Tag } from '@nutui/nutui-react-taro'
import { CATEGORY_LABELS, type Category } from '@domain'
import { palette } from '../styles/theme'

export function CategoryTags({ categories }: { categories: Category[] }) {
  return (
    <View className="tags">
      {categories.map((c) => (
        <Tag key={c} background={palette.warnLight} color={palette.warnText}>
          {CATEGORY_LABELS[c]}
        </Tag>
      ))}
    </View>
  )
}
