/** Views of GET /api/v1/downloads (src/presenters/present-download.ts). */
export type TVersionSupport = {
  status: 'supported' | 'unsupported';
  supportedUntil: string | null;
  reason: string;
  code: string | null;
};

export type TReleaseFile = {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  downloadUrl: string;
};

export type TDownloadRelease = {
  id: string;
  version: string;
  gaDate: string | null;
  notes: string;
  support: TVersionSupport | null;
  available: boolean;
  refusal: { code: string; reason: string } | null;
  files: TReleaseFile[];
};

export type TDownloadProduct = { id: string; name: string; releases: TDownloadRelease[] };
