/** Splits a Content-Security-Policy into directive name (lower case, as CSP compares them) → sources. */
export function parseCsp(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [(name as string).toLowerCase(), sources]),
  );
}
