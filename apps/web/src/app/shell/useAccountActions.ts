import { useNavigate } from 'react-router-dom';
import { useSession } from '../../lib/session';

/** What the user menu does: own settings, the API documents, sign out. */
export function useAccountActions() {
  const session = useSession();
  const navigate = useNavigate();
  return async (key: string) => {
    if (key === 'account') navigate('/account');
    if (key === 'api') window.open('/api/v1/docs', '_blank');
    if (key === 'logout') {
      await session.signOut();
      navigate('/login');
    }
  };
}
