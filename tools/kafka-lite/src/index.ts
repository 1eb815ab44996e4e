export { startBroker, type BrokerOptions, type RunningBroker } from './broker';
export { createConsoleLogger, type BrokerLogger, type LogFields, type LogLevel } from './logger';
