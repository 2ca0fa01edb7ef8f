import {
  checklistQuestionId,
  checklistQuestions,
  conditionAsQuestion,
} from './checklist-questions';

describe('checklistQuestions', () => {
  it('asks one question per distinct condition of the conditional materials, in order', () => {
    const questions = checklistQuestions([
      { required: true },
      { required: false, condition: '经营场所为租赁的' },
      { required: false, condition: '委托他人代为办理的' },
      { required: false, condition: '经营场所为租赁的' },
      { required: true, condition: '不会被问到的' },
    ]);
    expect(questions.map((question) => question.text)).toEqual([
      '经营场所是租赁的吗？',
      '委托他人代为办理吗？',
    ]);
    expect(questions[0].condition).toBe('经营场所为租赁的');
  });

  it('gives each condition a stable id that differs between conditions', () => {
    expect(checklistQuestionId('委托他人代为办理的')).toBe(
      checklistQuestionId('委托他人代为办理的'),
    );
    expect(checklistQuestionId('委托他人代为办理的')).toMatch(/^q[0-9a-f]{8}$/);
    expect(checklistQuestionId('委托他人代为办理的')).not.toBe(
      checklistQuestionId('经营场所为租赁的'),
    );
    const [question] = checklistQuestions([{ required: false, condition: '委托他人代为办理的' }]);
    expect(question.id).toBe(checklistQuestionId('委托他人代为办理的'));
  });

  it('asks nothing for a conditional material without a condition', () => {
    expect(checklistQuestions([{ required: false }, { required: false, condition: '  ' }])).toEqual(
      [],
    );
  });
});

describe('conditionAsQuestion', () => {
  it.each([
    ['经营场所为租赁的', '经营场所是租赁的吗？'],
    ['委托他人代为办理的', '委托他人代为办理吗？'],
    ['营业执照适用情形的', '您的情况需要营业执照吗？'],
    ['未成年人申领的', '未成年人申领吗？'],
    ['因为搬家', '因为搬家？'],
    ['已婚？', '已婚？'],
  ])('%s → %s', (condition, question) => {
    expect(conditionAsQuestion(condition)).toBe(question);
  });
});
