import { buildChecklistTemplate } from './checklist-template';
import { evaluateChecklist } from './evaluate-checklist';

const template = buildChecklistTemplate([
  { code: 'M000', name: '申请表', required: true, source: '窗口领取' },
  { code: 'M002', name: '身份证件', required: true, source: '申请人自备' },
  {
    code: 'M003',
    name: '租赁合同',
    required: false,
    condition: '经营场所为租赁的',
    source: '申请人自备',
  },
  {
    code: 'M008',
    name: '授权委托书',
    required: false,
    condition: '委托他人代为办理的',
    source: '申请人自备',
  },
  {
    code: 'M009',
    name: '出租方产权证明',
    required: false,
    condition: '经营场所为租赁的',
    source: '出租方提供',
  },
]);
const [lease, proxy] = template.questions;

describe('buildChecklistTemplate', () => {
  it('names the question of each conditional material and none for required ones', () => {
    expect(template.questions.map((question) => question.text)).toEqual([
      '经营场所是租赁的吗？',
      '委托他人代为办理吗？',
    ]);
    expect(template.materials.map((material) => material.questionId)).toEqual([
      null,
      null,
      lease.id,
      proxy.id,
      lease.id,
    ]);
  });
});

describe('evaluateChecklist', () => {
  it('needs the required materials always and conditional ones only when answered yes', () => {
    const result = evaluateChecklist(
      template,
      [
        { questionId: lease.id, yes: true },
        { questionId: proxy.id, yes: false },
      ],
      [],
    );
    expect(result.needed.map((material) => material.code)).toEqual([
      'M000',
      'M002',
      'M003',
      'M009',
    ]);
    expect(result.unanswered).toEqual([]);
  });

  it('names what is still missing and where to get it', () => {
    const result = evaluateChecklist(
      template,
      [
        { questionId: lease.id, yes: true },
        { questionId: proxy.id, yes: true },
      ],
      ['M000', 'M003', 'M008'],
    );
    expect(result.missing).toEqual([
      { code: 'M002', name: '身份证件', source: '申请人自备' },
      { code: 'M009', name: '出租方产权证明', source: '出租方提供' },
    ]);
    expect(result.complete).toBe(false);
  });

  it('is complete when every question is answered and every needed material held', () => {
    const result = evaluateChecklist(
      template,
      [
        { questionId: lease.id, yes: false },
        { questionId: proxy.id, yes: false },
      ],
      ['M000', 'M002'],
    );
    expect(result).toMatchObject({ missing: [], unanswered: [], complete: true });
  });

  it('lists unanswered questions and is not complete until they are answered', () => {
    const result = evaluateChecklist(
      template,
      [{ questionId: lease.id, yes: false }],
      ['M000', 'M002'],
    );
    expect(result.unanswered).toEqual([{ id: proxy.id, text: '委托他人代为办理吗？' }]);
    expect(result.missing).toEqual([]);
    expect(result.complete).toBe(false);
  });

  it('ignores answers and held codes the template does not know', () => {
    const result = evaluateChecklist(
      template,
      [
        { questionId: 'qffffffff', yes: true },
        { questionId: lease.id, yes: false },
        { questionId: proxy.id, yes: false },
      ],
      ['M000', 'M002', 'M999'],
    );
    expect(result.complete).toBe(true);
  });
});
