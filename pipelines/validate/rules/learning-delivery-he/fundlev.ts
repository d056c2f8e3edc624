// FUNDLEV: level applicable to Funding Council HESES (2025/26 catalogue; the agency's
// Rules/HE/FUNDLEV). Codes as the agency's ILR_FundLev lookup lists them: 10, 11 undergraduate,
// 20, 21 postgraduate taught, 30, 31 postgraduate research, 99 not in HESES population.
// FUNDLEV_02 and _03 need LARS (the aim's type); FUNDLEV_04 needs the Office for Students register
// (which providers must return the HE funding fields).
import type { AimRule } from '../../rule.ts';
import { heCodeList } from './he-facts.ts';

export const rules: readonly AimRule[] = [
  heCodeList({
    id: 'FUNDLEV_01',
    field: 'FUNDLEV',
    column: 'fundlev',
    codes: [10, 11, 20, 21, 30, 31, 99],
    message: 'The Level applicable to Funding Council HESES is not a valid code',
    inWords: 'level applicable to Funding Council HESES (FUNDLEV)',
  }),
];
