export type { Dossier, Program } from '../../api/types';
export type { FieldProblem as FieldProblemView } from '@kc/contracts';
