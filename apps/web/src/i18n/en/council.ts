// Council member: conflict declaration, vote, OCOP score sheet. English, the same shape as ../vi/council.ts
// (checked by the compiler).
import type { Shape } from '../shape';
import type { councilVi } from '../vi/council';

export const councilEn: Shape<typeof councilVi> = {
  council: {
    title: 'OCOP evaluation council',
    intro: 'Declare conflicts of interest first, then score with the product group’s sheet.',
    empty: 'You have no product to evaluate.',
    notFound: 'No such evaluation task.',
    open: 'Sitting',
    closed: 'Closed',
    next: {
      DECLARE_CONFLICT: 'Conflict declaration needed',
      SUBMIT_SCORE_SHEET: 'Score sheet needed',
      NONE: 'Nothing to do',
    },
    myTotal: 'My sheet: {total} points',
    readOnly: 'The council has closed: read only.',
    conflicted: 'You declared a conflict of interest, so you do not score this product.',
    conflictTitle: 'Conflict-of-interest declaration',
    conflictIntro:
      'Before reading and scoring the dossier, each member declares whether they have a conflict of interest.',
    sheet: 'Score sheet',
    noSheet: 'You did not submit a sheet.',
    max: 'at most {points} points',
    criterion: 'Criterion',
    points: 'Points',
    mandatory: 'mandatory, at least {min}',
    partTotal: 'Part total: {points}/{max}',
    total: 'Total: {total}/100 points',
    nextStar: '{points} points short of {stars} stars.',
    mandatoryShort: 'Mandatory criteria below their minimum',
    incomplete: '{left} criteria not scored yet.',
    savedTotal: 'Submitted sheet: {total} points (editable while the council sits).',
    saved: 'Score sheet submitted.',
    submit: 'Submit the score sheet',
    resubmit: 'Submit the sheet again',
  },
};
