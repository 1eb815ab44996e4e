import { invalid } from '@kzps/platform';
import { exampleIds } from '../common/api-examples';
import {
  agreementError,
  roundClosed,
  unresolvedApproversError,
  AgreementErrorCode,
} from './agreement.errors';

const digitalDevelopment = {
  organizationId: exampleIds.ministryOfDigitalDevelopment,
  bin: '990640000015',
  name: {
    kk: 'Қазақстан Республикасының Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі',
    ru: 'Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан',
  },
};

/*
 * The problems agreement answers with (Art. 7.1, 7.3, 9.4), each made by the error factory the service
 * throws with.
 */
export const agreementProblems = {
  approvalNotFound: agreementError(AgreementErrorCode.ApprovalNotFound),
  notTheApprover: agreementError(AgreementErrorCode.ApprovalNotTheApprover),
  notInAgreement: agreementError(AgreementErrorCode.NotOpen),
  roundClosed: roundClosed(2),
  alreadyDecided: agreementError(AgreementErrorCode.ApprovalAlreadyDecided),
  notInRevision: agreementError(AgreementErrorCode.NotInRevision),
  /** The registry gives the informatization authority's role to nobody active. */
  approverUnknown: unresolvedApproversError([
    { kind: 'informatization_authority', resolution: { status: 'none', role: 'informatization-authority' } },
  ]),
  /** A re-designation recorded half-way: two organisations hold the public-services authority's role. */
  approverAmbiguous: unresolvedApproversError([
    {
      kind: 'public_services_authority',
      resolution: {
        status: 'ambiguous',
        role: 'public-services-authority',
        holders: [
          digitalDevelopment,
          {
            organizationId: exampleIds.ministryOfLabour,
            bin: '010140000014',
            name: {
              kk: 'Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі',
              ru: 'Министерство труда и социальной защиты населения Республики Казахстан',
            },
          },
        ],
      },
    },
  ]),
  remarksMissing: invalid({
    field: 'remarks',
    message: 'remarks should not be null or undefined',
    constraint: 'isDefined',
  }),
  badRound: invalid({ field: 'round', message: 'round must not be less than 1', constraint: 'min' }),
};
