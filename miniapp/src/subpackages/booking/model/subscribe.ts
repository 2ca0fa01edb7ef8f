/** WeChat lets one `requestSubscribeMessage` ask for at most 3 templates. */
export const MAX_TEMPLATES_PER_REQUEST = 3;

/** The template ids the user accepted in the answer of `requestSubscribeMessage`. */
export function acceptedTemplateIds(
  answer: Record<string, unknown>,
  asked: readonly string[],
): string[] {
  return asked.filter((id) => answer[id] === 'accept');
}
