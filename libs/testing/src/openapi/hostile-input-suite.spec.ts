import { fixturesOncePerService } from './hostile-input-suite';

describe('fixturesOncePerService', () => {
  it("makes a service's relation fixtures once, however many tests ask for them", async () => {
    let made = 0;
    const fixturesOf = fixturesOncePerService(async (service: string) => {
      made += 1;
      return { service };
    });

    const [first, second] = await Promise.all([fixturesOf('registry'), fixturesOf('registry')]);
    const third = await fixturesOf('registry');

    expect(made).toBe(1);
    expect(second).toBe(first);
    expect(third).toBe(first);
  });
});
