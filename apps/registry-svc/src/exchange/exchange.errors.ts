import { domainErrors } from '@kzps/platform';

export enum ExchangeErrorCode {
  ImportRejected = 'REGISTRY_IMPORT_REJECTED',
  CsvHeaderInvalid = 'REGISTRY_CSV_HEADER_INVALID',
  ImportNotFound = 'REGISTRY_IMPORT_NOT_FOUND',
}

export const exchangeError = domainErrors<ExchangeErrorCode>({
  [ExchangeErrorCode.ImportRejected]: {
    status: 422,
    title: 'The file has invalid rows; nothing was imported',
    localizedTitle: {
      kk: 'Файлда қате жолдар бар; ештеңе импортталмады',
      ru: 'В файле есть ошибочные строки; ничего не импортировано',
    },
  },
  [ExchangeErrorCode.CsvHeaderInvalid]: {
    status: 400,
    title: 'The CSV header does not have the registry columns',
    localizedTitle: {
      kk: 'CSV тақырыбында тізілім бағандары жоқ',
      ru: 'Заголовок CSV не содержит колонок реестра',
    },
  },
  [ExchangeErrorCode.ImportNotFound]: {
    status: 404,
    title: 'No import with this id',
    localizedTitle: {
      kk: 'Мұндай идентификаторы бар импорт жоқ',
      ru: 'Импорт с таким идентификатором не найден',
    },
  },
});
