/**
 * The features managed policy can switch off (issue 7), in a module of their own with no dependencies,
 * so the content script can know them without loading the policy parser (valibot).
 */
export const FEATURES = ['onboarding', 'contextMenu', 'inlineWarnings', 'checkMessage', 'userFeeds', 'history'] as const;
export type Feature = (typeof FEATURES)[number];

/** No policy: everything on. */
export function allFeaturesOn(): Record<Feature, boolean> {
  return Object.fromEntries(FEATURES.map((f) => [f, true])) as Record<Feature, boolean>;
}
