// Starting, checking and saving a drawn shape: the record's current version is read first, the shape is checked
// with the same rule the server applies, and the update goes through the ordinary channel (change_log, undo).
import { useCallback, useState } from 'react';
import type { Locale } from '../../../shared/enums';
import type { AppErrorShape } from '../../../shared/errors';
import { errorMessage, fieldMessage } from '../../../shared/messages';
import type { Geometry } from '../../../shared/models';
import { getRow, updateRecord } from '../../api/entities';
import { checkDraft, verticesOf } from '../../map/draw/geometry';
import { useApp } from '../../stores/app';
import { useMap, type DrawState, type ShapeEntity } from '../../stores/map';
import { useUi } from '../../stores/ui';

export const SHAPE_FIELD: Record<ShapeEntity, 'footprint' | 'boundary'> = { building: 'footprint', park: 'boundary', zone: 'boundary' };

/** The message to show for a refused save: the shape field's own message when there is one. */
export function refusalMessage(error: AppErrorShape, field: string, locale: Locale): string {
  const own = error.details?.fields?.find((f) => f.field === field);
  return own ? fieldMessage(own, locale) : errorMessage(error, locale);
}

export function useShapeEdit() {
  const locale = useUi((s) => s.locale);
  const setDraw = useMap((s) => s.setDraw);
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const start = useCallback(
    (entity: ShapeEntity, id: string, current: Geometry | null) => {
      setMessage(null);
      const vertices = verticesOf(current);
      setDraw({ entity, id, vertices, closed: vertices.length >= 3 });
    },
    [setDraw],
  );

  const cancel = useCallback(() => {
    setMessage(null);
    setDraw(null);
  }, [setDraw]);

  const save = useCallback(
    async (draw: DrawState, name: string): Promise<boolean> => {
      const check = checkDraft(draw.vertices);
      if (check.problem || !check.geometry) {
        setMessage(fieldMessage({ field: SHAPE_FIELD[draw.entity], code: check.problem ?? 'geometry_unclosed' }, locale));
        return false;
      }
      setSaving(true);
      const row = await getRow(draw.entity, draw.id);
      const field = SHAPE_FIELD[draw.entity];
      const r = row.ok ? await updateRecord(draw.entity, draw.id, row.value.version, { [field]: check.geometry }) : row;
      setSaving(false);
      if (!r.ok) {
        setMessage(refusalMessage(r.error, field, locale));
        return false;
      }
      setMessage(null);
      setDraw(null);
      useUi.getState().notify({ kind: 'info', key: 'map.draw.saved', params: { name } });
      useApp.getState().dataChanged();
      return true;
    },
    [locale, setDraw],
  );

  return { start, cancel, save, message, setMessage, saving };
}
