import { invalid } from '@kzps/platform';
import { transitionError, TransitionErrorCode } from './transition.errors';
import { largeFamiliesAllowance } from './transition.examples';

const exists = transitionError(TransitionErrorCode.StandardExists);

/** The problems the import answers with (Art. 25), made by the factories the service throws with. */
export const transitionProblems = {
  notTheAuthority: transitionError(TransitionErrorCode.NotTheAuthority),
  rejected: transitionError(TransitionErrorCode.ImportRejected, '1 of 1 refused', {
    report: {
      dryRun: false,
      status: 'rejected',
      total: 1,
      refused: 1,
      items: [
        {
          index: 0,
          serviceId: largeFamiliesAllowance,
          outcome: 'refused',
          standardId: null,
          problems: [
            {
              code: exists.code,
              title: exists.spec.title,
              localizedTitle: exists.spec.localizedTitle,
              field: 'standards[0].serviceId',
            },
          ],
          alignmentTerm: { outcome: 'law_in_force_date_not_configured', dueDate: null },
          reglamentImported: false,
        },
      ],
    },
  }),
  empty: invalid({
    field: 'standards',
    message: 'standards must contain at least 1 elements',
    constraint: 'arrayMinSize',
  }),
};
