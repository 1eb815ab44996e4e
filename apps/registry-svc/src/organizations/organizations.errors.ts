import { domainErrors } from '@kzps/platform';

export enum OrganizationErrorCode {
  OrganizationNotFound = 'ORGANIZATION_NOT_FOUND',
  BinTaken = 'ORGANIZATION_BIN_TAKEN',
  ParentNotFound = 'ORGANIZATION_PARENT_NOT_FOUND',
  ParentCycle = 'ORGANIZATION_PARENT_CYCLE',
  LevelMismatch = 'ORGANIZATION_LEVEL_MISMATCH',
  IinTaken = 'ORGANIZATION_IIN_TAKEN',
  IdentifierMismatch = 'ORGANIZATION_IDENTIFIER_MISMATCH',
  KatoMismatch = 'ORGANIZATION_KATO_MISMATCH',
  DepartmentParent = 'ORGANIZATION_DEPARTMENT_PARENT',
  OwnsEntries = 'ORGANIZATION_OWNS_ENTRIES',
  AuthorityRolesByAct = 'ORGANIZATION_AUTHORITY_ROLES_BY_ACT',
  AuthorityNotCentral = 'ORGANIZATION_AUTHORITY_NOT_CENTRAL',
  DesignationActInFuture = 'ORGANIZATION_DESIGNATION_ACT_IN_FUTURE',
  AuthorityAlreadyDesignated = 'ORGANIZATION_AUTHORITY_ALREADY_DESIGNATED',
}

export const organizationError = domainErrors<OrganizationErrorCode>({
  [OrganizationErrorCode.AuthorityAlreadyDesignated]: {
    status: 409,
    title: 'A public-services authority is already designated; the administrator changes it by its act',
    localizedTitle: {
      kk: 'Мемлекеттік қызметтер көрсету саласындағы уәкілетті орган белгіленген; оны әкімші акт бойынша өзгертеді',
      ru: 'Уполномоченный орган в сфере оказания государственных услуг уже назначен; его меняет администратор по акту',
    },
  },
  [OrganizationErrorCode.OrganizationNotFound]: {
    status: 404,
    title: 'Organisation not found',
    localizedTitle: { kk: 'Ұйым табылмады', ru: 'Организация не найдена' },
  },
  [OrganizationErrorCode.BinTaken]: {
    status: 409,
    title: 'An organisation with this BIN is already in the directory',
    localizedTitle: {
      kk: 'Осы БСН-мен ұйым анықтамалықта бар',
      ru: 'Организация с таким БИН уже есть в справочнике',
    },
  },
  [OrganizationErrorCode.ParentNotFound]: {
    status: 400,
    title: 'The parent organisation does not exist',
    localizedTitle: { kk: 'Жоғары тұрған ұйым жоқ', ru: 'Вышестоящая организация не существует' },
  },
  [OrganizationErrorCode.ParentCycle]: {
    status: 400,
    title: 'An organisation cannot be its own ancestor',
    localizedTitle: {
      kk: 'Ұйым өзінің жоғары тұрған ұйымы бола алмайды',
      ru: 'Организация не может быть вышестоящей сама для себя',
    },
  },
  [OrganizationErrorCode.LevelMismatch]: {
    status: 400,
    title: 'Only a local executive body has a level, and it must have one',
    localizedTitle: {
      kk: 'Деңгей тек жергілікті атқарушы органда болады және міндетті',
      ru: 'Уровень указывается только для местного исполнительного органа и для него обязателен',
    },
  },
  [OrganizationErrorCode.IinTaken]: {
    status: 409,
    title: 'An individual provider with this IIN is already in the directory',
    localizedTitle: {
      kk: 'Осы ЖСН-мен жеке тұлға көрсетуші анықтамалықта бар',
      ru: 'Поставщик — физическое лицо с таким ИИН уже есть в справочнике',
    },
  },
  [OrganizationErrorCode.IdentifierMismatch]: {
    status: 400,
    title: 'An individual provider has an IIN and no BIN; any other organisation a BIN and no IIN',
    localizedTitle: {
      kk: 'Жеке тұлға көрсетушінің ЖСН-і болады, БСН-і болмайды; басқа ұйымның БСН-і болады, ЖСН-і болмайды',
      ru: 'У поставщика — физического лица есть ИИН и нет БИН; у любой другой организации — БИН и нет ИИН',
    },
  },
  [OrganizationErrorCode.KatoMismatch]: {
    status: 400,
    title: 'The KATO code does not fit the level of the local executive body',
    localizedTitle: {
      kk: 'ӘАОЖ коды жергілікті атқарушы органның деңгейіне сәйкес келмейді',
      ru: 'Код КАТО не соответствует уровню местного исполнительного органа',
    },
  },
  [OrganizationErrorCode.DepartmentParent]: {
    status: 400,
    title: 'A department (ведомство) belongs to a central state body, named as its parent',
    localizedTitle: {
      kk: 'Ведомство орталық мемлекеттік органға жатады, ол жоғары тұрған ұйым ретінде көрсетілуі тиіс',
      ru: 'Ведомство входит в центральный государственный орган, который указывается вышестоящим',
    },
  },
  [OrganizationErrorCode.OwnsEntries]: {
    status: 409,
    title: 'The organisation owns registry entries, and the new kind cannot own a service',
    localizedTitle: {
      kk: 'Ұйым тізілімдегі жазбалардың көрсетілетін қызметті берушісі, ал жаңа түрі көрсетілетін қызметті беруші бола алмайды',
      ru: 'Организация является услугодателем записей реестра, а новый вид не может быть услугодателем',
    },
  },
  [OrganizationErrorCode.AuthorityRolesByAct]: {
    status: 403,
    title:
      'Authority roles are assigned only by the platform administrator on the legal act designating the body',
    localizedTitle: {
      kk: 'Уәкілетті орган рөлдерін органды айқындайтын құқықтық акт негізінде тек платформа әкімшісі береді',
      ru: 'Роли уполномоченных органов назначает только администратор платформы на основании правового акта, определяющего орган',
    },
  },
  [OrganizationErrorCode.AuthorityNotCentral]: {
    status: 422,
    title: 'Only a central state body is designated an authorised body',
    localizedTitle: {
      kk: 'Уәкілетті орган болып тек орталық мемлекеттік орган айқындалады',
      ru: 'Уполномоченным органом определяется только центральный государственный орган',
    },
  },
  [OrganizationErrorCode.DesignationActInFuture]: {
    status: 400,
    title: 'The designating act cannot be dated after today',
    localizedTitle: {
      kk: 'Айқындайтын актінің күні бүгіннен кейін болмайды',
      ru: 'Акт об определении органа не может быть датирован позже сегодняшнего дня',
    },
  },
});

/** A refusal that names the field at fault, like a validation failure does. */
export function organizationFieldError(code: OrganizationErrorCode, field: string, message: string) {
  return organizationError(code, message, { errors: [{ field, message }] });
}

/** D38: authority roles change only by the administrator's act, never by a create or an edit. */
export const authorityRolesByAct = (changed: readonly string[]) =>
  organizationError(
    OrganizationErrorCode.AuthorityRolesByAct,
    `roles: ${changed.join(', ')} change only by the platform administrator's act (PUT …/authority-roles)`,
    { errors: [{ field: 'roles', message: `roles: ${changed.join(', ')} cannot be changed here` }] },
  );

export const authorityNotCentral = (kind: string, roles: readonly string[]) =>
  organizationFieldError(
    OrganizationErrorCode.AuthorityNotCentral,
    'roles',
    `roles: a ${kind} cannot be designated ${roles.join(', ')}; only a central state body is`,
  );

export const designationActInFuture = (date: string, today: string) =>
  organizationFieldError(
    OrganizationErrorCode.DesignationActInFuture,
    'act.date',
    `act.date: ${date} is after today, ${today}`,
  );

/** The first authority is recorded once (D38 bootstrap); after that only the administrator's act changes it. */
export const authorityAlreadyDesignated = (organizationIds: readonly string[]) =>
  organizationError(
    OrganizationErrorCode.AuthorityAlreadyDesignated,
    `public-services-authority is already designated: ${organizationIds.join(', ')}`,
    { organizationIds: [...organizationIds] },
  );
