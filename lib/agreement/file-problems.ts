import type * as z from 'zod/mini';

/** Turns schema issues into short sentences a person can read, not validator jargon. */

const MAX_PROBLEMS = 8;

const KINDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  nan: 'a number',
};

function where(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'The file';
  const words = path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part)));
  return `The part “${words.join(' › ')}”`;
}

function what(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `is missing or is not ${KINDS[issue.expected] ?? 'the right kind of value'}`;
    case 'invalid_format':
      return issue.format === 'datetime' ? 'is not a valid date and time' : 'has characters or a form that is not allowed';
    case 'too_big':
      return issue.origin === 'array' ? 'has too many items' : issue.origin === 'string' ? 'is too long' : 'is too large';
    case 'too_small':
      return issue.origin === 'array' ? 'has too few items' : issue.origin === 'string' ? 'is too short or empty' : 'is too small';
    case 'invalid_value':
      return 'is not one of the values the app knows';
    case 'not_multiple_of':
      return 'is not a whole number';
    default:
      return 'is not valid';
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // Our own schema messages are already plain words; the built-in ones are not.
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : null;
  return custom ? `${where(issue.path)}: ${custom}` : `${where(issue.path)} ${what(issue)}.`;
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines = [...new Set(issues.map(describeIssue))];
  if (lines.length <= MAX_PROBLEMS) return lines;
  return [...lines.slice(0, MAX_PROBLEMS), `…and ${lines.length - MAX_PROBLEMS} more problems.`];
}
