export default async function globalSetup(): Promise<void> {
  /* filled by the test harness */
}
