// The bundler turns an imported image into its path in the package.
declare module '*.png' {
  const path: string
  export default path
}
