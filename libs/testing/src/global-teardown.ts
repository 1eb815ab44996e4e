interface Stoppable {
  stop(): Promise<void>;
}

const state = globalThis as typeof globalThis & {
  __kzpsHarness?: { postgres?: Stoppable; broker?: Stoppable; containers?: Stoppable };
};

export default async function globalTeardown(): Promise<void> {
  const harness = state.__kzpsHarness;
  await harness?.broker?.stop();
  await harness?.postgres?.stop();
  await harness?.containers?.stop();
}
