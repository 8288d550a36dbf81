/** Request schemas of task templates, department boards, task completion and readiness (M4, M5): the meetings contract's. */
export {
  taskTemplateCreateBody as templateCreate,
  taskTemplatePatchBody as templatePatch,
  taskTemplateListQuery as templateQuery,
  taskTemplateDefaultsBody as propertyBody,
  taskBoardListQuery as boardQuery,
  departmentBody,
  taskCompleteBody as completeBody,
} from '@hy/contracts';
