// Client-made ids for creating actions: a retry with the same id returns what the first
// call created instead of creating it twice. Made by the one secure id maker.
export { newClientId } from '../../services/ids'
