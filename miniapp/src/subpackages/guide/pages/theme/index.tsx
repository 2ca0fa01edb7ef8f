import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { openChecklist, openServiceItem, switchTab } from '@/common/navigation';
import { FreshnessNote } from '@/components/freshness-note';
import { PageShell } from '@/components/page-shell';
import { StateView } from '@/components/state-view';
import type { ThemePageQuery as ThemePageData } from '@/gql/graphql';
import { a11y } from '@/utils/a11y';
import { bookingUrl } from '@/subpackages/booking/booking-paths';
import { formatMaterialForms, formatUsedBy } from '../../materials/format';
import { materialStrings as ms } from '../../materials/strings';
import { ThemePageQuery } from './theme.graphql';
import { themeStrings as s } from './strings';
import './index.scss';

type Theme = NonNullable<ThemePageData['theme']>;

function ThemePage() {
  const router = useRouter();
  const code = decodeURIComponent(router.params.code ?? '');
  const query = useGraphqlQuery(ThemePageQuery, { code }, { pause: !code });
  const theme = query.data?.theme;
  const title = theme?.name;

  useEffect(() => {
    if (title) void Taro.setNavigationBarTitle({ title });
  }, [title]);

  if (code && query.loading && !query.data) {
    return (
      <PageShell>
        <StateView kind="loading" message={s.loading} />
      </PageShell>
    );
  }
  if (query.error && !query.data) {
    return (
      <PageShell>
        <StateView
          kind="error"
          message={s.loadFailed(query.error.message)}
          actionText={s.retry}
          onAction={query.reload}
        />
      </PageShell>
    );
  }
  if (!theme) {
    return (
      <PageShell>
        <StateView
          kind="empty"
          message={s.notFound}
          actionText={s.backHome}
          onAction={() => switchTab('home')}
        />
      </PageShell>
    );
  }
  return <ThemeView theme={theme} />;
}

export function ThemeView({ theme }: { theme: Theme }) {
  const startChecklist = () => openChecklist('THEME', theme.code);
  const startBooking = () =>
    void Taro.navigateTo({
      url: bookingUrl({
        category: theme.bookingCategoryCode,
        origin: { kind: 'THEME', code: theme.code, name: theme.name },
      }),
    });
  return (
    <PageShell className="theme">
      <View className="theme-head">
        <Text className="theme-head__name" {...a11y({ role: 'heading', level: 1 })}>
          {theme.name}
        </Text>
        <Text className="theme-head__desc">{theme.description}</Text>
        <FreshnessNote freshness={theme.freshness} />
      </View>

      <SavingCard theme={theme} />

      <View className="section">
        <Button
          className="theme-start"
          data-testid="start-checklist"
          onClick={startChecklist}
          {...a11y({ label: `${s.startChecklist}。${s.startChecklistHint}` })}
        >
          {s.startChecklist}
        </Button>
        <Text className="theme-start__hint">{s.startChecklistHint}</Text>
      </View>

      {theme.bookingCategoryCode && (
        <View className="section">
          <Button
            className="theme-start theme-book"
            data-testid="start-booking"
            onClick={startBooking}
            {...a11y({ label: `${s.book}。${s.bookHint}` })}
          >
            {s.book}
          </Button>
          <Text className="theme-start__hint">{s.bookHint}</Text>
        </View>
      )}

      <View className="section">
        <SectionTitle>{s.materials(theme.materials.length)}</SectionTitle>
        <View className="card" data-testid="merged-materials" {...a11y({ role: 'list' })}>
          {theme.materials.length === 0 && <Text className="theme-text">{s.noMaterials}</Text>}
          {theme.materials.map((m) => (
            <View
              key={m.code}
              className="merged-material"
              data-testid="merged-material-row"
              data-code={m.code}
              {...a11y({ role: 'listitem' })}
            >
              <View className="merged-material__head">
                <Text className="merged-material__name">{m.name}</Text>
                <Text
                  className={`merged-material__tag merged-material__tag--${m.required ? 'required' : 'optional'}`}
                >
                  {m.required ? ms.required : ms.conditional}
                </Text>
              </View>
              {m.condition && <Text className="theme-note">{s.condition(m.condition)}</Text>}
              <Text className="theme-note">{formatMaterialForms(m)}</Text>
              <Text className="theme-note">{ms.source(m.source)}</Text>
              <Text className="theme-note" data-testid="material-used-by">
                {formatUsedBy(m.usedBy)}
              </Text>
            </View>
          ))}
        </View>
      </View>

      <View className="section">
        <SectionTitle>{s.flow}</SectionTitle>
        <View className="card" {...a11y({ role: 'list' })}>
          {theme.flow.map((stage, i) => (
            <View
              key={stage.stage}
              className="flow-stage"
              data-testid="flow-stage"
              data-parallel={stage.parallel ? 'true' : 'false'}
              {...a11y({ role: 'listitem' })}
            >
              <View className="flow-stage__head">
                <Text className="flow-stage__number">{s.stageNumber(i + 1)}</Text>
                <Text className="flow-stage__name">{stage.stage}</Text>
                {stage.parallel && <Text className="flow-stage__parallel">{s.parallel}</Text>}
              </View>
              {stage.parallel && <Text className="theme-note">{s.parallelHint}</Text>}
              {stage.items.map((item) => (
                <Text key={item.code} className="flow-stage__item">
                  {`· ${item.name}`}
                </Text>
              ))}
            </View>
          ))}
          <Text className="flow-committed">{s.committed(theme.committedDays)}</Text>
        </View>
      </View>

      <View className="section">
        <SectionTitle>{s.items(theme.items.length)}</SectionTitle>
        <View className="card theme-items" {...a11y({ role: 'list' })}>
          {theme.items.map((item) => (
            <View key={item.code} className="theme-items__entry" {...a11y({ role: 'listitem' })}>
              <View
                className="theme-item"
                data-testid="theme-item-row"
                data-code={item.code}
                onClick={() => openServiceItem(item.code)}
                {...a11y({
                  role: 'button',
                  label: s.itemLabel(item.name, item.departmentName),
                  onActivate: () => openServiceItem(item.code),
                })}
              >
                <View className="theme-item__main">
                  <Text className="theme-item__name">{item.name}</Text>
                  <Text className="theme-note">{item.departmentName}</Text>
                </View>
                <Text className="theme-item__chevron" {...a11y({ hidden: true })}>
                  ›
                </Text>
              </View>
            </View>
          ))}
        </View>
      </View>

      <View className="section">
        <SectionTitle>{s.location}</SectionTitle>
        <View className="card">
          <Field label={s.zone} value={theme.zone} />
          <Field label={s.window} value={theme.window} />
        </View>
      </View>
    </PageShell>
  );
}

function SavingCard({ theme }: { theme: Theme }) {
  const { saving } = theme;
  const rows = [
    [s.savingMaterials, saving.materialsBefore, saving.materialsAfter, s.unitCopies],
    [s.savingDays, saving.daysBefore, saving.daysAfter, s.unitDays],
    [s.savingSteps, saving.stepsBefore, saving.stepsAfter, s.unitSteps],
  ] as const;
  return (
    <View className="section">
      <View className="saving" data-testid="theme-saving">
        <Text className="saving__title" {...a11y({ role: 'heading', level: 2 })}>
          {s.savingTitle}
        </Text>
        {rows.map(([label, before, after, unit]) => (
          <View key={label} className="saving__row">
            <Text {...a11y({ hidden: true })}>{s.savingRow(label, before, after, unit)}</Text>
            <Text className="sr-only">{s.savingLabel(label, before, after, unit)}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

function SectionTitle({ children }: { children: string }) {
  return (
    <Text className="section__title" {...a11y({ role: 'heading', level: 2 })}>
      {children}
    </Text>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <View className="theme-field">
      <Text className="theme-field__label">{label}</Text>
      <Text className="theme-field__value">{value}</Text>
    </View>
  );
}

export default ThemePage;
