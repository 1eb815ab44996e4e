export const SERVICE_NAME = 'monitoring-svc';
