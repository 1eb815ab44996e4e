export const SERVICE_NAME = 'complaints-svc';
