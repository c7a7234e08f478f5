/**
 * A problem found in an imported document. `path` names the place in the document
 * (`schema[0].properties[2].logicalType`, empty for the whole document) and `line` is
 * 1-based in the text the user sent, so an editor can jump to it.
 */
export interface DocumentIssue {
  path: string;
  line?: number;
  message: string;
  severity: 'error' | 'warning';
}

export type PathSegment = string | number;

const identifier = /^[A-Za-z_$][\w$-]*$/;

/** Formats path segments the way users read them: `outputPorts[1].contractId`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let text = '';
  for (const segment of segments) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (identifier.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

export function hasErrors(issues: readonly DocumentIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
