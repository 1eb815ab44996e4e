/** Every TypeORM entity of this service: used by the app and by `npm run migration:generate`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's type for entity classes
export const entities: Function[] = [];
