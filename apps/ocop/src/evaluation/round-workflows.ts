import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import { TemporalConnection } from '@kc/temporal';
import { ocopStateQuery, type OcopActor, type OcopEvaluationState } from '@kc/workflows';
import { EvaluationsRepository } from './evaluations.repository';
import { onWorkflow } from './workflow-calls';

/** The workflow of an evaluation round, found by the round's id (404 for an unknown round). */
@Injectable()
export class RoundWorkflows {
  constructor(
    private readonly evaluations: EvaluationsRepository,
    private readonly temporal: TemporalConnection,
  ) {}

  private async handle(id: string) {
    const row = await this.evaluations.find(id);
    return (await this.temporal.workflowClient()).workflow.getHandle(row.workflow_id);
  }

  /** The round's live state, from the workflow itself. */
  async state(id: string): Promise<OcopEvaluationState> {
    const handle = await this.handle(id);
    return onWorkflow(() => handle.query(ocopStateQuery));
  }

  /** One of the round's Updates, as the caller; refusals and an ended round answer 409. */
  async update<A extends { actor: OcopActor }>(
    id: string,
    definition: UpdateDefinition<OcopEvaluationState, [A]>,
    args: A,
  ): Promise<OcopEvaluationState> {
    const handle = await this.handle(id);
    return onWorkflow(() => handle.executeUpdate(definition, { args: [args] }));
  }
}
