import { Text, View } from '@tarojs/components';
import { CareModeToggle } from '@/components/care-mode-toggle';
import { PageShell } from '@/components/page-shell';
import { useCareMode } from '@/theme/care-mode';
import { a11y } from '@/utils/a11y';
import { meStrings as s } from './strings';
import './index.scss';

function MePage() {
  const [careMode] = useCareMode();
  return (
    <PageShell className="me">
      <View className="section">
        <View className="card me-login" data-testid="login-placeholder">
          <Text className="me-login__title" {...a11y({ role: 'heading', level: 1 })}>
            {s.login}
          </Text>
          <Text className="me-login__soon">{s.loginSoon}</Text>
          <Text className="me-login__hint">{s.loginHint}</Text>
        </View>
      </View>
      <View className="section">
        <View className="card me-row" data-testid="care-mode-row">
          <View className="me-row__text">
            <Text className="me-row__title">{s.careMode}</Text>
            <Text className="me-row__hint">{careMode ? s.careModeHintOn : s.careModeHintOff}</Text>
          </View>
          <CareModeToggle variant="plain" />
        </View>
      </View>
      <Text className="me-version">{s.version(APP_VERSION)}</Text>
    </PageShell>
  );
}

export default MePage;
