export const SERVICE_NAME = 'applications-svc';

/** Applications are small JSON documents; anything larger is refused with 413 before it is parsed. */
export const APPLICATIONS_BODY_LIMIT = 64 * 1024;
