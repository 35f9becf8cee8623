// The only place the app fetches (with prefetch.ts, which the boot script uses). Paths are relative so the build works under any sub-path.

import type { ChecksFile, DisclosureFile } from '../domain/budget';
import type { Catalog, ProjectShard } from '../domain/catalog';
import type { DepartmentYears } from '../domain/years';
import { CATALOG_PATH, disclosurePath, takePrefetched } from './prefetch';

async function getJson<T>(path: string): Promise<T> {
  const response = await (takePrefetched(path) ?? fetch(path));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export const loadCatalog = (): Promise<Catalog> => getJson<Catalog>(CATALOG_PATH);

export const loadDisclosure = (id: string): Promise<DisclosureFile> =>
  getJson<DisclosureFile>(disclosurePath(id));

export const loadChecks = (id: string): Promise<ChecksFile> =>
  getJson<ChecksFile>(`data/checks/${encodeURIComponent(id)}.json`);

export const loadYears = (key: string): Promise<DepartmentYears> =>
  getJson<DepartmentYears>(`data/years/${encodeURIComponent(key)}.json`);

export const loadProjectShard = (n: number): Promise<ProjectShard> =>
  getJson<ProjectShard>(`data/projects/${n}.json`);

/** A disclosure's text: `sources/<file>` (text exports) or `text/<id>.txt` (reconstructed from PDFs). */
export async function loadSource(text: string): Promise<string> {
  const path = `data/${text.split('/').map(encodeURIComponent).join('/')}`;
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

/** A page of an original PDF, as served beside the data (`data/sources/<file>#page=N`). */
export function pdfHref(file: string, page: number): string {
  return `data/sources/${file.split('/').map(encodeURIComponent).join('/')}#page=${page}`;
}
