// A local PMTiles archive as a basemap, served to maplibre by the pmtiles:// protocol. Either a file the user
// picked for this session (a browser File, read in place), or the file configured for the database by its path,
// which the app's own origin serves by byte ranges (GET /api/basemap in web mode, app://park/basemap.pmtiles in
// Electron) so it is there again after a restart. No request leaves the app either way.
import { FetchSource, FileSource, PMTiles, Protocol, TileType, type Source } from 'pmtiles';
import { basemapFileRequest } from '../api/client';
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

/** Opens a picked file; refuses anything but raster (PNG/JPEG/WebP) or vector (MVT) tiles. */
export function openPmtiles(file: File): Promise<LocalTiles> {
  return openArchive(new FileSource(file), file.name);
}

/** Opens the file configured for the open database (by its path), through the app's own origin. */
export function openConfiguredPmtiles(path: string): Promise<LocalTiles> {
  const { url, headers } = basemapFileRequest();
  const name = path.split(/[\\/]/).pop() ?? path;
  return openArchive(new FetchSource(url, new Headers(headers)), name);
}

async function openArchive(source: Source, name: string): Promise<LocalTiles> {
  const archive = new PMTiles(source);
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
    key: archive.source.getKey(),
    name,
    kind: raster ? 'raster' : 'vector',
    vectorLayers,
    minzoom: header.minZoom,
    maxzoom: header.maxZoom,
  };
}
