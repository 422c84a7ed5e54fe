// The "surveyor" of the crash trials: opens a package in survey mode and records without pause through the real
// dispatcher — an observation per unit in turn (notes carry a running number), a photo every 5th step and an area
// correction every 7th — printing one `ack` line after each acknowledged write.
import { createHash } from 'node:crypto';
import { createDispatcher } from '../../electron/main/ipc/dispatch';
import { handlers } from '../../electron/main/ipc/handlers';
import { Session } from '../../electron/main/session';

export async function recordSurvey(file: string, say: (line: string) => void): Promise<void> {
  const session = new Session({
    dbPath: file,
    transport: 'web',
    appVersion: '0.0.0-crash',
    whenLocked: 'fail',
    watchMs: 0,
    kind: 'survey',
  });
  const dispatch = createDispatcher(session, handlers);
  const must = async (channel: string, input: unknown) => {
    const r = await dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };
  const info = await must('survey:info', {});
  const buildings = (info.buildings as { buildingId: string }[]).map((b) => b.buildingId);
  const units: string[] = [];
  for (const id of buildings)
    units.push(...((await must('survey:building', { buildingId: id })).units as { id: string }[]).map((u) => u.id));
  say('open');
  for (let i = 0; ; i += 1) {
    const unit = units[i % units.length] as string;
    await must('survey:observe', { entity: 'unit', id: unit, status: i % 2 ? 'occupied' : 'vacant', notes: `n${i}` });
    say(`ack obs ${unit} ${i}`);
    if (i % 5 === 0) {
      const data = Buffer.from(`photo ${i} `.repeat(2000));
      await must('survey:photo-add', {
        entity: 'unit',
        id: unit,
        name: `p${i}.png`,
        mime: 'image/png',
        dataBase64: data.toString('base64'),
      });
      say(`ack photo ${unit} ${createHash('sha256').update(data).digest('hex')}`);
    }
    if (i % 7 === 0) {
      const current = await must('units:get', { id: unit });
      const area = 10 + (i % 90);
      await must('units:update', { id: unit, version: current.version, changes: { areaM2: area } });
      say(`ack area ${unit} ${area}`);
    }
  }
}
