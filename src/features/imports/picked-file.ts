/** A list file the user chose: a weapp temp path or, on h5, the browser's File. */
export interface PickedFile {
  name: string
  size: number
  data: string | Blob
}
