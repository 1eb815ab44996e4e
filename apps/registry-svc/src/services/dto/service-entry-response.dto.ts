import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { pageDtoOf, ShortBilingualTextDto } from '@kzps/platform';
import { exampleIds } from '../../common/api-examples';
import { organizationKinds, type OrganizationKind } from '../../organizations/organization.enums';
import { decreeKinds, type DecreeKind } from '../decree';
import {
  channels,
  deliveryForms,
  recipientTypes,
  serviceStatuses,
  versionChanges,
  type Channel,
  type DeliveryForm,
  type RecipientType,
  type ServiceStatus,
  type VersionChange,
} from '../service-entry.enums';

export class OrganizationRefDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.stateCorporation })
  id!: string;

  @ApiProperty({ example: '160240000018', nullable: true, description: 'null for an individual provider' })
  bin!: string | null;

  @ApiProperty({
    example: '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» коммерциялық емес акционерлік қоғамы',
  })
  nameKk!: string;

  @ApiProperty({
    example: 'Некоммерческое акционерное общество «Государственная корпорация «Правительство для граждан»',
  })
  nameRu!: string;

  @ApiProperty({
    enum: organizationKinds,
    nullable: true,
    example: 'psc',
    description: 'null only when the organisation is missing from the directory',
  })
  kind!: OrganizationKind | null;

  @ApiProperty({ nullable: true, example: '710000000', description: 'KATO code of its territory' })
  regionKato!: string | null;
}

export class ClassifierRefDto {
  @ApiProperty({ example: '01.01' })
  code!: string;

  @ApiProperty({ example: 'Азаматтық хал актілерін тіркеу' })
  nameKk!: string;

  @ApiProperty({ example: 'Регистрация актов гражданского состояния' })
  nameRu!: string;
}

export class DecreeRefDto {
  @ApiProperty({ enum: decreeKinds, example: 'government-resolution' })
  kind!: DecreeKind;

  @ApiProperty({
    type: ShortBilingualTextDto,
    description: 'The act as it is cited, from its kind, date and number',
    example: {
      kk: 'Қазақстан Республикасы Үкіметінің 2025 жылғы 18 наурыздағы № 1218 қаулысы',
      ru: 'Постановление Правительства Республики Казахстан от 18 марта 2025 г. № 1218',
    },
  })
  title!: ShortBilingualTextDto;

  @ApiProperty({ example: '1218' })
  decreeNumber!: string;

  @ApiProperty({ example: '2025-03-18' })
  decreeDate!: string;

  @ApiProperty({ example: '2025-03-18' })
  effectiveDate!: string;
}

export class ServiceEntryDto {
  @ApiProperty({ format: 'uuid', example: exampleIds.birthRegistration })
  id!: string;

  @ApiProperty({ example: '01.01-001' })
  code!: string;

  @ApiProperty({ enum: serviceStatuses, example: 'included' })
  status!: ServiceStatus;

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ type: ShortBilingualTextDto })
  name!: ShortBilingualTextDto;

  @ApiProperty({ type: ShortBilingualTextDto, nullable: true })
  description!: ShortBilingualTextDto | null;

  @ApiProperty({ type: ClassifierRefDto })
  classifier!: ClassifierRefDto;

  @ApiProperty({ enum: recipientTypes, isArray: true, example: ['individual'] })
  recipientTypes!: RecipientType[];

  @ApiProperty({
    type: OrganizationRefDto,
    nullable: true,
    description:
      'Owner: the central state body that develops and approves the standard (Art. 6.2, 7.1). null only ' +
      'where a local executive body was taken out of that role and no act has named the central body yet',
  })
  owner!: OrganizationRefDto | null;

  @ApiProperty({ type: [OrganizationRefDto] })
  providers!: OrganizationRefDto[];

  @ApiProperty({
    example: true,
    description:
      'Local executive bodies deliver the service (they are among the providers): they agree its standard (Art. 7.3)',
  })
  deliveredByLocalExecutiveBodies!: boolean;

  @ApiProperty({ type: [OrganizationRefDto], description: 'Accept applications and hand out results' })
  intakeOrganizations!: OrganizationRefDto[];

  @ApiProperty({ example: true })
  intakeViaPortal!: boolean;

  @ApiProperty({ enum: deliveryForms, example: 'paper-and-electronic' })
  deliveryForm!: DeliveryForm;

  @ApiProperty({ enum: channels, isArray: true, example: ['provider', 'psc', 'e-government-portal'] })
  channels!: Channel[];

  @ApiProperty({ example: false })
  paid!: boolean;

  @ApiProperty({ type: ShortBilingualTextDto, nullable: true })
  feeLegalBasis!: ShortBilingualTextDto | null;

  @ApiProperty({ type: ShortBilingualTextDto })
  legalBasis!: ShortBilingualTextDto;

  @ApiProperty({ nullable: true, example: 1 })
  termWorkingDays!: number | null;

  @ApiProperty({ type: DecreeRefDto, nullable: true, description: 'The Government decree of inclusion' })
  inclusion!: DecreeRefDto | null;

  @ApiProperty({
    nullable: true,
    example: '2025-03-18T00:00:00+05:00',
    description: 'Statutory clocks start',
  })
  includedAt!: string | null;

  @ApiProperty({ nullable: true, example: null })
  excludedAt!: string | null;

  @ApiProperty({ example: '2025-03-18T10:00:00.000Z' })
  updatedAt!: string;

  @ApiPropertyOptional({ example: '2025-06-01', description: 'Set on as-of reads: the date asked for' })
  asOf?: string;
}

export const ServiceEntryPageDto = pageDtoOf(ServiceEntryDto, 'ServiceEntryPageDto');

export class VersionRevocationRefDto {
  @ApiProperty({ example: '2026-01-20T05:00:00.000Z' })
  revokedAt!: string;

  @ApiProperty({ example: 'officer-1', description: 'The token subject of who revoked it' })
  revokedBy!: string;

  @ApiProperty({
    type: ShortBilingualTextDto,
    example: {
      kk: 'Бұйрық күшіне енгенге дейін күші жойылды',
      ru: 'Приказ отменён до вступления в силу',
    },
  })
  reason!: ShortBilingualTextDto;
}

export class VersionParkingDto {
  @ApiProperty({ example: '2099-01-01T00:01:00.000Z', description: 'When the watcher tried to apply it' })
  parkedAt!: string;

  @ApiProperty({
    type: ShortBilingualTextDto,
    example: {
      kk: 'Акт өз күнінде қолданылмады: оның оқиғасы тізілім оқиғаларының келісіміне сәйкес келмейді (өрістер: nameKk). Актінің күшін жойып, оны қайта тіркеңіз.',
      ru: 'Акт не применён в день вступления в силу: его событие нарушает контракт событий реестра (поля: nameKk). Отмените акт и зарегистрируйте его заново.',
    },
    description: 'Why it could not take effect, and what the authority does about it',
  })
  error!: ShortBilingualTextDto;
}

export class ServiceEntryVersionDto {
  @ApiProperty({ example: 2 })
  version!: number;

  @ApiProperty({ enum: versionChanges, example: 'included' })
  change!: VersionChange;

  @ApiProperty({ enum: serviceStatuses, example: 'included' })
  status!: ServiceStatus;

  @ApiProperty({
    enum: decreeKinds,
    nullable: true,
    example: 'government-resolution',
    description: 'null for a draft version (no act)',
  })
  decreeKind!: DecreeKind | null;

  @ApiProperty({
    type: ShortBilingualTextDto,
    nullable: true,
    example: {
      kk: 'Қазақстан Республикасы Үкіметінің 2025 жылғы 18 наурыздағы № 1218 қаулысы',
      ru: 'Постановление Правительства Республики Казахстан от 18 марта 2025 г. № 1218',
    },
  })
  decreeTitle!: ShortBilingualTextDto | null;

  @ApiProperty({ nullable: true, example: '1218' })
  decreeNumber!: string | null;

  @ApiProperty({ nullable: true, example: '2025-03-18' })
  decreeDate!: string | null;

  @ApiProperty({ nullable: true, example: '2025-03-18' })
  effectiveDate!: string | null;

  @ApiProperty({ type: ShortBilingualTextDto, nullable: true })
  reason!: ShortBilingualTextDto | null;

  @ApiProperty({ example: 'user-42' })
  recordedBy!: string;

  @ApiProperty({ example: '2025-03-18T10:00:00.000Z' })
  recordedAt!: string;

  @ApiProperty({
    nullable: true,
    example: '2025-03-18T10:00:00.000Z',
    description: 'When the version became the current entry; null while it waits for its effective date',
  })
  appliedAt!: string | null;

  @ApiProperty({
    type: VersionRevocationRefDto,
    nullable: true,
    description: 'Set when the act was revoked before it took effect: the version never applied, nor will',
  })
  revocation!: VersionRevocationRefDto | null;

  @ApiProperty({
    type: VersionParkingDto,
    nullable: true,
    description:
      'Set when the act could not take effect on its day: it waits, with the versions after it, until the ' +
      'authority revokes it',
  })
  parking!: VersionParkingDto | null;

  @ApiProperty({ type: ServiceEntryDto, description: 'The entry as this version left it' })
  entry!: ServiceEntryDto;
}

/** One entry with the decrees recorded but not yet in force. */
export class ServiceEntryDetailDto extends ServiceEntryDto {
  @ApiProperty({
    type: [ServiceEntryVersionDto],
    description:
      'Versions recorded by a decree whose effective date has not come yet, oldest first; each becomes the ' +
      'entry at 00:00 (Asia/Almaty) of its effective date',
  })
  pending!: ServiceEntryVersionDto[];
}

export const ServiceEntryVersionPageDto = pageDtoOf(ServiceEntryVersionDto, 'ServiceEntryVersionPageDto');
