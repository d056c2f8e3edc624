// PCOLAB: percentage not taught by this institution (2025/26 catalogue; the agency's Rules/HE/PCOLAB).
import { num, type AimRule } from '../../rule.ts';
import { day, heRule, startOf } from './he-facts.ts';

const AUGUST_2013 = day('2013-08-01');

export const rules: readonly AimRule[] = [
  heRule({
    id: 'PCOLAB_01',
    field: 'PCOLAB',
    reads: ['pcolab', 'partner_ukprn'],
    message: 'The Percentage not taught by this institution must be returned for this learning aim',
    fix: 'The aim is delivered with a partner (PartnerUKPRN): record in the aim’s HE data the percentage of it the partner teaches (PCOLAB).',
    test: (he, f) =>
      startOf(f) >= AUGUST_2013 && num(f.aim.partner_ukprn) !== null && num(he.pcolab) === null
        ? `The aim has a partner (UKPRN ${num(f.aim.partner_ukprn)}) but its HE record has no PCOLAB.`
        : null,
  }),
];
