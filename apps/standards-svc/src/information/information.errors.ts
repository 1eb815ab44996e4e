import { domainErrors, type DomainError } from '@kzps/platform';

export enum InformationUpdateErrorCode {
  NotObliged = 'INFORMATION_UPDATE_NOT_OBLIGED',
  AlreadyConfirmed = 'INFORMATION_UPDATE_ALREADY_CONFIRMED',
  DateOutOfRange = 'INFORMATION_UPDATE_DATE_OUT_OF_RANGE',
}

export const informationUpdateError = domainErrors<InformationUpdateErrorCode>({
  [InformationUpdateErrorCode.NotObliged]: {
    status: 403,
    title: 'Only officers of a body that owns or delivers the service confirm that body’s own update',
    localizedTitle: {
      kk: 'Жаңартуды тек қызметті беретін немесе көрсететін органның өз лауазымды адамдары растайды',
      ru: 'Обновление подтверждают только должностные лица самого услугодателя или поставщика услуги',
    },
  },
  [InformationUpdateErrorCode.AlreadyConfirmed]: {
    status: 409,
    title: 'This body has already confirmed its update for this version of the standard',
    localizedTitle: {
      kk: 'Бұл орган стандарттың осы нұсқасы бойынша жаңартуды растап қойған',
      ru: 'Этот орган уже подтвердил обновление по этой версии стандарта',
    },
  },
  [InformationUpdateErrorCode.DateOutOfRange]: {
    status: 422,
    title: 'The update date must be from the adoption or change of the standard until today',
    localizedTitle: {
      kk: 'Жаңарту күні стандарт қабылданған немесе өзгертілген күннен бастап бүгінге дейін болуы керек',
      ru: 'Дата обновления должна быть со дня принятия или изменения стандарта по сегодняшний день',
    },
  },
});

export const updateDateOutOfRange = (updatedOn: string, earliest: string, today: string): DomainError =>
  informationUpdateError(
    InformationUpdateErrorCode.DateOutOfRange,
    `${updatedOn} is not within ${earliest} – ${today}`,
    { earliest, latest: today },
  );
