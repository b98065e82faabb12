/**
 * Every shipped language translates every message of English: the core and every feature, with the
 * same `{name}` placeholders and plural forms valid for the language. A failure lists the keys.
 */
import { describe, expect, it } from 'vitest';
import { describeProblems, problemsOf, type Messages } from '../../../../tools/i18n/src/rules.ts';
import { coreLoaders } from './core.ts';
import { en } from './en.ts';
import { FEATURES } from './features.ts';
import { LANGUAGES, type Language } from './languages.ts';

// Every feature file, including those merged into the core (device) rather than loaded by routes.
const featureFiles = import.meta.glob<Record<string, Messages>>('./features/*.*.ts', { eager: true });
const featureNames = [...new Set(Object.keys(featureFiles).map((path) => path.split('/').pop()!.split('.')[0]!))].sort();

function featureDictionary(feature: string, language: Language): Messages {
  const module = featureFiles[`./features/${feature}.${language}.ts`];
  return module ? Object.values(module)[0]! : {};
}

describe('the feature files', () => {
  it('are all registered, or merged into the core', () => {
    const coreFeatures = featureNames.filter((feature) => !(FEATURES as readonly string[]).includes(feature));
    const inCore = coreFeatures.filter((feature) => Object.keys(featureDictionary(feature, 'en')).every((key) => Object.hasOwn(en, key)));
    expect(coreFeatures).toEqual(inCore);
  });
});

describe.each(LANGUAGES.filter((language): language is Exclude<Language, 'en'> => language !== 'en'))('%s', (language) => {
  it('translates the core', async () => {
    // As the app loads it: the core file with what is merged into it.
    const problems = problemsOf(en, (await coreLoaders[language]()) as Messages, language);
    expect(problems, `core ${language}:\n${describeProblems(problems)}`).toEqual([]);
  });

  it.each(featureNames)('translates the feature %s', (feature) => {
    const problems = problemsOf(featureDictionary(feature, 'en'), featureDictionary(feature, language), language);
    expect(problems, `features/${feature}.${language}.ts:\n${describeProblems(problems)}`).toEqual([]);
  });
});

describe('English', () => {
  it('uses only English plural categories, always with `other`', () => {
    const all: Messages = Object.assign({}, en, ...featureNames.map((feature) => featureDictionary(feature, 'en')));
    expect(describeProblems(problemsOf(all, all, 'en'))).toBe('');
  });
});
