import { Module } from '@nestjs/common';
import { ConstraintProblems } from '@kzps/platform';
import { ClassifierController } from './classifier.controller';
import { classifierError, ClassifierErrorCode } from './classifier.errors';
import { ClassifierService } from './classifier.service';

@Module({ controllers: [ClassifierController], providers: [ClassifierService], exports: [ClassifierService] })
export class ClassifierModule {
  /** Two writers of one code both pass the service's check; the primary key stops the second. */
  constructor(constraints: ConstraintProblems) {
    constraints.register({
      classifier_node_pkey: () => classifierError(ClassifierErrorCode.CodeTaken, 'The code is already used'),
    });
  }
}
