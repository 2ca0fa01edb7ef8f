import { useAppWithSimulator } from '../support/app-with-simulator';
import { evaluateChecklist } from '@shizhong/domain';

const TEMPLATE_FIELDS = /* GraphQL */ `
  kind
  code
  title
  questions {
    id
    text
  }
  materials {
    code
    name
    required
    questionId
    forms {
      original
      copy
      electronic
    }
    originalCopies
    copyCopies
    source
    usedBy {
      code
      name
    }
  }
`;
const CHECKLIST = /* GraphQL */ `
  query Checklist($subject: ChecklistSubjectInput!) {
    checklist(subject: $subject) {
      ${TEMPLATE_FIELDS}
    }
  }
`;
const SHARED_FIELDS = `
  token
  answers {
    questionId
    yes
  }
  heldCodes
  createdAt
  template {
    ${TEMPLATE_FIELDS}
  }
`;
const SHARE = /* GraphQL */ `
  mutation Share($input: ShareChecklistInput!) {
    shareChecklist(input: $input) {
      ${SHARED_FIELDS}
    }
  }
`;
const SHARED = /* GraphQL */ `
  query Shared($token: String!) {
    sharedChecklist(token: $token) {
      ${SHARED_FIELDS}
    }
  }
`;

interface Template {
  kind: 'ITEM' | 'THEME';
  code: string;
  title: string;
  questions: { id: string; text: string }[];
  materials: {
    code: string;
    name: string;
    required: boolean;
    questionId: string | null;
    source: string;
    usedBy: { code: string; name: string }[];
  }[];
}
interface Shared {
  token: string;
  answers: { questionId: string; yes: boolean }[];
  heldCodes: string[];
  createdAt: string;
  template: Template;
}

const KFD = { kind: 'THEME', code: 'YJS-KFD' };
const FOOD_LICENCE = { kind: 'ITEM', code: '370103-XK-01012' };

describe('不打回票打清单: self-check checklists, shared read-only by link', () => {
  const stack = useAppWithSimulator();

  async function checklist(subject: { kind: string; code: string }): Promise<Template | null> {
    const body = await stack.app.graphql<{ checklist: Template | null }>(CHECKLIST, { subject });
    expect(body.errors).toBeUndefined();
    return body.data!.checklist;
  }

  function share(input: Record<string, unknown>) {
    return stack.app.graphql<{ shareChecklist: Shared }>(SHARE, { input });
  }

  it('asks the conditional question of 我要开饭店, then names the 2 materials still missing', async () => {
    const template = (await checklist(KFD))!;
    expect(template).toMatchObject({ kind: 'THEME', code: 'YJS-KFD', title: '我要开饭店' });
    expect(template.materials).toHaveLength(9);
    expect(template.questions).toEqual([{ id: expect.any(String), text: '委托他人代为办理吗？' }]);
    const [proxyQuestion] = template.questions;
    const proxy = template.materials.find((material) => material.code === 'M008')!;
    expect(proxy).toMatchObject({ required: false, questionId: proxyQuestion.id });
    expect(proxy.usedBy.length).toBeGreaterThan(1);

    const unanswered = evaluateChecklist(template, [], []);
    expect(unanswered.unanswered).toEqual([proxyQuestion]);

    const answers = [{ questionId: proxyQuestion.id, yes: true }];
    const held = template.materials.slice(0, -2).map((material) => material.code);
    const result = evaluateChecklist(template, answers, held);
    expect(result.needed).toHaveLength(9);
    expect(result.complete).toBe(false);
    expect(result.missing).toEqual(
      template.materials.slice(-2).map(({ code, name, source }) => ({ code, name, source })),
    );
    expect(result.missing.every((material) => material.name.length > 0)).toBe(true);

    const withoutProxy = evaluateChecklist(
      template,
      [{ questionId: proxyQuestion.id, yes: false }],
      template.materials.filter((material) => material.code !== 'M008').map((m) => m.code),
    );
    expect(withoutProxy).toMatchObject({ missing: [], complete: true });
  });

  it('gives an item its own checklist, used by that item only', async () => {
    const template = (await checklist(FOOD_LICENCE))!;
    expect(template).toMatchObject({ kind: 'ITEM', title: '食品经营许可证核发' });
    expect(template.materials.length).toBeGreaterThan(0);
    expect(
      template.materials.every(
        (material) => material.usedBy.length === 1 && material.usedBy[0].code === FOOD_LICENCE.code,
      ),
    ).toBe(true);
    expect(template.questions.map((question) => question.text)).toEqual(['委托他人代为办理吗？']);
  });

  it('answers null for an unknown item or theme', async () => {
    expect(await checklist({ kind: 'THEME', code: 'YJS-NOPE' })).toBeNull();
    expect(await checklist({ kind: 'ITEM', code: 'YJS-KFD' })).toBeNull();
  });

  it('shares a filled-in checklist: the link opens the same list, read-only', async () => {
    const template = (await checklist(KFD))!;
    const answers = [{ questionId: template.questions[0].id, yes: true }];
    const heldCodes = template.materials.slice(0, -2).map((material) => material.code);
    const shared = await share({ subject: KFD, answers, heldCodes });
    expect(shared.errors).toBeUndefined();
    const snapshot = shared.data!.shareChecklist;
    expect(snapshot.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(snapshot).toMatchObject({ answers, heldCodes, template });

    const opened = await stack.app.graphql<{ sharedChecklist: Shared }>(SHARED, {
      token: snapshot.token,
    });
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.sharedChecklist).toEqual(snapshot);
    const result = evaluateChecklist(
      opened.data!.sharedChecklist.template,
      opened.data!.sharedChecklist.answers,
      opened.data!.sharedChecklist.heldCodes,
    );
    expect(result.missing).toHaveLength(2);

    const again = await share({ subject: KFD, answers, heldCodes });
    expect(again.data!.shareChecklist.token).not.toBe(snapshot.token);
  });

  it('answers null for an unknown or expired link and an error for a malformed one', async () => {
    const unknown = await stack.app.graphql<{ sharedChecklist: Shared | null }>(SHARED, {
      token: 'A'.repeat(22),
    });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.sharedChecklist).toBeNull();

    const template = (await checklist(FOOD_LICENCE))!;
    const shared = (await share({ subject: FOOD_LICENCE, answers: [], heldCodes: [] })).data!
      .shareChecklist;
    expect(shared.template.code).toBe(template.code);
    await stack.app.dataSource.query(
      'UPDATE shared_checklist SET expires_at = created_at WHERE token = ?',
      [shared.token],
    );
    const expired = await stack.app.graphql<{ sharedChecklist: Shared | null }>(SHARED, {
      token: shared.token,
    });
    expect(expired.data!.sharedChecklist).toBeNull();

    const malformed = await stack.app.graphql(SHARED, { token: "x' OR '1'='1" });
    expect(malformed.errors?.[0]).toMatchObject({
      message: '分享链接无效',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses to share what does not belong to the checklist, with Chinese messages', async () => {
    const template = (await checklist(KFD))!;
    const questionId = template.questions[0].id;
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { subject: { kind: 'THEME', code: 'YJS-NOPE' }, answers: [], heldCodes: [] },
        'NOT_FOUND',
        '要分享的事项或主题不存在或已下线',
      ],
      [
        { subject: KFD, answers: [{ questionId: 'q00000000', yes: true }], heldCodes: [] },
        'BAD_USER_INPUT',
        '回答的问题不属于这份清单',
      ],
      [
        {
          subject: KFD,
          answers: [
            { questionId, yes: true },
            { questionId, yes: false },
          ],
          heldCodes: [],
        },
        'BAD_USER_INPUT',
        '同一个问题只能回答一次',
      ],
      [
        { subject: KFD, answers: [], heldCodes: ['M080'] },
        'BAD_USER_INPUT',
        '勾选的材料不属于这份清单',
      ],
      [
        { subject: KFD, answers: [], heldCodes: Array.from({ length: 101 }, () => 'M000') },
        'BAD_USER_INPUT',
        '最多勾选 100 项材料',
      ],
      [
        {
          subject: KFD,
          answers: Array.from({ length: 101 }, () => ({ questionId, yes: true })),
          heldCodes: [],
        },
        'BAD_USER_INPUT',
        '最多回答 100 个问题',
      ],
      [
        { subject: { kind: 'THEME', code: 'DROP TABLE' }, answers: [], heldCodes: [] },
        'BAD_USER_INPUT',
        '事项或主题编码格式不正确',
      ],
      [{ subject: KFD, answers: [], heldCodes: ['M0;--'] }, 'BAD_USER_INPUT', '材料编码格式不正确'],
    ];
    for (const [input, code, message] of cases) {
      const body = await share(input);
      expect({ input, error: body.errors?.[0] }).toMatchObject({
        input,
        error: { message, extensions: { code } },
      });
    }
    const rows = (await stack.app.dataSource.query(
      'SELECT COUNT(*) AS n FROM shared_checklist',
    )) as {
      n: number | string;
    }[];
    const before = Number(rows[0].n);
    await share({ subject: KFD, answers: [], heldCodes: ['M080'] });
    const after = (await stack.app.dataSource.query(
      'SELECT COUNT(*) AS n FROM shared_checklist',
    )) as {
      n: number | string;
    }[];
    expect(Number(after[0].n)).toBe(before);
  });

  it('keeps checklists and shared links working while the approval backend is down', async () => {
    const template = (await checklist(KFD))!;
    stack.sim.setFaults({ down: true });
    try {
      expect(await checklist(KFD)).toEqual(template);
      const shared = await share({
        subject: KFD,
        answers: [{ questionId: template.questions[0].id, yes: false }],
        heldCodes: ['M000'],
      });
      expect(shared.errors).toBeUndefined();
      const opened = await stack.app.graphql<{ sharedChecklist: Shared }>(SHARED, {
        token: shared.data!.shareChecklist.token,
      });
      expect(opened.data!.sharedChecklist.heldCodes).toEqual(['M000']);
    } finally {
      stack.sim.resetFaults();
    }
  });
});
