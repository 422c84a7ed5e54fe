// PLACEHOLDER (being written): the map of issue 4.
import { Placeholder } from '../app/Placeholder';

export function MapScreen() {
  return <Placeholder screen="map" />;
}
