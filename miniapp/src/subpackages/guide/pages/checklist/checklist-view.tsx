import { Text, View } from '@tarojs/components';
import type { ChecklistAnswer } from '@shizhong/domain';
import { a11y } from '@/utils/a11y';
import { formatMaterialForms } from '../../materials/format';
import { materialStrings as ms } from '../../materials/strings';
import {
  evaluate,
  summaryHeadline,
  type ChecklistMaterialData,
  type ChecklistTemplateData,
  type Evaluation,
} from './checklist-model';
import { checklistStrings as s } from './strings';

export interface ChecklistViewProps {
  template: ChecklistTemplateData;
  answers: readonly ChecklistAnswer[];
  heldCodes: readonly string[];
  /** A shared list: answers and ticks are shown, not changed. */
  readOnly?: boolean;
  onAnswer?: (questionId: string, yes: boolean) => void;
  onToggle?: (code: string, held: boolean) => void;
}

/** Questions, needed materials and the live summary of a self-check checklist. */
export function ChecklistView({
  template,
  answers,
  heldCodes,
  readOnly = false,
  onAnswer,
  onToggle,
}: ChecklistViewProps) {
  const evaluation = evaluate(template, answers, heldCodes);
  const held = new Set(heldCodes);
  const answerOf = new Map(answers.map((a) => [a.questionId, a.yes]));

  return (
    <View className="checklist" data-read-only={readOnly ? 'true' : 'false'}>
      {template.questions.length > 0 && (
        <View className="section">
          <SectionTitle>{readOnly ? s.questionsShared : s.questions}</SectionTitle>
          <View className="card">
            {template.questions.map((question) => (
              <Question
                key={question.id}
                id={question.id}
                text={question.text}
                answer={answerOf.get(question.id)}
                readOnly={readOnly}
                onAnswer={onAnswer}
              />
            ))}
          </View>
        </View>
      )}

      <View className="section">
        <SectionTitle>{s.materials(evaluation.needed.length)}</SectionTitle>
        <View className="card checklist-materials" {...a11y({ role: 'list' })}>
          {evaluation.needed.length === 0 && (
            <Text className="checklist-text">{s.noMaterials}</Text>
          )}
          {evaluation.needed.map((material) => (
            <View
              key={material.code}
              className="checklist-materials__entry"
              {...a11y({ role: 'listitem' })}
            >
              <MaterialRow
                material={material}
                held={held.has(material.code)}
                readOnly={readOnly}
                onToggle={onToggle}
              />
            </View>
          ))}
        </View>
      </View>

      <ChecklistSummary evaluation={evaluation} />
    </View>
  );
}

export function ChecklistSummary({ evaluation }: { evaluation: Evaluation }) {
  const headline =
    evaluation.unanswered.length > 0 && evaluation.missing.length === 0
      ? s.unanswered(evaluation.unanswered.length)
      : summaryHeadline(evaluation);
  return (
    <View className="section">
      <View
        className={`checklist-summary checklist-summary--${evaluation.complete ? 'complete' : 'missing'}`}
        data-testid="checklist-summary"
        data-complete={evaluation.complete ? 'true' : 'false'}
        data-missing={String(evaluation.missing.length)}
        {...a11y({ role: 'status' })}
        aria-live="polite"
      >
        <Text className="checklist-summary__headline" data-testid="checklist-summary-headline">
          {headline}
        </Text>
        {evaluation.missing.map((m) => (
          <Text key={m.code} className="checklist-summary__missing" data-testid="missing-material">
            {`· ${s.missingRow(m.name, ms.source(m.source))}`}
          </Text>
        ))}
        {evaluation.missing.length > 0 && evaluation.unanswered.length > 0 && (
          <Text className="checklist-summary__missing">
            {s.unanswered(evaluation.unanswered.length)}
          </Text>
        )}
      </View>
    </View>
  );
}

interface QuestionProps {
  id: string;
  text: string;
  answer: boolean | undefined;
  readOnly: boolean;
  onAnswer?: (questionId: string, yes: boolean) => void;
}

function Question({ id, text, answer, readOnly, onAnswer }: QuestionProps) {
  if (readOnly) {
    return (
      <View className="question" data-testid="question" data-question-id={id}>
        <Text className="question__text">{text}</Text>
        <Text className="question__answer">
          {s.yourAnswer(answer === undefined ? s.unansweredShort : s.answered(answer))}
        </Text>
      </View>
    );
  }
  const choice = (yes: boolean) => {
    const selected = answer === yes;
    const label = yes ? s.yes : s.no;
    const choose = () => onAnswer?.(id, yes);
    return (
      <View
        className={`question__choice${selected ? ' question__choice--selected' : ''}`}
        data-testid={yes ? 'answer-yes' : 'answer-no'}
        data-selected={selected ? 'true' : 'false'}
        onClick={choose}
        {...choiceA11y('radio', selected, s.answerLabel(text, label), choose)}
      >
        <Text {...a11y({ hidden: true })}>{label}</Text>
      </View>
    );
  };
  return (
    <View className="question" data-testid="question" data-question-id={id}>
      <Text className="question__text" id={`q-${id}`}>
        {text}
      </Text>
      <View className="question__choices" {...groupA11y(`q-${id}`)}>
        {choice(true)}
        {choice(false)}
      </View>
    </View>
  );
}

interface MaterialRowProps {
  material: ChecklistMaterialData;
  held: boolean;
  readOnly: boolean;
  onToggle?: (code: string, held: boolean) => void;
}

function MaterialRow({ material, held, readOnly, onToggle }: MaterialRowProps) {
  const forms = formatMaterialForms(material);
  const details = (
    <View className="checklist-material__body">
      <Text className="checklist-material__name">{material.name}</Text>
      {readOnly && <Text className="checklist-material__state">{held ? s.held : s.notHeld}</Text>}
      {forms && <Text className="checklist-note">{forms}</Text>}
      <Text className="checklist-note checklist-material__source">
        {ms.source(material.source)}
      </Text>
    </View>
  );
  if (readOnly) {
    return (
      <View
        className={`checklist-material checklist-material--${held ? 'held' : 'missing'}`}
        data-testid="checklist-material"
        data-code={material.code}
        data-held={held ? 'true' : 'false'}
      >
        <Text className="checklist-material__mark" {...a11y({ hidden: true })}>
          {held ? '✓' : '✗'}
        </Text>
        {details}
      </View>
    );
  }
  const toggle = () => onToggle?.(material.code, !held);
  return (
    <View
      className={`checklist-material checklist-material--editable checklist-material--${held ? 'held' : 'missing'}`}
      data-testid="checklist-material"
      data-code={material.code}
      data-held={held ? 'true' : 'false'}
      onClick={toggle}
      {...choiceA11y(
        'checkbox',
        held,
        s.checkboxLabel(material.name, ms.source(material.source)),
        toggle,
      )}
    >
      <View className="checklist-box" {...a11y({ hidden: true })}>
        {held && <Text className="checklist-box__tick">✓</Text>}
      </View>
      {details}
    </View>
  );
}

interface KeyLike {
  key?: string;
  preventDefault?: () => void;
}

/**
 * A tappable checkbox or radio: H5 gets role, aria-checked and keyboard activation; WeChat reads
 * aria-role and a label that says the state (it has no aria-checked).
 */
function choiceA11y(
  role: 'checkbox' | 'radio',
  checked: boolean,
  label: string,
  activate: () => void,
): Record<string, unknown> {
  if (process.env.TARO_ENV === 'h5') {
    return {
      role,
      'aria-checked': checked ? 'true' : 'false',
      ariaLabel: label,
      tabIndex: 0,
      onKeyDown: (event: KeyLike) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault?.();
          activate();
        }
      },
    };
  }
  return { ariaRole: role, ariaLabel: `${label}，${checked ? '已选' : '未选'}` };
}

function groupA11y(labelledBy: string): Record<string, unknown> {
  if (process.env.TARO_ENV === 'h5') return { role: 'radiogroup', 'aria-labelledby': labelledBy };
  return {};
}

function SectionTitle({ children }: { children: string }) {
  return (
    <Text className="section__title" {...a11y({ role: 'heading', level: 2 })}>
      {children}
    </Text>
  );
}
