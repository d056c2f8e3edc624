// What an injected fault is, and the helpers the injections share: a change to the learner as
// returned (return-view.ts), or, for an element the view does not hold, an edit of the learner's
// XML as written (ReturnedLearner.xmlEdit). Every injection names the rule its fault is made for
// and, where the rules' own definitions make the same fault break others too, those as well: one
// fault, several expected findings (an achievement date before the start is before the actual end
// too: AchDate_03 and AchDate_05).
import { daysToIso, isoToDays } from '../../ilr/dates.ts';
import type { Random } from '../random.ts';
import type { ReturnedAim, ReturnedLearner } from '../return-view.ts';

/** The file a fault goes into: its collection year (2025 is 2025/26) and the day it was prepared. */
export interface InjectionContext {
  rng: Random;
  /** The reference of the learner written just before in the same file. */
  previousRef: string | null;
  collectionYear: number;
  /** Days since 1970-01-01. */
  preparedDay: number;
}

/** Where the fault is, as the loader reports it: the learner, the aim (its AimSeqNumber as written) and the element. */
export interface FaultPlace {
  learnRefNumber: string;
  aimSeqNumber: number | null;
  field: string;
  value: string | null;
}

export interface Injected {
  view: ReturnedLearner;
  place: FaultPlace;
  /** Other errors the same fault breaks by those rules' definitions (beside the injection's own rule). */
  alsoBreaks?: readonly string[];
  /** Warnings the fault raises. */
  alsoWarns?: readonly string[];
}

/** One kind of fault: the rule it is made to break, and how to put it into a learner it fits (null: it does not fit). */
export interface Injection {
  rule: string;
  inject(view: ReturnedLearner, ctx: InjectionContext): Injected | null;
}

export const days = (iso: string | null): number => (iso === null ? 0 : (isoToDays(iso) ?? 0));
export const plusDays = (iso: string, n: number): string => daysToIso(days(iso) + n);

/** An apprenticeship standard's programme aim: its planned and actual length have rules of their own (DateOfBirth_46, _47, _57, _58). */
export const isStandardProgramme = (aim: ReturnedAim): boolean => aim.aim.aimType === 1 && aim.aim.progType === 25;
/** An aim outside any programme, not an apprenticeship: its dates and status stand alone. */
export const isStandalone = (aim: ReturnedAim): boolean => aim.aim.progType === null && aim.aim.fundModel !== 36;
/** Aims of the adult skills budget (FundModel 35) or, from 1 August 2024, the Adult Skills Fund (38): SOF 105. */
export const isAdultSkills = (aim: ReturnedAim): boolean => aim.aim.fundModel === 35 || aim.aim.fundModel === 38;

/** The fault, with the other rules it breaks by their definitions. */
export const withAlso = (injected: Injected | null, alsoBreaks: readonly string[]): Injected | null => (injected === null ? null : { ...injected, alsoBreaks });

/** A fault in the learner's own fields. */
export const onLearner = (view: ReturnedLearner, changed: Partial<ReturnedLearner>, field: string, value: string | null): Injected => ({
  view: { ...view, ...changed },
  place: { learnRefNumber: changed.learnRefNumber ?? view.learnRefNumber, aimSeqNumber: null, field, value },
});

/** A fault on the first aim that `applies` to, its index in the record kept (write-xml.ts numbers the returned aims 1, 2, 3 …). */
export function onAim(
  view: ReturnedLearner,
  applies: (aim: ReturnedAim, index: number) => boolean,
  change: (aim: ReturnedAim, index: number) => { aim?: ReturnedAim; xml?: (aimXml: string) => string; field: string; value: string | null },
): Injected | null {
  const index = view.aims.findIndex(applies);
  const target = view.aims[index];
  if (target === undefined) return null;
  const changed = change(target, index);
  const aims = changed.aim === undefined ? view.aims : view.aims.map((a, i) => (i === index ? (changed.aim ?? a) : a));
  const edit = changed.xml;
  return {
    view: { ...view, aims, ...(edit ? { xmlEdit: editAim(index, edit) } : {}) },
    place: { learnRefNumber: view.learnRefNumber, aimSeqNumber: index + 1, field: changed.field, value: changed.value },
  };
}

const AIM_OPEN = '<LearningDelivery>';

/** An edit of the `index`th LearningDelivery of a learner's XML. */
export const editAim =
  (index: number, edit: (aimXml: string) => string) =>
  (xml: string): string => {
    const parts = xml.split(AIM_OPEN);
    const aim = parts[index + 1];
    if (aim !== undefined) parts[index + 1] = edit(aim);
    return parts.join(AIM_OPEN);
  };

/** Adds records inside the Learner, before its first aim (the loader reads elements in any order). */
export const addToLearner =
  (fragment: string) =>
  (xml: string): string => {
    const at = xml.indexOf(AIM_OPEN);
    return at < 0 ? xml : `${xml.slice(0, at)}${fragment}${xml.slice(at)}`;
  };

/** Adds elements at the end of an aim's XML. */
export const addToAim = (fragment: string) => (aimXml: string): string => aimXml.replace('</LearningDelivery>', `${fragment}</LearningDelivery>`);

/** Replaces the first `<name>…</name>` (null: removes it). */
export const setElement =
  (name: string, value: string | null) =>
  (xml: string): string =>
    xml.replace(new RegExp(`<${name}>[^<]*</${name}>`), value === null ? '' : `<${name}>${value}</${name}>`);

export const element = (xml: string, name: string): string | null => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1] ?? null;

export const deliveryFam = (type: string, code: string, dateFrom: string | null = null): string =>
  `<LearningDeliveryFAM><LearnDelFAMType>${type}</LearnDelFAMType><LearnDelFAMCode>${code}</LearnDelFAMCode>${dateFrom === null ? '' : `<LearnDelFAMDateFrom>${dateFrom}</LearnDelFAMDateFrom>`}</LearningDeliveryFAM>`;

export const learnerFam = (type: string, code: number): string =>
  `<LearnerFAM><LearnFAMType>${type}</LearnFAMType><LearnFAMCode>${code}</LearnFAMCode></LearnerFAM>`;

/** The rules a collection year's definitions add (`since` the first year they apply). */
export const since = (year: number, from: number, rules: readonly string[]): readonly string[] => (year >= from ? rules : []);
