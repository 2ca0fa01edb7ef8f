import { evaluateChecklist } from '@shizhong/domain';
import { useAppWithSimulator } from '../support/app-with-simulator';
import {
  RELAXED_LOGIN_LIMITS,
  codeOf,
  demoToken,
  gql,
  wechatToken,
} from '../support/identity-fixtures';

const SAVED_FIELDS = `
  id
  kind
  code
  title
  available
  missingCount
  unansweredCount
  complete
  answers { questionId yes }
  heldCodes
  createdAt
  updatedAt
`;
const SAVE = `mutation Save($input: SaveChecklistInput!) { saveChecklist(input: $input) { ${SAVED_FIELDS} } }`;
const LIST = `query List($subject: ChecklistSubjectInput) { savedChecklists(subject: $subject) { ${SAVED_FIELDS} } }`;
const DELETE = 'mutation Delete($id: ID!) { deleteSavedChecklist(id: $id) }';
const TEMPLATE = `query Template($subject: ChecklistSubjectInput!) {
  checklist(subject: $subject) { title questions { id text } materials { code name required questionId source } }
}`;
const BROWSE = `query Browse($offset: Int!) { browseServiceItems(limit: 20, offset: $offset) { items { code } nextOffset } }`;

interface Saved {
  id: string;
  kind: 'ITEM' | 'THEME';
  code: string;
  title: string;
  available: boolean;
  missingCount: number | null;
  unansweredCount: number | null;
  complete: boolean;
  answers: { questionId: string; yes: boolean }[];
  heldCodes: string[];
  createdAt: string;
  updatedAt: string;
}
interface Template {
  title: string;
  questions: { id: string; text: string }[];
  materials: {
    code: string;
    name: string;
    required: boolean;
    questionId: string | null;
    source: string;
  }[];
}
type Subject = { kind: 'ITEM' | 'THEME'; code: string };

const KFD: Subject = { kind: 'THEME', code: 'YJS-KFD' };
const FOOD_LICENCE: Subject = { kind: 'ITEM', code: '370103-XK-01012' };
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('checklists saved on the account (我的 → 已存清单)', () => {
  const stack = useAppWithSimulator(RELAXED_LOGIN_LIMITS);
  let a: string;
  let b: string;
  let kfd: Template;

  beforeAll(async () => {
    a = await demoToken(stack.app, 'CITIZEN_A');
    b = await demoToken(stack.app, 'CITIZEN_B');
    kfd = (await gql<{ checklist: Template }>(stack.app, TEMPLATE, { subject: KFD })).data!
      .checklist;
  });

  async function save(token: string, input: Record<string, unknown>) {
    return gql<{ saveChecklist: Saved }>(stack.app, SAVE, { input }, token);
  }

  async function saved(token: string, input: Record<string, unknown>): Promise<Saved> {
    const body = await save(token, input);
    expect(body.errors).toBeUndefined();
    return body.data!.saveChecklist;
  }

  async function list(token: string, subject?: Subject): Promise<Saved[]> {
    const body = await gql<{ savedChecklists: Saved[] }>(stack.app, LIST, { subject }, token);
    expect(body.errors).toBeUndefined();
    return body.data!.savedChecklists;
  }

  async function remove(token: string, id: string) {
    return gql<{ deleteSavedChecklist: boolean }>(stack.app, DELETE, { id }, token);
  }

  it('refuses anonymous callers', async () => {
    expect(codeOf(await gql(stack.app, LIST))).toBe('UNAUTHENTICATED');
    const refused = await gql(stack.app, SAVE, {
      input: { subject: KFD, answers: [], heldCodes: [] },
    });
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0]?.message).toBe('请先登录');
    expect(codeOf(await gql(stack.app, DELETE, { id: UNKNOWN_ID }))).toBe('UNAUTHENTICATED');
  });

  it('saves a checklist, re-saving updates the same one, and the list shows what is missing', async () => {
    expect(await list(a)).toEqual([]);
    const [first, second] = kfd.materials.filter((material) => material.required);
    const created = await saved(a, { subject: KFD, answers: [], heldCodes: [first.code] });
    const expectedMissing = evaluateChecklist(kfd, [], [first.code]).missing.length;
    expect(created).toMatchObject({
      kind: 'THEME',
      code: 'YJS-KFD',
      title: '我要开饭店',
      available: true,
      missingCount: expectedMissing,
      unansweredCount: kfd.questions.length,
      complete: false,
      answers: [],
      heldCodes: [first.code],
    });
    expect(created.updatedAt).toBe(created.createdAt);

    const answers = [{ questionId: kfd.questions[0].id, yes: true }];
    const heldCodes = [first.code, second.code, first.code];
    const updated = await saved(a, { subject: KFD, answers, heldCodes });
    expect(updated.id).toBe(created.id);
    expect(updated.createdAt).toBe(created.createdAt);
    expect(new Date(updated.updatedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(created.updatedAt).getTime(),
    );
    expect(updated.heldCodes).toEqual([first.code, second.code]);
    expect(updated.answers).toEqual(answers);
    const evaluation = evaluateChecklist(kfd, answers, [first.code, second.code]);
    expect(updated.missingCount).toBe(evaluation.missing.length);
    expect(updated.unansweredCount).toBe(0);

    const listed = await list(a);
    expect(listed).toEqual([updated]);
    expect(await list(a, KFD)).toEqual([updated]);
    expect(await list(a, FOOD_LICENCE)).toEqual([]);
  });

  it('lists newest first and says when every material is ready', async () => {
    const item = (
      await gql<{ checklist: Template }>(stack.app, TEMPLATE, { subject: FOOD_LICENCE })
    ).data!.checklist;
    const answers = item.questions.map((question) => ({ questionId: question.id, yes: false }));
    const needed = evaluateChecklist(item, answers, []).needed.map((material) => material.code);
    const ready = await saved(a, { subject: FOOD_LICENCE, answers, heldCodes: needed });
    expect(ready).toMatchObject({
      title: '食品经营许可证核发',
      missingCount: 0,
      unansweredCount: 0,
      complete: true,
    });
    expect((await list(a)).map((row) => row.code)).toEqual([FOOD_LICENCE.code, KFD.code]);

    // Re-saving the older one moves it to the top.
    const current = (await list(a, KFD))[0];
    await saved(a, { subject: KFD, answers: current.answers, heldCodes: current.heldCodes });
    expect((await list(a)).map((row) => row.code)).toEqual([KFD.code, FOOD_LICENCE.code]);
  });

  it("keeps each account's checklists to itself: B neither sees nor deletes A's", async () => {
    const mine = await list(a);
    expect(mine.length).toBeGreaterThan(0);
    expect(await list(b)).toEqual([]);
    expect(await list(b, KFD)).toEqual([]);

    const refused = await remove(b, mine[0].id);
    expect(codeOf(refused)).toBe('NOT_FOUND');
    expect(refused.errors?.[0]?.message).toBe('未找到这份清单');
    expect(await list(a)).toEqual(mine);

    // B saving the same subject gets B's own checklist; A's stays as it was.
    const theirs = await saved(b, { subject: KFD, answers: [], heldCodes: [] });
    expect(theirs.id).not.toBe(mine.find((row) => row.code === KFD.code)!.id);
    expect(await list(a)).toEqual(mine);
    expect((await list(b)).map((row) => row.id)).toEqual([theirs.id]);

    expect((await remove(b, theirs.id)).data?.deleteSavedChecklist).toBe(true);
    expect(await list(b)).toEqual([]);
    expect(codeOf(await remove(b, theirs.id))).toBe('NOT_FOUND');
    expect(codeOf(await remove(a, UNKNOWN_ID))).toBe('NOT_FOUND');
    expect(codeOf(await remove(a, 'not-a-uuid'))).toBe('BAD_USER_INPUT');
    expect(await list(a)).toEqual(mine);
  });

  it('refuses subjects, questions and materials that are not in the catalogue, saving nothing', async () => {
    const token = await wechatToken(stack.app, 'wx-saved-checklists-bad-input');
    const unknownTheme = await save(token, {
      subject: { kind: 'THEME', code: 'YJS-NOPE' },
      answers: [],
      heldCodes: [],
    });
    expect(codeOf(unknownTheme)).toBe('NOT_FOUND');
    expect(unknownTheme.errors?.[0]?.message).toBe('要保存的事项或主题不存在或已下线');

    const foreignCode = await save(token, { subject: KFD, answers: [], heldCodes: ['M999'] });
    expect(foreignCode.errors?.[0]).toMatchObject({
      message: '勾选的材料不属于这份清单',
      extensions: { code: 'BAD_USER_INPUT', field: 'heldCodes' },
    });
    const foreignQuestion = await save(token, {
      subject: KFD,
      answers: [{ questionId: 'q-unknown', yes: true }],
      heldCodes: [],
    });
    expect(foreignQuestion.errors?.[0]).toMatchObject({
      message: '回答的问题不属于这份清单',
      extensions: { code: 'BAD_USER_INPUT', field: 'answers' },
    });
    const twice = await save(token, {
      subject: KFD,
      answers: [
        { questionId: kfd.questions[0].id, yes: true },
        { questionId: kfd.questions[0].id, yes: false },
      ],
      heldCodes: [],
    });
    expect(twice.errors?.[0]?.message).toBe('同一个问题只能回答一次');
    const malformed = await save(token, {
      subject: KFD,
      answers: [],
      heldCodes: ["M001' OR '1'='1"],
    });
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toBe('材料编码格式不正确');

    expect(await list(token)).toEqual([]);
  });

  it('drops answers and ticks the current checklist no longer has, and keeps a subject that left the catalogue', async () => {
    const token = await wechatToken(stack.app, 'wx-saved-checklists-stale');
    const [first] = kfd.materials;
    const row = await saved(token, { subject: KFD, answers: [], heldCodes: [first.code] });
    // As if the checklist had changed since: a material and a question it no longer has.
    await stack.app.dataSource.query(
      'UPDATE saved_checklist SET held_codes = ?, answers = ? WHERE id = ?',
      [
        JSON.stringify([first.code, 'M-GONE']),
        JSON.stringify([{ questionId: 'q-gone', yes: true }]),
        row.id,
      ],
    );
    const [stale] = await list(token);
    expect(stale).toMatchObject({
      heldCodes: [first.code],
      answers: [],
      missingCount: row.missingCount,
    });

    // An item that has left the catalogue: still listed with its saved name, can be deleted.
    const item = await saved(token, { subject: FOOD_LICENCE, answers: [], heldCodes: [] });
    await stack.app.dataSource.query('UPDATE saved_checklist SET subject_code = ? WHERE id = ?', [
      '370103-XK-99999',
      item.id,
    ]);
    const gone = (await list(token)).find((entry) => entry.id === item.id)!;
    expect(gone).toMatchObject({
      code: '370103-XK-99999',
      title: '食品经营许可证核发',
      available: false,
      missingCount: null,
      unansweredCount: null,
      complete: false,
    });
    expect((await remove(token, item.id)).data?.deleteSavedChecklist).toBe(true);
  });

  it('keeps at most 30 per account, with a clear message; re-saving one of them still works', async () => {
    const token = await wechatToken(stack.app, 'wx-saved-checklists-limit');
    const codes: string[] = [];
    type BrowsePage = {
      browseServiceItems: { items: { code: string }[]; nextOffset: number | null };
    };
    let offset: number | null = 0;
    while (offset !== null && codes.length < 33) {
      const page: BrowsePage = (await gql<BrowsePage>(stack.app, BROWSE, { offset })).data!;
      codes.push(...page.browseServiceItems.items.map((entry) => entry.code));
      offset = page.browseServiceItems.nextOffset;
    }
    expect(codes.length).toBeGreaterThanOrEqual(33);
    for (const code of codes.slice(0, 29)) {
      await saved(token, { subject: { kind: 'ITEM', code }, answers: [], heldCodes: [] });
    }
    // Three new ones at once with room for one: exactly one is kept.
    const racing = await Promise.all(
      [29, 31, 32].map((i) =>
        save(token, { subject: { kind: 'ITEM', code: codes[i] }, answers: [], heldCodes: [] }),
      ),
    );
    expect(racing.map((body) => codeOf(body) ?? 'OK').sort()).toEqual([
      'OK',
      'SAVED_CHECKLIST_LIMIT',
      'SAVED_CHECKLIST_LIMIT',
    ]);
    expect(await list(token)).toHaveLength(30);
    const winner = racing.find((body) => body.data)!.data!.saveChecklist;
    expect((await remove(token, winner.id)).data?.deleteSavedChecklist).toBe(true);
    await saved(token, { subject: { kind: 'ITEM', code: codes[29] }, answers: [], heldCodes: [] });
    const over = await save(token, {
      subject: { kind: 'ITEM', code: codes[30] },
      answers: [],
      heldCodes: [],
    });
    expect(codeOf(over)).toBe('SAVED_CHECKLIST_LIMIT');
    expect(over.errors?.[0]?.message).toBe(
      '最多可保存30份清单，请先在「我的 → 已存清单」删除不需要的',
    );
    expect(await list(token)).toHaveLength(30);

    // Updating one of the 30 is not a new one.
    await saved(token, { subject: { kind: 'ITEM', code: codes[0] }, answers: [], heldCodes: [] });
    // After deleting one there is room again.
    const oldest = (await list(token)).at(-1)!;
    expect((await remove(token, oldest.id)).data?.deleteSavedChecklist).toBe(true);
    await saved(token, { subject: { kind: 'ITEM', code: codes[30] }, answers: [], heldCodes: [] });
    expect(await list(token)).toHaveLength(30);
  });
});
