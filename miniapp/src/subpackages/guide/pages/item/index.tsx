import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { callPhone, switchTab } from '@/common/navigation';
import { FreshnessNote } from '@/components/freshness-note';
import { getItemBadges } from '@/components/hot-item-list/badges';
import { ItemBadge } from '@/components/item-badge';
import { PageShell } from '@/components/page-shell';
import { StateView } from '@/components/state-view';
import { a11y } from '@/utils/a11y';
import { ServiceItemPageQuery } from './item.graphql';
import { itemStrings as s } from './strings';
import './index.scss';

function ServiceItemPage() {
  const router = useRouter();
  const code = decodeURIComponent(router.params.code ?? '');
  const query = useGraphqlQuery(ServiceItemPageQuery, { code }, { pause: !code });
  const item = query.data?.serviceItem;
  const title = item?.name;

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
  if (!item) {
    return (
      <PageShell>
        <StateView
          kind="empty"
          message={s.notFound}
          actionText={s.backToServices}
          onAction={() => switchTab('services')}
        />
      </PageShell>
    );
  }

  return (
    <PageShell className="item">
      <View className="item-head">
        <Text className="item-head__name" {...a11y({ role: 'heading', level: 1 })}>
          {item.name}
        </Text>
        <View className="item-head__badges">
          {getItemBadges(item).map((badge) => (
            <ItemBadge key={badge.kind} badge={badge} />
          ))}
        </View>
        <FreshnessNote freshness={item.freshness} />
      </View>

      <View className="section card">
        <Field label={s.department} value={item.departmentName} />
        <Field label={s.type} value={item.type} />
        <Field label={s.committed} value={s.workingDays(item.committedDays)} />
        <Field label={s.statutory} value={s.workingDays(item.statutoryDays)} />
      </View>

      <View className="section">
        <SectionTitle>{s.conditions}</SectionTitle>
        <View className="card">
          {item.conditions.length === 0 && <Text className="item-text">{s.noConditions}</Text>}
          {item.conditions.map((condition, i) => (
            <Text key={i} className="item-list-row item-text">
              {`${i + 1}. ${condition}`}
            </Text>
          ))}
        </View>
      </View>

      <View className="section">
        <SectionTitle>{s.materials}</SectionTitle>
        <View className="card">
          {item.materials.length === 0 && <Text className="item-text">{s.noMaterials}</Text>}
          {item.materials.map((m) => (
            <View key={m.code} className="material" data-testid="material-row">
              <Text className="material__name item-text">{m.name}</Text>
              <Text
                className={`material__tag material__tag--${m.required ? 'required' : 'optional'}`}
              >
                {m.required ? s.required : s.conditional}
              </Text>
            </View>
          ))}
        </View>
      </View>

      <View className="section">
        <SectionTitle>{s.location}</SectionTitle>
        <View className="card">
          <Text className="item-text">{s.locationText(item.zone, item.window)}</Text>
        </View>
      </View>

      <View className="section">
        <SectionTitle>{s.phone}</SectionTitle>
        <View className="card item-phone">
          <Text className="item-phone__number item-text">{item.phone}</Text>
          <Button
            className="item-phone__call"
            onClick={() => callPhone(item.phone)}
            {...a11y({ label: s.callLabel(item.phone) })}
          >
            {s.call}
          </Button>
        </View>
      </View>
    </PageShell>
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
    <View className="field">
      <Text className="field__label">{label}</Text>
      <Text className="field__value">{value}</Text>
    </View>
  );
}

export default ServiceItemPage;
