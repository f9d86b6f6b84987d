// Writes the bench's department list in a process of its own, so the list builder's
// memory (ExcelJS, a 100,000-row workbook) is not counted as the import job's.
//   fork: argv = [file, rows, villageIds as JSON]
import { writeList } from './import-list'

const [file, rows, villages] = process.argv.slice(2)
writeList(file!, { villageIds: JSON.parse(villages!) as string[] }, Number(rows))
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error(err)
    process.exit(1)
  })
