// @kzps/auth/testing: what tests and the embedded demo need, kept out of the production entry. A JWKS server
// and token signer that trusts nothing by itself, and the fixed ids of the demo's organisations.
export { startTestIssuer, type TestIssuer, type TestTokenOptions } from './test-issuer';
export { DEMO_ORGANIZATIONS, DEMO_RECIPIENTS } from './demo-organizations';
export { hostileTokens, type HostileToken } from './hostile-tokens';
export { AUTHORIZATION_MATRIX, type MatrixRow, type Relation } from './authorization-matrix';
export { hostileInputCallers, type HostileInputCallers } from './hostile-input-callers';
