// Photos as small pictures with their names: survey photos by SHA-256 (from the open package or the office's store),
// or package photos shown as evidence before a merge (fetched through `survey:photo-preview`).
import { useEffect, useState } from 'react';
import type { PhotoRef } from '../../../shared/survey/model';
import { invoke, photoSrc } from '../../api/client';
import { useT } from '../../i18n';

type Shown = Pick<PhotoRef, 'sha256' | 'name'> & Partial<Pick<PhotoRef, 'hasThumb' | 'size'>>;

function usePhotoSrc(sha256: string, thumb: boolean, packageFile: string | undefined): string | null | undefined {
  const [src, setSrc] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const load = packageFile
      ? invoke('survey:photo-preview', { file: packageFile, sha256 }).then((r) =>
          r.ok && r.value.dataBase64 ? `data:${r.value.mime};base64,${r.value.dataBase64}` : null,
        )
      : photoSrc(sha256, thumb);
    void load.then((url) => {
      if (live) setSrc(url);
    });
    return () => {
      live = false;
    };
  }, [sha256, thumb, packageFile]);
  return src;
}

function Photo({ photo, packageFile }: { photo: Shown; packageFile?: string }) {
  const t = useT();
  const src = usePhotoSrc(photo.sha256, photo.hasThumb === true, packageFile);
  return (
    <figure className="photo" data-testid="photo" data-sha={photo.sha256}>
      {src ? (
        <img src={src} alt={photo.name} loading="lazy" />
      ) : (
        <div className="photo-none">{src === null ? t('survey.photoUnavailable') : '…'}</div>
      )}
      <figcaption title={photo.sha256}>{photo.name}</figcaption>
    </figure>
  );
}

export function PhotoStrip({ photos, packageFile }: { photos: readonly Shown[]; packageFile?: string }) {
  if (photos.length === 0) return null;
  return (
    <div className="photo-strip">
      {photos.map((p) => (
        <Photo key={p.sha256} photo={p} packageFile={packageFile} />
      ))}
    </div>
  );
}
