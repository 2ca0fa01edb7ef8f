import type { PropsWithChildren } from 'react';
import { getCareModeStore } from '@/theme/care-mode';
import './app.scss';

// Restore the care-mode preference before the first page renders.
getCareModeStore();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
