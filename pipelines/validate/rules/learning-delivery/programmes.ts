// What kind of learning an aim is, as the rules' exclusions name it (the agency's DD07 and the
// 2025/26 catalogue's wording): apprenticeship standards, Skills Bootcamps, traineeships.
import { has, num, type AimFacts } from '../../rule.ts';

/** Apprenticeship programme types (the agency's DD07): frameworks 2, 3, 20–23 and standards 25. */
export const APPRENTICESHIP_PROG_TYPES = [2, 3, 20, 21, 22, 23, 25];

export const isStandard = ({ aim }: AimFacts): boolean => {
  const fm = num(aim.fund_model);
  return (fm === 36 || fm === 99) && num(aim.prog_type) === 25;
};
export const isStandardProgramme = (f: AimFacts): boolean => isStandard(f) && num(f.aim.aim_type) === 1;
export const isBootcamp = ({ aim }: AimFacts): boolean => num(aim.fund_model) === 37 && num(aim.prog_type) === 32;
/** FM36 apprenticeship standards: the exclusion of Outcome_04 and of CompStatus_05 in 2020/21. */
export const isFm36Standard = ({ aim }: AimFacts): boolean => num(aim.fund_model) === 36 && num(aim.prog_type) === 25;
/** The agency's 2020/21 exclusion of CompStatus_02 and Outcome_09: any FM36 aim, or any standard aim. */
export const isFm36OrStandard = ({ aim }: AimFacts): boolean => num(aim.fund_model) === 36 || num(aim.prog_type) === 25;
export const never = (): boolean => false;
/** The aim returns this field. */
export const returns = (f: AimFacts, column: string): boolean => has(f.aim, column);
/** The columns the programme exclusions read, reported with the rules that use them. */
export const CONTEXT = ['fund_model', 'prog_type', 'aim_type'];

/** The aim is part of an apprenticeship (the agency's DD07: ProgType 2, 3, 20–23 or 25). */
export const isApprenticeship = ({ aim }: AimFacts): boolean => APPRENTICESHIP_PROG_TYPES.includes(num(aim.prog_type) ?? -1);
/** The aim has a LearningDeliveryFAM of this type, whatever its code (`RES`, `ADL`). */
export const hasFamType = ({ fams }: AimFacts, type: string): boolean => {
  const prefix = `${type}:`;
  for (const fam of fams) if (fam.startsWith(prefix)) return true;
  return false;
};
/** The aim's reference, upper case (the agency compares references without regard to case). */
export const aimRef = ({ aim }: AimFacts): string => (typeof aim.learn_aim_ref === 'string' ? aim.learn_aim_ref.toUpperCase() : '');
