// The error for a channel refused by surveyGate (shared/survey/contract.ts).
import { AppError, validationError } from '../../../../shared/errors';
import type { surveyGate } from '../../../../shared/survey/contract';

export function gateError(refused: NonNullable<ReturnType<typeof surveyGate>>, channel: string): AppError {
  if (refused.code === 'not_in_survey') return validationError([{ field: refused.field ?? '', code: 'not_in_survey' }]);
  if (refused.code === 'not_survey') return new AppError('not_survey', `${channel} needs an open survey package`);
  return new AppError('survey_mode', `${channel} is not available while a survey package is open`);
}
