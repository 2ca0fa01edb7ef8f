import { acceptedTemplateIds } from './subscribe';

describe('acceptedTemplateIds', () => {
  it('keeps the accepted templates only', () => {
    const answer = {
      errMsg: 'requestSubscribeMessage:ok',
      'tmpl-day': 'accept',
      'tmpl-hour': 'reject',
      'tmpl-other': 'ban',
    };
    expect(acceptedTemplateIds(answer, ['tmpl-day', 'tmpl-hour', 'tmpl-other'])).toEqual([
      'tmpl-day',
    ]);
  });

  it('ignores answers for templates that were not asked for, and filtered ones', () => {
    expect(acceptedTemplateIds({ a: 'accept', b: 'filter' }, ['b'])).toEqual([]);
  });
});
