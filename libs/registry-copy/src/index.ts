export { upsertOrganizationCopy, type OrganizationCopyField } from './organization-copy';
export {
  entryOfExclusion,
  markServiceExcluded,
  upsertServiceCopy,
  type ServiceCopyFields,
} from './service-copy';
export {
  OrganizationCopyConsumer,
  ServiceCopyConsumer,
  REGISTRY_COPY_OPTIONS,
  type RegistryCopyOptions,
} from './registry-copy.consumers';
export { RegistryCopyModule } from './registry-copy.module';
