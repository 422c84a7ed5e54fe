// How much a request to each channel may carry. Most inputs are a few hundred bytes; the channels that take a
// footprint or boundary may carry a shape at the contract's vertex limit (MAX_SHAPE_VERTICES at full precision).
import { isChannel } from '../../shared/contract';
import { MAX_PHOTO_BYTES, MAX_THUMB_BYTES } from '../../shared/survey/model';

export const DEFAULT_BODY_BYTES = 256 * 1024;
export const SHAPE_BODY_BYTES = 2 * 1024 * 1024;
const SHAPE_CHANNEL = /^(zones|parks|buildings):(create|update)$/;

/** A photo (MAX_PHOTO_BYTES) and its downscaled copy, as base64 in JSON. */
export const PHOTO_BODY_BYTES = Math.ceil(((MAX_PHOTO_BYTES + MAX_THUMB_BYTES) * 4) / 3) + 64 * 1024;

export function bodyLimitOf(channel: string): number {
  if (channel === 'survey:photo-add') return PHOTO_BODY_BYTES;
  return isChannel(channel) && SHAPE_CHANNEL.test(channel) ? SHAPE_BODY_BYTES : DEFAULT_BODY_BYTES;
}
