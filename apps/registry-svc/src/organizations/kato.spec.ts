import { katoProblem } from './kato';

describe('a KATO code against the level of a local executive body', () => {
  it('accepts first-level units for an oblast, a city of republican significance and the capital', () => {
    expect(katoProblem('oblast', '350000000', null)).toBeUndefined();
    expect(katoProblem('city-of-republican-significance', '750000000', null)).toBeUndefined();
    expect(katoProblem('capital', '710000000', null)).toBeUndefined();
  });

  it('refuses a district-level code for an oblast, and the all-zero code', () => {
    expect(katoProblem('oblast', '351010000', null)).toMatch(/not a first-level unit/);
    expect(katoProblem('capital', '000000000', null)).toMatch(/not a first-level unit/);
  });

  it('accepts a district and a city of oblast significance inside their oblast', () => {
    expect(katoProblem('district', '195200000', '190000000')).toBeUndefined();
    expect(katoProblem('city-of-oblast-significance', '351010000', '350000000')).toBeUndefined();
    expect(katoProblem('district', '195200000', null)).toBeUndefined();
  });

  it('refuses a first-level code or a settlement code for a district', () => {
    expect(katoProblem('district', '190000000', null)).toMatch(/not a district-level unit/);
    expect(katoProblem('district', '195230100', null)).toMatch(/not a district-level unit/);
  });

  it('refuses a district outside its parent oblast', () => {
    expect(katoProblem('district', '195200000', '350000000')).toMatch(/outside the parent's unit 350000000/);
  });
});
