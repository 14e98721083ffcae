import type { OcopLevel, OcopLevelRule, OcopPack, ScoreTemplate } from '@kc/domain/ocop';
import type { StepRecorder } from '../step-recorder';
import type { OcopStep } from './ocop-evaluation.steps';
import type {
  OcopActor,
  OcopCouncilMember,
  OcopCouncilState,
  OcopEvaluationInput,
  OcopEvaluationStage,
  OcopEvaluationState,
} from './ocop-evaluation.types';

/** What every part of one evaluation round shares: its rules, its state and its step recorder. */
export interface EvaluationRun {
  readonly input: OcopEvaluationInput;
  readonly pack: OcopPack;
  readonly template: ScoreTemplate;
  /** The levels that act (report or evaluate), bottom up. */
  readonly plan: readonly OcopLevelRule[];
  readonly state: OcopEvaluationState;
  readonly steps: StepRecorder<OcopActor | null, OcopStep, void>;
  /** Members for the next council to sit, named by the `openCouncil` update (or the input, for the first). */
  nextMembers: OcopCouncilMember[] | null;
  /** Set by the `abandonRound` update: the appraiser gives up waiting for this level's council. */
  abandonRequest: { actor: OcopActor; reason: string } | null;
  /** Set by the `reevaluationStarted` signal: a new round runs, so this certificate is not marked expired. */
  renewal: { round: number } | null;
  /** The latest council: members act on it while it is OPEN and are told it closed afterwards. */
  sitting(): OcopCouncilState | undefined;
  seatCouncil(level: OcopLevel, members: readonly OcopCouncilMember[]): OcopCouncilState;
  /** Moves to a stage, and shows it (and what is owed by when) to operators' searches. */
  setStage(stage: OcopEvaluationStage, dueAt?: string | null): void;
  end(stage: OcopEvaluationStage): Promise<OcopEvaluationState>;
}
