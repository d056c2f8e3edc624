// PartnerUKPRN: the subcontracted or partnership provider that delivers the aim (2025/26 catalogue;
// the agency's Rules/LearningDelivery/PartnerUKPRN). PartnerUKPRN_01 asks the provider register.
import { aimRule, num, type Rule } from '../../rule.ts';

export const rules: readonly Rule[] = [
  aimRule({
    id: 'PartnerUKPRN_02',
    field: 'PartnerUKPRN',
    reads: ['partner_ukprn', 'aim_type'],
    message: 'The Subcontracted or partnership UKPRN must not be on programme aims',
    fix: 'Record the subcontractor on the aims it delivers, not on the programme aim (AimType 1): remove the partner UKPRN from it.',
    test: ({ aim }) => {
      const partner = num(aim.partner_ukprn);
      return partner !== null && num(aim.aim_type) === 1 ? `The programme aim (AimType 1) returns partner UKPRN ${partner}.` : null;
    },
  }),
  aimRule({
    id: 'PartnerUKPRN_03',
    field: 'PartnerUKPRN',
    reads: ['partner_ukprn'],
    message: 'The Subcontracted or partnership UKPRN must not be the same as the Learning provider UKPRN',
    fix: 'The partner UKPRN is for a subcontractor: remove it where you deliver the aim yourself, or enter the subcontractor’s UKPRN.',
    test: ({ aim }, { ukprn }) =>
      num(aim.partner_ukprn) === ukprn ? `The partner UKPRN ${ukprn} is the provider's own UKPRN.` : null,
  }),
];
