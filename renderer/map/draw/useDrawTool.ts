// The draw tool's pointer handling on the map: click adds a point, double-click finishes, a finished shape's
// points can be dragged. Keys (Enter/Escape) belong to the screen. State lives in the map store via onChange.
import { useEffect, useRef, type MutableRefObject } from 'react';
import type { DrawState } from '../../stores/map';
import type { GeoJSONSource, MaplibreMap } from '../maplibre';
import { cleanVertices, drawFeatures, moveVertex, nearestVertex, type LngLat } from './geometry';

type OnChange = (vertices: LngLat[], closed: boolean) => void;

export function useDrawTool(
  mapRef: MutableRefObject<MaplibreMap | null>,
  loadedRef: MutableRefObject<boolean>,
  draw: DrawState | null,
  onChange: OnChange,
): void {
  const latest = useRef({ draw, onChange });
  latest.current = { draw, onChange };

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return undefined;
    const source = () => map.getSource('draw') as GeoJSONSource | undefined;
    let dragging = -1;
    let dragged: LngLat[] | null = null;

    const onClick = (e: { lngLat: { lng: number; lat: number } }) => {
      const d = latest.current.draw;
      if (!d || d.closed) return;
      latest.current.onChange([...d.vertices, [e.lngLat.lng, e.lngLat.lat]], false);
    };
    const onDblClick = (e: { preventDefault(): void }) => {
      const d = latest.current.draw;
      if (!d) return;
      e.preventDefault();
      if (!d.closed) latest.current.onChange(cleanVertices(d.vertices), true);
    };
    const onDown = (e: { point: { x: number; y: number }; preventDefault(): void }) => {
      const d = latest.current.draw;
      if (!d || !d.closed) return;
      const screen = d.vertices.map((v) => {
        const p = map.project(v);
        return [p.x, p.y] as [number, number];
      });
      const hit = nearestVertex(screen, [e.point.x, e.point.y], 9);
      if (hit < 0) return;
      e.preventDefault();
      dragging = hit;
      dragged = d.vertices;
      map.dragPan.disable();
    };
    const onMove = (e: { lngLat: { lng: number; lat: number } }) => {
      const d = latest.current.draw;
      if (!d) return;
      const at: LngLat = [e.lngLat.lng, e.lngLat.lat];
      if (dragging >= 0 && dragged) {
        dragged = moveVertex(dragged, dragging, at);
        source()?.setData(drawFeatures(dragged, true));
      } else if (!d.closed) {
        source()?.setData(drawFeatures(d.vertices, false, at));
      }
      map.getCanvas().style.cursor = 'crosshair';
    };
    const onUp = () => {
      if (dragging < 0 || !dragged) return;
      const vertices = dragged;
      dragging = -1;
      dragged = null;
      map.dragPan.enable();
      latest.current.onChange(vertices, true);
    };
    map.on('click', onClick);
    map.on('dblclick', onDblClick);
    map.on('mousedown', onDown);
    map.on('mousemove', onMove);
    map.on('mouseup', onUp);
    return () => {
      map.off('click', onClick);
      map.off('dblclick', onDblClick);
      map.off('mousedown', onDown);
      map.off('mousemove', onMove);
      map.off('mouseup', onUp);
    };
  }, [mapRef]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (draw) map.doubleClickZoom.disable();
    else {
      map.doubleClickZoom.enable();
      map.getCanvas().style.cursor = '';
    }
    if (!loadedRef.current) return;
    (map.getSource('draw') as GeoJSONSource | undefined)?.setData(drawFeatures(draw?.vertices ?? [], draw?.closed ?? false));
  }, [mapRef, loadedRef, draw]);
}
