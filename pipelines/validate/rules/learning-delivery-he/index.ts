// The rules on an aim's HE data (LearningDeliveryHE), one file per field; the agency files them
// under Rules/HE/<FIELD>. With them, the rules on the learner's HE data (LearnerHE and its
// LearnerHEFinancialSupport records): the catalogue's "HE Rules".
import type { Rule } from '../../rule.ts';
import { LEARNER_HE_RULES } from '../learner-he/index.ts';
import { rules as elq } from './elq.ts';
import { rules as fundcomp } from './fundcomp.ts';
import { rules as fundlev } from './fundlev.ts';
import { rules as grossfee } from './grossfee.ts';
import { rules as learningDeliveryHe } from './learning-delivery-he.ts';
import { rules as modestud } from './modestud.ts';
import { rules as mstufee } from './mstufee.ts';
import { rules as netfee } from './netfee.ts';
import { rules as pcolab } from './pcolab.ts';
import { rules as permaddcountry } from './permaddcountry.ts';
import { rules as qualent3 } from './qualent3.ts';
import { rules as sec } from './sec.ts';
import { rules as soc } from './soc.ts';
import { rules as specfee } from './specfee.ts';
import { rules as ssn } from './ssn.ts';
import { rules as stuload } from './stuload.ts';
import { rules as typeyr } from './typeyr.ts';
import { rules as ucasschemecode } from './ucasschemecode.ts';

export const HE_RULES: readonly Rule[] = [
  ...LEARNER_HE_RULES,
  ...learningDeliveryHe,
  ...ssn,
  ...qualent3,
  ...soc,
  ...sec,
  ...ucasschemecode,
  ...typeyr,
  ...modestud,
  ...fundlev,
  ...fundcomp,
  ...stuload,
  ...mstufee,
  ...pcolab,
  ...specfee,
  ...netfee,
  ...grossfee,
  ...permaddcountry,
  ...elq,
];
