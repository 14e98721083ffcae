import type { Transition } from './transition.types';

/** Rows of the procedure table by who acts: "<who>(to, needs)" reads as the row's roles, unit, way and fields. */
export const commune = (to: Transition['to'], needs: Transition['needs'] = []): Transition => ({
  roles: ['LOCAL_OFFICER'],
  unit: 'COMMUNE',
  to,
  needs,
});
export const district = (to: Transition['to'], needs: Transition['needs']): Transition => ({
  roles: ['LOCAL_OFFICER'],
  unit: 'DISTRICT',
  to,
  needs,
});
export const appraiser = (to: Transition['to'], needs: Transition['needs'] = []): Transition => ({
  roles: ['DEPARTMENT_APPRAISER'],
  unit: 'DEPARTMENT',
  to,
  needs,
});
export const leader = (to: Transition['to'], needs: Transition['needs']): Transition => ({
  roles: ['DEPARTMENT_LEADER'],
  unit: 'DEPARTMENT',
  to,
  needs,
});

export const supplement = appraiser('SUPPLEMENT', ['items']);
export const reappraise = appraiser('SELF_ASSESSMENT', ['reason']);
