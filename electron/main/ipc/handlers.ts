// All handlers, one file per domain. `satisfies HandlerMap` makes a missing or extra channel a compile error.
import { accountingHandlers } from './accounting';
import { appHandlers } from './app';
import { backupHandlers } from './backup';
import { historyHandlers } from './history';
import { inventoryHandlers } from './inventory';
import { mapHandlers } from './map';
import { pipelineHandlers } from './pipeline';
import { reportHandlers } from './report';
import { sheetHandlers } from './sheets';
import { surveyHandlers } from './survey';
import type { HandlerMap } from './types';

export const handlers = {
  ...appHandlers,
  ...historyHandlers,
  ...backupHandlers,
  ...inventoryHandlers,
  ...accountingHandlers,
  ...mapHandlers,
  ...sheetHandlers,
  ...surveyHandlers,
  ...pipelineHandlers,
  ...reportHandlers,
} satisfies HandlerMap;
