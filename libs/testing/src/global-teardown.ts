export default async function globalTeardown(): Promise<void> {
  /* filled by the test harness */
}
