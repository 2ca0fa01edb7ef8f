import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { useGraphqlQuery } from '@/api/use-graphql-query';
import { PageShell } from '@/components/page-shell';
import { StateView } from '@/components/state-view';
import { ItemGuide } from './item-guide';
import { ItemNotFound } from './item-not-found';
import { ServiceItemPageQuery } from './item.graphql';
import { itemStrings as s } from './strings';
import './index.scss';

function readCode(raw: string | undefined): string {
  if (!raw) return '';
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw.trim();
  }
}

/** 办事指南 of one item; an unknown code gets a proper not-found page. */
function ServiceItemPage() {
  const router = useRouter();
  const code = readCode(router.params.code);
  const query = useGraphqlQuery(ServiceItemPageQuery, { code }, { pause: !code });
  const item = query.data?.serviceItem;
  const title = item?.name ?? (query.data && !item ? s.notFound : undefined);

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
      <PageShell className="item">
        <ItemNotFound code={code} />
      </PageShell>
    );
  }
  return (
    <PageShell className="item">
      <ItemGuide item={item} />
    </PageShell>
  );
}

export default ServiceItemPage;
