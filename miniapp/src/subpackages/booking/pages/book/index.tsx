import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { PageShell } from '@/components/page-shell';
import { StateView } from '@/components/state-view';
import { BookingCategoriesQuery } from '../../calendar.graphql';
import { BOOKING_PATHS, type BookingOrigin } from '../../booking-paths';
import { CategoryStep, type Category } from '../../components/category-step';
import { ConfirmStep } from '../../components/confirm-step';
import { DateStep } from '../../components/date-step';
import { PersonStep, type Person } from '../../components/person-step';
import { SlotStep, type Slot } from '../../components/slot-step';
import { Notice, StepHeader } from '../../components/step-header';
import { handOver } from '../../handoff';
import { DISTRICT_HALL_CODE } from '../../hall';
import { AttemptKeys } from '../../model/attempt-key';
import type { BookingStep } from '../../model/refusal';
import { bookingStrings as s } from '../../strings';
import '../../booking.scss';
import './index.scss';

function param(raw: string | undefined): string {
  if (!raw) return '';
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}

function originOf(params: Record<string, string | undefined>): BookingOrigin | null {
  const kind = params.kind;
  const code = param(params.code);
  if ((kind !== 'ITEM' && kind !== 'THEME') || !code) return null;
  return { kind, code, name: param(params.name) || code };
}

const PREVIOUS: Record<BookingStep, BookingStep | null> = {
  category: null,
  date: 'category',
  slot: 'date',
  person: 'slot',
  confirm: 'person',
};

/**
 * 预约办事: category (or preselected by an item or theme page) → date → slot → for whom →
 * confirm, on one page so every choice stays while the citizen goes back and forth. A refusal
 * of the BFF brings the citizen back to the step it belongs to, with its message there.
 */
function BookPage() {
  const router = useRouter();
  const preselected = param(router.params.category).toUpperCase();
  const [origin] = useState(() => originOf(router.params));
  const categories = useGraphqlQuery(BookingCategoriesQuery, { hallCode: DISTRICT_HALL_CODE });
  const [step, setStep] = useState<BookingStep>(preselected ? 'date' : 'category');
  const [category, setCategory] = useState<Category | null>(null);
  const [date, setDate] = useState<string | null>(null);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [person, setPerson] = useState<Person | null>(null);
  const [notice, setNotice] = useState<{ step: BookingStep; text: string } | null>(null);
  const keys = useRef(new AttemptKeys()).current;

  // The category an item or theme page named: take it once the categories are known.
  useEffect(() => {
    if (!preselected || category || !categories.data) return;
    const found = categories.data.bookingCategories.find(
      (c) => c.code === preselected && c.bookable,
    );
    if (found) setCategory(found);
    else {
      setStep('category');
      setNotice({ step: 'category', text: s.categoryUnknown });
    }
  }, [preselected, category, categories.data]);

  const go = (next: BookingStep, message?: string) => {
    setNotice(message ? { step: next, text: message } : null);
    setStep(next);
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  };
  const previous = PREVIOUS[step];
  const back = previous ? () => go(previous) : undefined;

  let body;
  if (step === 'category' || !category) {
    body =
      step !== 'category' && !categories.error ? (
        <StateView kind="loading" message={s.loading} />
      ) : (
        <CategoryStep
          query={categories}
          selected={category?.code ?? null}
          onChoose={(chosen) => {
            if (chosen.code !== category?.code) {
              setDate(null);
              setSlot(null);
            }
            setCategory(chosen);
            go('date');
          }}
          onUnavailable={(c) =>
            setNotice({ step: 'category', text: `${c.name}：${s.categoryNotBookable}` })
          }
        />
      );
  } else if (step === 'date' || !date) {
    body = (
      <DateStep
        categoryCode={category.code}
        categoryName={category.name}
        onChoose={(chosen) => {
          if (chosen !== date) setSlot(null);
          setDate(chosen);
          go('slot');
        }}
      />
    );
  } else if (step === 'slot' || !slot) {
    body = (
      <SlotStep
        categoryCode={category.code}
        categoryName={category.name}
        date={date}
        onChoose={(chosen) => {
          setSlot(chosen);
          go('person');
        }}
        onOtherDay={() => go('date')}
      />
    );
  } else if (step === 'person' || !person) {
    body = (
      <PersonStep
        selected={person}
        onChoose={(chosen) => {
          setPerson(chosen);
          go('confirm');
        }}
      />
    );
  } else {
    body = (
      <ConfirmStep
        category={category}
        date={date}
        slot={slot}
        person={person}
        origin={origin}
        keys={keys}
        onBooked={(appointment, templates) => {
          handOver(appointment, templates);
          void Taro.redirectTo({ url: `${BOOKING_PATHS.done}?id=${appointment.id}` });
        }}
        onRefused={(target, message) => {
          if (target === 'date') setSlot(null);
          if (target === 'person') setPerson(null);
          go(target, message);
        }}
      />
    );
  }

  return (
    <PageShell className="booking book">
      <StepHeader step={step} onBack={back} />
      {origin && (
        <Text className="bk-origin" data-testid="booking-origin">
          {s.fromOrigin(origin.kind, origin.name)}
        </Text>
      )}
      {notice && notice.step === step && (
        <View className="section">
          <Notice text={notice.text} />
        </View>
      )}
      {body}
    </PageShell>
  );
}

export default BookPage;
