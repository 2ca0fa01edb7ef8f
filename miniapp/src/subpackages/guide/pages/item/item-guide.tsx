import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState, type ReactNode } from 'react';
import { callPhone, openChecklist, openTheme } from '@/common/navigation';
import { FreshnessNote } from '@/components/freshness-note';
import { getItemBadges } from '@/components/hot-item-list/badges';
import { ItemBadge } from '@/components/item-badge';
import type { ServiceItemPageQuery } from '@/gql/graphql';
import { a11y } from '@/utils/a11y';
import { bookingUrl } from '@/subpackages/booking/booking-paths';
import { CollapsibleSection } from './collapsible-section';
import { copyLink } from './external-link';
import { MaterialList } from './material-list';
import { itemStrings as s } from './strings';

export type GuideItem = NonNullable<ServiceItemPageQuery['serviceItem']>;

/** Steps beyond this many are behind 展开全部 (long guides stay short in care mode). */
const FIRST_STEPS = 4;

/** The whole 办事指南 of one item, section by section. */
export function ItemGuide({ item }: { item: GuideItem }) {
  const required = item.materials.filter((m) => m.required).length;
  const conditional = item.materials.length - required;
  return (
    <>
      <View className="item-head">
        <Text className="item-head__name" {...a11y({ role: 'heading', level: 1 })}>
          {item.name}
        </Text>
        <Text className="item-head__dept">{item.departmentName}</Text>
        <View className="item-head__badges">
          {getItemBadges(item).map((badge) => (
            <ItemBadge key={badge.kind} badge={badge} />
          ))}
        </View>
        <FreshnessNote freshness={item.freshness} />
        <ChecklistButton code={item.code} />
        {item.bookingCategoryCode && (
          <BookButton code={item.code} name={item.name} category={item.bookingCategoryCode} />
        )}
      </View>

      <Section title={s.summary} testId="item-summary">
        <Field label={s.department} value={item.departmentName} />
        <Field label={s.type} value={item.type} />
        {item.audiences.length > 0 && (
          <Field label={s.audiences} value={s.audienceList(item.audiences)} />
        )}
        <Field label={s.committed} value={s.workingDays(item.committedDays)} testId="committed" />
        <Field label={s.statutory} value={s.workingDays(item.statutoryDays)} testId="statutory" />
        <Field label={s.visits} value={s.visitsText(item.visitsNeeded)} />
        <Field
          label={s.fees}
          value={
            item.free || item.fees.length === 0
              ? s.free
              : item.fees.map((fee) => s.feeLine(fee.name, fee.amount, fee.unit)).join('\n')
          }
          testId="fees"
        />
        {!item.free &&
          item.fees.map((fee) => (
            <Text key={fee.name} className="item-note">
              {s.feeBasis(fee.basis)}
            </Text>
          ))}
      </Section>

      <Section title={s.online} testId="item-online">
        <Text className="item-text">
          {item.fullyOnline ? s.fullyOnline : item.preReview ? s.preReview : s.offlineOnly}
        </Text>
        {item.onlineUrl && (item.fullyOnline || item.preReview) && (
          <View className="item-url">
            <Text className="item-url__label">{s.onlineUrl}</Text>
            <Text className="item-url__text" userSelect data-testid="online-url">
              {item.onlineUrl}
            </Text>
            <Button
              className="item-button item-button--soft"
              onClick={() => copyLink(item.onlineUrl ?? '')}
              {...a11y({ label: s.copyLinkLabel(s.online) })}
            >
              {s.copyLink}
            </Button>
          </View>
        )}
      </Section>

      <Section title={s.conditions} testId="item-conditions">
        {item.conditions.length === 0 && <Text className="item-text">{s.noConditions}</Text>}
        {item.conditions.map((condition, i) => (
          <Text key={i} className="item-list-row item-text">
            {`${i + 1}. ${condition}`}
          </Text>
        ))}
      </Section>

      <View className="section" data-testid="item-materials">
        <Text className="section__title" {...a11y({ role: 'heading', level: 2 })}>
          {s.materials}
        </Text>
        {item.materials.length > 0 && (
          <Text className="item-section-note">{s.materialsCount(required, conditional)}</Text>
        )}
        <View className="card">
          <MaterialList materials={item.materials} />
        </View>
        {item.materials.length > 0 && <ChecklistButton code={item.code} />}
      </View>

      {item.steps.length > 0 && <StepList steps={item.steps} />}

      <Section title={s.location} testId="item-location">
        <Field label={s.zone} value={item.zone} />
        <Field label={s.window} value={item.window} />
        <Field label={s.officeHours} value={item.officeHours} />
        <View className="item-phone">
          <View className="item-phone__text">
            <Text className="field__label">{s.phone}</Text>
            <Text className="item-phone__number" data-testid="item-phone">
              {item.phone}
            </Text>
          </View>
          <Button
            className="item-button item-button--primary"
            onClick={() => callPhone(item.phone)}
            data-testid="item-call"
            {...a11y({ label: s.callLabel(item.phone) })}
          >
            {s.call}
          </Button>
        </View>
      </Section>

      <Section title={s.results} testId="item-results">
        <Field
          label={s.results}
          value={
            item.results.length > 0
              ? item.results.map((r) => s.resultLine(r.name, r.kind)).join('\n')
              : s.noResults
          }
        />
        <Field
          label={s.delivery}
          value={item.deliveryOptions.length > 0 ? item.deliveryOptions.join('、') : s.noResults}
        />
      </Section>

      {item.faq.length > 0 && (
        <Section title={s.faq} testId="item-faq">
          {item.faq.map((entry) => (
            <FaqRow key={entry.question} question={entry.question} answer={entry.answer} />
          ))}
        </Section>
      )}

      {item.themes.length > 0 && (
        <Section title={s.themes} testId="item-themes">
          <Text className="item-note">{s.themesHint}</Text>
          {item.themes.map((theme) => {
            const open = () => openTheme(theme.code);
            return (
              <View
                key={theme.code}
                className="item-theme"
                data-testid="item-theme-link"
                data-code={theme.code}
                onClick={open}
                {...a11y({ role: 'button', label: s.themeLabel(theme.name), onActivate: open })}
              >
                <View className="item-theme__main">
                  <Text className="item-theme__name">{theme.name}</Text>
                  <Text className="item-note">
                    {s.themeLine(theme.itemCount, theme.committedDays)}
                  </Text>
                </View>
                <Text className="item-theme__chevron" {...a11y({ hidden: true })}>
                  ›
                </Text>
              </View>
            );
          })}
        </Section>
      )}

      {item.legalBasis.length > 0 && (
        <CollapsibleSection title={s.legalBasis} testId="item-legal-basis">
          {item.legalBasis.map((basis, i) => (
            <Text key={i} className="item-list-row item-text">
              {`${i + 1}. ${basis}`}
            </Text>
          ))}
        </CollapsibleSection>
      )}
    </>
  );
}

function ChecklistButton({ code }: { code: string }) {
  return (
    <View className="item-checklist">
      <Button
        className="item-checklist__button"
        data-testid="start-checklist"
        onClick={() => openChecklist('ITEM', code)}
      >
        {s.startChecklist}
      </Button>
      <Text className="item-checklist__hint">{s.startChecklistHint}</Text>
    </View>
  );
}

/** 预约办理: the booking flow with the item's category preselected (subpackage booking). */
function BookButton({ code, name, category }: { code: string; name: string; category: string }) {
  const open = () =>
    void Taro.navigateTo({ url: bookingUrl({ category, origin: { kind: 'ITEM', code, name } }) });
  return (
    <View className="item-checklist">
      <Button
        className="item-checklist__button item-book__button"
        data-testid="start-booking"
        onClick={open}
        {...a11y({ label: `${s.book}。${s.bookHint}` })}
      >
        {s.book}
      </Button>
      <Text className="item-checklist__hint">{s.bookHint}</Text>
    </View>
  );
}

function Section({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <View className="section" data-testid={testId}>
      <Text className="section__title" {...a11y({ role: 'heading', level: 2 })}>
        {title}
      </Text>
      <View className="card">{children}</View>
    </View>
  );
}

function Field({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <View className="field" data-testid={testId ? `field-${testId}` : undefined}>
      <Text className="field__label">{label}</Text>
      <Text className="field__value">{value}</Text>
    </View>
  );
}

function StepList({ steps }: { steps: GuideItem['steps'] }) {
  const [all, setAll] = useState(steps.length <= FIRST_STEPS + 1);
  const shown = all ? steps : steps.slice(0, FIRST_STEPS);
  return (
    <Section title={s.steps} testId="item-steps">
      <View {...a11y({ role: 'list' })}>
        {shown.map((step, i) => (
          <View key={i} className="step" data-testid="step-row" {...a11y({ role: 'listitem' })}>
            <Text className="step__number" {...a11y({ hidden: true })}>
              {String(i + 1)}
            </Text>
            <View className="step__main">
              <Text className="step__name">{`${i + 1}. ${step.name}`}</Text>
              <Text className="item-note">{s.stepActor(step.actor)}</Text>
              {step.description && <Text className="item-text">{step.description}</Text>}
            </View>
          </View>
        ))}
      </View>
      {!all && (
        <Button
          className="item-button item-button--soft item-button--block"
          onClick={() => setAll(true)}
        >
          {s.showAll(steps.length)}
        </Button>
      )}
    </Section>
  );
}

function FaqRow({ question, answer }: { question: string; answer: string }) {
  const [open, setOpen] = useState(false);
  const toggle = () => setOpen((v) => !v);
  return (
    <View className="faq" data-testid="faq-row">
      <View
        className="faq__question"
        onClick={toggle}
        data-testid="faq-toggle"
        {...a11y({
          role: 'button',
          label: s.faqQuestionLabel(question, open),
          expanded: open,
          onActivate: toggle,
        })}
      >
        <Text className="faq__q-text">{question}</Text>
        <Text className="faq__state" {...a11y({ hidden: true })}>
          {open ? s.collapse : s.expand}
        </Text>
      </View>
      {open && (
        <Text className="faq__answer item-text" data-testid="faq-answer">
          {answer}
        </Text>
      )}
    </View>
  );
}
