/**
 * The directory's pure logic (no React, no database): opening hours in the schedule's
 * time zone, filters and their URL form, distances, and the "never an empty page" rule.
 */
export * from './model/distance.ts';
export * from './model/entry.ts';
export * from './model/filters.ts';
export * from './model/hours.ts';
export * from './model/results.ts';
export * from './model/interpretation.ts';
