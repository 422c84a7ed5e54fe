// A local PMTiles archive the user picked (a browser File): read in place with File.slice through pmtiles'
// FileSource and served to maplibre by the pmtiles:// protocol. No network, no backend route: the file is read
// only while the page lives, so after a restart the user picks it again (a page cannot reopen a path itself).
import { FileSource, PMTiles, Protocol, TileType } from 'pmtiles';
import type { LocalTiles } from './layers/basemap';
import { addProtocol } from './maplibre';

let protocol: Protocol | null = null;

function ensureProtocol(): Protocol {
  if (!protocol) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  }
  return protocol;
}

/** Opens the archive; refuses anything but raster (PNG/JPEG/WebP) or vector (MVT) tiles. */
export async function openPmtiles(file: File): Promise<LocalTiles> {
  const archive = new PMTiles(new FileSource(file));
  const header = await archive.getHeader();
  const raster = [TileType.Png, TileType.Jpeg, TileType.Webp].includes(header.tileType);
  if (!raster && header.tileType !== TileType.Mvt) throw new Error(`unsupported tile type ${header.tileType}`);
  let vectorLayers: string[] = [];
  if (!raster) {
    const metadata = (await archive.getMetadata()) as { vector_layers?: { id?: unknown }[] } | null;
    vectorLayers = (metadata?.vector_layers ?? []).map((l) => l.id).filter((id): id is string => typeof id === 'string');
  }
  ensureProtocol().add(archive);
  return {
    key: archive.source.getKey(), name: file.name, kind: raster ? 'raster' : 'vector', vectorLayers,
    minzoom: header.minZoom, maxzoom: header.maxZoom,
  };
}
