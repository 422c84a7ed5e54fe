// PLACEHOLDER (being written): the dashboard of issue 3.
import { Placeholder } from '../app/Placeholder';

export function DashboardScreen() {
  return <Placeholder screen="dashboard" />;
}
